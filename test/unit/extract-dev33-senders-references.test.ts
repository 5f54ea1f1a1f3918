// Senders and references for failure families seen on the dev33/dev34 letters (own wording): a
// single lawyer's return line with the profession abbreviated, a Land office's mixed-case short
// form, a trade designation opening the letterhead's address line, a name printed in both columns
// of a letterhead, a clinic run by a carrier named in a sentence at the foot, a registered
// merchant's firm under a trade name; court place codes, object numbers, a tax office's unit and an
// authority's short form in file numbers.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const recipient = ['Stadt Musterstadt', 'Ordnungsamt', 'Marktplatz 1', '17100 Musterstadt', ''];
const body = ['Sehr geehrte Damen und Herren,', '', 'wir bitten um Kenntnisnahme.', '', 'Mit freundlichen Grüßen', ''];
/** Blank lines that push what follows to the foot of the page. */
const gap = Array.from({ length: 24 }, () => '');

describe('sender', () => {
  it('takes the single lawyer\'s full name for a return line with the profession abbreviated', () => {
    const lines = ['Henrik Ottersberg', 'Rechtsanwalt', 'Arbeitsrecht · Mietrecht', '', 'Lindenstraße 8', '17100 Musterstadt', '',
      'RA Ottersberg, Lindenstraße 8, 17100 Musterstadt', '', ...recipient, '04.05.2030', '', 'Einspruch gegen den Bußgeldbescheid vom 20.04.2030', '', ...body, 'Ottersberg', 'Rechtsanwalt'];
    expect(fieldsOf(lines).sender).toBe('Henrik Ottersberg');
  });
  it('keeps a lawyer\'s return line that names the person when the letterhead has no separate name line', () => {
    const lines = ['RA Ottersberg, Lindenstraße 8, 17100 Musterstadt', '', ...recipient, '04.05.2030', '', 'Einspruch', '', ...body, 'Ottersberg'];
    expect(fieldsOf(lines).sender).toBe('RA Ottersberg');
  });
  it('spells out a Land office\'s mixed-case short form over the letterhead\'s two name lines', () => {
    const lines = ['Landesamt für Umwelt und Naturschutz', 'Schleswig-Holstein', 'Abteilung 3 – Wasser', '', 'LAUuN S-H · Postfach 21 10 · 24103 Kiel', '',
      ...recipient, 'Geschäftszeichen: 31-WR/2030-114', 'Datum: 04.05.2030', '', 'Bescheid über die Erlaubnis', '', ...body, 'Im Auftrag', 'Kolbe'];
    expect(fieldsOf(lines).sender).toBe('Landesamt für Umwelt und Naturschutz Schleswig-Holstein');
  });
  it('takes no trade designation ("Meisterbetrieb") opening the letterhead\'s address line for the name', () => {
    const lines = ['Malerei Jörn Wiebusch', 'Meisterbetrieb  ·  Dorfstraße 12  ·  17100 Musterstadt  ·  Tel. 0395 - 123 45 67', '', '',
      ...recipient, 'Rechnung Nr. 9/2030                                            Musterstadt, 4.5.30', '', 'Gesamt 410,00 €', '', 'Mit freundlichem Gruß', 'J. Wiebusch'];
    expect(fieldsOf(lines).sender).toBe('Malerei Jörn Wiebusch');
  });
  it('takes a name once that a two-column letterhead prints in both columns', () => {
    const lines = ['NORDAKTE Systeme AG                                     NORDAKTE Systeme AG', '                                                        Hafenstraße 3',
      '                                                        20457 Hamburg', 'NORDAKTE Systeme AG · Hafenstraße 3 · 20457 Hamburg   Telefon +49 40 123 45-0',
      '                                                        www.nordakte.de', 'Stadt Musterstadt', 'Finanzservice', '– Rechnungseingang –', 'Marktplatz 1', '17100 Musterstadt', '',
      'Rechnung                                               Rechnungsnummer  RE-4471', '                                                       Rechnungsdatum   04.05.2030',
      '', 'Wartung Fachverfahren', '', ...body, 'NORDAKTE Systeme AG', '\f', 'NORDAKTE Systeme AG · RE-4471 · Seite 2/2', '', 'Leistungsverzeichnis',
      'NORDAKTE Systeme AG · Sitz Hamburg · Amtsgericht Hamburg HRB 123 456'];
    expect(fieldsOf(lines).sender).toBe('NORDAKTE Systeme AG');
  });
  it('takes the carrier a foot sentence names for a clinic known by its house name', () => {
    const lines = ['FACHKLINIK AM MÜHLENTEICH', 'Rehabilitation · Suchtmedizin', '', 'Fachklinik am Mühlenteich · Teichweg 4 · 17100 Musterstadt', '',
      ...recipient, 'Datum: 04.05.2030', '', 'Entlassungsbericht', '', ...body, 'Dr. med. Ute Kranz', ...gap,
      'Fachklinik am Mühlenteich ist eine Einrichtung der Mühlenteich Reha gGmbH · Teichweg 4 · 17100 Musterstadt', 'Geschäftsführung: Ralf Busch · Amtsgericht Nordheim HRB 4411'];
    expect(fieldsOf(lines).sender).toBe('Mühlenteich Reha gGmbH');
  });
  it('takes the registered merchant\'s firm printed under the trade name', () => {
    const lines = ['Gartenbau Lindenhain', 'Frauke Dierks e.K. · Staudengärtnerei · Friedhofspflege', 'Moorweg 3 · 24837 Schleswig · Tel. 04621 / 12 34 56', '',
      'Gartenbau Lindenhain · Moorweg 3 · 24837 Schleswig', ...recipient, 'Schleswig, 04.05.2030', '', 'Rechnung Nr. 2030-41', '', ...body, 'Frauke Dierks'];
    expect(fieldsOf(lines).sender).toBe('Frauke Dierks e.K.');
  });
  it('keeps the trade name of a sole trader without a registered firm', () => {
    const lines = ['Gartenbau Lindenhain', 'Inh. Frauke Dierks · Staudengärtnerei · Friedhofspflege', 'Moorweg 3 · 24837 Schleswig · Tel. 04621 / 12 34 56', '',
      'Gartenbau Lindenhain · Moorweg 3 · 24837 Schleswig', ...recipient, 'Schleswig, 04.05.2030', '', 'Rechnung Nr. 2030-41', '', ...body, 'Frauke Dierks'];
    expect(fieldsOf(lines).sender).toBe('Gartenbau Lindenhain');
  });
});

