/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no time zone shifts a day. */

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function firstOfYear(iso: string): string {
  return `${iso.slice(0, 4)}-01-01`;
}

export function laterOf(a: string, b: string): string {
  return a >= b ? a : b;
}

/**
 * The first day after a period of `months` calendar months starting on `start`: the same day of
 * the month `months` later. When that day does not exist (start on the 31st, or 29-31 January
 * towards February) the period ends on the last day of the shorter month, so the next period
 * starts on the first of the month after it.
 *
 * Example: 6 months from 2026-01-01 run to 2026-06-30 inclusive, month 7 starts 2026-07-01;
 * from 2025-08-31 they run to 2026-02-28, month 7 starts 2026-03-01.
 */
export function startOfMonthAfterPeriod(start: string, months: number): string {
  const [y, m, d] = parts(start);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  if (d <= daysInMonth(ty, tm)) return format(ty, tm, d);
  return tm === 12 ? format(ty + 1, 1, 1) : format(ty, tm + 1, 1);
}
