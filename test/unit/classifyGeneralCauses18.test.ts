// General causes of misclassification found on the eighteenth independently written dev split, each
// on a letter written for this test: a register mailing offering a paid directory entry, a
// foundation's recognition line read as an authority, a file code containing »GdB«, the employer's
// levy under SGB IX, an employee's request sent "über" his superior's unit, and an e-mail whose
// "An:" label the scanner lost.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2028-05-02T09:00:00');
const classify = (text: string) => classifyDocument(pagesFromText(text, { confidence: 0.95 }), config, { receivedAt });

describe('an unsolicited offer of a paid directory entry', () => {
  const mailing = (disclaimer: string) => letter({
    head: ['DFV Deutsches Firmenverzeichnis Ltd.', 'DFV Ltd. · Kings Road 12 · London W1 · United Kingdom'], to: city(),
    subject: ['Eintragungsofferte – Ihre Firmendaten'],
    body: 'bitte prüfen Sie Ihre Angaben und senden Sie das Formular unterschrieben an uns zurück.\n'
      + 'Mit Ihrer Unterschrift erteilen Sie den Auftrag zur Eintragung Ihrer Firmendaten in das Branchenverzeichnis '
      + 'www.dfv-online.example für eine Laufzeit von zwei Jahren zum Jahresbeitrag von 890,00 € zzgl. MwSt.\n'
      + `${disclaimer}`,
  });
  it('is advertising, not an offer the city asked for', () => {
    const result = classify(mailing('Dieses Formular ist keine Rechnung. Eine Zahlungspflicht entsteht erst mit Ihrer Unterschrift.'));
    expect(result.documentType).toBe('advertising');
    expect(result.department).toBeNull();
  });
  it('guard: an offer answering the city\'s request stays an offer', () => {
    const result = classify(letter({
      head: ['Gartenbau Petersen GmbH', 'Gartenbau Petersen GmbH · Moorweg 2 · 23456 Altdorf'], to: city('Zentrale Vergabe'),
      subject: ['Angebot Nr. 2028-114', 'Pflege der Grünanlagen am Stadtpark'],
      body: 'auf Ihre Anfrage vom 12.04.2028 bieten wir Ihnen die Pflege der Grünanlagen für eine Laufzeit von zwei Jahren an.\n'
        + 'Pos. 1 Rasenschnitt, Einzelpreis 420,00 €. Gesamtpreis 9.800,00 € zzgl. 19 % MwSt. Wir halten uns bis 31.05.2028 gebunden.',
    }));
    expect(result.documentType).toBe('offer');
  });
});

describe('a foundation\'s letter with its recognition line', () => {
  it('is a general letter, not an authority\'s notice', () => {
    const result = classify([
      'Heimatstiftung Altdorf', 'Stiftung bürgerlichen Rechts', '', 'Heimatstiftung Altdorf · Kirchgasse 5 · 23456 Altdorf', '',
      ...city(), '', 'Altdorf, 02.05.2028', '', 'Spende für die Restaurierung der Stadtuhr', '', 'Sehr geehrte Damen und Herren,', '',
      'unser Kuratorium hat beschlossen, die Restaurierung der Stadtuhr mit 3.000,00 € zu unterstützen.',
      'Wir freuen uns, wenn die Uhr zum Stadtfest wieder schlägt.', '', 'Mit freundlichen Grüßen', '', 'Jens Harder', 'Vorsitzender', '',
      'Anerkannt durch das Innenministerium Nordland · Finanzamt Altdorf, St.-Nr. 12/345/67890',
      'Spendenkonto: Sparkasse Altdorf · IBAN DE12 1234 5678 0000 1111 22',
    ].join('\n'));
    expect(result.documentType).toBe('other');
  });
});

describe('protection words that are codes or an employer\'s duty', () => {
  it('»GDB« inside a file code is no degree of disability', () => {
    const result = classify(letter({
      head: ['Landesamt für Vermessung Nordland', 'Landesamt für Vermessung · Postfach 1 · 23456 Altdorf'], to: city('Bauaufsicht'),
      refs: ['Unser Zeichen: 41-GDB-2028-00417'],
      subject: ['Rechnung Nr. 2028-417 über Geobasisdaten'],
      body: 'für die gelieferten Luftbilder berechnen wir 310,00 €. Zahlbar bis 30.05.2028.',
    }));
    expect(result.documentType).toBe('invoice');
    expect(result.protectionLevel).toBe('normal');
  });
  it('guard: a degree of disability (GdB 50) stays very-high', () => {
    const result = classify(letter({
      head: ['Ingrid Sommer', 'Ingrid Sommer · Feldweg 3 · 23456 Altdorf'], to: city(),
      subject: ['Parkerleichterung'],
      body: 'bei mir ist ein GdB von 50 festgestellt. Ich bitte um Auskunft zu einem Parkplatz vor meiner Wohnung.',
    }));
    expect(result.protectionLevel).toBe('very-high');
  });
  const levy = (section: string) => letter({
    head: ['Landesamt für Soziales Nordland', 'Integrationsamt', 'Landesamt für Soziales · Postfach 2 · 23456 Altdorf'], to: city('Personalservice'),
    subject: [`Feststellungsbescheid nach ${section} SGB IX`, 'Ausgleichsabgabe 2027'],
    body: 'nach Prüfung Ihrer Anzeige wird die Ausgleichsabgabe für 2027 auf 4.320,00 € festgesetzt.\n'
      + 'Der Betrag ist innerhalb eines Monats zu zahlen.',
  });
  it('the employer\'s levy under § 160 SGB IX is no one\'s social data', () => {
    expect(classify(levy('§ 160 Abs. 4')).protectionLevel).toBe('normal');
  });
  it('so where OCR read the section sign as »$« or a zero as »o«', () => {
    expect(classify(levy('$ 163 Abs. 2')).protectionLevel).toBe('normal');
    expect(classify(levy('§ 16o Abs. 4')).protectionLevel).toBe('normal');
  });
  it('guard: another SGB IX matter (integration assistance) stays very-high', () => {
    expect(classify(levy('§ 99')).protectionLevel).toBe('very-high');
  });
});

describe('department from the recipient lines', () => {
  it('an employee\'s request "über" his superior goes to the addressed personnel desk', () => {
    const result = classify([
      'An den Personalservice', 'über Leitung Bauhof', '', 'Musterstadt, 02.05.2028', '',
      'Antrag auf Sonderurlaub', '', 'Sehr geehrte Damen und Herren,', '',
      'für den Umzug meiner Familie beantrage ich einen Tag Sonderurlaub am 22.05.2028.', '',
      'Mit freundlichen Grüßen', '', 'Timo Rasch', 'Personal-Nr. 20471',
    ].join('\n'));
    expect(result.department).toBe('1.10');
  });
  it('an e-mail whose "An:" label was lost goes to the address it was sent to', () => {
    const result = classify([
      'Von: Lea Brandt <lea.brandt@example.org>', 'Gesendet: Dienstag, 2. Mai 2028 10:12', 'ordnungsamt@musterstadt.de',
      'Betreff: Genehmigung für einen Infostand', '', 'Sehr geehrte Damen und Herren,', '',
      'wir beantragen die Genehmigung für einen Infostand auf dem Marktplatz am 20.05.2028 von 9 bis 14 Uhr.', '',
      'Viele Grüße', 'Lea Brandt',
    ].join('\n'));
    expect(result.department).toBe('3.10.20');
  });
});
