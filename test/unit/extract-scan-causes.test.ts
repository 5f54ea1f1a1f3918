// Sender extraction on real OCR (own wording): Tesseract reads the return line's "·" as "-", "+"
// or "—", or drops it altogether, so the line must still count as the return line and its name
// must still end before the street.
import { describe, expect, it } from 'vitest';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { extractFields } from '../../ocr/extract/index.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';

const org = 'Stadt Musterstadt';
const fieldsOf = (lines: string[]) =>
  extractFields(analyseLetter(pagesFromText(lines.join('\n')), { organisation: org }), { organisation: org, receivedAt: new Date('2026-03-20T10:00:00') }).fields;
const recipient = ['Stadt Musterstadt', 'Grünflächenamt', 'Markt 1', '12345 Musterstadt', 'Altstadt, 11.03.2026', 'Rechnung Nr. 4410', 'Sehr geehrte Damen und Herren,', 'wir berechnen die Pflege der Anlagen.'];

describe('return line with misread separators', () => {
  it('takes the name before a "·" read as "+" or "-" under a logo word', () => {
    expect(fieldsOf(['HOFMANN', 'Grün in besten Händen', 'Gärtnerei Hofmann GmbH + Lindenweg 12 - 23456 Altstadt', ...recipient]).sender).toBe('Gärtnerei Hofmann GmbH');
    expect(fieldsOf(['SOMMER', 'Backwaren seit 1921', 'Bäckerei Sommer KG - Postfach 12 01 - 23456 Altstadt', ...recipient]).sender).toBe('Bäckerei Sommer KG');
  });
  it('ends the name before the street when OCR dropped the "·" after it', () => {
    expect(fieldsOf(['WENDT', 'Ihr Dach, unser Handwerk', 'Dachbau Wendt GmbH Am Mühlenberg 3 - 23456 Altstadt', ...recipient]).sender).toBe('Dachbau Wendt GmbH');
    expect(fieldsOf(['KRAUSE', 'Spielplätze aus Holz', 'Holzbau Krause GmbH Birkenweg 8 - 23456 Altstadt', ...recipient]).sender).toBe('Holzbau Krause GmbH');
  });
  it('keeps a dash inside a name that is no separator', () => {
    expect(fieldsOf(['Müller-Lüdenscheidt Gartenbau GmbH · Lindenweg 12 · 23456 Altstadt', ...recipient]).sender).toBe('Müller-Lüdenscheidt Gartenbau GmbH');
  });
});

describe('slogan over the letterhead name', () => {
  it('skips a slogan whose closing full stop OCR read as a comma', () => {
    expect(fieldsOf(['Clean water for every town,', 'AQUALUX FILTERS LTD.', 'Canal Road 4 - Leeds LS1 4AB - United Kingdom', '', ...recipient]).sender).not.toBe('Clean water for every town');
  });
});

describe('e-mail header read by OCR', () => {
  it('reads the sender from a "Von:" line whose address OCR split after a dot', () => {
    const mail = ['Von: Jonas Ebeling <jonas.ebeling@mailbox. org>', 'ordnungsamt@musterstadt.de', 'Datum: Di, 3. März 2026 um 08:12', 'Betreff: Frage zur Sperrmüllabholung', '', 'Guten Morgen,', 'wann wird in der Gartenstraße der Sperrmüll abgeholt?', '', 'Viele Grüße', 'Jonas Ebeling'];
    expect(fieldsOf(mail).sender).toBe('Jonas Ebeling');
  });
});

describe('information block whose labels OCR glued together', () => {
  it('still reads the date column when "Unser Zeichen" came out as one word', () => {
    const fields = fieldsOf(['Brandt & Söhne Tiefbau GmbH · Kiesweg 2 · 23456 Altstadt', '', 'Stadt Musterstadt', 'Tiefbauamt', 'Markt 1', '12345 Musterstadt', '',
      'Ihr Zeichen          Ihre Nachricht vom   UnserZeichen   Durchwahl       Datum',
      '9.50.30-TB-2026/11   02.02.2026           BS/kl          0421 55 66-3    06.03.2026', '',
      'Schlussrechnung Nr. 2026-044', '', 'Sehr geehrte Damen und Herren,', 'für die Arbeiten vom 12.01.2026 bis 27.02.2026 berechnen wir 4.212,00 €.']);
    expect(fields.letterDate).toBe('2026-03-06');
  });
});

describe('senders OCR read with a misread sign', () => {
  it('takes the display name of an e-mail printout whose address has a dot read as a comma', () => {
    const fields = fieldsOf(['Von: Jonas Kühne <jonas,kuehne@postfach-sued.de>', 'An: info@musterstadt.de', 'Datum: Mo, 04.01.2027, 09:12', 'Betreff: Anfrage Grabpflege', '',
      'Sehr geehrte Damen und Herren,', 'bitte teilen Sie mir die Kosten der Grabpflege mit.', '', 'Mit freundlichen Grüßen', 'Jonas Kühne']);
    expect(fields.sender).toBe('Jonas Kühne');
  });
  it('takes one doctor of a joint practice whose "·" between the names came out as a dash', () => {
    const fields = fieldsOf(['Praxis am Lindenplatz', 'Dr. med. Sabine Roth - Dr. med. Paul Weiß', 'Lindenplatz 2 · 23456 Altstadt', '', 'Stadt Musterstadt', 'Gesundheitsamt', 'Markt 1', '12345 Musterstadt', '',
      'Altstadt, 04.01.2027', '', 'Meldung nach § 6 IfSG', '', 'Sehr geehrte Damen und Herren,', 'hiermit melden wir einen Fall.', '', 'Mit freundlichen Grüßen', 'Dr. med. Paul Weiß']);
    expect(fields.sender).toBe('Dr. med. Paul Weiß');
  });
});
