// General causes of misclassification found on the thirteenth independently written dev split,
// each on a letter written for this test: a citizen reporting a parking offence, an authority's
// summons to its own hearing ("Ladung" without a court), an employee asking for an advance on
// the pay, and an advertisement whose unsubscribe line OCR misread.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { scoreRules } from '../../ocr/classify/rules.ts';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2025-06-10T09:00:00');
const classify = (text: string) => classifyDocument(pagesFromText(text, { confidence: 0.95 }), config, { receivedAt });

describe('a citizen reporting an offence', () => {
  const report = letter({
      head: ['Birgit Sommer', 'Lindenweg 3', '12345 Musterstadt'], to: city('Ordnungsamt'),
      subject: ['Anzeige wegen Falschparkens vor der Einfahrt Lindenweg 5'],
      body: 'seit drei Wochen steht ein grauer Kombi jeden Abend vor unserer Einfahrt. Bitte sorgen Sie dafür, dass wir wieder aus dem Hof fahren können.',
      closing: ['Birgit Sommer'],
    });
  it('the report itself counts for fine mail, not only the words of the offence', () => {
    const { hits } = scoreRules(analyseLetter(pagesFromText(report), { organisation: config.organisation }));
    expect(hits.some((hit) => hit.rule.id === 'fine.report' && hit.zone === 'subject')).toBe(true);
  });
  it('an "Anzeige" of a parked car is fine mail, high', () => {
    const result = classify(letter({
      head: ['Birgit Sommer', 'Lindenweg 3', '12345 Musterstadt'], to: city('Ordnungsamt'),
      subject: ['Anzeige Falschparker vor der Einfahrt Lindenweg 5'],
      body: 'seit drei Wochen steht ein grauer Kombi mit dem Kennzeichen MU-XY 123 jeden Abend vor unserer Einfahrt. '
        + 'Ich habe Fotos gemacht und schicke sie Ihnen gern. Bitte sorgen Sie dafür, dass wir wieder aus dem Hof fahren können.',
      closing: ['Birgit Sommer'],
    }));
    expect(result.documentType).toBe('fine');
    expect(result.protectionLevel).toBe('high');
  });
});

describe('an authority summoning to its own hearing', () => {
  it('a "Ladung zum Anhörungstermin" from a Landesamt is its notice, not court mail', () => {
    const result = classify(letter({
      head: ['Landesamt für Bodenordnung Nord', '– Flurneuordnungsbehörde –', 'Landesamt für Bodenordnung Nord · Am Wall 2 · 23456 Altdorf'], to: city('Immobilienservice'),
      refs: ['Geschäftszeichen: 4.2-118/25'],
      subject: ['Flurneuordnung Wiesengrund', 'Bekanntgabe des Neuordnungsplans und Ladung zum Anhörungstermin'],
      body: 'die Stadt ist als Eigentümerin mehrerer Flurstücke am Verfahren beteiligt. Der Plan liegt vom 01.07. bis 15.07.2025 in unserer Dienststelle aus. '
        + 'Zur Erläuterung des Plans laden wir Sie zum Anhörungstermin am 22.07.2025 ins Dorfgemeinschaftshaus ein.',
    }));
    expect(result.documentType).toBe('notice');
  });
  it('a court\'s own "Ladung" stays court mail', () => {
    const result = classify(letter({
      head: ['Amtsgericht Altdorf', 'Amtsgericht Altdorf · Gerichtsplatz 1 · 23456 Altdorf'], to: city('Recht'),
      refs: ['Geschäfts-Nr.: 4 C 118/25'],
      subject: ['Ladung zum Termin zur mündlichen Verhandlung'],
      body: 'in dem Rechtsstreit Meyer ./. Stadt Musterstadt werden Sie zum Termin am 22.07.2025, 10:00 Uhr, Saal 3, geladen.',
    }));
    expect(result.documentType).toBe('court');
  });
});

describe('an employee\'s own money matters', () => {
  it('a request for an advance on the pay is a personnel matter, very-high, even with the personnel number misread', () => {
    const result = classify(letter({
      head: ['Tim Albers', 'Gartenweg 9', '12345 Musterstadt', 'Bauhof, Kolonne Straßenunterhaltung'], to: ['An den', 'Personalservice', 'im Hause'],
      subject: ['Antrag auf Lohnvorschuss'],
      body: 'hiermit beantrage ich einen Vorschuss auf mein Entgelt von 800,00 €, weil meine Waschmaschine kaputt ist. '
        + 'Zurückzahlen möchte ich ihn in vier Raten, einbehalten vom Nettoentgelt ab Juli.',
      closing: ['Tim Albers'],
    }));
    expect(result.documentType).toBe('personnel');
    expect(result.protectionLevel).toBe('very-high');
  });
});

describe('advertising with a misread unsubscribe line', () => {
  it('a seminar mailing about sick notes stays advertising when "mehr" is read as "rnehr"', () => {
    const text = letter({
      head: ['Verwaltungsakademie Süd GmbH', 'Seminare für den öffentlichen Dienst'], to: city('Personalservice'),
      subject: ['Krankmeldungen und BEM rechtssicher bearbeiten – Termine im Herbst'],
      body: 'in unserem Tagesseminar lernen Ihre Personalsachbearbeiter, wie Krankmeldungen, Arbeitsunfähigkeit und das betriebliche Eingliederungsmanagement rechtssicher bearbeitet werden. '
        + 'Teilnahmegebühr: 390,00 € je Person.\n'
        + 'Sie möchten keine Informationen rnehr von uns erhalten? Eine kurze Nachricht an abmelden@vak-sued.de genügt.',
      closing: ['Ihr Seminarteam'],
    });
    // The unsubscribe line is the campaign's mark, however OCR spelled it.
    const { hits } = scoreRules(analyseLetter(pagesFromText(text), { organisation: config.organisation }));
    expect(hits.some((hit) => hit.rule.id === 'ads.campaign')).toBe(true);
    expect(classify(text).documentType).toBe('advertising');
  });
});
