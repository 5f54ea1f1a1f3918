// Senders and references of invented letters (own wording) for failure families seen on the dev25
// and dev26 letters: e-mail printouts signed by a firm or club whose signature line carries the
// address; a display name that is a club's name with its legal form; a fax cover under a club's
// letterhead with its founding year; the city's personnel form returned by an employee; "Name,
// Vorname" with the comma read as a dot; a doctor's profession after the name on a form; a fax
// header's page count; a mail address with its dot read as a comma; partners' names joined by "+";
// a register line at the foot; a footer name with a letter read as a digit; an acronym that reads
// like a legal form; a street without a street word glued to the return line's name; a postcode
// read with an l; an office's abbreviation after a person's name. References: the city's Az. after
// "Ihrem Schreiben vom"; "zu Ihrem Auftrag <file number>"; an l read for a 1 in a dotted code; the
// "Unser Zeichen" label as OCR reads it; a Kassenzeichen whose value wraps to the next line.
// Guards keep what must not change.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Ordnungsamt', 'Rathausplatz 1', '12345 Musterstadt', ''];
const body = (closing: string[]) => ['Sehr geehrte Damen und Herren,', '', 'wir bitten um Prüfung und Rückmeldung.', '', 'Mit freundlichen Grüßen', '', ...closing];

describe('sender: e-mail printouts', () => {
  const mail = (from: string, signature: string[]) => [from, 'Gesendet: Montag, 7. Mai 2029 09:12', 'An: kultur@musterstadt.de',
    'Betreff: AW: Hallenbelegung Herbst 2029', '', 'Sehr geehrter Herr Brandes,', '', 'anbei wie besprochen unser Belegungsplan für die Sporthalle am Deich.', '',
    'Mit freundlichen Grüßen', '', ...signature];
  it('takes the firm or club that signs with its address line', () => {
    expect(fieldsOf(mail('Von: Verkauf Mühlenhof Ahrens <verkauf@muehlenhof-ahrens.de>', ['Tilo Ahrens', 'Vertrieb', '', 'Mühlenhof Ahrens GmbH · Deichstraße 9 · 23456 Talheim', 'AG Talheim HRB 4471'])).sender)
      .toBe('Mühlenhof Ahrens GmbH');
    expect(fieldsOf(mail('Von: Kulturkreis Auental e.V. <vorstand@kulturkreis-auental.de>', ['Ruth Albers', '1. Vorsitzende', '', 'Kulturkreis Auental e.V. · Lindenweg 2 · 23456 Talheim'])).sender)
      .toBe('Kulturkreis Auental e.V.');
    // Guard: without a signing firm the display name stays.
    expect(fieldsOf(mail('Von: Verkauf Mühlenhof Ahrens <verkauf@muehlenhof-ahrens.de>', ['Tilo Ahrens', 'Vertrieb'])).sender).toBe('Verkauf Mühlenhof Ahrens');
  });
  it('reads a club\'s display name with its legal form as one name', () => {
    expect(fieldsOf(mail('Von: Kulturkreis Auental e.V. <vorstand@kulturkreis-auental.de>', ['Ruth Albers', '1. Vorsitzende'])).sender).toBe('Kulturkreis Auental e.V.');
    // Guard: a person before a trade name with its legal form still yields the trade name.
    expect(fieldsOf(mail('Von: Marc Tenbrink Soundhaus Events GmbH <info@soundhaus-events.de>', ['Marc Tenbrink'])).sender).toBe('Soundhaus Events GmbH');
  });
  it('reads a mail address whose dot OCR read as a comma', () => {
    const letter = ['Von: Jana Rieck <jana.rieck@postfach,example>', 'An: personal@musterstadt.example', 'Datum: 03.05.2029, 20:11',
      'Betreff: Bewerbung als Erzieherin', 'Anhänge: Lebenslauf_Rieck.pdf; Zeugnisse_Rieck.pdf', '', 'Sehr geehrte Damen und Herren,', '',
      'hiermit bewerbe ich mich um die ausgeschriebene Stelle.', '', 'Mit freundlichen Grüßen', 'Jana Rieck', 'Ahornweg 5, 23456 Talheim'];
    expect(fieldsOf(letter).sender).toBe('Jana Rieck');
  });
});

