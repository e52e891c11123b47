import { Fraction, fraction } from './arithmetic';

import { addDays, daysBetween } from '@wsp/common';

// The day arithmetic of @wsp/common, re-exported for the SROI rules.
export { addDays, daysBetween, maxDate, minDate } from '@wsp/common';

const format = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The same day `n` months later; a day that does not exist in that month becomes its last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return format(Date.UTC(year, month, Math.min(d, last)));
}


/**
 * Calendar months worked from `start` up to and including `endInclusive`, as an exact fraction:
 * the whole months m with start + m months ≤ the day after the end, plus the remaining days as a
 * share of the next calendar month (its actual length, counted from the same anchor day).
 *   2025-01-01 … 2025-08-31 = 8 months; 2025-01-15 … 2025-09-14 = 8 months;
 *   2025-01-01 … 2025-01-15 = 15/31 month; 2025-02-01 … 2025-02-14 = 14/28 month.
 * An end before the start gives 0.
 */
export function countMonths(start: string, endInclusive: string): Fraction {
  const endExclusive = addDays(endInclusive, 1);
  if (endExclusive <= start) return fraction(0);
  let whole = Math.max(0, (Number(endExclusive.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(endExclusive.slice(5, 7)) - Number(start.slice(5, 7)));
  while (whole > 0 && addMonths(start, whole) > endExclusive) whole--;
  const anchor = addMonths(start, whole);
  const rest = daysBetween(anchor, endExclusive);
  if (rest === 0) return fraction(whole);
  const span = daysBetween(anchor, addMonths(start, whole + 1));
  return fraction(whole * span + rest, span);
}
