// General causes of misclassification found on the thirty-third and thirty-fourth independently
// written dev splits (mail for the departments beyond the pilot, a spring mailbag), each on a
// letter written for this test: an objection the writer says he does not make, the »Bescheid«
// inside »Bußgeldbescheid«, a »Baustelle« without any building-authority matter, an authority's
// letter that decides nothing, an insurer's settlement quoting an estimate, a Bescheid to the city
// naming no one, a landlord's request to the social office enclosing a cost statement, a
// »Reparaturrechnung« with "MwSt 19 %", and protection signals that name no living person's data:
// an office's name next to aggregate figures, "für Obdachlose", the Grundsteuer line of an
// operating-cost statement, a death told "nach langer Krankheit", »Personalakten« among other
// kinds of files; and a department name whose words OCR ran together.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { protectionFromContent } from '../../ocr/classify/protection.ts';
import { scoreRules } from '../../ocr/classify/rules.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2030-04-02T09:00:00');
const pages = (text: string) => pagesFromText(text, { confidence: 0.95 });
const classify = (text: string) => classifyDocument(pages(text), config, { receivedAt });
const rules = (text: string) => scoreRules(analyseLetter(pages(text), { organisation: config.organisation }));
const ruleIds = (text: string) => rules(text).hits.filter((hit) => hit.score > 0).map((hit) => hit.rule.id);

describe('an objection the writer says he does not make is none', () => {
  const instalments = letter({
    head: ['Marco Lindqvist', 'Birkenweg 12', '12345 Musterstadt'], to: city('Ordnungsamt', 'Bußgeldstelle'),
    subject: ['Bußgeldbescheid vom 11.03.2030, Az. 3.10.20-OWi-2030-00991'],
    body: 'den Bescheid habe ich bekommen, einen Einspruch lege ich nicht ein, das Parken dort war mein Fehler. '
      + 'Ich kann die 183,50 Euro aber nicht auf einmal zahlen und frage, ob ich sie in Raten von 30 Euro im Monat abzahlen darf.',
  });
  it('"einen Einspruch lege ich nicht ein" makes no objection: the fine proceedings decide', () => {
    expect(ruleIds(instalments)).not.toContain('objection.against');
    expect(rules(instalments).hits.map((hit) => hit.rule.id)).toContain('objection.waived');
    expect(classify(instalments).documentType).toBe('fine');
  });
  it('»Bußgeldbescheid« is no notice of another authority', () => {
    expect(ruleIds(letter({
      head: ['Marco Lindqvist', 'Birkenweg 12', '12345 Musterstadt'], to: city('Bußgeldstelle'),
      subject: ['Ihr Bußgeldbescheid'], body: 'ich bitte um Ratenzahlung.',
    }))).not.toContain('notice.word');
  });
  it('guard: "lege ich hiermit Einspruch ein" stays an objection', () => {
    const objection = letter({
      head: ['Marco Lindqvist', 'Birkenweg 12', '12345 Musterstadt'], to: city('Ordnungsamt', 'Bußgeldstelle'),
      subject: ['Bußgeldbescheid vom 11.03.2030, Az. 3.10.20-OWi-2030-00991'],
      body: 'gegen den Bußgeldbescheid lege ich hiermit Einspruch ein. Ich bin zur Tatzeit nicht gefahren.',
    });
    expect(classify(objection).documentType).toBe('objection');
  });
});

describe('a »Baustelle« is a site word, no building-authority matter', () => {
  it('a housing company\'s site information to the Bauhof is a general letter', () => {
    const info = letter({
      head: ['Bauverein Seeblick eG', 'Bauverein Seeblick eG · Uferweg 3 · 12345 Musterstadt'], to: city('Bauhof'),
      subject: ['Information: Dachsanierung Lindenring 4–8', 'Baustelle vom 04.05. bis 30.09.2030'],
      body: 'wir informieren Sie über unsere Dachsanierung. Vor Haus 6 steht während der Bauzeit ein Kran; die Papierkörbe '
        + 'dort nehmen wir ab und stellen sie danach wieder auf. Ansprechpartner ist unser Polier, Herr Brandes.',
    });
    expect(classify(info).documentType).toBe('other');
  });
  it('guard: a Bauantrag stays building', () => {
    const application = letter({
      head: ['Nina Ostrowski', 'Feldstraße 9', '12345 Musterstadt'], to: city('Bauaufsicht'),
      subject: ['Bauantrag Carport, Flurstück 118/4'],
      body: 'anbei reiche ich den Bauantrag für einen Carport mit Lageplan und Bauzeichnungen ein.',
    });
    expect(classify(application).documentType).toBe('building');
  });
});

