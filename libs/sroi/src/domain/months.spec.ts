import { fraction, roundHalfUp, toNumber } from './arithmetic';
import { addMonths, countMonths } from './months';

describe('countMonths (calendar months, partial months as a share of the next month)', () => {
  const m = (a: string, b: string) => countMonths(a, b);

  it('counts whole calendar months from the start day', () => {
    expect(m('2025-01-01', '2025-08-31')).toEqual(fraction(8));
    expect(m('2025-01-15', '2025-09-14')).toEqual(fraction(8));
    expect(m('2025-01-01', '2025-12-31')).toEqual(fraction(12));
    expect(m('2024-03-01', '2026-02-28')).toEqual(fraction(24));
  });

  it('counts a partial month as days over the length of that month', () => {
    expect(toNumber(m('2025-01-01', '2025-01-15'))).toBeCloseTo(15 / 31, 12);
    expect(toNumber(m('2025-02-01', '2025-02-14'))).toBeCloseTo(14 / 28, 12);
    expect(toNumber(m('2024-02-01', '2024-02-14'))).toBeCloseTo(14 / 29, 12);
    // 1 Jan – 15 Mar: 2 whole months, then 15 of March's 31 days
    expect(toNumber(m('2025-01-01', '2025-03-15'))).toBeCloseTo(2 + 15 / 31, 12);
    // one day
    expect(toNumber(m('2025-06-10', '2025-06-10'))).toBeCloseTo(1 / 30, 12);
  });

  it('handles month ends (31 January + 1 month = end of February)', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-01-31', 2)).toBe('2025-03-31');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(m('2025-01-31', '2025-02-27')).toEqual(fraction(1)); // up to the day before 28 Feb
    expect(toNumber(m('2025-01-31', '2025-03-30'))).toBe(2);
  });

  it('gives 0 for an end before the start', () => {
    expect(toNumber(m('2025-05-01', '2025-04-30'))).toBe(0);
    expect(toNumber(m('2025-05-01', '2025-01-01'))).toBe(0);
  });

  it('is monotone: one more day never counts less', () => {
    let prev = -1;
    for (let d = 0; d < 800; d++) {
      const end = new Date(Date.UTC(2025, 0, 31 + d)).toISOString().slice(0, 10);
      const v = toNumber(m('2025-01-31', end));
      expect(v).toBeGreaterThan(prev);
      prev = v;
    }
  });

  it('rounds half up once', () => {
    expect(roundHalfUp(fraction(5, 2))).toBe(3);
    expect(roundHalfUp(fraction(7, 3))).toBe(2);
    expect(roundHalfUp(fraction(2222222_22n, 100))).toBe(2222222);
    expect(roundHalfUp(fraction(1, 2))).toBe(1);
    expect(roundHalfUp(fraction(0))).toBe(0);
  });
});
