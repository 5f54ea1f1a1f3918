// Field extraction for failure families seen on the dev10 letters (own wording): a handling stamp
// ("Eilt", "Vertraulich") over a letterhead, a joint practice naming two doctors on one line, form
// titles above the address block or over two lines with a bracketed legal reference under them,
// and a court letter whose rubrum runs up to the salutation without a Betreff.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Ordnungsamt', 'Marktplatz 1', '17100 Musterstadt', ''];

describe('sender', () => {
  it('takes no handling stamp over the letterhead for the sender', () => {
    const lines = ['                              DRINGEND – sofort weiterleiten', '', 'Tischlerei Habermann', 'Inh. Jens Habermann', 'Hafenstraße 3 · 17100 Musterstadt', '',
      ...recipient, 'Musterstadt, 03.03.2026', '', 'Reparatur der Eingangstür', '', 'Sehr geehrte Damen und Herren,', '', 'die Tür ist repariert.', '', 'Mit freundlichen Grüßen', 'Jens Habermann'];
    expect(fieldsOf(lines).sender).toBe('Tischlerei Habermann');
  });
  it('takes the doctor of a joint practice who signs, not the whole line of partners', () => {
    const lines = ['Hausarztpraxis am Wall', 'Dr. med. Sven Olsen · Dr. med. Petra Kluge', 'Fachärzte für Innere Medizin', 'Am Wall 2 · 17100 Musterstadt · Tel. 0381 4411', '',
      'An das', 'Gesundheitsamt', 'Marktplatz 1', '17100 Musterstadt', '', 'Musterstadt, 03.03.2026', '', 'Impfaktion in der Grundschule', '',
      'Sehr geehrte Damen und Herren,', '', 'gern unterstützen wir die Impfaktion am 20.03.2026.', '', 'Mit freundlichen Grüßen', '', 'Dr. med. Petra Kluge'];
    expect(fieldsOf(lines).sender).toBe('Dr. med. Petra Kluge');
  });
});

describe('subject', () => {
  it('takes a form title above the address block with its bracketed legal reference', () => {
    const lines = ['Anzeige der Fertigstellung', '(§ 81 der Bauordnung)', '', 'An die', 'Stadt Musterstadt', 'Bauaufsicht', 'Marktplatz 1', '17100 Musterstadt', '',
      'Aktenzeichen: 6.30-BG-0117/25', '', 'Bauherrin', 'Name: Lange, Birte', 'Anschrift: Lindenweg 8, 17100 Musterstadt', '', 'Fertigstellung am: 20.02.2026', '', 'Ort, Datum: Musterstadt, 03.03.2026'];
    expect(fieldsOf(lines).subject).toBe('Anzeige der Fertigstellung (§ 81 der Bauordnung)');
  });
  it('keeps the bracketed line under an application form\'s title', () => {
    const lines = ['Stadt Musterstadt – Marktverwaltung', 'Marktplatz 1 · 17100 Musterstadt', '', 'Antrag auf Zulassung zum Wochenmarkt', '(§ 5 der Marktsatzung)', '',
      'Name, Vorname: Yilmaz, Deniz', 'Anschrift: Gartenweg 2, 17100 Musterstadt', 'Warenangebot: Obst und Gemüse', '', 'Ort, Datum: Musterstadt, 03.03.2026'];
    expect(fieldsOf(lines).subject).toBe('Antrag auf Zulassung zum Wochenmarkt (§ 5 der Marktsatzung)');
  });
  it('joins an authority\'s title that goes on in small letters, and its bracketed note', () => {
    const head = ['Finanzamt Nordheim', '', 'Finanzamt Nordheim · Postfach 12 · 17000 Nordheim', '', ...recipient, 'Steuernummer: 11/222/33333', 'Datum: 03.03.2026', ''];
    const form = [...head, 'Mitteilung an die Stadt', 'über den Messbetrag für 2025', '(Messbescheid vom 03.03.2026)', '', 'Steuerpflichtige: Kai Berg GmbH', 'Messbetrag: 1.250 Euro'];
    expect(fieldsOf(form).subject).toBe('Mitteilung an die Stadt über den Messbetrag für 2025 (Messbescheid vom 03.03.2026)');
    const plain = [...head, 'Zerlegung des Messbetrags', 'für das Kalenderjahr 2025', '(Zerlegungsbescheid vom 03.03.2026)', '', 'Steuerpflichtige: Kai Berg GmbH', 'Anteil der Stadt: 40 %'];
    expect(fieldsOf(plain).subject).toBe('Zerlegung des Messbetrags für das Kalenderjahr 2025 (Zerlegungsbescheid vom 03.03.2026)');
  });
  it('takes no "wegen" line of a court\'s rubrum above the salutation for a Betreff', () => {
    const lines = ['Verwaltungsgericht Nordheim', '', 'Verwaltungsgericht Nordheim · Gerichtsweg 1 · 17000 Nordheim', '', ...recipient, 'Aktenzeichen: 2 K 51/26', 'Datum: 03.03.2026', '',
      'In der Verwaltungsrechtssache', '', 'Horst Behn, Uferweg 4, 17100 Musterstadt', '- Kläger -', 'gegen', 'Stadt Musterstadt', '- Beklagte -', '',
      'wegen Beseitigungsanordnung (Gartenhaus)', '', 'Sehr geehrte Damen und Herren,', '', 'anbei erhalten Sie die Klageschrift zur Stellungnahme.', '', 'Auf Anordnung', 'Krüger'];
    expect(fieldsOf(lines).subject).toBeUndefined();
  });
});