describe('an authority\'s letter is no notice by its sender alone', () => {
  it('a statistics office confirming a report\'s receipt is a general letter', () => {
    const receipt = letter({
      head: ['Statistisches Landesamt Südland', 'Statistisches Landesamt Südland · Postfach 12 · 70001 Stuttgart'], to: city('Finanzservice'),
      subject: ['Kommunale Schuldenstatistik 2029 – Eingangsbestätigung'],
      body: 'Ihre Meldung ist am 12.03.2030 vollständig eingegangen. Die Prüfung ergab keine Fehler; Sie müssen nichts weiter veranlassen.',
    });
    expect(ruleIds(receipt)).toContain('notice.authority');
    expect(classify(receipt).documentType).toBe('other');
  });
  it('guard: the same office\'s Bescheid with remedy instructions stays a notice', () => {
    const notice = letter({
      head: ['Statistisches Landesamt Südland', 'Statistisches Landesamt Südland · Postfach 12 · 70001 Stuttgart'], to: city('Finanzservice'),
      subject: ['Bescheid über die Heranziehung zur Auskunftspflicht'],
      body: 'Sie werden hiermit zur Auskunft herangezogen. Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats '
        + 'nach Bekanntgabe Widerspruch erhoben werden.',
    });
    expect(classify(notice).documentType).toBe('notice');
  });
  it('an insurer\'s settlement quoting the estimate is a general letter, no offer', () => {
    const settlement = letter({
      head: ['GVV Süd', 'Kommunalversicherer – Körperschaft des öffentlichen Rechts', 'GVV Süd · Postfach 8 · 80001 München'],
      to: city('Recht', 'Versicherungen'),
      subject: ['Hagelschaden vom 14.02.2030 – Dach Bürgerhaus'],
      body: 'nach Prüfung des Kostenvoranschlags der Dachdeckerei Vogl vom 20.02.2030 regulieren wir den Schaden wie folgt: '
        + 'anerkannt 4.120,00 €, abzüglich Selbstbeteiligung 250,00 €, Entschädigung 3.870,00 €.',
    });
    expect(classify(settlement).documentType).toBe('other');
  });
});

describe('a Bescheid to the city that names no one is a notice, whatever social law it applies', () => {
  const share = letter({
    head: ['Landesverwaltungsamt Südland', 'Landesverwaltungsamt Südland · Postfach 4 · 70002 Stuttgart'], to: city('Soziales'),
    subject: ['Bescheid über die Erstattung des Landesanteils an der Grundsicherung für das 3. Quartal 2029'],
    body: 'auf Grund Ihrer Quartalsabrechnung wird der Landesanteil an den Nettoausgaben der Grundsicherung nach dem SGB XII '
      + 'auf 88.410,00 € festgesetzt.\n\nRechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.',
  });
  it('type notice, and the benefit words in aggregate figures raise no protection', () => {
    const result = classify(share);
    expect(result.documentType).toBe('notice');
    expect(result.protectionLevel).toBe('normal');
  });
  it('an office\'s name in the address next to the law as topic still names no one', () => {
    expect(protectionFromContent('Stadt Musterstadt\nUnterhaltsvorschussstelle\nMarkt 1\n\nErstattung des Landesanteils an den Ausgaben '
      + 'nach dem Unterhaltsvorschussgesetz für das 2. Quartal').level).toBe('normal');
  });
  it('guard: a Bescheid about a named person\'s benefits stays social', () => {
    expect(protectionFromContent('Frau Petra Alm erhält Unterhaltsvorschuss für ihre Tochter.').level).toBe('very-high');
  });
});

