// General causes of wrong departments found on the routing split dev40, each on letters written for
// this test: a recipient block that names a facility but not the city, a contested permit's file
// number quoted in a court's running text, umbrella offices of other towns' structure (Ordnungsamt,
// Kämmerei), a circular addressed to "Der Bürgermeister", and internal mail carrying the sender's
// own code in its Aktenzeichen.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';

const { config } = loadConfig();
const receivedAt = new Date('2031-03-10T09:00:00');
const classify = (text: string) => classifyDocument(pagesFromText(text, { confidence: 0.95 }), config, { receivedAt });

const invoiceBody = `
RECHNUNG

Rechnungs-Nr.:   KT-2031-0412
Datum:           02.03.2031

Sehr geehrter Herr Wendland,

für die Wartung Ihrer Atemschutzgeräte berechnen wir:

  4 x Wartung Pressluftatmer, je 95,00 EUR ............... 380,00 EUR
      Umsatzsteuer 19 % ..................................  72,20 EUR
      Rechnungsbetrag .................................... 452,20 EUR

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf unser Konto.

Mit freundlichen Grüßen
Kastner Gerätetechnik

Kastner Gerätetechnik e.K. · IBAN DE89 3704 0044 0532 0130 00 · USt-IdNr. DE 123 456 789
`;

describe('a recipient block that names a facility of the city but not the city itself', () => {
  it('an invoice to "Herrn Wehrführer / … / Feuerwache Musterstadt / … / PLZ Musterstadt" is the fire brigade’s', () => {
    const result = classify(`Kastner Gerätetechnik e.K. · Gewerbering 7 · 24103 Kiel


Herrn Wehrführer
Olaf Wendland
Feuerwache Musterstadt
Brandweg 9
19370 Musterstadt

${invoiceBody}`);
    expect(result.documentType).toBe('invoice');
    expect(result.department).toBe('3.30');
  });

  it('the same block in another town is no recipient of the city: the invoice desk', () => {
    const result = classify(`Kastner Gerätetechnik e.K. · Gewerbering 7 · 24103 Kiel


Herrn Wehrführer
Olaf Wendland
Feuerwache Nordhausen
Brandweg 9
24999 Nordhausen

${invoiceBody}`);
    expect(result.department).toBe('1.40');
  });
});

const courtLetter = (fileLine: string) => `VERWALTUNGSGERICHT WALDSTEDT
– 2. Kammer –

Verwaltungsgericht Waldstedt · Postfach 44 10 · 18000 Waldstedt

Stadt Musterstadt
– Rechtsamt –
Markt 1
19370 Musterstadt
                                                              Geschäftsnummer:
                                                              2 A 55/31 WS

                                                              Waldstedt, 03.03.2031

In der Verwaltungsstreitsache

Erna Lüttke, Birkenweg 3, 19370 Musterstadt,
                                                                           – Klägerin –
gegen

Stadt Musterstadt, vertreten durch den Bürgermeister, Markt 1, 19370 Musterstadt,
                                                                           – Beklagte –

wegen     Baugenehmigung

erhalten Sie anliegend eine Abschrift der Klageschrift nebst Anlagen.

${fileLine}

Der Beklagten wird aufgegeben, sich bis zum 10.04.2031 zur Klage zu äußern und die
Verwaltungsvorgänge vorzulegen.

Hoffmann
Vorsitzende Richterin am Verwaltungsgericht
`;

describe('a file number quoted in the running text of a court letter', () => {
  it('"… erteilte Baugenehmigung vom … / (Az. der Bauaufsicht: 6.30-…) für …" names the contested permit, not the desk', () => {
    const result = classify(courtLetter(`Die Klägerin wendet sich gegen die dem Nachbarn erteilte Baugenehmigung vom 04.01.2031
(Az. der Bauaufsicht: 6.30-BG-2030-0917) für die Errichtung einer Garage an der
gemeinsamen Grenze.`));
    expect(result.documentType).toBe('court');
    expect(result.department).toBe('1.30');
  });

  it('a reference on a line of its own still decides', () => {
    const result = classify(courtLetter(`Ihr Zeichen: 6.30-BG-2030-0917`));
    expect(result.department).toBe('6.30');
  });
});

