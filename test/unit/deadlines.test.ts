// The deadline module (electron/services/records/deadlines.ts, holidays.ts): pure, no store.
import { describe, expect, it } from 'vitest';
import { computeDeadline, findPeriods, periodEnd, receiptDate } from '../../electron/services/records/deadlines.ts';
import { easterSunday, nationalHolidays, nextWorkingDay, nonWorkingReason } from '../../electron/services/records/holidays.ts';

/** A receipt timestamp in the morning of a German calendar day. */
const on = (date: string) => `${date}T08:00:00.000Z`;

describe('holidays', () => {
  it('computes Easter and the movable national holidays', () => {
    expect([2024, 2025, 2026, 2027].map(easterSunday)).toEqual(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28']);
    expect(nationalHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-10-03', '2026-12-25', '2026-12-26',
    ]);
  });

  it('moves weekends and holidays to the next working day', () => {
    expect(nonWorkingReason('2026-12-05')).toBe('Samstag');
    expect(nonWorkingReason('2026-12-25')).toBe('1. Weihnachtstag');
    expect(nonWorkingReason('2026-12-28')).toBeNull();
    expect(nextWorkingDay('2026-12-25')).toBe('2026-12-28'); // Fri holiday, Sat holiday, Sunday
    expect(nextWorkingDay('2026-04-03')).toBe('2026-04-07'); // Karfreitag … Ostermontag
  });
});

describe('periods (§§ 187, 188 BGB)', () => {
  it('adds days and weeks; a month ends on the same day number or the month\'s last day', () => {
    expect(periodEnd('2026-11-20', 14, 'day')).toBe('2026-12-04');
    expect(periodEnd('2026-11-20', 2, 'week')).toBe('2026-12-04');
    expect(periodEnd('2026-11-09', 1, 'month')).toBe('2026-12-09');
    expect(periodEnd('2027-01-31', 1, 'month')).toBe('2027-02-28');
    expect(periodEnd('2028-01-31', 1, 'month')).toBe('2028-02-29');
    expect(periodEnd('2026-11-30', 3, 'month')).toBe('2027-02-28');
    expect(periodEnd('2026-03-15', 1, 'year')).toBe('2027-03-15');
  });

  it('finds the stated periods with their start event', () => {
    const text = [
      'Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.',
      'Die Beschwerde ist binnen einer Notfrist von zwei Wochen ab Zustellung einzulegen.',
      'Bitte äußern Sie sich binnen einer Woche.',
      'Zahlbar innerhalb von 14 Tagen nach Erhalt dieser Rechnung.',
      'Bei Zahlung innerhalb von 8 Tagen 2 % Skonto.',
    ].join('\n');
    expect(findPeriods(text).map((p) => [p.amount, p.unit, p.start])).toEqual([
      [1, 'month', 'notification'], [2, 'week', 'service'], [1, 'week', 'unstated'], [14, 'day', 'receipt'],
    ]);
  });

  it('reads a period broken over lines by OCR', () => {
    expect(findPeriods('innerhalb eines\nMonats nach\nZugang')).toMatchObject([{ amount: 1, unit: 'month', start: 'receipt' }]);
  });
});

describe('computeDeadline', () => {
  it('Widerspruch: one month after Bekanntgabe, the fourth day after posting (§ 41 Abs. 2 VwVfG since 2025)', () => {
    const deadline = computeDeadline({
      text: 'Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.',
      receivedAt: on('2026-11-06'), letterDate: '2026-11-05',
    });
    expect(deadline).toMatchObject({ date: '2026-12-09', startDate: '2026-11-09', periodEnd: '2026-12-09', text: 'innerhalb eines Monats nach Bekanntgabe' });
    expect(deadline!.basis).toContain('vierter Tag nach Aufgabe zur Post');
  });

  it('uses three days for a letter posted before 2025, and the receipt date when the letter came later', () => {
    const text = 'innerhalb eines Monats nach Bekanntgabe';
    expect(computeDeadline({ text, receivedAt: on('2024-11-07'), letterDate: '2024-11-04' })).toMatchObject({ startDate: '2024-11-07', date: '2024-12-09' });
    // Posted 2026-11-02, deemed notified 2026-11-06, but stamped on arrival 2026-11-12: the later day counts.
    expect(computeDeadline({ text, receivedAt: on('2026-11-12'), letterDate: '2026-11-02' })).toMatchObject({ startDate: '2026-11-12', date: '2026-12-14' });
  });

  it('court mail: two weeks after Zustellung, from the receipt date, moved off a Saturday', () => {
    const deadline = computeDeadline({ text: 'Die Beschwerde ist binnen zwei Wochen nach Zustellung einzulegen.', receivedAt: on('2026-11-21') });
    expect(deadline).toMatchObject({ periodEnd: '2026-12-05', date: '2026-12-07', startDate: '2026-11-21' });
    expect(deadline!.basis).toMatch(/einen Samstag: nächster Werktag \(§ 193 BGB, § 222 Abs\. 2 ZPO\)/);
  });

  it('a month after Zugang that ends on Christmas goes to the next working day', () => {
    const deadline = computeDeadline({ text: 'innerhalb eines Monats nach Zugang dieses Schreibens', receivedAt: on('2026-11-25') });
    expect(deadline).toMatchObject({ periodEnd: '2026-12-25', date: '2026-12-28' });
    expect(deadline!.basis).toContain('Feiertag (1. Weihnachtstag)');
  });

  it('Anhörung "binnen einer Woche" without a start counts from the letter date (the earlier reading)', () => {
    expect(computeDeadline({ text: 'Sie können sich binnen einer Woche äußern.', receivedAt: on('2026-11-23'), letterDate: '2026-11-18' }))
      .toMatchObject({ startDate: '2026-11-18', date: '2026-11-25' });
    expect(computeDeadline({ text: 'Sie können sich binnen einer Woche äußern.', receivedAt: on('2026-11-23') }))
      .toMatchObject({ startDate: '2026-11-23', date: '2026-11-30' });
  });

  it('the earliest deadline wins, a stated due date included; no period and no due date: none', () => {
    const text = 'Zahlbar innerhalb von 30 Tagen nach Erhalt. Widerspruch innerhalb eines Monats nach Bekanntgabe.';
    expect(computeDeadline({ text, receivedAt: on('2026-11-23'), dueDate: '2026-12-01' })).toMatchObject({ date: '2026-12-01', startDate: null });
    expect(computeDeadline({ text, receivedAt: on('2026-11-23') })).toMatchObject({ date: '2026-12-23', startDate: '2026-11-23' });
    expect(computeDeadline({ text: 'Rechnung Nr. 4711, Betrag 99,00 EUR', receivedAt: on('2026-11-23') })).toBeNull();
  });

  it('ignores a letter date after the receipt date (a misread date cannot start a period)', () => {
    expect(computeDeadline({ text: 'binnen einer Woche', receivedAt: on('2026-11-23'), letterDate: '2026-12-23' })).toMatchObject({ startDate: '2026-11-23' });
  });

  it('the receipt date is the German calendar day, whatever the server\'s time zone', () => {
    expect(receiptDate('2026-11-22T23:30:00.000Z')).toBe('2026-11-23');
    expect(receiptDate('2026-07-01T22:30:00.000Z')).toBe('2026-07-02');
    expect(receiptDate('2026-07-01T21:30:00.000Z')).toBe('2026-07-01');
  });
});