describe('sender: forms and fax covers', () => {
  it('takes the club with its founding year from a fax cover\'s letterhead', () => {
    const letter = ['T E L E F A X', '', 'Turnverein Talheim von 1897 e.V.', 'Vereinsheim · Am Sportplatz 3 · 23456 Talheim', 'Telefon 04421 55 66 · Telefax 04421 55 67', '',
      'An: Stadt Musterstadt', 'Ordnungsamt', 'Fax-Nr.: 04421 100-300', 'Von: Gerd Haller, Kassenwart', 'Datum: 04.05.2029', 'Seiten: 2', '',
      'Nachricht:', 'Sehr geehrte Damen und Herren,', 'anbei unser Antrag für das Sportfest.', '', 'Gerd Haller'];
    expect(fieldsOf(letter).sender).toBe('Turnverein Talheim von 1897 e.V.');
  });
  it('takes the employee from the city\'s own personnel form, in natural order', () => {
    const letter = ['Stadt Musterstadt – Personalservice (1.10) Vordruck P-9', 'Bezügestelle', '', 'ANZEIGE EINER NEUEN ANSCHRIFT', '',
      'Bitte ausgefüllt an den Personalservice zurücksenden.', '', '1. Mitarbeiter/in', 'Name, Vorname: Brandt, Jonas', 'Personalnummer: 31 0557',
      'Dienststelle: Bauhof', '', '2. Neue Anschrift', 'Straße: Lindenweg 8', '', 'Ort, Datum, Unterschrift', 'Musterstadt, 03.05.2029 Jonas Brandt'];
    expect(fieldsOf(letter).sender).toBe('Jonas Brandt');
  });
  it('reads "Name, Vorname" with the comma read as a dot in natural order', () => {
    const letter = ['Stadt Musterstadt · Soziales · Wohngeld', 'Rathausplatz 1 · 12345 Musterstadt', '', 'Antrag auf Wohngeld', '',
      '1. Antragsteller/in', 'Name, Vorname: Kuhn. Petra', 'Anschrift: Ahornweg 4, 12345 Musterstadt', 'Telefon: 0171 2233445', '',
      'Ort, Datum, Unterschrift', 'Musterstadt, 02.05.2029 Petra Kuhn'];
    expect(fieldsOf(letter).sender).toBe('Petra Kuhn');
  });
  it('drops the profession after a doctor\'s name', () => {
    const letter = ['12/05/2029 09:14 0441-223344 PRAXIS AM DEICH S. 1/1', 'An: Gesundheitsamt Stadt Musterstadt (5.30) Fax 04421 100-530',
      'Meldung einer Erkrankung nach § 6 IfSG', '', 'Meldende Person / Einrichtung', 'Dr. med. Ilka Sommer, Fachärztin für Allgemeinmedizin',
      'Praxis am Deich, Deichstraße 2, 23456 Talheim', 'Telefon 04421 22 33 44', 'Datum der Meldung: 12.05.2029', '', 'Betroffene Person', 'Name, Vorname: Otto, Lina'];
    expect(fieldsOf(letter).sender).toBe('Dr. med. Ilka Sommer');
  });
});

