import { describe, expect, it } from 'vitest';
import { StabilityTracker } from '../../ocr/intake/stability.ts';
import { isIgnoredScanName } from '../../ocr/intake/filenames.ts';

describe('StabilityTracker', () => {
  it('hands a file over only after size and mtime were unchanged for the settle time', () => {
    const tracker = new StabilityTracker(5000);
    tracker.observe('/in/a.pdf', { size: 100, mtimeMs: 1 }, 0);
    expect(tracker.takeSettled(4999)).toEqual([]);
    expect(tracker.takeSettled(5000)).toEqual(['/in/a.pdf']);
    expect(tracker.takeSettled(10_000)).toEqual([]); // handed over once
  });

  it('restarts the settle time when the scanner is still writing', () => {
    const tracker = new StabilityTracker(5000);
    tracker.observe('/in/a.pdf', { size: 100, mtimeMs: 1 }, 0);
    tracker.observe('/in/a.pdf', { size: 200, mtimeMs: 2 }, 4000);
    expect(tracker.takeSettled(8000)).toEqual([]);
    tracker.observe('/in/a.pdf', { size: 200, mtimeMs: 2 }, 8500); // unchanged: keeps its start
    expect(tracker.takeSettled(9000)).toEqual(['/in/a.pdf']);
  });

  it('restarts on an mtime change with the same size (a rewrite in place)', () => {
    const tracker = new StabilityTracker(1000);
    tracker.observe('f', { size: 10, mtimeMs: 1 }, 0);
    tracker.observe('f', { size: 10, mtimeMs: 2 }, 900);
    expect(tracker.takeSettled(1000)).toEqual([]);
    expect(tracker.takeSettled(1900)).toEqual(['f']);
  });

  it('takes a file whose end marker is written after the short quiet time, others after the full one', () => {
    const tracker = new StabilityTracker(5000, 500);
    tracker.observe('/in/complete.pdf', { size: 100, mtimeMs: 1, complete: true }, 0);
    tracker.observe('/in/pages.tif', { size: 100, mtimeMs: 1, complete: false }, 0);
    expect(tracker.takeSettled(499)).toEqual([]);
    expect(tracker.takeSettled(500)).toEqual(['/in/complete.pdf']);
    expect(tracker.takeSettled(4999)).toEqual([]);
    expect(tracker.takeSettled(5000)).toEqual(['/in/pages.tif']);
  });

  it('a file that grows again starts over, with the completeness of what it is now', () => {
    const tracker = new StabilityTracker(5000, 500);
    tracker.observe('f.pdf', { size: 100, mtimeMs: 1, complete: true }, 0);
    tracker.observe('f.pdf', { size: 150, mtimeMs: 2, complete: false }, 400);
    expect(tracker.isCurrent('f.pdf', { size: 150, mtimeMs: 2 })).toBe(true);
    expect(tracker.takeSettled(1000)).toEqual([]);
    expect(tracker.takeSettled(5400)).toEqual(['f.pdf']);
  });

  it('never hands over an empty file (a scanner creates it before writing)', () => {
    const tracker = new StabilityTracker(1000);
    tracker.observe('f', { size: 0, mtimeMs: 1 }, 0);
    expect(tracker.takeSettled(60_000)).toEqual([]);
    tracker.observe('f', { size: 5, mtimeMs: 2 }, 60_000);
    expect(tracker.takeSettled(61_000)).toEqual(['f']);
  });

  it('forgets a file that disappeared', () => {
    const tracker = new StabilityTracker(1000);
    tracker.observe('f', { size: 5, mtimeMs: 1 }, 0);
    tracker.forget('f');
    expect(tracker.takeSettled(5000)).toEqual([]);
    expect(tracker.pending).toEqual([]);
  });
});

describe('isIgnoredScanName', () => {
  it.each(['.hidden.pdf', 'Thumbs.db', 'desktop.ini', 'scan001.pdf.part', 'scan.tmp', '~$brief.docx', 'x.crdownload'])(
    'ignores %s', (name) => expect(isIgnoredScanName(`/in/${name}`)).toBe(true));
  it.each(['scan001.pdf', 'Brief 2024-03-01.TIF', 'rechnung.jpeg'])('accepts %s', (name) => expect(isIgnoredScanName(`/in/${name}`)).toBe(false));
});