const citizenLetter = (unit: string, subject: string, body: string) => `Jürgen und Petra Hasselbach
Ahornweg 11
19370 Musterstadt


An die
Stadtverwaltung Musterstadt
– ${unit} –
Markt 1
19370 Musterstadt


Musterstadt, 4. März 2031


Betreff: ${subject}


Sehr geehrte Damen und Herren,

${body}

Mit freundlichen Grüßen

Jürgen Hasselbach
`;

describe('umbrella offices of other towns (Ordnungsamt, Kämmerei) that are no department here', () => {
  it('a report of an unpermitted building sent to the "Ordnungsamt" goes to the building desk', () => {
    const result = classify(citizenLetter('Ordnungsamt', 'Garage ohne Baugenehmigung auf dem Nachbargrundstück',
      'auf dem Grundstück Ahornweg 13 wird seit Wochen eine gemauerte Doppelgarage direkt an unserer Grenze\nerrichtet. Eine Baugenehmigung ist nirgends ausgehängt. Wir bitten um Prüfung und gegebenenfalls\num Einstellung der Bauarbeiten.'));
    expect(result.documentType).toBe('building');
    expect(result.department).toBe('6.30');
  });

  it('a request for a special use permit sent to the "Ordnungsamt" stays there (the type has no desk)', () => {
    const result = classify(citizenLetter('Ordnungsamt', 'Antrag auf Sondernutzung für einen Umzugswagen',
      'hiermit beantragen wir die Einrichtung einer Halteverbotszone vor dem Haus Ahornweg 11 am\n21.03.2031 von 7 bis 15 Uhr für unseren Umzug.'));
    expect(result.documentType).toBe('application');
    expect(result.department).toBe('3.10.20');
  });

  it('a request to lower Gewerbesteuer prepayments sent to the "Kämmerei" goes to the tax desk', () => {
    const result = classify(citizenLetter('Kämmerei', 'Gewerbesteuer-Vorauszahlungen 2031 – Antrag auf Herabsetzung',
      'wir beantragen, die Gewerbesteuer-Vorauszahlungen unseres Malerbetriebs für 2031 von\n2.400,00 EUR auf 900,00 EUR je Quartal herabzusetzen, da der Gewinn 2030 deutlich gesunken ist.\nDie vorläufige Gewinnermittlung fügen wir bei.'));
    expect(result.documentType).toBe('tax');
    expect(result.department).toBe('1.50');
  });

  it('a bill sent to the "Kämmerei" is still booked by the invoice desk', () => {
    const result = classify(citizenLetter('Kämmerei', 'Rechnung Nr. 2031-118', 'für die Reparatur der Rathausuhr berechnen wir 640,00 EUR zzgl. 19 % Umsatzsteuer,\ngesamt 761,60 EUR. Bitte überweisen Sie den Betrag innerhalb von 14 Tagen.\nIBAN DE89 3704 0044 0532 0130 00'));
    expect(result.department).toBe('1.40');
  });
});

describe('"Der Bürgermeister" as the name of the authority a circular is addressed to', () => {
  const circular = (addressee: string) => `LANDESVERBAND DER KOMMUNALEN WIRTSCHAFT e.V.
Postfach 20 11 · 19000 Schwerin

An die Mitgliedsstädte

Stadt Musterstadt
${addressee}
Markt 1
19370 Musterstadt

                                                     Rundschreiben Nr. 9/2031
                                                     Schwerin, 01.03.2031

Neue Musterdienstanweisung zur Datenverarbeitung – Umfrage

Sehr geehrte Damen und Herren,

wir übersenden die neue Musterdienstanweisung und bitten um Rücksendung des beigefügten
Fragebogens bis zum 31.03.2031.

Mit freundlichen Grüßen
Der Geschäftsführer
`;

  it('names the mayor’s office only as a guess: the item goes to review', () => {
    const result = classify(circular('Der Bürgermeister'));
    expect(result.department).toBe('0.10');
    expect(result.confidence).toBeLessThan(config.routing.confidenceThreshold);
  });

  it('"Büro des Oberbürgermeisters" in the address still decides without review', () => {
    const result = classify(circular('Büro des Oberbürgermeisters'));
    expect(result.department).toBe('0.10');
    expect(result.confidence).toBeGreaterThanOrEqual(config.routing.confidenceThreshold);
  });
});