describe('sender: return lines and foot lines', () => {
  // Paragraphs that put the foot line at the bottom of the page.
  const padding = Array.from({ length: 14 }, (_, i) => `Absatz ${i + 1}: weitere Angaben zum Vorgang folgen in diesem Schreiben.`);
  it('keeps partners\' names joined by "+" and skips the partnership register', () => {
    const letter = (separator: string) => ['kramer+lenz', 'ingenieure', '', `Kramer + Lenz Ingenieure ${separator} Mühlenweg 4 ${separator} 23456 Talheim`, '', ...recipient,
      'Bauantrag Lagerhalle, Flurstück 7/2', '', ...body(['Eva Lenz']), '',
      'Kramer + Lenz Ingenieure PartG mbB · Mühlenweg 4 · 23456 Talheim', 'Partnerschaftsregister AG Talheim PR 77 · Partner: Ole Kramer, Eva Lenz'];
    expect(fieldsOf(letter('·')).sender).toBe('Kramer + Lenz Ingenieure PartG mbB');
    expect(fieldsOf(letter('-')).sender).toBe('Kramer + Lenz Ingenieure PartG mbB');
  });
  it('takes a footer name with a letter OCR read as a digit', () => {
    const letter = ['seeblick', 'Strom · Wärme · Wasser', '', ...recipient,
      'Wartungsarbeiten am Netz', '', ...body(['Kai Reents']), '', ...padding, '', '5eeblick Energie GmbH · Seestraße 1 · 23456 Talheim · AG Talheim HRB 881'];
    expect(fieldsOf(letter).sender).toBe('5eeblick Energie GmbH');
    // Guard: the bank OCR read so is still no sender.
    const bank = ['Holzwerkstatt', 'Möbel nach Maß', '', ...recipient, 'Rechnung Nr. 4/29', '', ...body(['Lars Brandt']), '', ...padding, '',
      '5parkasse Talheim · IBAN DE12 2345 6789 0123 4567 89 · BIC NOLADE21TAL'];
    expect(fieldsOf(bank).sender).not.toMatch(/parkasse/);
  });
  it('takes the legal name at the foot for a letterhead acronym that reads like a legal form', () => {
    const letter = ['GBR – GEWERBEBRANCHENREGISTER NORD', 'Erfassungsstelle · Váci út 12 · 1132 Budapest · Ungarn', '', ...recipient, 'Datum: 02.05.2029', '',
      'Ihr Eintrag im Branchenregister', '', 'Bitte prüfen Sie Ihre Daten und senden Sie das Formular unterschrieben zurück.', '', ...padding, '',
      'GBR Gewerbebranchenregister Nord Kft. · Cégjegyzék 01-09-123456'];
    expect(fieldsOf(letter).sender).toBe('GBR Gewerbebranchenregister Nord Kft.');
  });
  it('cuts a street without a street word glued to the return line\'s name', () => {
    const letter = ['Hinrichs', 'Heizöl - Diesel', 'Hinrichs Mineralöl GmbH & Co. KG Fährkai 7 - 23456 Talheim', '', ...recipient,
      '1. Mahnung', '', ...body(['Buchhaltung'])];
    expect(fieldsOf(letter).sender).toBe('Hinrichs Mineralöl GmbH & Co. KG');
  });
  it('reads a return line whose postcode OCR read with an l', () => {
    const letter = ['Malerei Kuhn GmbH · Gartenweg 5 · 2345l Talheim', ...recipient, 'Sehr geehrte Damen und Herren,', 'anbei unser Antrag.',
      'Mit freundlichen Grüßen – Ute Kuhn –', '----------------------------------', 'Serviceportal Stadt Musterstadt', 'EINGANGSBESTÄTIGUNG', 'Ihr Antrag ist eingegangen.'];
    expect(fieldsOf(letter).sender).toBe('Malerei Kuhn GmbH');
  });
  it('drops the office\'s abbreviation after a person\'s name the letterhead prints alone', () => {
    const letter = (office: string) => ['Henrik Sauer', office, 'Wallweg 3 · 23456 Talheim · Tel. 04421 7788', '', 'Henrik Sauer ÖbVI · Wallweg 3 · 23456 Talheim', '', ...recipient,
      'Kostenrechnung Grenzvermessung', '', ...body(['Henrik Sauer'])];
    expect(fieldsOf(letter('Öffentlich bestellter Vermessungsingenieur')).sender).toBe('Henrik Sauer');
    // Guard: an abbreviation that stands for no line of the letterhead stays.
    expect(fieldsOf(letter('Vermessungsbüro')).sender).toBe('Henrik Sauer ÖbVI');
  });
  it('skips a labelled part of the imprint naming a partner', () => {
    const letter = ['Hofmeister', 'Heizöl · Pellets', '', ...recipient, 'Talheim, 03.05.2029', '', 'Zahlungserinnerung', '', ...body(['Buchhaltung']), '',
      'Gesellschafterin: Hofmeister Verwaltungs-GmbH, AG Talheim HRB 2231 · GF Jan Hofmeister', 'Hofmeister Brennstoffe GmbH & Co. KG · Sitz Talheim'];
    expect(fieldsOf(letter).sender).not.toMatch(/Gesellschafterin/);
  });
});

