// Protection from content on the twenty-seventh and twenty-eighth dev splits: sensitive words that
// concern no identifiable person (a facility's name, an office's name, a group, a publication, an
// advertised service, aggregate statistics, a job applicant's field of work, a workplace assessment,
// the hand-over of an objected fine to the court) stay the letter's topic; the same words about a
// named or identifiable person still raise the level. Letters written for this test.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { protectionFromContent, protectionFromLetter } from '../../ocr/classify/protection.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const classify = (text: string) => classifyDocument(pagesFromText(text, { confidence: 0.95 }), config, { receivedAt: new Date('2029-09-20T09:00:00') });
const level = (text: string) => protectionFromContent(text).level;

describe('a facility named after a medical field is a building, not a patient', () => {
  const body = 'wir beantragen die Genehmigung für den Umbau des Westflügels zu einer Tagesklinik für Kinder- und Jugendpsychiatrie '
    + 'mit 24 Plätzen. Vorgesehen sind Therapie- und Besprechungsräume sowie eine psychiatrische Institutsambulanz im Erdgeschoss.';
  it('a hospital\'s building application stays normal, still reviewed', () => {
    const result = protectionFromContent(body);
    expect(result.level).toBe('normal');
    expect(result.mightBeVeryHigh).toBe(true);
  });
  it('the building letter as a whole is building/normal', () => {
    const text = letter({
      head: ['Kreiskrankenhaus Lindenau gGmbH', 'Kreiskrankenhaus Lindenau gGmbH · Parkweg 2 · 12345 Musterstadt'], to: city('Bauaufsicht 6.30'),
      subject: ['Bauantrag Umbau Westflügel', 'Flurstück 17/3, Flur 4'], body: `${body} Die Bauvorlagen liegen bei.`,
    });
    expect(classify(text).protectionLevel).toBe('normal');
  });
  it('guard: a named person admitted to the psychiatric clinic is very-high', () => {
    expect(level('Herr Konrad Pietsch wurde am 02.09.2029 in die psychiatrische Klinik eingewiesen; bitte ruhen Sie das Verfahren.')).toBe('very-high');
    expect(level('Unsere Mutter ist seit August in der psychiatrischen Tagesklinik, deshalb schreibe ich für sie.')).toBe('very-high');
  });
});

describe('an office named by a compound of the sensitive word, on its own line', () => {
  it('»z. Hd. Schwerbehindertenvertretung« and »Sucht- und Psychiatriekoordination« are offices', () => {
    expect(level('Stadt Musterstadt\nPersonalamt\nz. Hd. Schwerbehindertenvertretung\nMarkt 1\n\nanbei die bestellten Bücher.')).toBe('normal');
    expect(level('Stadt Musterstadt\nGesundheitsamt\nPsychotherapie- und Suchtkoordination\nMarkt 1\n\nanbei unser Jahresbericht.')).toBe('normal');
  });
  it('guard: a person\'s severe disability in the text is very-high', () => {
    expect(level('Stadt Musterstadt\nz. Hd. Schwerbehindertenvertretung\n\nich bin schwerbehindert (GdB 50) und bitte um Ihre Unterstützung.')).toBe('very-high');
  });
});

describe('a group of people, not a person', () => {
  it('»Menschen mit Alkohol- und Medikamentenabhängigkeit«, »Jugendliche mit psychischen Erkrankungen«', () => {
    expect(level('In unserer Gruppe treffen sich Menschen mit Alkohol- und Medikamentenabhängigkeit, wir suchen einen Raum.')).toBe('normal');
    expect(level('Der Verein betreut Jugendliche mit psychischen Erkrankungen in zwei Wohngruppen.')).toBe('normal');
  });
  it('»viele Familien beziehen Bürgergeld oder Wohngeld«', () => {
    expect(level('Zum Zeltlager fahren 20 Kinder; viele Familien beziehen Wohngeld oder Bürgergeld und können den Beitrag nicht zahlen.')).toBe('normal');
  });
  it('guard: one\'s own family with the same words is very-high', () => {
    expect(level('Unsere Kinder mit Medikamentenabhängigkeit werden von Ihnen betreut.')).toBe('very-high');
    expect(level('Meine Familie bezieht seit März Bürgergeld, bitte erlassen Sie den Beitrag.')).toBe('very-high');
    expect(level('Die Familie Aksoy bezieht Wohngeld; der Sohn Emre ist 9 Jahre alt.')).toBe('very-high');
  });
});

