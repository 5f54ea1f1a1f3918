// General causes of misclassification found on the sixth independently written dev split, each
// on letters written for this test: an objection whose key word a lawyer sets apart on its own
// line, thank-you letters, child-protection reports to the youth office, a landlord's last demand
// for payment, and another authority's Bescheid quoted in a letter about an employee.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../electron/services/config.ts';
import { classifyDocument } from '../../ocr/classify/index.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { scoreRules } from '../../ocr/classify/rules.ts';
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { city, letter } from './causeLetters.ts';

const { config } = loadConfig();
const receivedAt = new Date('2025-06-10T09:00:00');
const classify = (text: string) => classifyDocument(pagesFromText(text, { confidence: 0.95 }), config, { receivedAt });
const messages = (result: { reasons: { message: string }[] }) => result.reasons.map((r) => r.message).join('\n');
const hitIds = (text: string) => scoreRules(analyseLetter(pagesFromText(text), { organisation: 'Stadt Musterstadt' })).hits
  .filter((hit) => hit.score > 0).map((hit) => hit.rule.id);


describe('an objection lodged over several lines is an objection', () => {
  const objection = (act: string) => letter({
    head: ['Kanzlei Reuter & Sohn', 'Rechtsanwälte', 'Kanzlei Reuter · Burgweg 3 · 23456 Altdorf'], to: city('Bauordnungsamt'),
    refs: ['Ihr Zeichen: 6.30-OV-2025-0114'],
    subject: ['Nutzungsuntersagung vom 12.05.2025 – Gartenhaus auf dem Grundstück Feldstraße 9'],
    body: `unter Vorlage einer Vollmacht zeigen wir die Vertretung von Herrn Ulf Brandes an.
${act}
Das Gartenhaus ist mit 24 m³ Brutto-Rauminhalt verfahrensfrei; eine Wohnnutzung findet nicht statt.
Wir bitten um Übersendung der Bauakte zur Einsicht.`,
    closing: ['Dr. P. Reuter', 'Rechtsanwalt'],
  });

  it('the word set apart on its own line still makes the act', () => {
    const result = classify(objection('Im Auftrag unseres Mandanten legen wir gegen die Verfügung vom 12.05.2025,\nzugegangen am 15.05.2025,\n\n              Widerspruch\n\nein. Die Begründung folgt.'));
    expect(result.documentType).toBe('objection');
    expect(result.protectionLevel).toBe('high');
    expect(messages(result)).toMatch(/über mehrere Zeilen/);
  });

  it('a mere mention of a possible objection over several lines is no act', () => {
    const text = objection('Wir legen Ihnen nahe, die Verfügung zu überprüfen;\nüber einen\nWiderspruch\nentscheiden wir später.');
    expect(hitIds(text)).not.toContain('objection.against');
  });
});

describe('a thank-you letter is a general letter', () => {
  it('without a request the thanked-for matter scores little for an application', () => {
    const text = letter({
      head: ['Edith Langner', 'Am Hang 2 · 12345 Musterstadt'], to: city('Friedhofsverwaltung'),
      subject: ['Herzliches Dankeschön'],
      body: 'für die Pflege der Grabstelle meiner Eltern danke ich Ihnen und Ihrem Team.',
    });
    const { scores, adjustments } = scoreRules(analyseLetter(pagesFromText(text), { organisation: 'Stadt Musterstadt' }));
    expect(adjustments.map((a) => a.label)).toContain('Dankschreiben: der Gegenstand ist nur Thema');
    expect(scores.application ?? 0).toBeLessThan(scores.other ?? 0);
  });

  it('a request that thanks in advance is still an application', () => {
    const { adjustments } = scoreRules(analyseLetter(pagesFromText(letter({
      head: ['Edith Langner', 'Am Hang 2 · 12345 Musterstadt'], to: city('Friedhofsverwaltung'),
      subject: ['Antrag auf Verlängerung des Nutzungsrechts'],
      body: 'ich danke Ihnen für Ihre Hilfe und beantrage die Verlängerung des Nutzungsrechts an der Grabstelle.',
    })), { organisation: 'Stadt Musterstadt' }));
    expect(adjustments.map((a) => a.label)).not.toContain('Dankschreiben: der Gegenstand ist nur Thema');
  });
});

