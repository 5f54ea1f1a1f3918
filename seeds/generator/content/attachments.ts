// Pages that travel with many letters: the data-protection notice (Art. 13 DSGVO) and the
// general terms printed on the back of business letters. They make letters 2–4 pages long
// without touching what the letter is about.
import type { Block } from '../model.ts';
import type { Rng } from '../prng.ts';

const DSGVO = [
  'Verantwortlich für die Verarbeitung Ihrer personenbezogenen Daten ist der im Briefkopf genannte Absender.',
  'Die Daten werden ausschließlich zur Bearbeitung Ihres Anliegens verarbeitet; Rechtsgrundlage ist Art. 6 Abs. 1 lit. b bzw. lit. e DSGVO.',
  'Eine Weitergabe an Dritte erfolgt nur, soweit dies gesetzlich vorgeschrieben oder zur Erfüllung des Vertrages erforderlich ist.',
  'Die Daten werden gelöscht, sobald sie für den Zweck ihrer Verarbeitung nicht mehr erforderlich sind und keine gesetzlichen Aufbewahrungsfristen entgegenstehen.',
  'Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie ein Widerspruchsrecht gegen die Verarbeitung.',
  'Sie haben das Recht, sich bei einer Aufsichtsbehörde für den Datenschutz zu beschweren.',
  'Den Datenschutzbeauftragten erreichen Sie unter der im Briefkopf genannten Anschrift mit dem Zusatz „Datenschutzbeauftragter“.',
  'Eine automatisierte Entscheidungsfindung einschließlich Profiling findet nicht statt.',
];

const AGB = [
  'Geltungsbereich: Diese Bedingungen gelten für alle Lieferungen und Leistungen, soweit nicht schriftlich etwas anderes vereinbart ist.',
  'Angebote sind freibleibend. Ein Vertrag kommt erst mit unserer schriftlichen Auftragsbestätigung zustande.',
  'Preise verstehen sich ab Lager zuzüglich Verpackung, Versand und der gesetzlichen Umsatzsteuer.',
  'Lieferfristen sind nur verbindlich, wenn sie ausdrücklich als verbindlich bezeichnet wurden.',
  'Gefahrübergang: Die Gefahr geht mit der Übergabe der Ware an das Transportunternehmen auf den Besteller über.',
  'Mängel sind unverzüglich, spätestens innerhalb von acht Tagen nach Erhalt der Ware, schriftlich anzuzeigen.',
  'Eigentumsvorbehalt: Die gelieferte Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.',
  'Gerichtsstand ist, soweit gesetzlich zulässig, der Sitz unseres Unternehmens. Es gilt deutsches Recht.',
  'Sollte eine Bestimmung unwirksam sein, bleibt die Wirksamkeit der übrigen Bestimmungen unberührt.',
];

export function attachmentPages(rng: Rng, business: boolean): Block[][] {
  const pages: Block[][] = [];
  const count = rng.weighted([[1, 6], [2, 3], [3, 1]] as const);
  for (let i = 0; i < count; i++) {
    const agb = business && (i > 0 || rng.chance(0.5));
    const pool = agb ? AGB : DSGVO;
    const title = agb ? rng.pick(['Allgemeine Geschäftsbedingungen', 'Allgemeine Liefer- und Zahlungsbedingungen']) : rng.pick(['Informationen zum Datenschutz nach Art. 13 DSGVO', 'Hinweise zur Verarbeitung personenbezogener Daten']);
    const blocks: Block[] = [{ kind: 'heading', text: pages.length > 0 ? `${title} (Fortsetzung)` : title }];
    const repeat = rng.int(2, 3);
    for (let r = 0; r < repeat; r++) {
      rng.sample(pool, pool.length).forEach((text, k) => blocks.push({ kind: 'para', text: `${r * pool.length + k + 1}. ${text}` }));
    }
    pages.push(blocks);
  }
  return pages;
}
