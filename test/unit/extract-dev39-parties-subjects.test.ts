// Senders, references and subjects for failure families seen on the dev39/dev40 letters (own
// wording): a court's or tax office's file number in an information block row with its place code
// or unit before the clerk's cell, a law firm's Aktenzeichen with the writer's code, a register
// code with its serial as a digit group, a team after a spaced dash, an association's file-plan
// number with its dictation mark; a partnership named with a doctor's title before a middle dot,
// a letterhead whose second line carries the rest of the name and its legal form; a form's
// copy line under the address taken for its title.
import { describe, expect, it } from 'vitest';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';

/** Fields of a letter delivered as a PDF text layer (no word boxes, columns kept as spaces). */
const fieldsOfText = (lines: string[]) => fieldsOfPages([{ index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0 }]);

const recipient = ['Stadt Musterstadt', 'Rechtsamt', 'Markt 1', '19370 Musterstadt', ''];
const closing = ['', 'Mit freundlichen Grüßen', '', 'Henning Lorenz'];
const body = ['Sehr geehrte Damen und Herren,', '', 'wir nehmen Bezug auf das laufende Verfahren und bitten um Ihre Stellungnahme.', ...closing];

describe('reference', () => {
  it('keeps a court file number with its place code in an information block row', () => {
    const lines = ['Verwaltungsgericht Nordheim', '', ...recipient,
      'Aktenzeichen            Bearbeiter            Durchwahl           Datum',
      '4 K 112/30 HRO          Herr Möller           0381 555-120        10.03.2030', '', ...body];
    expect(fieldsOf(lines).reference).toBe('4 K 112/30 HRO');
    expect(fieldsOfText(lines).reference).toBe('4 K 112/30 HRO');
  });
  it('keeps a tax office unit after a Geschäftszeichen in an information block row', () => {
    const lines = ['Finanzamt Nordheim', '', ...recipient,
      'Geschäftszeichen (bitte stets angeben)        Bearbeiterin        Datum',
      'GR 081/445-2-00871 – St 12                    Frau Lenz           10.03.2030', '', ...body];
    expect(fieldsOf(lines).reference).toBe('GR 081/445-2-00871 – St 12');
    expect(fieldsOfText(lines).reference).toBe('GR 081/445-2-00871 – St 12');
  });
  it('keeps the writer code after a law firm file number', () => {
    const lines = ['Kanzlei Albers', 'Rechtsanwälte', '', ...recipient, 'Unser Aktenzeichen: 0213/30 TW04', 'Datum: 10.03.2030', '', ...body];
    expect(fieldsOf(lines).reference).toBe('0213/30 TW04');
  });
  it('keeps a register code with its serial set as a digit group', () => {
    const lines = ['Steuerbüro Hansen', '', ...recipient, 'Ihr Zeichen / Steuernummer:  1.50-GrSt 04417', 'Datum: 10.03.2030', '', ...body];
    expect(fieldsOf(lines).reference).toBe('1.50-GrSt 04417');
  });
  it('keeps a team number after a spaced dash at the end of the line', () => {
    const lines = ['Jobcenter Nordheim', '', ...recipient, 'Geschäftszeichen: 521-BG 0078113 – Team 208', 'Datum: 10.03.2030', '', ...body];
    expect(fieldsOf(lines).reference).toBe('521-BG 0078113 – Team 208');
  });
  it('keeps the dictation mark after an association file-plan number', () => {
    const lines = ['Landkreistag Nordland e.V.', '', ...recipient, 'Az.: 412.30 – Bm/Kl', 'Datum: 10.03.2030', '', ...body];
    expect(fieldsOf(lines).reference).toBe('412.30 – Bm/Kl');
  });
  it('does not run a file number on into the words after it', () => {
    const lines = ['Finanzamt Nordheim', '', ...recipient, 'Aktenzeichen: 1.50-GrSt 04417 bitte angeben', 'Datum: 10.03.2030', '', ...body];
    expect(fieldsOf(lines).reference).toBe('1.50-GrSt 04417');
  });
  it('takes no clerk after a dash that is no unit number', () => {
    const lines = ['Finanzamt Nordheim', '', ...recipient, 'Az.: 412.30 – Bearbeitung', 'Datum: 10.03.2030', '', ...body];
    expect(fieldsOf(lines).reference).toBe('412.30');
  });
});