describe('a report of a possible danger to a child is a social matter', () => {
  it('the child-protection vocabulary makes it social and very-high', () => {
    const result = classify(letter({
      head: ['Kita Regenbogen', 'Wiesenweg 7 · 12345 Musterstadt'], to: city('Jugendamt', 'Allgemeiner Sozialer Dienst'),
      subject: ['Meldung nach § 8a SGB VIII / § 4 KKG', 'Kind Mia S., 5 Jahre'],
      body: 'wir sehen gewichtige Anhaltspunkte für eine Gefährdung und informieren Sie wie vereinbart schriftlich.\nMia kommt seit Wochen hungrig und ohne wettergerechte Kleidung in die Einrichtung.\nNach Beratung durch eine insoweit erfahrene Fachkraft bitten wir um Ihre Einschätzung.',
    }));
    expect(result.documentType).toBe('social');
    expect(result.protectionLevel).toBe('very-high');
    expect(hitIdsOf('Anlass: Hinweise auf Kindeswohlgefährdung, Kinderschutz')).toContain('social.childProtection');
  });
});

function hitIdsOf(sentence: string): string[] {
  return hitIds(letter({ head: ['A. Muster', 'Weg 1 · 12345 Musterstadt'], to: city(), subject: ['Schreiben'], body: sentence }));
}

describe('a last demand for payment is a reminder', () => {
  it('»weder eine Zahlung« and »fordern Sie letztmalig auf« are overdue payment', () => {
    expect(hitIdsOf('auf unser Schreiben vom Mai ist weder eine Zahlung noch eine Antwort eingegangen.')).toContain('reminder.overdue');
    expect(hitIdsOf('wir fordern Sie hiermit letztmalig auf, den Betrag zu überweisen.')).toContain('reminder.overdue');
  });

  it('a landlord\'s demand quoting the lease is a confident reminder', () => {
    const result = classify(letter({
      head: ['Hofmann Immobilien KG', 'Kaiserstraße 12 · 23456 Altdorf'], to: city('Liegenschaften'),
      subject: ['Pachtvertrag vom 01.01.2021 über das Lager Am Kanal 4', 'Pacht März und April 2025'],
      body: 'auf unsere Erinnerung vom 10.04.2025 ist bis heute weder eine Zahlung noch eine Nachricht bei uns eingegangen.\nOffen sind 2 Monatspachten zu je 1.200,00 €, zusammen 2.400,00 €.\nWir fordern Sie hiermit letztmalig auf, den Betrag binnen 7 Tagen zu überweisen.',
    }));
    expect(result.documentType).toBe('reminder');
    expect(result.confidence).toBeGreaterThan(0.85);
  });
});

describe('a Bescheid quoted in a letter about an employee is a personnel matter', () => {
  it('the employee in the subject makes the quoted notice personnel, very-high', () => {
    const result = classify(letter({
      head: ['Versorgungskasse Süd', 'Anstalt des öffentlichen Rechts', 'VK Süd · Postfach 12 · 34567 Bergheim'], to: city('Personalamt'),
      refs: ['Geschäftszeichen: VR 7-118/25'],
      subject: ['Ihr Beschäftigter Tom Weber, geb. 02.03.1970', 'Rente wegen Erwerbsminderung'],
      body: 'die Rentenversicherung hat Herrn Weber mit Bescheid vom 20.04.2025 eine Rente bewilligt.\nFür die Berechnung der Zusatzrente benötigen wir die Bestätigung, dass das Arbeitsverhältnis ruht,\nsowie die Meldung der zusatzversorgungspflichtigen Entgelte bis zum 30.06.2025.',
    }));
    expect(result.documentType).toBe('personnel');
    expect(result.protectionLevel).toBe('very-high');
    expect(messages(result)).toMatch(/Bescheid in einer Personalangelegenheit/);
  });
});
