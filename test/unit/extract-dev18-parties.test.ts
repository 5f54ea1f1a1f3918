// Sender extraction for failure families seen on the dev18 letters (own wording): an authority's
// long name set over two letterhead lines under a return line with its acronym (alone or with the
// place); a brand contracted from the legal name's first words; a citizen signing after "Vielen
// Dank und …" with the birth name; a station whose foot names the registered body that runs it; a
// foreign legal form ("s.r.o."); a logo word OCR misread while the return line read it right.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Fachbereich Ordnung', 'Am Markt 3', '17100 Musterstadt', ''];
const body = ['', 'Sehr geehrte Damen und Herren,', '', 'wir bitten Sie, die Angelegenheit zu prüfen und uns Ihre Entscheidung mitzuteilen.', '',
  'Mit freundlichen Grüßen', '', 'i. A. Kerstin Vahl', ...Array(14).fill('')];

describe('sender: an authority name over two letterhead lines', () => {
  const letter = (head: string[], returnLine: string) => [...head, 'Dezernat 21 – Rohstoffe', '', returnLine, '', ...recipient,
    'Gebührenbescheid', ...body];
  it('spells out "LBEG Westmark" from the two lines, the second starting with "und"', () => {
    expect(fieldsOf(letter(['Landesamt für Bergbau, Energie', 'und geologische Dienste Westmark'], 'LBEG Westmark · Postfach 51 · 30001 Hannover-Süd')).sender)
      .toBe('Landesamt für Bergbau, Energie und geologische Dienste Westmark');
  });
  it('spells out an acronym alone from a name whose second line starts with "der"', () => {
    expect(fieldsOf(letter(['Kommunaler Versorgungsverband', 'der Länder Ostmark und Westmark'], 'KVV · Postfach 12 · 10001 Berlin-Nord')).sender)
      .toBe('Kommunaler Versorgungsverband der Länder Ostmark und Westmark');
  });
  it('guard: an acronym with another place than the letterhead name keeps the return line', () => {
    expect(fieldsOf(letter(['Landesamt für Bergbau, Energie', 'und geologische Dienste Westmark'], 'LBEG Ostmark · Postfach 51 · 30001 Hannover-Süd')).sender)
      .toBe('LBEG Ostmark');
  });
});

describe('sender: a brand contracted from the legal name', () => {
  const letter = (foot: string) => ['NORDTRANS', 'Logistik für Kommunen', '', 'NORDTRANS · 24100 Kiel-Süd', '', ...recipient,
    'Widerspruch gegen Ihren Kostenbescheid', ...body, foot, 'Vorstand: Jens Ohlsen · IBAN DE12 3456 7890 1234 5678 90'];
  it('takes the legal name at the foot whose first words the brand contracts ("NORDTRANS" of "Norddeutsche Transport AG")', () => {
    expect(fieldsOf(letter('Norddeutsche Transport AG · Sitz Kiel · Registergericht Kiel HRB 4411')).sender).toBe('Norddeutsche Transport AG');
  });
  it('guard: a foot naming another firm leaves the brand', () => {
    expect(fieldsOf(letter('Westfälische Speditionsgesellschaft AG · Sitz Münster · HRB 7781')).sender).toBe('NORDTRANS');
  });
});

describe('sender: a citizen signing after a thank-you', () => {
  const letter = (closing: string, name: string) => ['                                       Musterstadt, 02.05.2028', '', 'An die',
    'Friedhofsverwaltung der Stadt Musterstadt', 'Am Markt 3', '17100 Musterstadt', '', 'Sehr geehrte Damen und Herren,', '',
    'ich bitte Sie, das Nutzungsrecht an der Grabstelle meines Mannes um zehn Jahre zu verlängern.', '', closing, '', name,
    'Lindenweg 7', '23560 Lübeck', ...Array(10).fill('')];
  it('takes the signature under "Vielen Dank und freundliche Grüße" without the birth name', () => {
    expect(fieldsOf(letter('Vielen Dank und freundliche Grüße', 'Ingeborg Thiessen, geb. Voss')).sender).toBe('Ingeborg Thiessen');
  });
  it('so under "Danke und viele Grüße"', () => {
    expect(fieldsOf(letter('Danke und viele Grüße', 'Ingeborg Thiessen')).sender).toBe('Ingeborg Thiessen');
  });
  it('guard: an ordinary closing keeps the signing name', () => {
    expect(fieldsOf(letter('Mit freundlichen Grüßen', 'Ingeborg Thiessen')).sender).toBe('Ingeborg Thiessen');
  });
});