describe('a landlord asking the social office to take over a cost statement asks in a social matter', () => {
  it('»Betriebskostenabrechnung … Antrag auf Übernahme« for a Grundsicherung tenant is social, not an invoice', () => {
    const request = letter({
      head: ['Hausverwaltung Kranz GmbH', 'Hausverwaltung Kranz GmbH · Ringstraße 2 · 12345 Musterstadt'], to: city('Soziales', 'Grundsicherung'),
      subject: ['Betriebskostenabrechnung 2029 – Mieterin Frau Olga Senft', 'Antrag auf Übernahme der Nachzahlung'],
      body: 'Frau Senft erhält Grundsicherung im Alter von Ihnen. Mit ihrem Einverständnis senden wir Ihnen die Abrechnung: '
        + 'Nachzahlung 198,20 €. Wir bitten, die Nachzahlung als Kosten der Unterkunft zu übernehmen.',
    });
    expect(classify(request).documentType).toBe('social');
  });
});

describe('a repair bill names itself »Reparaturrechnung«', () => {
  it('»REPARATURRECHNUNG« with "MwSt 19 %" is an invoice, the order it quotes no offer', () => {
    const bill = letter({
      head: ['Motorgeräte Sandvoß GmbH', 'Motorgeräte Sandvoß GmbH · Kanalweg 5 · 24000 Kiel'], to: city('Bauhof', 'Fuhrpark'),
      subject: ['REPARATURRECHNUNG 30-4417'],
      body: 'Auftrag vom 01.04.2030\n\n1  Arbeitszeit 3 h   210,00\n2  Ersatzteile   96,40\n   Netto   306,40\n   MwSt 19 %   58,22\n'
        + '   Endbetrag   364,62 EUR\n\nZahlbar bis 30.04.2030 ohne Abzug.',
    });
    expect(ruleIds(bill)).toEqual(expect.arrayContaining(['invoice.word', 'invoice.vat']));
    expect(classify(bill).documentType).toBe('invoice');
  });
});

describe('protection signals that name no living person\'s data', () => {
  it('"Unterbringung von Obdachlosen" names a group', () => {
    expect(protectionFromContent('Die Wohnung hat die Stadt zur Unterbringung von Obdachlosen angemietet. Bitte überweisen Sie die Miete.').level).toBe('normal');
  });
  it('guard: one homeless person with an article stays very-high', () => {
    expect(protectionFromContent('Mein Bruder ist seit März obdachlos und schläft bei Freunden.').level).toBe('very-high');
  });
  it('the Grundsteuer line of an operating-cost statement is a cost item', () => {
    expect(protectionFromContent('Betriebskostenabrechnung 2029\n\nGrundsteuer        612,00 €\nMüllabfuhr         240,00 €').level).toBe('normal');
  });
  it('guard: a citizen\'s Grundsteuer matter stays high', () => {
    expect(protectionFromContent('ich bitte um Erlass der Grundsteuer für mein Haus, da es leer steht.').level).toBe('high');
  });
  it('a death told "nach langer Krankheit verstorben" is no living person\'s health', () => {
    const death = protectionFromContent('mein Vater ist am 3. März nach langer Krankheit im Alter von 88 Jahren verstorben. Ich bitte um eine Urnenstelle.');
    expect(death.level).toBe('normal');
    expect(death.mightBeVeryHigh).toBe(false);
  });
  it('guard: a living person\'s long illness still stops a release', () => {
    expect(protectionFromContent('meine Mutter leidet an einer langen Krankheit und kann nicht kommen.').mightBeVeryHigh).toBe(true);
  });
  it('»Personalakten« among other kinds of files are a category, no one\'s file', () => {
    expect(protectionFromContent('Wir archivieren Ihre Bauakten, Personalakten und Steuerakten sicher.').level).toBe('normal');
  });
  it('guard: one employee\'s Personalakte stays very-high', () => {
    expect(protectionFromContent('Bitte nehmen Sie das Attest zur Personalakte von Herrn Roth.').level).toBe('very-high');
  });
});

describe('a department name whose words OCR ran together', () => {
  it('"Jugend undFamilie" in the address still names 5.20', () => {
    const form = letter({
      head: ['Gemeinde Rotbach', 'Ordnungsamt', 'Gemeinde Rotbach · Markt 2 · 55000 Rotbach'], to: city('Jugend undFamilie'),
      subject: ['Zeugenfragebogen'],
      body: 'mit dem auf Sie zugelassenen Fahrzeug wurde eine Ordnungswidrigkeit begangen. Bitte benennen Sie den Fahrer.',
    });
    expect(classify(form).department).toBe('5.20');
  });
});
