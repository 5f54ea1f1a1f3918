// General causes of misclassification found on the twenty-seventh and twenty-eighth independently
// written dev splits, each on a letter written for this test: sensitive words in a letter that
// says it names no one, bills and reminders about a person's care, the reply to an
// »Anhörungsschreiben«, FamFG proceedings of a Betreuungsgericht, a price change under a running
// contract, a mailing dressed as an offer, an e-mail to the invoice intake with a copy to another
// desk and a section of a department named after the benefit it grants.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { addressedDepartment } from '../../ocr/classify/department.ts';
import { scoreRules } from '../../ocr/classify/rules.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2029-09-03T09:00:00');
const pages = (text: string) => pagesFromText(text, { confidence: 0.95 });
const classify = (text: string) => classifyDocument(pages(text), config, { receivedAt });
const analysed = (text: string) => analyseLetter(pages(text), { organisation: config.organisation });
const ruleIds = (text: string) => scoreRules(analysed(text)).hits.filter((hit) => hit.score > 0).map((hit) => hit.rule.id);

describe('sensitive words in a letter that says it names no one are its topic', () => {
  it('a university survey of youth-welfare cases with aggregate figures only is its notice, not a social matter', () => {
    const text = letter({
      head: ['Landesamt für Statistik Südmark', 'Landesamt für Statistik Südmark · Postfach 8 · 70100 Südheim'], to: city('Jugend und Familie'),
      refs: ['Geschäftszeichen: 41-JH-2029'],
      subject: ['Erhebung der erzieherischen Hilfen nach dem SGB VIII 2029', 'hier: Heranziehung zur Auskunftspflicht'],
      body: 'als Träger der öffentlichen Jugendhilfe werden Sie zur Erhebung der Hilfe zur Erziehung und der Eingliederungshilfe für das Jahr 2029 herangezogen. '
        + 'Es werden ausschließlich Summenangaben je Hilfeart erhoben; Angaben zu einzelnen Kindern und Eltern dürfen nicht übermittelt werden.\n\n'
        + 'Bitte melden Sie bis zum 30.11.2029 über das Meldeportal.\n\nRechtsbehelfsbelehrung\nGegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.',
    });
    expect(ruleIds(text)).toContain('other.noPersonalData');
    expect(classify(text).documentType).toBe('notice');
  });
  it('a club\'s grant request for children from families on Bürgergeld, names not needed, is an application', () => {
    const text = letter({
      head: ['Turnverein Eintracht Wiesental e.V.', 'TV Eintracht · Sportweg 3 · 12350 Musterstadt'], to: city('Jugend und Familie', 'Jugendförderung'),
      subject: ['Zuschussantrag Zeltlager Sommer 2030'],
      body: 'unser Verein möchte 24 Kinder zwischen 9 und 13 Jahren ins Zeltlager mitnehmen. Viele Familien beziehen Bürgergeld oder Kinderzuschlag und könnten die Fahrt sonst nicht bezahlen. '
        + 'Namen der Teilnehmenden nennen wir hier nicht; sie sind für den Antrag nicht erforderlich.\n\nWir beantragen einen Zuschuss von 1.800,00 €.',
    });
    expect(classify(text).documentType).toBe('application');
  });
  it('a counselling service\'s annual report with anonymised statistics is a general letter', () => {
    const text = letter({
      head: ['Beratungsstelle Lichtblick', 'Beratungsstelle Lichtblick · Gartenweg 2 · 12345 Musterstadt'], to: city('Gesundheitsamt 5.30'),
      subject: ['Sachbericht 2029 der Beratungsstelle Lichtblick'],
      body: 'anbei unser Sachbericht mit der anonymisierten Fallstatistik. Beraten wurden 312 Personen wegen Depression, Angststörungen und Suchtproblemen; '
        + 'Einzelfalldaten sind darin nicht enthalten.',
    });
    expect(ruleIds(text)).toContain('other.report');
    expect(classify(text).documentType).toBe('other');
  });
  it('guard: a child-protection report naming the child stays social, whatever »anonymisierte Beratung« it mentions', () => {
    const text = letter({
      head: ['Grundschule am Hang', 'Grundschule am Hang · Hangweg 1 · 12345 Musterstadt'], to: city('Jugend und Familie', 'Jugendamt'),
      subject: ['Mitteilung nach § 4 KKG – Schüler Lukas Brenner, geb. 03.05.2020'],
      body: 'bei Lukas sehen wir gewichtige Anhaltspunkte für eine Gefährdung des Kindeswohls. Eine insoweit erfahrene Fachkraft wurde hinzugezogen (anonymisierte Beratung) und empfiehlt, das Jugendamt einzuschalten.',
    });
    expect(classify(text).documentType).toBe('social');
  });
});