describe('sender: a station run by a registered body named at the foot', () => {
  const letter = (foot: string) => ['Sozialstation Nordstadt', 'Häusliche Pflege · Tagespflege', 'Kirchweg 2 · 17100 Musterstadt · Tel. 0123 45 67-0', '',
    ...recipient, 'Antrag auf Parkerleichterung für unsere Pflegekräfte', ...body, foot, 'Vorstand: Dr. Petra Lamm · Vereinsregister AG Oststadt VR 118'];
  it('takes the body after "Träger:" with its legal form', () => {
    expect(fieldsOf(letter('Sozialstation Nordstadt · Träger: Caritasverband Oststadt e.V.')).sender).toBe('Caritasverband Oststadt e.V.');
  });
  it('guard: a carrier without a legal form (a parish) leaves the station', () => {
    expect(fieldsOf(letter('Sozialstation Nordstadt · Träger: Kirchengemeinde St. Marien Oststadt')).sender).toBe('Sozialstation Nordstadt');
  });
});

describe('sender: a foreign legal form', () => {
  it('keeps "s.r.o." with the name, like GmbH', () => {
    const lines = ['BDX', 'Branchenverzeichnis Mitteleuropa', '', 'BDX s.r.o. · Hlavná 15 · 040 01 Košice · Slovensko', '', ...recipient,
      'Aktualisierung Ihres Eintrags', ...body];
    expect(fieldsOf(lines).sender).toBe('BDX s.r.o.');
  });
});

describe('sender: a logo word OCR misread', () => {
  // The imprint stands right under the signature, its "·" before the street lost.
  const letter = (logo: string) => [logo, 'Software. Einfach. Sicher.', '', 'lumiQ · Torstraße 9 · 10119 Berlin', '', ...recipient,
    'Ihr digitaler Posteingang', '', 'Sehr geehrte Damen und Herren,', '', 'mit lumiQ Posteingang ordnen Sie Ihre Briefe in Sekunden zu.', '',
    'Mit freundlichen Grüßen', '', 'Nils Brand', 'Leiter Vertrieb', '', 'lumiQ Software GmbH Torstraße 9 - 10119 Berlin - HRB 99120 B',
    'Geschäftsführung: Dr. Ina Berg, Nils Brand', 'Sie erhalten dieses Schreiben als öffentliche Stelle. Widerspruch jederzeit an datenschutz@lumiq.de.',
    'Unsere Preise verstehen sich zuzüglich der gesetzlichen Umsatzsteuer.', ...Array(12).fill('')];
  it('keeps the return line\'s reading that the text repeats, and its legal name', () => {
    expect(fieldsOf(letter('lumid')).sender).toBe('lumiQ Software GmbH');
  });
  it('takes the legal name under the signature whose "·" before the street OCR lost', () => {
    expect(fieldsOf(letter('lumiQ')).sender).toBe('lumiQ Software GmbH');
  });
});

describe('sender: a letterhead reading that differs from the return line only by a lost umlaut', () => {
  it('keeps the letterhead\'s "Jäger" although the return line and the foot read "Jager"', () => {
    const fields = fieldsOf(['Planungsbüro Jäger + Partner', 'Lindenweg 4', '23456 Altdorf', '',
      'Planungsbüro Jager + Partner · Lindenweg 4 · 23456 Altdorf', '', ...recipient, 'Bauanzeige', ...body.slice(0, -14),
      ...Array(10).fill(''), 'Planungsbüro Jager Partner · Amtsgericht Altdorf HRA 812 · USt-IdNr. DE123456789']);
    expect(fields.sender).toBe('Planungsbüro Jäger + Partner');
  });
});
