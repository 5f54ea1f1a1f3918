import { openPdf } from './ocr/engines/pdf.ts';
import { pdfWithText, imageOnlyPdf, textImage } from './test/fixtures/scans.ts';
const lines = Array.from({ length: 40 }, (_, i) => `Zeile ${i + 1}: Sehr geehrte Damen und Herren, für die Lieferung berechnen wir Ihnen`);
const textPdf = await pdfWithText([lines.map((text, i) => ({ text, x: 60, y: 780 - i * 18, size: 10 }))]);
const scanPdf = await imageOnlyPdf(await textImage(lines, { width: 1240, height: 1754, fontSize: 21, left: 100, top: 150 }).png().toBuffer());
for (const [name, b] of [['text', textPdf], ['scan', scanPdf]] as const) {
  const pdf = await openPdf(b);
  for (let i = 0; i < 3; i++) {
    let t = performance.now(); const w = await pdf.textLayer(0, 150); const tl = performance.now() - t;
    t = performance.now(); await pdf.renderGreyscale(0, 150); const r150 = performance.now() - t;
    t = performance.now(); await pdf.renderGreyscale(0, 300); const r300 = performance.now() - t;
    console.log(name, 'words', w.length, 'textLayer', tl.toFixed(0), 'render150', r150.toFixed(0), 'render300', r300.toFixed(0));
  }
  await pdf.close();
}
