import sharp from 'sharp';
import { rasterize } from './ocr/raster.ts';
import { textImage, pdfWithText, imageOnlyPdf } from './test/fixtures/scans.ts';
const lines = Array.from({ length: 40 }, (_, i) => `Zeile ${i + 1}: Sehr geehrte Damen und Herren, für die Lieferung berechnen wir Ihnen`);
const a4 = textImage(lines, { width: 2480, height: 3508, fontSize: 42, left: 200, top: 300 });
const png = await a4.clone().png().toBuffer();
const jpeg = await a4.clone().jpeg({ quality: 85 }).toBuffer();
const g4page = await a4.clone().toColourspace('b-w').threshold(128).png().toBuffer();
const tiff10 = await sharp(Array(10).fill(png), { join: { animated: true } }).toColourspace('b-w').threshold(128).tiff({ compression: 'ccittfax4', bitdepth: 1, xres: 300 / 25.4, yres: 300 / 25.4 }).toBuffer();
const textPdf = await pdfWithText(Array.from({ length: 5 }, () => lines.map((text, i) => ({ text, x: 60, y: 780 - i * 18, size: 10 }))));
const scanPdf = await imageOnlyPdf(await a4.clone().resize(1240).png().toBuffer());
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
for (const [name, input, pages] of [['A4 PNG (RGB)', png, 1], ['A4 JPEG', jpeg, 1], ['10-page G4 TIFF', tiff10, 10], ['5-page text PDF', textPdf, 5], ['1-page image PDF', scanPdf, 1]] as const) {
  await rasterize(input);
  const times = [];
  for (let i = 0; i < 3; i++) { const t = performance.now(); const r = await rasterize(input); times.push(performance.now() - t); if (r.length !== pages) throw new Error('pages'); }
  console.log(`${name.padEnd(18)} ${(input.length / 1024).toFixed(0).padStart(5)} KiB  ${median(times).toFixed(0).padStart(5)} ms total, ${(median(times) / pages).toFixed(0)} ms/page`);
}