describe('a bill or reminder about a person\'s care is payment mail', () => {
  it('a practice\'s »Liquidation« for examinations of named persons ordered by the health office is an invoice', () => {
    const text = letter({
      head: ['Lungenpraxis am Wall', 'Dr. med. Ute Fries · Wall 9 · 12345 Musterstadt'], to: city('Gesundheitsamt 5.30'),
      refs: ['Rechnungsnummer 29-0815', 'Rechnungsdatum 10.09.2029'],
      subject: ['Liquidation – Untersuchungen nach dem Infektionsschutzgesetz'],
      body: 'für die in Ihrem Auftrag untersuchten Kontaktpersonen berechnen wir:\n'
        + '  Mara Stein, geb. 02.02.1990, Thorax-Röntgen, Befund: Verdacht auf Tuberkulose     64,20 €\n'
        + '  Ole Stein, geb. 11.11.2015, Thorax-Röntgen, Befund unauffällig                   64,20 €\n'
        + '  Summe                                                                     128,40 €\n\nZahlbar innerhalb 14 Tagen ohne Abzug.',
    });
    expect(ruleIds(text)).toContain('invoice.word');
    expect(classify(text).documentType).toBe('invoice');
  });
  it('a landlord\'s reminder of a benefit recipient\'s rent is a reminder', () => {
    const text = letter({
      head: ['Wohnbau Ostring GmbH', 'Wohnbau Ostring GmbH · Ostring 40 · 12345 Musterstadt'], to: city('Soziales', 'Grundsicherung'),
      subject: ['Zahlungserinnerung – Miete Oktober 2029', 'Leistungsberechtigter Herr Paul Kranz, Grundsicherung SGB XII'],
      body: 'für Ihren Leistungsberechtigten Herrn Kranz (Grundsicherung nach dem SGB XII, Kosten der Unterkunft, Pflegegrad 2) zahlt das Sozialamt die Miete direkt an uns. '
        + 'Die Miete für Oktober ist bis heute nicht eingegangen. Herr Kranz liegt nach einer Operation im Krankenhaus. Bitte überweisen Sie den offenen Betrag von 540,00 € bis zum 15.11.2029.',
    });
    expect(classify(text).documentType).toBe('reminder');
  });
  it('guard: a health insurer\'s »Abrechnung« of what it spent on benefit recipients stays social', () => {
    const text = letter({
      head: ['IKK Südmark', 'IKK Südmark · Postfach 2 · 70100 Südheim'], to: city('Soziales'),
      subject: ['Abrechnung der Aufwendungen nach § 264 SGB V – 2. Quartal 2029'],
      body: 'für die bei uns angemeldeten Leistungsberechtigten nach dem SGB XII rechnen wir ab:\n'
        + '  Frau Edda Lohr, geb. 04.04.1950, Krankenhausbehandlung      3.120,00 €\n  Erstattungsbetrag                                       3.120,00 €\n\nBitte überweisen Sie bis zum 30.10.2029.',
    });
    expect(classify(text).documentType).toBe('social');
  });
  it('guard: »in Liquidation« in a firm\'s name is no bill', () => {
    const text = letter({
      head: ['Alpha Messebau GmbH in Liquidation', 'Alpha Messebau GmbH i. L. · Hafen 3 · 12345 Musterstadt'], to: city('Immobilienservice'),
      subject: ['Beendigung des Mietverhältnisses Lagerhalle Hafen 3'],
      body: 'die Gesellschaft wird aufgelöst. Wir geben die Lagerhalle zum 31.12.2029 zurück.',
    });
    expect(ruleIds(text)).not.toContain('invoice.word');
  });
});

describe('fine and court proceedings named in their own words', () => {
  it('a reply to an »Anhörungsschreiben« is fine mail', () => {
    const text = letter({
      head: ['Petra Lorenz · Auweg 4 · 12345 Musterstadt'], to: city('Ordnungswidrigkeiten und Außendienst'),
      subject: ['Ihr Anhörungsschreiben vom 01.09.2029 – Az. 3.10.20-OWi-2029/4410'],
      body: 'ja, ich habe dort kurz gehalten, weil meine Mutter nach ihrer Hüftoperation nicht weit laufen kann. Ich bitte, von dem Verwarnungsgeld abzusehen.',
    });
    expect(ruleIds(text)).toContain('fine.hearing');
    expect(classify(text).documentType).toBe('fine');
  });
  it('a Betreuungsgericht letter in an »Unterbringungssache« naming a diagnosis is court mail', () => {
    const text = letter({
      head: ['Amtsgericht Waldheim', '– Betreuungsgericht –', 'Amtsgericht Waldheim · Postfach 1 · 12300 Waldheim'], to: city('Soziales', 'Betreuungsbehörde'),
      refs: ['Geschäftsnummer: XVII 88/29'],
      subject: ['Unterbringungssache Erwin Roth, geb. 01.01.1950', 'hier: Bitte um Stellungnahme'],
      body: 'nach dem ärztlichen Attest leidet Herr Roth an einer Demenz mit Weglauftendenz; die Diagnose wurde im Klinikum gestellt. Die Behörde wird um Stellungnahme bis zum 20.10.2029 gebeten.',
    });
    expect(ruleIds(text)).toContain('court.parties');
    expect(classify(text).documentType).toBe('court');
  });
});

