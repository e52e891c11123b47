/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`) and Dutch wall-clock timestamps, without a clock. */

const DAY_MS = 86_400_000;

/** Caches of the conversions (a benchmark adds days a few million times); bounded, so never a leak. */
const CACHE_LIMIT = 100_000;
const msOfDate = new Map<string, number>();
const dateOfMs = new Map<number, string>();

export function addDays(isoDate: string, days: number): string {
  let ms = msOfDate.get(isoDate);
  if (ms === undefined) {
    ms = Date.parse(`${isoDate}T00:00:00Z`);
    if (msOfDate.size < CACHE_LIMIT) msOfDate.set(isoDate, ms);
  }
  const target = ms + days * DAY_MS;
  let date = dateOfMs.get(target);
  if (date === undefined) {
    date = new Date(target).toISOString().slice(0, 10);
    if (dateOfMs.size < CACHE_LIMIT) dateOfMs.set(target, date);
  }
  return date;
}

/** Last Sunday of a month (UTC date number). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * UTC offset (minutes) of Europe/Amsterdam at a UTC instant: CEST (+2) from the last Sunday of
 * March 01:00 UTC to the last Sunday of October 01:00 UTC, CET (+1) otherwise (EU Directive
 * 2000/84/EC). Computed rather than read from the tz database, so that the data is the same on
 * every machine.
 */
const summerTime = new Map<number, readonly [number, number]>();

export function amsterdamOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  let bounds = summerTime.get(year);
  if (!bounds) summerTime.set(year, (bounds = [Date.UTC(year, 2, lastSunday(year, 2), 1), Date.UTC(year, 9, lastSunday(year, 9), 1)]));
  return utcMs >= bounds[0] && utcMs < bounds[1] ? 120 : 60;
}

/** The instant of a wall-clock time in the Netherlands on `isoDate` (minutes after midnight). */
export function dutchTime(isoDate: string, minuteOfDay: number): Date {
  const naive = Date.parse(`${isoDate}T00:00:00Z`) + minuteOfDay * 60_000;
  // The offset at the naive instant is right except within the switch hour at night, which we never use.
  return new Date(naive - amsterdamOffsetMinutes(naive) * 60_000);
}

/** Minutes after midnight within office hours (08:30-17:00), in steps of 5 minutes. */
export function officeMinute(rng: { int(min: number, max: number): number }): number {
  return 8 * 60 + 30 + 5 * rng.int(0, 101);
}

export function isoDateOf(instant: Date): string {
  return new Date(instant.getTime() + amsterdamOffsetMinutes(instant.getTime()) * 60_000).toISOString().slice(0, 10);
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60_000);
}

/** Whole calendar days (Dutch dates) from `instant` to `today`: 0 for an instant on `today`. */
export function daysBefore(instant: Date, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${isoDateOf(instant)}T00:00:00Z`)) / DAY_MS);
}