describe('reference', () => {
  it('takes the city\'s Az. after "Ihrem Schreiben vom" over the sender\'s Geschäftszeichen', () => {
    const letter = ['Landesamt für Kommunalaufsicht', '', 'Landesamt für Kommunalaufsicht · Postfach 4 · 23400 Talheim', '', ...recipient,
      'Geschäftszeichen: 22.4-7781-TA/29', 'Datum: 08.05.2029', '', 'Genehmigung des Nachtragshaushalts', '', 'Sehr geehrte Damen und Herren,', '',
      'mit Ihrem Schreiben vom 2. Mai 2029, Az. 1.40-NH-2029/12, haben Sie den Nachtragshaushalt vorgelegt.', '', 'Mit freundlichen Grüßen', '', 'Im Auftrag', 'Weber'];
    expect(fieldsOf(letter).reference).toBe('1.40-NH-2029/12');
  });
  it('takes the city\'s order number "zu Ihrem Auftrag" without a colon', () => {
    const letter = (subject: string) => ['Holm & Sohn Straßenbau GmbH · Deichweg 2 · 23456 Talheim', '', ...recipient, 'Talheim, 04.05.2029', '', subject, '',
      ...body(['Holm & Sohn Straßenbau GmbH'])];
    expect(fieldsOf(letter('Rechnung Nr. 29-331 zu Ihrem Auftrag 9.60.10-GP-2029/08 vom 02.04.2029')).reference).toBe('9.60.10-GP-2029/08');
    // Guard: an order named by its date only has no file number.
    expect(fieldsOf(letter('Rechnung Nr. 29-331 zu Ihrem Auftrag vom 02.04.2029')).reference).toBeUndefined();
  });
  it('repairs an l read for a 1 next to the dot of a dotted code', () => {
    const fine = ['Stadt Talheim · Bußgeldstelle · Postfach 9 · 23450 Talheim', '', ...recipient, 'Aktenzeichen: OWi 4l.3-220145/29', 'Datum: 06.05.2029', '',
      'Zeugenfragebogen', '', ...body(['Im Auftrag', 'Meyer'])];
    expect(fieldsOf(fine).reference).toBe('OWi 41.3-220145/29');
    const reminder = ['Landkreis Auental · Kreiskasse · Postfach 3 · 23400 Auental', '', ...recipient, 'Datum: 06.05.2029', '', '1. Mahnung', '', 'Sehr geehrte Damen und Herren,', '',
      'der Betrag aus dem Bescheid der Unteren Wasserbehörde vom 02.04.2029 (Az. 60.l-WB-2029/118) ist noch offen.', '', 'Mit freundlichen Grüßen', 'Kreiskasse'];
    expect(fieldsOf(reminder).reference).toBe('60.1-WB-2029/118');
  });
  it('reads "Unser Zeichen" as OCR reads it ("Uriser Zeichen")', () => {
    const letter = ['Unfallkasse Auental', 'Körperschaft des öffentlichen Rechts', '', 'Unfallkasse Auental · Postfach 7 · 23400 Auental', '', ...recipient,
      'Ihr Zeichen       Uriser Zeichen       Datum', '–                 UK 2029/04471        05.05.2029', '', 'Arbeitsunfall vom 20.04.2029', '', ...body(['Im Auftrag', 'Krohn'])];
    expect(fieldsOf(letter).reference).toBe('UK 2029/04471');
  });
  it('takes the Kassenzeichen whose value wraps to the next line of the text', () => {
    const letter = ['Kanzlei Ostertor Steuerberatungsgesellschaft mbH · Ostertor 3 · 23456 Talheim', '', ...recipient, 'Talheim, 05.05.2029', '', 'Stundungsantrag', '',
      'Sehr geehrte Damen und Herren,', '',
      'zu Ihrem Grundsteuerbescheid vom 02.04.2029 (Az. 1.50-GS-2029/0318, Kassenzeichen',
      // A word of this line stands right under the label.
      '7.2200.011873.4) für unsere Mandantin beantragen wir hiermit erneut Stundung der Forderung bis zum Jahresende.', '',
      'Mit freundlichen Grüßen', 'Kanzlei Ostertor'];
    expect(fieldsOf(letter).cashReference).toBe('7.2200.011873.4');
  });
});
