// Small real letters for tests: German text rendered by sharp to a 300 dpi A4 greyscale PNG.
import sharp from 'sharp';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Renders lines top to bottom; a line starting with '**' is bold (a subject line). */
export async function renderLetter(lines: string[], options: { width?: number; height?: number } = {}): Promise<Buffer> {
  const width = options.width ?? 2480;
  const height = options.height ?? 3508;
  const text = lines.map((line, i) => {
    const bold = line.startsWith('**');
    const content = escape(bold ? line.slice(2) : line);
    return `<text x="230" y="${320 + i * 72}" font-family="DejaVu Sans" font-size="44"${bold ? ' font-weight="bold"' : ''}>${content}</text>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${text}</svg>`;
  return sharp(Buffer.from(svg)).greyscale().png().withMetadata({ density: 300 }).toBuffer();
}

/** An invoice to the Finanzservice (1.40, the pilot). `serial` keeps each file's content unique. */
export function invoiceLetter(serial: string): string[] {
  return [
    'Bürotechnik Krause GmbH · Lindenallee 12 · 17033 Neubrandenburg',
    '',
    'Stadt Musterstadt',
    '– Finanzservice –',
    'Marktplatz 1',
    '12345 Musterstadt',
    '',
    '                                                           Datum: 04.11.2026',
    '',
    `**Rechnung Nr. 2026-${serial}`,
    '',
    'Sehr geehrte Damen und Herren,',
    'für die Lieferung von 20 Kartons Kopierpapier berechnen wir Ihnen:',
    '',
    'Nettobetrag                         840,00 EUR',
    'zzgl. 19 % USt.                     159,60 EUR',
    'Rechnungsbetrag                     999,60 EUR',
    '',
    'Bitte überweisen Sie den Betrag bis zum 04.12.2026 auf unser Konto',
    'IBAN DE89 3704 0044 0532 0130 00 bei der Commerzbank.',
    '',
    'Mit freundlichen Grüßen',
    'Bürotechnik Krause GmbH',
  ];
}

export const INVOICE_LINES = invoiceLetter('4711');

/** The letter as plain text, as OCR would read it (no bold marks, no layout spaces). */
export function letterText(lines: string[]): string {
  return lines.map((line) => line.replace(/^\*\*/, '').trim()).join('\n');
}

/** A request to renew the right of use of a grave (the rules call it an application), numbered for variety. */
export function graveLetter(i: number): string {
  const names = ['Anders', 'Brückner', 'Claßen', 'Dietrich', 'Ebert', 'Franke', 'Gerlach', 'Hoppe', 'Ilgner', 'Jahn', 'Kühn', 'Lorenz', 'Maaß', 'Nowak', 'Ohm', 'Pietsch', 'Quade', 'Reuter', 'Sauer', 'Thiel', 'Uhlig', 'Vogt', 'Wendt', 'Zeller', 'Albers', 'Bock'];
  const name = names[i % names.length] ?? 'Anders';
  return [
    `Familie ${name}`, `Birkenweg ${i + 1}`, '12345 Musterstadt', '', 'Stadt Musterstadt', 'Markt 1', '12345 Musterstadt', '',
    `0${(i % 9) + 1}.03.2026`, '', `Grabstätte Feld ${i + 1}, Reihe ${(i % 7) + 2}`, '', 'Sehr geehrte Damen und Herren,', '',
    `das Nutzungsrecht an der Wahlgrabstätte unserer verstorbenen ${i % 2 ? 'Mutter' : 'Großeltern'} läuft ${i % 3 ? 'im kommenden Jahr' : 'bald'} ab.`,
    `Wir möchten das Nutzungsrecht um weitere ${5 + (i % 10)} Jahre verlängern und bitten um die Unterlagen zur Verlängerung.`,
    `${i % 2 ? 'Die Grabpflege übernehmen weiterhin wir selbst.' : 'Die Ruhefrist ist uns bekannt.'}`,
    '', 'Mit freundlichen Grüßen', name,
  ].join('\n');
}
