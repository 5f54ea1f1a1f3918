// Sender where the letterhead's or the foot's columns run together in the text, in own wording:
// a return line that shortens a given name or a firm's word the letterhead spells out, partners'
// names joined by "·", and a merchant's registered name ("… Inh. … e.K.") in a foot set in columns.
import { describe, expect, it } from 'vitest';
import { fieldsOf, fieldsOfPages } from './extractLetters.ts';

/** A text layer without word positions: the columns of a line run together, as in a PDF's text. */
const textLayerFields = (lines: string[]) => fieldsOfPages([{ index: 0, width: 2480, height: 3508, text: lines.join('\n'), words: [], confidence: 1, source: 'text-layer', rotation: 0 }]);

const city = ['Stadt Musterstadt', 'Bauaufsicht', 'Rathausplatz 1', '31100 Musterstadt', ''];
const body = ['Nordheim, 11.03.2030', '', 'Ihre Anfrage vom 02.03.2030', '', 'Sehr geehrte Damen und Herren,', '', 'anbei erhalten Sie die erbetenen Unterlagen.', '', 'Mit freundlichen Grüßen', ''];

describe('sender: columns run together', () => {
  it('takes the given name the letterhead spells out, without the second column', () => {
    const fields = textLayerFields(['Dipl.-Ing. Henrike Vosskamp                Ingenieurbüro für Tragwerksplanung', 'Beratende Ingenieurin          Mühlenweg 4 · 31134 Nordheim', '',
      'Dipl.-Ing. H. Vosskamp · Mühlenweg 4 · 31134 Nordheim', '', ...city, ...body, 'Henrike Vosskamp']);
    expect(fields.sender).toBe('Dipl.-Ing. Henrike Vosskamp');
  });

  it('keeps partners\' names joined by "·" and spells out the firm\'s short form', () => {
    const fields = textLayerFields(['Lindqvist · Amsel                      Wirtschaftsprüfungsgesellschaft mbH', 'Wirtschaftsprüfer            Domplatz 2 · 31134 Nordheim', '',
      'Lindqvist · Amsel WPG mbH · Domplatz 2 · 31134 Nordheim', '', ...city, ...body, 'Maren Amsel']);
    expect(fields.sender).toBe('Lindqvist · Amsel Wirtschaftsprüfungsgesellschaft mbH');
  });

  it('does not join a profession to the firm behind it', () => {
    const fields = textLayerFields(['Rechtsanwälte · Kordes & Partner mbB', 'Am Wall 9 · 31134 Nordheim', '',
      'Rechtsanwälte · Kordes & Partner mbB · Am Wall 9 · 31134 Nordheim', '', ...city, ...body, 'Dr. Ole Kordes']);
    expect(fields.sender).toBe('Kordes & Partner mbB');
  });

  it('reads a merchant\'s registered name from a foot whose columns run on after "e.K."', () => {
    const fields = textLayerFields(['RAUMAUSSTATTUNG PRIEN', 'Inh. Jonas Prien', 'Kirchgasse 3', '31134 Nordheim', '',
      'Raumausstattung Prien · Kirchgasse 3 · 31134 Nordheim', '', ...city, ...body, 'Jonas Prien', '',
      'Raumausstattung Prien Inh. Jonas Prien e.K.    Volksbank Nordheim    USt-IdNr. DE 301 552 118']);
    expect(fields.sender).toBe('Raumausstattung Prien Inh. Jonas Prien e.K.');
  });

  it('takes the club\'s name over its building, with a unit in dashes between them', () => {
    const fields = textLayerFields(['                 TuS Grün-Gelb Nordheim 1908 e.V.', '                    – Abteilung Tischtennis –', '          Vereinsheim, Lindenweg 2 · 31134 Nordheim',
      ...city, ...body, 'Karin Ebeling']);
    expect(fields.sender).toBe('TuS Grün-Gelb Nordheim 1908 e.V.');
  });

  it('reads a ministry\'s state on the line under its name as part of the name', () => {
    const fields = textLayerFields(['Ministerium für Wirtschaft, Arbeit und Tourismus', 'Schleswig-Holstein', 'Referat IV 21 – Fördermittel', '',
      'Ministerium für Wirtschaft, Arbeit und Tourismus S-H, 24105 Kiel', '', ...city, ...body, 'Im Auftrag', 'Lene Carstens']);
    expect(fields.sender).toBe('Ministerium für Wirtschaft, Arbeit und Tourismus Schleswig-Holstein');
  });

  it('reads a firm named after a document word from the return line, over a slogan in the letterhead', () => {
    const lines = ['AngebotsWerk', 'Ausschreibung. Einfach. Digital.', '', 'AngebotsWerk GmbH - Kaiserstraße 12 - 60311 Frankfurt', '',
      'An die', ...city, ...body, 'Tom Berger'];
    expect(fieldsOf(lines).sender).toBe('AngebotsWerk GmbH');
  });
});

