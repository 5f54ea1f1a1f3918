// Test letters: German text rendered by sharp from an SVG to an A4 PNG at 300 dpi, as a scanner writes it.
import { invoiceLetter, renderLetter } from '../../support/letters.ts';

export { invoiceLetter, renderLetter };

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
