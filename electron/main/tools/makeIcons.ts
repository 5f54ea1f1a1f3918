// Draws the app icon (a letter going into a tray) with sharp and writes what electron-builder
// wants in build/: icon.png (1024 px: Linux, tray and window), icon.ico (Windows: 16–256 px, PNG
// entries). Run once after changing the drawing: `node electron/main/tools/makeIcons.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const out = path.join(root, 'build');

// Shapes only, no text: librsvg would need fonts, and the result must not depend on the machine.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">
  <rect x="48" y="48" width="928" height="928" rx="200" fill="#0b5394"/>
  <rect x="232" y="190" width="560" height="400" rx="36" fill="#ffffff"/>
  <path d="M232 226 L512 430 L792 226" fill="none" stroke="#0b5394" stroke-width="44" stroke-linejoin="round"/>
  <path d="M512 560 L512 700 M440 630 L512 702 L584 630" fill="none" stroke="#ffd966" stroke-width="52" stroke-linecap="round" stroke-linejoin="round"/>
  <path d="M200 700 L200 820 L824 820 L824 700" fill="none" stroke="#ffffff" stroke-width="52" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** An ICO file whose images are PNGs (supported since Windows Vista, accepted by electron-builder). */
function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries = Buffer.alloc(16 * images.length);
  let offset = header.length + entries.length;
  images.forEach(({ size, png }, i) => {
    const at = i * 16;
    entries.writeUInt8(size >= 256 ? 0 : size, at); // 0 means 256
    entries.writeUInt8(size >= 256 ? 0 : size, at + 1);
    entries.writeUInt8(0, at + 2); // no palette
    entries.writeUInt8(0, at + 3);
    entries.writeUInt16LE(1, at + 4); // colour planes
    entries.writeUInt16LE(32, at + 6); // bits per pixel
    entries.writeUInt32LE(png.length, at + 8);
    entries.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, entries, ...images.map((image) => image.png)]);
}

mkdirSync(out, { recursive: true });
const master = await sharp(Buffer.from(SVG)).png().toBuffer();
writeFileSync(path.join(out, 'icon.png'), master);
const images = await Promise.all(ICO_SIZES.map(async (size) => ({ size, png: await sharp(master).resize(size, size).png().toBuffer() })));
writeFileSync(path.join(out, 'icon.ico'), ico(images));
process.stdout.write(`icons written to ${path.relative(root, out)}/: icon.png (1024 px), icon.ico (${ICO_SIZES.join(', ')} px)\n`);
