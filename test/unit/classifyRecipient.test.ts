// General causes found on the second independently written held-out split (dev2), each on letters
// written for this test: who the recipient is when the address block does not say it (e-mail
// printouts, the city's own forms, a sender's letterhead that names the city), the authority's name
// and representation formulas in the address, a subject that names the default desk besides another,
// personal-data types decided by the addressee, advertisements about personnel matters, and weak
// protection hints that only stop a release.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { protectionFromContent } from '../../ocr/classify/protection.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { routeItem } from '../../electron/services/routing.ts';

const { config } = loadConfig();
const receivedAt = new Date('2025-06-02T09:00:00');
const classify = (text: string) => classifyDocument(pagesFromText(text, { confidence: 0.95 }), config, { receivedAt });
const live = { ...config, departments: config.departments.map((d) => ({ ...d, rollout: { normal: 'live' as const, high: 'live' as const, 'very-high': 'live' as const } })) };

function letter(parts: { head: string[]; to: string[]; subject: string[]; body: string; sign?: string[] }): string {
  return [
    ...parts.head, '', ...parts.to, '', 'Kleinfeld, 28.05.2025', '', ...parts.subject, '', 'Sehr geehrte Damen und Herren,', '',
    parts.body, '', 'Mit freundlichen Grüßen', '', ...(parts.sign ?? ['R. Brandt']),
  ].join('\n');
}

function mail(parts: { to: string; cc?: string; subject: string; body: string }): string {
  return [
    'Von:       Rita Brandt <r.brandt@example.org>', 'Gesendet:  Mittwoch, 28. Mai 2025 17:02', `An:        ${parts.to}`,
    ...(parts.cc ? [`Cc:        ${parts.cc}`] : []), `Betreff:   ${parts.subject}`, '', 'Sehr geehrte Damen und Herren,', '', parts.body, '',
    'Mit freundlichen Grüßen', 'Rita Brandt', 'Lindenstraße 3, 12346 Musterstadt',
  ].join('\n');
}

describe('the recipient when the address block does not name a department', () => {
  it('the "An:" line of an e-mail printout names the department, a copy does not', () => {
    const result = classify(mail({
      to: 'bauaufsicht@musterstadt.de', cc: 'stadtkasse@musterstadt.de', subject: 'Frage zur Terrassenüberdachung',
      body: 'wir möchten im Garten eine Überdachung von 12 m² errichten und bitten um Auskunft, welche Unterlagen einzureichen sind.',
    }));
    expect(result.department).toBe('6.30');
    expect(result.reasons.map((r) => r.message).join('\n')).toMatch(/Empfänger nennt/);
  });

  it('an e-mail to the personnel desk\'s mailbox', () => {
    const result = classify(mail({
      to: 'personalservice@musterstadt.de', subject: 'Bewerbung als Verwaltungsfachangestellte – Stellenausschreibung 17/2025',
      body: 'hiermit bewerbe ich mich um die ausgeschriebene Stelle. Lebenslauf und Zeugnisse finden Sie im Anhang.',
    }));
    expect(result.documentType).toBe('job-application');
    expect(result.department).toBe('1.10');
  });

  it('the city\'s own form names the desk in its head line', () => {
    const text = [
      'Stadt Musterstadt · Friedhofsverwaltung · Markt 1 · 12345 Musterstadt', '',
      'ANTRAG AUF VERLÄNGERUNG EINES GRABNUTZUNGSRECHTS', '',
      'Antragsteller:         Rita Brandt, Lindenstraße 3, 12346 Musterstadt',
      'Grabstätte:            Feld C, Reihe 4, Nr. 12',
      'Verlängerung um:       10 Jahre', '',
      'Musterstadt, 28.05.2025            R. Brandt',
    ].join('\n');
    expect(classify(text).department).toBe('9.60.10');
  });

  it('a sender\'s letterhead that names the city is not the recipient: the block below it is', () => {
    const text = letter({
      head: ['Musikschule der Stadt Musterstadt', 'Schlossstraße 4 · 12345 Musterstadt · Tel. 0345 1234'],
      to: ['Stadt Musterstadt', 'Brandschutz und Rettungsdienst', 'Markt 1', '12345 Musterstadt'],
      subject: ['Brandschutzbegehung im Konzertsaal'],
      body: 'wir bitten um einen Termin für die jährliche Begehung des Konzertsaals, möglichst vor den Sommerferien.',
    });
    expect(classify(text).department).toBe('3.30');
  });
});

