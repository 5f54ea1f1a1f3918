// Whether a scan file has been written to its end, from its first and last bytes. PDF, JPEG and PNG
// end with a marker the writer puts last (%%EOF, EOI, IEND), so a file showing it is finished and
// can be taken after a short quiet time instead of the full settle time. A TIFF cannot tell: a
// multi-page TIFF is valid after every page, so it (and anything unknown) waits the full time.

/** Bytes of the file's end to look at: PDF writers may put a little after %%EOF (a newline, padding). */
export const TAIL_BYTES = 1024;

export function isWrittenToTheEnd(head: Uint8Array, tail: Uint8Array): boolean {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47])) return pngEnds(tail);
  if (startsWith(head, [0xff, 0xd8, 0xff])) return jpegEnds(tail);
  if (Buffer.from(head.buffer, head.byteOffset, head.length).includes('%PDF-')) return pdfEnds(tail);
  return false;
}

/** The IEND chunk (length 0, type, CRC) is the last 12 bytes. */
function pngEnds(tail: Uint8Array): boolean {
  const end = Buffer.from(tail.buffer, tail.byteOffset, tail.length);
  return end.length >= 12 && end.subarray(end.length - 12).equals(Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]));
}

/** End of image (FF D9), possibly followed by zero padding some scanners add. */
function jpegEnds(tail: Uint8Array): boolean {
  let last = tail.length - 1;
  while (last > 0 && tail[last] === 0) last--;
  return last > 0 && tail[last - 1] === 0xff && tail[last] === 0xd9;
}

/** "%%EOF" near the end, with at most whitespace after it. */
function pdfEnds(tail: Uint8Array): boolean {
  const text = Buffer.from(tail.buffer, tail.byteOffset, tail.length).toString('latin1');
  const at = text.lastIndexOf('%%EOF');
  return at !== -1 && text.slice(at + 5).trim() === '';
}

function startsWith(data: Uint8Array, bytes: number[]): boolean {
  return bytes.every((byte, i) => data[i] === byte);
}
