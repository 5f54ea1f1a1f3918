// General causes of misclassification found on the eleventh independently written dev split, each
// on a letter written for this test: an employee writing about their own pay, a foster parent's
// one-off grant ("Beihilfe" of youth welfare law), an authority's Mahnung naming the Bescheid it
// reminds of, the tax office's notification of a Messbetrag, a fixed speed camera ("stationär")
// and a group of people named as a donation's purpose, a wish for accident-free work.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { protectionFromContent } from '../../ocr/classify/protection.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2025-06-10T09:00:00');
const classify = (text: string) => classifyDocument(pagesFromText(text, { confidence: 0.95 }), config, { receivedAt });

describe('personal matters behind an application', () => {
  it('an employee asking to repay overpaid salary in instalments is a personnel matter (very-high)', () => {
    const result = classify(letter({
      head: ['Tobias Wendt', 'Amselgasse 3', '23456 Altdorf'], to: city('Personalservice'),
      subject: ['Überzahlte Bezüge – Antrag auf Ratenzahlung'],
      body: 'nach Ihrer Mitteilung wurde ich zu lange nach der alten Entgeltgruppe bezahlt und soll 800,00 € zurückzahlen.\n'
        + 'Ich bitte darum, den Betrag in Raten von 50,00 € mit meinem Gehalt zu verrechnen.',
    }));
    expect(result.documentType).toBe('personnel');
    expect(result.protectionLevel).toBe('very-high');
  });

  it('a foster mother applying for a one-off grant for her foster child is social, not personnel', () => {
    const result = classify(letter({
      head: ['Petra Holm', 'Lindenhof 9', '23456 Altdorf'], to: city('Jugendamt'),
      subject: ['Antrag auf einmalige Beihilfe für die Klassenfahrt meiner Pflegetochter'],
      body: 'meine Pflegetochter fährt im März mit ihrer Klasse für fünf Tage an die Ostsee; die Fahrt kostet 310,00 €.\n'
        + 'Ich beantrage die Übernahme als einmalige Beihilfe nach § 39 SGB VIII, da das Pflegegeld dafür nicht reicht.',
    }));
    expect(result.documentType).toBe('social');
    expect(result.protectionLevel).toBe('very-high');
  });
});

describe('a document quoted in the subject', () => {
  it('an authority\'s Mahnung naming the overdue Bescheid is a reminder', () => {
    const result = classify(letter({
      head: ['Landesamt für Vermessung', 'Kasse', '', 'Landesamt für Vermessung · Feldweg 2 · 34567 Neustadt'], to: city('Bauaufsicht'),
      refs: ['Geschäftszeichen: V 12-3344/25', 'Kassenzeichen: 2025-VM-4411'],
      subject: ['Mahnung', 'Kostenbescheid vom 03.03.2025 – Vermessung Flurstück 12/4'],
      body: 'die mit Kostenbescheid vom 03.03.2025 festgesetzten Kosten von 640,00 Euro waren am 03.04.2025 fällig und sind noch offen.\n'
        + 'Mit Säumniszuschlag und Mahngebühr sind nun 656,00 Euro innerhalb von 14 Tagen zu zahlen.',
    }));
    expect(result.documentType).toBe('reminder');
  });

  it('the tax office\'s notification of a trade-tax Messbetrag to the town is tax mail', () => {
    const result = classify(letter({
      head: ['Finanzamt Neustadt', '', 'Finanzamt Neustadt · Postfach 12 · 34567 Neustadt'], to: city('Steuern'),
      subject: ['Gewerbesteuermessbescheid für 2024', 'Mitteilung an die Gemeinde nach § 184 Abs. 3 AO'],
      body: 'der Messbetrag der Weber Holzbau GmbH für 2024 wird auf 4.210 € festgesetzt.\n'
        + 'Die Festsetzung der Gewerbesteuer obliegt der Gemeinde; der Messbetrag gilt auch für die Vorauszahlungen.',
    }));
    expect(result.documentType).toBe('tax');
    expect(result.protectionLevel).toBe('high');
  });
});

describe('sensitive-looking words that name no one', () => {
  it('a fixed ("stationär") speed camera is no hospital stay', () => {
    const result = classify(letter({
      head: ['Prüfdienst Nord GmbH', 'Hafenweg 4 · 34567 Neustadt'], to: city('Ordnungsamt'),
      subject: ['Rechnung Nr. 2025-118 – Prüfung der stationären Blitzeranlagen'],
      body: 'für die Prüfung der zwei stationären\nGeschwindigkeitsmessanlagen am 04.05.2025 berechnen wir 900,00 € zuzüglich 19 % Umsatzsteuer.\nZahlbar innerhalb von 14 Tagen.',
    }));
    expect(result.protectionLevel).toBe('normal');
  });

  it('a donation for homeless people as a group is held for review but not very-high', () => {
    const content = protectionFromContent('unser Chor hat beim Konzert für die Notunterkunft für obdachlose Menschen gesammelt.\n'
      + 'Den Erlös von 1.100,00 Euro haben wir heute überwiesen.');
    expect(content.level).toBe('normal');
    expect(content.mightBeVeryHigh).toBe(true);
  });

  it('a wish for accident-free work is no hint of an accident', () => {
    const content = protectionFromContent('Anbei unsere Rechnung für den Streudienst im Januar.\nWir wünschen Ihrem Bauhof eine unfallfreie Saison und danken für den Auftrag.');
    expect(content.mightBeVeryHigh).toBe(false);
    expect(protectionFromContent('Der Mitarbeiter hatte am Montag einen Unfall auf dem Betriebshof.').mightBeVeryHigh).toBe(true);
  });

  it('a person without a home stays very-high', () => {
    const content = protectionFromContent('mein Bruder ist seit März obdachlos und bittet um einen Platz in der Notunterkunft.');
    expect(content.level).toBe('very-high');
  });
});
