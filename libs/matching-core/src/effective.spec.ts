import { isoDayNumber, isoDaysBetween } from './effective';

const viaDateParse = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('isoDayNumber', () => {
  it('equals Date.parse for every day and every day-of-month up to 31 in 1999–2031', () => {
    for (let y = 1999; y <= 2031; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          const iso = `${y}-${pad(m, 2)}-${pad(d, 2)}`;
          expect([iso, isoDayNumber(iso)]).toEqual([iso, viaDateParse(iso)]);
        }
      }
    }
  });

  it('equals Date.parse at the edges of the four-digit years and around leap days', () => {
    for (const iso of ['0000-01-01', '0000-02-29', '0001-03-01', '1600-02-29', '1700-02-29', '1900-02-28', '1900-03-01', '2000-02-29', '2100-03-01', '9999-12-31', '1970-01-01', '1969-12-31']) {
      expect([iso, isoDayNumber(iso)]).toEqual([iso, viaDateParse(iso)]);
    }
  });

  it('reads what is not a plain date as Date.parse does (NaN for nonsense)', () => {
    for (const iso of ['2026-00-10', '2026-13-01', '2026-02-32', '2026-2-5', '20x6-01-01', '', 'gisteren', '2026/01/01']) {
      const want = viaDateParse(iso);
      if (Number.isNaN(want)) expect(isoDayNumber(iso)).toBeNaN();
      else expect(isoDayNumber(iso)).toBe(want);
    }
  });

  it('counts days between two dates, negative backwards', () => {
    expect(isoDaysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(isoDaysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(isoDaysBetween('2026-03-15', '2024-03-15')).toBe(-730);
    expect(isoDaysBetween('2026-03-15', 'onbekend')).toBeNaN();
  });
});