describe('sender', () => {
  it('keeps a partner with a doctor title before the middle dot of a law firm name', () => {
    const lines = ['DR. LINDQVIST · HAUSER', 'RECHTSANWÄLTE PartG mbB', '',
      'Dr. Lindqvist · Hauser Rechtsanwälte PartG mbB · Hafenstraße 4 · 18055 Rostock', '', ...recipient, 'Datum: 10.03.2030', '', ...body];
    expect(fieldsOf(lines).sender).toBe('Dr. Lindqvist · Hauser Rechtsanwälte PartG mbB');
  });
  it('adds no profession with its legal form from the second letterhead line', () => {
    const lines = ['DR. KRAUSE & PARTNER', 'Steuerberater mbB', '', 'Dr. Krause & Partner · Ringstraße 2 · 20095 Hamburg', '', ...recipient, 'Datum: 10.03.2030', '', ...body];
    expect(fieldsOf(lines).sender).toBe('Dr. Krause & Partner');
  });
  it('adds a capitalised second letterhead line ending in e.V. in normal case', () => {
    const lines = ['IMKERBUND DER KÜSTE', 'WESTLICHES NORDLAND e.V.', '', 'Imkerbund der Küste · Postfach 12 34 · 19012 Schwerin', '', ...recipient, 'Datum: 10.03.2030', '', ...body];
    expect(fieldsOf(lines).sender).toBe('Imkerbund der Küste Westliches Nordland e.V.');
  });
  it('adds no second letterhead line without a legal form', () => {
    const lines = ['MÖLLER & SOHN', 'Tischlerei und Innenausbau', '', 'Möller & Sohn · Ringstraße 2 · 20095 Hamburg', '', ...recipient, 'Datum: 10.03.2030', '', ...body];
    expect(fieldsOf(lines).sender).toBe('Möller & Sohn');
  });
});

describe('subject', () => {
  it('takes no copy line under the address for the title of a form', () => {
    const lines = ['02.03.2030 11:20   FAX +49 3871 6110            GRUNDSCHULE AM DEICH          S. 01/01', '',
      'Städtische Grundschule „Am Deich“', 'Deichweg 4 · 19370 Musterstadt · Tel. 03871 61 10 · Fax 03871 61 12', '',
      'An:    Stadt Musterstadt', '       3.30 Feuerwehr – Vorbeugender Brandschutz', '       Fax 03871 480-3309', '',
      'cc:    5.20 Jugend und Familie, Schulsozialarbeit (zur Kenntnis)', '',
      '          VERSTÄNDIGUNG DER FEUERWEHR', '          durch Leitungen von Schulen (§ 12 SchulBauVO)', '',
      'Anlass:              [x] Pflichtübung  [ ] Nachübung', '                     [ ] Nachübung  [ ] sonstige: ______', '',
      'Beteiligte Klassen:  1a bis 4b (212 Kinder, 14 Lehrkräfte)', '', 'Weitere Angaben:',
      '- Ein Kind der Klasse 2b hat den Alarm nicht gehört und wurde von der Lehrerin geholt.', '- Die Tür zum Nebenausgang klemmte.', '',
      'Wir bitten um Prüfung, ob weitere Maßnahmen erforderlich sind.', '', 'Musterstadt, 12.03.2030                   gez. Ute Brandt, Schulleiterin'];
    expect(fieldsOfText(lines).subject).toBe('VERSTÄNDIGUNG DER FEUERWEHR durch Leitungen von Schulen (§ 12 SchulBauVO)');
  });
});