describe('a publication\'s title and a service advertised to everyone', () => {
  it('a law commentary on a publisher\'s bill is normal', () => {
    expect(level('Rechnung Nr. 4471\nSGB XII – Sozialhilfe, Kommentar, 12. Ergänzungslieferung 54,80 €\nBitte überweisen Sie den Betrag.')).toBe('normal');
  });
  it('a pharmacy\'s screening offer is normal', () => {
    expect(level('Unser Angebot im November:\n• Blutdruck-Check und Diabetes-Risikotest kostenlos\n• Beratung zu Medikamenten bei Depression und Asthma')).toBe('normal');
  });
  it('guard: a person\'s diabetes stays very-high', () => {
    expect(level('Mein Sohn hat Diabetes und braucht in der Kita Hilfe beim Messen.')).toBe('very-high');
    expect(level('Frau Gül Demir, geb. 03.04.1961, leidet an Depression und beantragt Hilfe zur Pflege.')).toBe('very-high');
  });
});

describe('aggregate or anonymised figures', () => {
  it('a statistic of benefit expenditure is normal', () => {
    expect(level('Gemeldet werden nur Summenangaben je Hilfeart:\n- Hilfe zur Pflege (7. Kap. SGB XII)\n- Eingliederungshilfe (Teil 2 SGB IX)\nDiagnosen und Pflegegrade einzelner Personen werden nicht erhoben.')).toBe('normal');
  });
  it('an offer quoting anonymised client shares; its debt counselling post is no one\'s finances', () => {
    expect(level('Im Jahr 2028 suchten 290 Personen Rat (41 % Grundsicherung, 17 % mit Suchterkrankung; anonymisiert).\n'
      + 'Personal: Sozialarbeit und Schuldnerberatung, 1,0 Stelle 71.000,00 €')).toBe('normal');
  });
  it('guard: a named client in a report is very-high', () => {
    expect(level('Herr Till Brenner, geb. 11.11.1975, bezieht Grundsicherung und ist suchtkrank.')).toBe('very-high');
  });
});

describe('a job applicant\'s field of work', () => {
  it('an applicant who worked in youth welfare stays at the job application\'s high', () => {
    const text = letter({
      head: ['Lena Wöhrmann', 'Kirchgasse 4, 12349 Musterstadt'], to: city('Personalservice 1.10'),
      subject: ['Bewerbung als Sozialpädagogin, Kennziffer 5.20-2029-14'],
      body: 'hiermit bewerbe ich mich um die Stelle im Jugendamt. Zuvor habe ich drei Jahre in der Jugendhilfe für Kinder mit Behinderung gearbeitet. '
        + 'Fragen des Kinderschutzes und die Arbeit mit dem Familiengericht kenne ich daher aus der Praxis.',
    });
    const result = classify(text);
    expect(result.documentType).toBe('job-application');
    expect(result.protectionLevel).toBe('high');
  });
  it('guard: an applicant disclosing her own disability is very-high', () => {
    expect(level('Zuvor habe ich in der Jugendhilfe gearbeitet. Ich möchte mitteilen, dass ich schwerbehindert bin (GdB 50).')).toBe('very-high');
    expect(level('Ich habe bis zu meiner Depression in der Eingliederungshilfe gearbeitet, ich bin seither krankgeschrieben.')).toBe('very-high');
  });
});

describe('a workplace assessment and an objected fine\'s way to court', () => {
  it('»Gefährdungsbeurteilung psychischer Belastungen« is an employer\'s duty', () => {
    expect(level('Leistungen: Begehung, Beratung zur Gefährdungsbeurteilung psychischer Belastungen, Unterweisungen.')).toBe('normal');
  });
  it('guard: a person\'s mental illness is very-high', () => {
    expect(level('Frau Ebert ist wegen einer psychischen Erkrankung seit sechs Wochen nicht im Dienst.')).toBe('very-high');
  });
  it('the hand-over to the prosecutor after an Einspruch against a Bußgeldbescheid is no criminal matter', () => {
    const text = 'Bußgeldverfahren gegen Frau Ina Vogt, geb. 02.05.1988\nBußgeldbescheid vom 01.09.2029 – Einspruch\n\n'
      + 'namens unserer Mandantin legen wir Einspruch ein. Das Messgerät stand nach einem Unfall mit einem Lkw schief. '
      + 'Sollte der Bescheid nicht zurückgenommen werden, bitten wir um Abgabe an die Staatsanwaltschaft.';
    expect(level(text)).toBe('high');
  });
  it('guard: a prosecutor\'s criminal case and a person\'s accident still count', () => {
    expect(level('Die Staatsanwaltschaft hat gegen Herrn Vogt ein Verfahren eingeleitet.')).toBe('very-high');
    expect(level('Bußgeldbescheid – Einspruch. Wir geben die Sache wegen Verdachts einer Straftat an die Staatsanwaltschaft ab.')).toBe('very-high');
    expect(protectionFromContent('Herr Mertens, geb. 04.05.1970, hatte am 3.9. einen Unfall und ist verletzt.').level).toBe('very-high');
    expect(protectionFromLetter('Nach dem Unfall mit dem Fahrrad liegt mein Mann im Krankenhaus.', '').mightBeVeryHigh).toBe(true);
  });
});
