// Sender where the scan lost what the print had: a legal form's o read as a 0 ("Sp. z 0.0."), the
// "·" between a foot's name and its seat, and an imprint at the end of a short enclosure page that
// the page's layout does not place at the foot (dev31 scans 1255, 1257, 1272; own wording here).
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extractLetters.ts';

const city = ['Stadt Musterstadt', 'Bauaufsicht', 'Rathausplatz 1', '31100 Musterstadt', ''];
const body = ['Nordheim, 11.03.2030', '', 'Rechnung Nr. 2030-118', '', 'Sehr geehrte Damen und Herren,', '', 'wir berechnen Ihnen die Lieferung vom 04.03.2030.', '', 'Mit freundlichen Grüßen', '', 'Jana Kruse', ''];

describe('sender: what the scan lost', () => {
  it('reads a Polish firm\'s "Sp. z o.o." whose o came out as a 0', () => {
    const fields = fieldsOf(['DRUKARNIA ODRA Sp. z 0.0.', 'ul. Portowa 9, 70-602 Szczecin, Polska', '', ...city, ...body,
      'Drukarnia Odra Sp. z 0.0. - Sad Rejonowy Szczecin-Centrum, KRS 0000412777']);
    expect(fields.sender).toBe('DRUKARNIA ODRA Sp. z o.o.');
  });

  it('ends the foot\'s registered name at its legal form when the seat is glued on', () => {
    const fields = fieldsOf(['HAFENKONTOR', 'Baustoffe - Streugut', '', 'Hafenkontor Süd - Kaistraße 4 - 20457 Hamburg', '', ...city, ...body,
      'Hafenkontor Süd GmbH & Co. KG Sitz Hamburg - AG Hamburg HRA 120111', 'Geschäftsführer: Nils Brodersen']);
    expect(fields.sender).toBe('Hafenkontor Süd GmbH & Co. KG');
  });

  it('takes the registered name from the imprint that ends a short enclosure page', () => {
    const enclosure = ['Baubeschreibung', '', 'Grundstück:        Uferstraße 22, Flurstück 118/3', 'Nutzung:           Wohnen, 8 Wohneinheiten', 'Geplanter Beginn:  Juni 2030', '',
      'Hallberg Renz Architekten PartG mbB - Sitz Nordheim - Partnerschaftsregister AG Nordheim PR 61', 'Partner: Dipl.-Ing. Ole Hallberg, Dipl.-Ing. Mia Renz',
      'Bankverbindung: Sparkasse Nordheim - IBAN DE07 1305 0000 0201 1877 33'];
    const fields = fieldsOf(['hallberg + renz', 'architekten', '', 'hallberg + renz architekten - Seestraße 3 - 31134 Nordheim', '', ...city,
      'Nordheim, 11.03.2030', '', 'Bauantrag Neubau Mehrfamilienhaus Uferstraße 22', '', 'Sehr geehrte Damen und Herren,', '', 'anbei der Bauantrag.', '', 'Mit freundlichen Grüßen', '', 'hallberg + renz architekten', '\f', ...enclosure]);
    expect(fields.sender).toBe('Hallberg Renz Architekten PartG mbB');
  });
});
