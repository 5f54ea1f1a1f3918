// The page scheduler as a pure unit with a fake job runner: order and bounds only, no OCR.
import { describe, expect, it } from 'vitest';
import { PageScheduler, type Lane } from '../../ocr/schedule.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('PageScheduler', () => {
  it('runs every queued first page before any later page, FIFO within a lane', async () => {
    const scheduler = new PageScheduler({ concurrency: 1 });
    const order: string[] = [];
    const job = (name: string) => async () => {
      order.push(name);
      await tick();
    };
    // Three letters of three pages arrive together; their later pages are queued first.
    const all: Promise<void>[] = [];
    for (const letter of ['a', 'b', 'c']) {
      all.push(scheduler.run('rest', job(`${letter}2`)), scheduler.run('rest', job(`${letter}3`)));
    }
    for (const letter of ['a', 'b', 'c']) all.push(scheduler.run('first', job(`${letter}1`)));
    await Promise.all(all);
    // The very first job started at once (the worker was free); then every first page.
    expect(order).toEqual(['a2', 'a1', 'b1', 'c1', 'a3', 'b2', 'b3', 'c2', 'c3']);
  });

  it('starts a first page at once while later pages fill every slot, in the one extra slot', async () => {
    const scheduler = new PageScheduler({ concurrency: 2 });
    const started: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const blocked = (name: string) => async () => {
      started.push(name);
      await gate;
    };
    const later = ['a2', 'a3', 'a4', 'a5'].map((name) => scheduler.run('rest', blocked(name)));
    await tick();
    expect(started).toEqual(['a2', 'a3']);
    const first = scheduler.run('first', blocked('b1'));
    const second = scheduler.run('first', blocked('c1'));
    await tick();
    // b1 runs beside the two later pages; c1 waits: only one slot is kept for first pages.
    expect(started).toEqual(['a2', 'a3', 'b1']);
    expect(scheduler.stats().running).toBe(3);
    release();
    await Promise.all([...later, first, second]);
    expect(started.indexOf('c1')).toBeLessThan(started.indexOf('a4'));
  });

  it('never holds more queued jobs than its limit, nor runs more than its concurrency plus the first-page slot', async () => {
    const scheduler = new PageScheduler({ concurrency: 2, maxQueued: { first: 3, rest: 5 } });
    let worst = { running: 0, first: 0, rest: 0 };
    scheduler.onChange((stats) => {
      worst = {
        running: Math.max(worst.running, stats.running),
        first: Math.max(worst.first, stats.queued.first),
        rest: Math.max(worst.rest, stats.queued.rest),
      };
    });
    const lanes: Lane[] = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 'first' : 'rest'));
    const results = await Promise.all(lanes.map((lane, i) => scheduler.run(lane, async () => {
      await tick();
      return i;
    })));
    expect(results).toEqual(lanes.map((_, i) => i));
    // Two slots, and one more that only first pages may take.
    expect(worst.running).toBe(3);
    expect(worst.first).toBeLessThanOrEqual(3);
    expect(worst.rest).toBeLessThanOrEqual(5);
    expect(scheduler.stats().peakQueued.rest).toBeLessThanOrEqual(5);
    await scheduler.idle();
    expect(scheduler.stats().done).toEqual({ first: 67, rest: 133 });
  });

  it('a failing job rejects its caller only', async () => {
    const scheduler = new PageScheduler({ concurrency: 1 });
    const failed = scheduler.run('first', async () => {
      throw new Error('unreadable page');
    });
    const fine = scheduler.run('rest', async () => 'ok');
    await expect(failed).rejects.toThrow('unreadable page');
    await expect(fine).resolves.toBe('ok');
  });
});
