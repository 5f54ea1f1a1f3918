// Throwaway benchmark (not committed): OCR speed per language set and data variant.
import { createOcrPool, type OcrLanguage, type OcrLangVariant } from './ocr/engines/tesseract.ts';
import { rasterize } from './ocr/raster.ts';
import { textImage, pdfWithText, imageOnlyPdf } from './test/fixtures/scans.ts';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

const LETTER = [
  'Bürotechnik Krause GmbH · Lindenallee 12 · 17033 Neubrandenburg', '',
  'Stadt Musterstadt', 'Finanzservice', 'Marktplatz 1', '12345 Musterstadt', '',
  'Rechnung Nr. 2026-4711                         Datum: 04.11.2026', '',
  'Sehr geehrte Damen und Herren,',
  'für die Lieferung von 20 Kartons Kopierpapier berechnen wir Ihnen:', '',
  'Nettobetrag                         840,00 EUR',
  'zzgl. 19 % USt.                     159,60 EUR',
  'Rechnungsbetrag                     999,60 EUR', '',
  'Bitte überweisen Sie den Betrag bis zum 04.12.2026 auf unser Konto',
  'IBAN DE89 3704 0044 0532 0130 00 bei der Commerzbank.',
  'Kassenzeichen 5.1234.567890.1, Verwendungszweck: Grundsteuer B',
  'Für Rückfragen erreichen Sie uns Montag bis Freitag von 8 bis 16 Uhr.',
  'Die Lieferung erfolgte gemäß unserem Angebot vom 12.10.2026.',
  'Mit freundlichen Grüßen', 'Jürgen Weiß, Äußere Abteilung',
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const a4 = await textImage(LETTER, { width: 2480, height: 3508, fontSize: 46, left: 230, top: 400 }).withMetadata({ density: 300 }).png().toBuffer();
const [page] = await rasterize(a4);
if (!page) throw new Error('no page');
console.log('cpus', cpus().length, 'load', loadavg().map((x) => x.toFixed(1)).join(' '));
const configs: [OcrLanguage[], OcrLangVariant][] = [[['deu'], '4.0.0'], [['deu', 'eng'], '4.0.0'], [['deu'], '4.0.0_best_int'], [['deu', 'eng'], '4.0.0_best_int']];
for (const [languages, langVariant] of configs) {
  let t = performance.now();
  const pool = await createOcrPool({ workers: 1, languages, langVariant });
  const start = performance.now() - t;
  await pool.recognize(page.image, { dpi: 300 }); // warm-up
  const times: number[] = [];
  let conf = 0; let text = '';
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    const r = await pool.recognize(page.image, { dpi: 300 });
    times.push(performance.now() - t); conf = r.confidence; text = r.text;
  }
  await pool.close();
  const errors = LETTER.filter((l) => l.trim()).map((l) => l.replace(/\s+/g, ' ')).filter((l) => !text.replace(/\s+/g, ' ').includes(l));
  console.log(`${languages.join('+').padEnd(8)} ${langVariant.padEnd(15)} start ${start.toFixed(0).padStart(5)} ms  page median ${median(times).toFixed(0)} ms (${times.map((x) => x.toFixed(0)).join('/')})  conf ${conf.toFixed(3)}  lines not verbatim: ${errors.length}`);
}
// Pool throughput: 4 pages, 2 workers.
const pool = await createOcrPool({ workers: 2 });
let t = performance.now();
await Promise.all([0, 1, 2, 3].map(() => pool.recognize(page.image, { dpi: 300 })));
console.log('pool 2 workers deu+eng best_int: 4 A4 pages in', (performance.now() - t).toFixed(0), 'ms');
await pool.close();
