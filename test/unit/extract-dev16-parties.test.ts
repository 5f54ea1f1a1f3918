// Sender extraction for failure families seen on the dev16 letters (own wording): a sole lawyer's
// return line naming her office after her ("Kanzlei Dr. X") under a letterhead with her full name;
// a sole trader's mail program showing person and trade name in the "Von:" line; a partner
// town's bilingual letterhead; an owner's name set before the trade name in the letterhead line
// whose separator OCR lost.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Jugend und Familie', 'Am Markt 3', '17100 Musterstadt', ''];
const body = ['', 'Sehr geehrte Damen und Herren,', '', 'wir bitten Sie, die Angelegenheit zu prüfen und uns Ihre Entscheidung mitzuteilen.', '',
  'Mit freundlichen Grüßen', '', ...Array(14).fill('')];

describe('sender: a one-lawyer office named after its holder', () => {
  it('names the lawyer from the letterhead, not "Kanzlei Dr. …" from the return line', () => {
    const lines = ['Dr. Henrike Wollschläger', 'Rechtsanwältin', 'Fachanwältin für Verwaltungsrecht', '',
      'Kanzlei Dr. Wollschläger · Lindenallee 4 · 17200 Oststadt', '', ...recipient, 'Widerspruch gegen den Bescheid vom 02.03.2027', ...body];
    expect(fieldsOf(lines).sender).toBe('Dr. Henrike Wollschläger');
  });
  it('so for a tax adviser\'s office ("Steuerkanzlei Dr. …")', () => {
    const lines = ['Dr. Bernd Ahlers', 'Steuerberater', '', 'Steuerkanzlei Dr. Ahlers · Hafenweg 2 · 17200 Oststadt', '', ...recipient,
      'Antrag auf Stundung', ...body];
    expect(fieldsOf(lines).sender).toBe('Dr. Bernd Ahlers');
  });
  it('guard: a firm of several partners keeps its name', () => {
    const lines = ['KANZLEI AM MÜHLENTOR', 'Ahlers · Brink – Rechtsanwälte', '', 'Kanzlei am Mühlentor · Mühlentor 6 · 17200 Oststadt', '', ...recipient,
      'Widerspruch gegen den Bescheid vom 02.03.2027', ...body];
    expect(fieldsOf(lines).sender).toBe('Kanzlei am Mühlentor');
  });
  it('guard: "Kanzlei Dr. X" without the holder in the letterhead stays as written', () => {
    const lines = ['Kanzlei Dr. Ahlers', 'Rechtsanwälte und Notare', '', 'Kanzlei Dr. Ahlers · Hafenweg 2 · 17200 Oststadt', '', ...recipient,
      'Widerspruch gegen den Bescheid vom 02.03.2027', ...body];
    expect(fieldsOf(lines).sender).toBe('Kanzlei Dr. Ahlers');
  });
});

describe('sender: a mail program showing the person and the trade name', () => {
  const mail = (from: string) => [from, 'Gesendet:  Dienstag, 14. Dezember 2027 10:05', 'An:        rechnungseingang@musterstadt.de',
    'Betreff:   Rechnung 27-012 – Hofflohmarkt', '', 'Sehr geehrte Damen und Herren,', '', 'anbei meine Rechnung über 480,00 € für die Beschallung.', '',
    'Viele Grüße', '', 'Jonas Riedel', 'Klangkiste Veranstaltungstechnik', ...Array(12).fill('')];
  it('takes the trade name after "|" that the mail domain spells', () => {
    expect(fieldsOf(mail('Von:       Jonas Riedel | Klangkiste Veranstaltungstechnik <info@klangkiste-veranstaltungstechnik.de>')).sender)
      .toBe('Klangkiste Veranstaltungstechnik');
  });
  it('takes it when OCR lost the "|"', () => {
    expect(fieldsOf(mail('Von:       Jonas Riedel Klangkiste Veranstaltungstechnik <info@klangkiste-veranstaltungstechnik.de>')).sender)
      .toBe('Klangkiste Veranstaltungstechnik');
  });
  it('takes a firm with its legal form before the person', () => {
    expect(fieldsOf(mail('Von:       Klangkiste GmbH | Jonas Riedel <j.riedel@posteo.de>')).sender).toBe('Klangkiste GmbH');
  });
  it('guard: a person writing from a private address stays the sender', () => {
    expect(fieldsOf(mail('Von:       Jonas Riedel <jonas.riedel@posteo.de>')).sender).toBe('Jonas Riedel');
  });
  it('guard: two names the domain does not spell stay as written', () => {
    expect(fieldsOf(mail('Von:       Jonas Riedel | Marta Riedel <familie.riedel@posteo.de>')).sender).toBe('Jonas Riedel | Marta Riedel');
  });
});

describe('sender: a partner town\'s bilingual letterhead', () => {
  const town = (head: string) => [head, 'Der Bürgermeister', '', 'ul. Długa 5 · 78-200 Kolbowo · Polen', '',
    'Herrn Oberbürgermeister', 'Stadt Musterstadt', 'Am Markt 3', '17100 Musterstadt', '', 'Kolbowo, 3. Dezember 2027', '',
    'Sehr geehrter Herr Oberbürgermeister,', '', 'wir laden Sie herzlich zu unserem Stadtfest ein.', '', 'Mit herzlichen Grüßen', '', ...Array(12).fill('')];
  it('takes the German name, written as a name', () => {
    expect(fieldsOf(town('MIASTO KOLBOWO · STADT KOLBOWO')).sender).toBe('Stadt Kolbowo');
  });
  it('in either order', () => {
    expect(fieldsOf(town('Gemeinde Kolbowo · Gmina Kolbowo')).sender).toBe('Gemeinde Kolbowo');
  });
  it('guard: a German letterhead with an office part is not split', () => {
    expect(fieldsOf(town('Stadt Kolbowo · Bürgermeisteramt')).sender).toBe('Stadt Kolbowo · Bürgermeisteramt');
  });
});

describe('sender: the owner before the trade name in the letterhead', () => {
  const nursery = (head: string) => [head, 'Stauden · Gehölze · Obstbäume', '', 'Gärtnerei Hollmann · Feldweg 3 · 17200 Oststadt', '',
    'Stadt Musterstadt', 'Bauhof', 'Am Markt 3', '17100 Musterstadt', '', 'Rechnung Nr. 27-088', '', 'Sehr geehrte Damen und Herren,', '',
    'für die Lieferung berechnen wir 1.240,00 €.', '', 'Mit freundlichen Grüßen', '', ...Array(12).fill('')];
  it('keeps the return line\'s trade name when OCR lost the "·" after the owner', () => {
    expect(fieldsOf(nursery('Kerstin Hollmann GÄRTNEREI HOLLMANN')).sender).toBe('Gärtnerei Hollmann');
  });
  it('guard: a letterhead that adds a legal form still completes the return line', () => {
    expect(fieldsOf(nursery('Gärtnerei Hollmann GmbH')).sender).toBe('Gärtnerei Hollmann GmbH');
  });
});