describe('the address names no office through the authority\'s name or its representative', () => {
  const court = (representation: string) => letter({
    head: ['Amtsgericht Kleinfeld', 'Gerichtsstraße 1 · 23456 Kleinfeld'],
    to: ['Stadt Musterstadt', representation, 'Markt 1', '12345 Musterstadt'],
    subject: ['Ladung zum Termin zur mündlichen Verhandlung'],
    body: 'In dem Rechtsstreit Brandt ./. Stadt Musterstadt werden Sie zum Termin zur mündlichen Verhandlung geladen. Geschäftsstelle, Urkundsbeamtin.',
  });
  it('"vertreten d. d. Oberbürgermeister" is a representation formula', () => {
    expect(classify(court('vertreten d. d. Oberbürgermeister')).department).toBe('1.30');
    expect(classify(court('vertr. d. d. Oberbürgermeister')).department).toBe('1.30');
  });
  it('"Der Oberbürgermeister" on its own line is the authority, not his office', () => {
    expect(classify(court('Der Oberbürgermeister')).department).toBe('1.30');
    expect(classify(court('Büro des Oberbürgermeisters')).department).toBe('0.10');
  });
});

describe('a subject that names the default desk besides another', () => {
  it('a job application that quotes "Ihre Ausschreibung" stays with the personnel desk', () => {
    const text = letter({
      head: ['Rita Brandt', 'Lindenstraße 3 · 12346 Musterstadt'], to: ['Stadt Musterstadt', 'Markt 1', '12345 Musterstadt'],
      subject: ['Bewerbung als Erzieherin – Ihre Ausschreibung 09/2025'],
      body: 'hiermit bewerbe ich mich um die ausgeschriebene Stelle. Meinen Lebenslauf und Zeugniskopien lege ich bei.',
    });
    const result = classify(text);
    expect(result.documentType).toBe('job-application');
    expect(result.department).toBe('1.10');
  });
});

describe('personal-data types: the addressee decides between two that both fit', () => {
  const certificate = (desk: string) => letter({
    head: ['Praxis Dr. med. Olaf Kern', 'Facharzt für Orthopädie', 'Bahnhofstraße 9 · 23456 Kleinfeld'],
    to: ['Stadt Musterstadt', desk, 'Markt 1', '12345 Musterstadt'],
    subject: ['Ärztliche Bescheinigung'],
    body: 'Frau Brandt war vom 02.05.2025 bis 23.05.2025 arbeitsunfähig. Nach der Behandlung ist sie ab 26.05.2025 eingeschränkt einsetzbar, ohne schweres Heben.',
    sign: ['Dr. med. Olaf Kern'],
  });
  it('a doctor\'s certificate about an employee sent to the personnel desk is a personnel matter', () => {
    const result = classify(certificate('Personalservice'));
    expect(result.documentType).toBe('personnel');
    expect(result.department).toBe('1.10');
    expect(result.protectionLevel).toBe('very-high');
  });
  it('the same certificate sent to the health office stays medical', () => {
    expect(classify(certificate('Gesundheitsamt')).documentType).toBe('medical');
  });
});

describe('an advertisement about personnel matters', () => {
  const text = letter({
    head: ['Kollegio Software GmbH', 'Die Personalsoftware für Verwaltungen', 'Hafenstraße 1 · 20457 Hamburg'],
    to: ['Stadt Musterstadt', 'Personalservice', 'Markt 1', '12345 Musterstadt'],
    subject: ['Personalakten, Krankmeldungen und Urlaubsanträge digital verwalten'],
    body: 'unsere Software für Kommunen führt die Personalakte digital und holt Krankmeldungen automatisch ab.\nTesten Sie kollegio 30 Tage kostenlos und besuchen Sie unser Webinar am 12.06.2025.',
    sign: ['Tom Lange', 'Vertrieb Kommunen'],
  });
  it('is advertising, and is reviewed before it is discarded because it speaks of health data', () => {
    const result = classify(text);
    expect(result.documentType).toBe('advertising');
    expect(result.mightBeVeryHigh).toBe(true);
    expect(routeItem(result, live).state).toBe('needs-review');
    // Its words are the product's topic, nobody's data.
    expect(result.protectionLevel).toBe('normal');
  });
});

describe('weak protection hints stop a release but do not raise the level by themselves', () => {
  it('a youth club that names the certificates of conduct of its volunteers', () => {
    const result = protectionFromContent('Unsere ehrenamtlichen Betreuer haben ein erweitertes Führungszeugnis vorgelegt. Wir beantragen einen Zuschuss für die Ferienfahrt.');
    expect(result.level).toBe('normal');
    expect(result.mightBeVeryHigh).toBe(true);
  });
  it('a weak hint next to personal particulars is the doubt the higher level settles', () => {
    expect(protectionFromContent('Anbei das Führungszeugnis von Herrn Brandt, geboren am 03.04.1990.').level).toBe('very-high');
  });
});
