// Test letters: German text rendered by sharp from an SVG to an A4 PNG at 300 dpi, as a scanner writes it.
import sharp from 'sharp';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A line starting with '**' is bold (a subject line). */
export async function renderLetter(lines: string[]): Promise<Buffer> {
  const text = lines.map((line, i) => {
    const bold = line.startsWith('**');
    return `<text x="230" y="${320 + i * 72}" font-family="DejaVu Sans" font-size="44"${bold ? ' font-weight="bold"' : ''}>${escape(bold ? line.slice(2) : line)}</text>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2480" height="3508"><rect width="100%" height="100%" fill="#fff"/>${text}</svg>`;
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

/** A property-tax matter for 1.50 Steuern und Abgaben (protection high: Steuergeheimnis). */
export function taxLetter(serial: string, sender: string): string[] {
  return [
    `${sender} · Birkenweg 7 · 12345 Musterstadt`,
    '',
    'Stadt Musterstadt',
    '– Steuern und Abgaben –',
    'Marktplatz 1',
    '12345 Musterstadt',
    '',
    '                                                           Datum: 10.11.2026',
    '',
    `**Grundsteuer für das Grundstück Birkenweg 7, Kassenzeichen 4711-${serial}`,
    '',
    'Sehr geehrte Damen und Herren,',
    'ich bitte um Stundung der Grundsteuer für das vierte Quartal.',
    'Der Hebesatz und der Messbetrag sind mir bekannt; wegen einer',
    'Reparatur am Dach kann ich die Vorauszahlung derzeit nicht leisten.',
    '',
    'Mit freundlichen Grüßen',
    sender,
  ];
}