const memo = (reference: string) => `Stadt Musterstadt · 9.50.30 Bauhof · Am Werkhof 2 · 19370 Musterstadt

                                              – Hauspost –

An
1.30 Recht
Herrn Ass. jur. Tobias Brandt

                                              ${reference}
                                              Datum: 03.03.2031


Schadensersatzforderung wegen eines Steinschlags beim Mähen
Bitte um rechtliche Einschätzung

Sehr geehrter Herr Brandt,

ein Anwohner verlangt Ersatz für eine beim Mähen der Böschung beschädigte Scheibe. Bitte prüfen
Sie, ob wir haften, und teilen Sie uns Ihre Einschätzung bis zum 20.03.2031 mit.

Mit freundlichen Grüßen
Im Auftrag
Kühn
`;

describe('internal mail: the sender’s own code in its Aktenzeichen', () => {
  it('"Stadt X · 9.50.30 Bauhof" writing "An 1.30 Recht" with "Az.: 9.50.30-…" is for 1.30', () => {
    const result = classify(memo('Az.: 9.50.30-SCH-2031/04'));
    expect(result.department).toBe('1.30');
  });

  it('a third unit’s code in the reference still keeps its rank (review by conflicting codes)', () => {
    const result = classify(memo('Ihr Zeichen: 1.40-FB-2031/12'));
    expect(result.department).toBe('1.40');
  });
});

describe('a parent asking for a school internship place', () => {
  const request = (pupilNote: string) => `Carsten Wiebke
Lindenallee 4
19370 Musterstadt


Stadtverwaltung Musterstadt
Personalservice
Markt 1
19370 Musterstadt

                                                                       03.03.2031

Anfrage Schulpraktikum für unsere Tochter Mia Wiebke (Klasse 8a)


Sehr geehrte Damen und Herren,

unsere Tochter Mia muss im Mai ein zweiwöchiges Praktikum machen und würde gern die Arbeit im
Rathaus kennenlernen, am liebsten in der Bibliothek oder im Standesamt.
${pupilNote}
Über eine Zusage bis Ende März würden wir uns freuen.

Mit freundlichen Grüßen

Carsten Wiebke
`;

  it('is a job application, without the word »Bewerbung«', () => {
    expect(classify(request('')).documentType).toBe('job-application');
  });

  it('a pupil who wears hearing aids discloses a disability: very-high', () => {
    const result = classify(request('Mia trägt seit der Grundschule auf einem Ohr ein Hörgerät, sonst braucht sie keine Hilfe.'));
    expect(result.protectionLevel).toBe('very-high');
  });

  it('a hearing-aid shop named in passing is no one’s health data', () => {
    const result = classify(request('Ein Praktikum beim Hörgeräteakustiker am Markt hat sie schon gemacht.'));
    expect(result.protectionLevel).not.toBe('very-high');
  });
});

describe('a bidder’s question in a running tender', () => {
  const mail = (subject: string, body: string) => `Von:         Tim Sommer <vergabe@reinweiss-service.de>
Gesendet:    Montag, 3. März 2031 09:12
An:          vergabe@musterstadt.de
Betreff:     ${subject}

Sehr geehrte Damen und Herren,

${body}

Mit freundlichen Grüßen

Tim Sommer
Reinweiß Service GmbH · Hafenstraße 8 · 18055 Rostock
`;

  it('»Bieterfrage« about the tender documents is no offer', () => {
    const result = classify(mail('Bieterfrage Nr. 1 – Vergabe ZV-2031-019 Unterhaltsreinigung Schulen',
      'zur oben genannten Ausschreibung (Angebotsfrist 24.03.2031) fragen wir: Im Leistungsverzeichnis\nLos 2, Pos. 2.4 fehlt die Reinigungsfläche der Turnhalle. Welche Fläche ist zu kalkulieren?'));
    expect(result.documentType).toBe('other');
  });

  it('an offer on the same tender stays an offer', () => {
    const result = classify(mail('Angebot – Vergabe ZV-2031-019 Unterhaltsreinigung Schulen',
      'auf Ihre Ausschreibung bieten wir die Unterhaltsreinigung Los 2 zum Gesamtpreis von 48.300,00 EUR\nnetto jährlich an. Wir sind bis zum 30.04.2031 an unser Angebot gebunden.'));
    expect(result.documentType).toBe('offer');
  });
});