describe('reference', () => {
  const court = (reference: string) => ['VERWALTUNGSGERICHT SCHWERIN', '', 'Verwaltungsgericht Schwerin · Wismarsche Straße 323 · 19055 Schwerin', '', ...recipient,
    `Aktenzeichen (bitte stets angeben):   ${reference}`, 'Datum:                                04.05.2030', '', 'Ladung', '', ...body, 'Justizbeschäftigte'];
  it('keeps a court\'s place code after its file number', () => {
    expect(fieldsOf(court('4 K 881/30 SN')).reference).toBe('4 K 881/30 SN');
  });
  it('still reads a court file number without a place code', () => {
    expect(fieldsOf(court('4 K 881/30')).reference).toBe('4 K 881/30');
  });
  it('keeps the number of the object a city file is named after', () => {
    const lines = ['Kfz-Technik Brodersen GmbH', '', 'Kfz-Technik Brodersen GmbH, Hafenweg 2, 24768 Rendsburg', ...recipient,
      'REPARATURRECHNUNG 30-117                              Rendsburg, 04.05.2030', '', 'Auftrag vom 28.04.2030, Ihr Zeichen 9.50.30-FP/Kehrmaschine 2', '', ...body];
    expect(fieldsOf(lines).reference).toBe('9.50.30-FP/Kehrmaschine 2');
  });
  it('keeps a tax office\'s unit after its Geschäftszeichen', () => {
    const lines = ['Finanzamt Nordheim', 'Postfach 11 20 · 17100 Nordheim', '', ...recipient,
      'Geschäftszeichen: S 2130 - 41/30 - St 12', 'Steuernummer: 205/118/04471', 'Datum: 04.05.2030', '', 'Abgabe zuständigkeitshalber', '', ...body, 'Im Auftrag'];
    expect(fieldsOf(lines).reference).toBe('S 2130 - 41/30 - St 12');
  });
  it('keeps a hyphen set as a dash between the parts of a Geschäftszeichen', () => {
    const lines = ['Finanzamt Nordheim', 'Postfach 11 20 · 17100 Nordheim', '', ...recipient,
      'Geschäftszeichen: S 2130 - 41/30', 'Datum: 04.05.2030', '', 'Abgabe zuständigkeitshalber', '', ...body, 'Im Auftrag'];
    expect(fieldsOf(lines).reference).toBe('S 2130 - 41/30');
  });
  it('reads an authority\'s mixed-case short form before its file number as part of it', () => {
    const lines = ['Landesamt für Umwelt und Naturschutz', 'Schleswig-Holstein', '', 'LAUuN S-H · Postfach 21 10 · 24103 Kiel', '', ...recipient,
      'Geschäftszeichen:   LAUuN 31-WR/Q2-2030/114', 'Datum:              04.05.2030', '', 'Bescheid', '', ...body];
    expect(fieldsOf(lines).reference).toBe('LAUuN 31-WR/Q2-2030/114');
  });
});
