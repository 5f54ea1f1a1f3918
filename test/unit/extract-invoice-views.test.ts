// Fields of e-invoice views (the XRechnung/ZUGFeRD visualisation: labelled rows, a value column),
// in own wording. The form sets a long value over two lines with the label beside the last one.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const column = (label: string, value: string) => `${label.padEnd(40)}${value}`;
const view = (sellerRows: string[]) => [
  'Rechnungsansicht',
  '',
  'Handelsrechnung (380) Nr. 2025-118 vom 14.02.2025',
  '',
  column('Währung:', 'EUR'),
  '',
  'Verkäufer',
  column('Nummer:', '77120'),
  ...sellerRows,
  '',
  column('Anschrift:', 'Hafenstraße 4'),
  column('', 'DE 23456 Neustadt'),
  '',
  'Käufer/Leistungsempfänger',
  column('Name:', 'Stadt Musterstadt'),
];

describe('sender of an e-invoice view', () => {
  it('joins the name\'s first line, set above the "Name:" row in the value column', () => {
    expect(fieldsOf(view([column('', 'Nordwerk Technische'), column('Name:', 'Gebäudedienste GmbH')])).sender)
      .toBe('Nordwerk Technische Gebäudedienste GmbH');
  });

  it('keeps a one-line name alone, the row above being a labelled one', () => {
    expect(fieldsOf(view([column('Name:', 'Nordwerk GmbH')])).sender).toBe('Nordwerk GmbH');
  });

  it('does not take a line in another column for the name\'s first line', () => {
    expect(fieldsOf(view(['Lieferant laut Vertrag', column('Name:', 'Nordwerk GmbH')])).sender).toBe('Nordwerk GmbH');
  });
});

describe('letter date of an e-invoice view', () => {
  it('takes the date of a credit note\'s own title, which names no earlier document', () => {
    const lines = ['Rechnungsansicht', '', 'Gutschrift (Selbst ausgestellte Rechnung) (389) Nr. 5521 vom 07.03.2025', '', column('Währung:', 'EUR'),
      column('Liefer- und Leistungsdatum:', '01.03.2025'), '', 'Verkäufer', column('Name:', 'Nordwerk GmbH')];
    expect(fieldsOf(lines).letterDate).toBe('2025-03-07');
  });

  it('still passes over the date of the invoice a reminder names', () => {
    const lines = ['Nordwerk GmbH · Hafenstraße 4 · 23456 Neustadt', '', 'Stadt Musterstadt', 'Finanzservice', 'Rathausplatz 1', '31100 Musterstadt', '',
      '2. Mahnung – Rechnung R-25-0311 vom 02.01.2025', '', 'Sehr geehrte Damen und Herren,', '', 'wir bitten um Ausgleich.', '', 'Neustadt, 10.03.2025'];
    expect(fieldsOf(lines).letterDate).toBe('2025-03-10');
  });
});

