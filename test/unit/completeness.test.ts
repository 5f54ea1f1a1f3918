// End markers of scan files, on files made by the real writers (sharp, pdf-lib), whole and cut off.
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { isWrittenToTheEnd, TAIL_BYTES } from '../../ocr/intake/completeness.ts';

const ends = (file: Buffer) => isWrittenToTheEnd(file.subarray(0, 16), file.subarray(Math.max(0, file.length - TAIL_BYTES)));
const cut = (file: Buffer, bytes: number) => file.subarray(0, file.length - bytes);

describe('isWrittenToTheEnd', () => {
  const files: Record<'png' | 'jpeg' | 'tiff' | 'pdf', Buffer> = { png: Buffer.alloc(0), jpeg: Buffer.alloc(0), tiff: Buffer.alloc(0), pdf: Buffer.alloc(0) };
  beforeAll(async () => {
    const page = sharp({ create: { width: 300, height: 400, channels: 3, background: '#f4f4f0' } });
    files.png = await page.clone().png().toBuffer();
    files.jpeg = await page.clone().jpeg().toBuffer();
    files.tiff = await page.clone().tiff().toBuffer();
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Rechnung');
    files.pdf = Buffer.from(await pdf.save());
  });

  it('sees the end marker of a whole PDF, JPEG and PNG', () => {
    expect([ends(files.pdf), ends(files.jpeg), ends(files.png)]).toEqual([true, true, true]);
  });

  it('does not take a file the scanner is still writing', () => {
    expect([ends(cut(files.pdf, 30)), ends(cut(files.jpeg, 1)), ends(cut(files.png, 4)), ends(cut(files.png, 200))]).toEqual([false, false, false, false]);
  });

  it('accepts the padding some writers put after the marker', () => {
    expect(ends(Buffer.concat([files.jpeg, Buffer.alloc(64)]))).toBe(true);
    expect(ends(Buffer.concat([files.pdf, Buffer.from('\r\n')]))).toBe(true);
  });

  it('never calls a TIFF finished: it is valid after every page', () => {
    expect(ends(files.tiff)).toBe(false);
  });
});
