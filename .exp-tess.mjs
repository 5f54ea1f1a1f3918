import sharp from 'sharp';
import { createWorker } from 'tesseract.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
const require = createRequire(import.meta.url);
const lines = [
  'Stadtverwaltung Musterstadt · Finanzservice · Marktplatz 1 · 17033 Musterstadt',
  'Müller & Söhne GmbH',
  'Größere Straße 12',
  '12345 Beispielstadt',
  'Rechnung Nr. 2024-0815                               Datum: 14.03.2024',
  'Sehr geehrte Damen und Herren,',
  'für die Lieferung von Büromaterial erlauben wir uns, Ihnen folgenden Betrag',
  'in Rechnung zu stellen. Bitte überweisen Sie den Betrag bis zum 31.03.2024.',
  'Gesamtbetrag: 1.234,56 EUR    Kassenzeichen: 5.1234.567890.1',
  'IBAN: DE89 3704 0044 0532 0130 00',
  'Mit freundlichen Grüßen',
  'Jürgen Weiß, Äußere Abteilung, Öffentliche Straße',
];
const body = lines.map((t, i) => `<text x="250" y="${600 + i * 110}" font-family="Liberation Serif" font-size="50">${t.replace(/&/g,'&amp;')}</text>`).join('');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2480" height="3508"><rect width="100%" height="100%" fill="white"/>${body}</svg>`;
const png = await sharp(Buffer.from(svg)).flatten({background:'#fff'}).greyscale().toColourspace('b-w').withMetadata({density: 300}).png().toBuffer();
console.log('png', png.length, await sharp(png).metadata().then(m => [m.channels, m.density]));
const t = (p) => dirname(require.resolve(`@tesseract.js-data/${p}/package.json`));
for (const variant of ['4.0.0', '4.0.0_best_int']) {
  for (const langs of ['deu+eng', 'deu']) {
    const t0 = performance.now();
    const w = await createWorker(langs, 1, { langPath: '/tmp/exp/td-' + variant, cacheMethod: 'none', gzip: true, errorHandler: (e) => console.log('ERR', e) });
    const t1 = performance.now();
    const r1 = await w.recognize(png, {}, { text: true, blocks: true });
    const t2 = performance.now();
    const r2 = await w.recognize(png, {}, { text: true, blocks: true });
    const t3 = performance.now();
    console.log(variant, langs, 'init', (t1-t0).toFixed(0), 'rec1', (t2-t1).toFixed(0), 'rec2', (t3-t2).toFixed(0), 'conf', r2.data.confidence);
    if (false) console.log(r2.data.text);
    await w.terminate();
  }
}