describe('a price change under a running contract and a mailing dressed as an offer', () => {
  it('a supplier\'s »Preisanpassung« under a framework contract is a general letter, not an offer', () => {
    const text = letter({
      head: ['Reinigungsmittel Sauer KG', 'Reinigungsmittel Sauer KG · Industriestr. 4 · 12345 Musterstadt'], to: city('Zentrale Vergabe'),
      refs: ['Ihr Zeichen: 1.20-RV-2028/031'],
      subject: ['Preisanpassung zum 01.03.2030', 'Rahmenvertrag Reinigungsmittel'],
      body: 'gemäß der Preisgleitklausel des Rahmenvertrags passen wir die Preise für Handseife und Flächenreiniger um 4 % an. Alle übrigen Artikel bleiben unverändert.',
    });
    expect(classify(text).documentType).toBe('other');
  });
  it('guard: an offer that only rules out a price change stays an offer', () => {
    const text = letter({
      head: ['Reinigungsmittel Sauer KG', 'Reinigungsmittel Sauer KG · Industriestr. 4 · 12345 Musterstadt'], to: city('Zentrale Vergabe'),
      subject: ['Angebot Nr. 30-112 – Reinigungsmittel 2030'],
      body: 'vielen Dank für Ihre Anfrage vom 02.09.2029. Gern bieten wir Ihnen an:\n  Pos. 1 Handseife 10 l    18,90 €\n\nEine Preisanpassung während der Laufzeit ist ausgeschlossen. Bindefrist: 30.11.2029.',
    });
    expect(classify(text).documentType).toBe('offer');
  });
  it('a leasing mailing with an offer number, validity date and opt-out line is advertising', () => {
    const text = letter({
      head: ['KOPIERWERK', 'Kopierwerk Handels GmbH · Am Ring 1 · 30100 Hannover'], to: city('z. Hd. Beschaffung'),
      refs: ['Angebots-Nr.: KW-29-7781', 'Kunden-Nr.: wird bei Auftrag vergeben', 'Gültig bis: 30.11.2029'],
      subject: ['Ihr persönliches Angebot KW-29-7781: Farbdruck zum Sparpreis'],
      body: 'sparen Sie jetzt bis zu 25 % Ihrer Druckkosten!\n  Pos. 1 Farbsystem KW 300, Leasingrate 39,90 € netto/Monat\n\n'
        + 'Sichern Sie sich den Vorteilspreis bis 30.11.2029.\n\nSie möchten keine Angebote mehr von uns erhalten? Eine E-Mail an abmelden@kopierwerk.de genügt.',
    });
    expect(ruleIds(text)).toContain('ads.optOut');
    expect(classify(text).documentType).toBe('advertising');
  });
});

describe('departments: the invoice intake as an e-mail\'s addressee, a section of a department', () => {
  const mail = (to: string, cc: string) => [
    'Von:       Lea Brandt <lea@brandt-foto.de>', 'Gesendet:  Montag, 3. September 2029 09:12', `An:        ${to}`, `Cc:        ${cc}`,
    'Betreff:   Rechnung 2029-41 – Fotos Neujahrsempfang', '', 'Sehr geehrte Damen und Herren,', '',
    'anbei meine Rechnung für die Fotos des Neujahrsempfangs.', '', 'RECHNUNG Nr. 2029-41', 'Rechnungsdatum: 03.09.2029', 'Ihr Zeichen: 0.10-NJ-2029/02', '',
    'Fotografie Neujahrsempfang, 3 Std.          450,00 €', 'zzgl. 19 % USt.                                85,50 €', 'Gesamtbetrag                                  535,50 €', '',
    'Zahlbar innerhalb 14 Tagen nach Rechnungsdatum.', '', 'Mit freundlichen Grüßen', 'Lea Brandt',
  ].join('\n');
  it('an e-mail invoice to rechnungseingang@ with the mayor\'s office in copy goes to the invoice intake', () => {
    const result = classify(mail('rechnungseingang@musterstadt.de', 'buero-ob@musterstadt.de'));
    expect(result.documentType).toBe('invoice');
    expect(result.department).toBe('1.40');
  });
  it('guard: the same e-mail sent to the mayor\'s office itself follows the code in »Ihr Zeichen«', () => {
    expect(classify(mail('buero-ob@musterstadt.de', 'rechnungseingang@musterstadt.de')).department).toBe('0.10');
  });
  it('»– Hilfe zur Gesundheit –« under »Soziales« is a section of the social office', () => {
    const text = letter({ head: ['BKK Nordwest', 'BKK Nordwest · Postfach 3 · 30100 Hannover'], to: city('Fachbereich Soziales', '– Hilfe zur Gesundheit –'), subject: ['Abrechnung'], body: 'anbei.' });
    expect(addressedDepartment(analysed(text), config)?.code).toBe('5.10');
  });
  it('guard: a section that starts with a department\'s name is that department', () => {
    const text = letter({ head: ['Kanzlei Weiß', 'Kanzlei Weiß · Markt 2 · 12345 Musterstadt'], to: city('Finanzservice', '– Steuerabteilung –'), subject: ['Gewerbesteuer 2028'], body: 'anbei.' });
    expect(addressedDepartment(analysed(text), config)?.code).toBe('1.50');
  });
});
