/** Thrown when the core is called with parameters that cannot be used (a programming/configuration error). */
export class MatchingConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MatchingConfigurationError';
  }
}

export interface Dated {
  /** First day (ISO `YYYY-MM-DD`) on which this version applies. */
  effectiveFrom: string;
}

/** The version in force on `date`: the one with the latest `effectiveFrom` that is not after `date`. */
export function selectEffective<T extends Dated>(history: readonly T[], date: string): T {
  let best: T | undefined;
  for (const item of history) {
    if (item.effectiveFrom <= date && (best === undefined || item.effectiveFrom > best.effectiveFrom)) best = item;
  }
  if (best === undefined) throw new MatchingConfigurationError(`No version effective on ${date}`);
  return best;
}

/** Whole days from `fromIso` to `toIso` (negative when `toIso` is earlier; NaN for a date JavaScript cannot read). */
export function isoDaysBetween(fromIso: string, toIso: string): number {
  return isoDayNumber(toIso) - isoDayNumber(fromIso);
}

/**
 * Days since 1970-01-01 of an ISO `YYYY-MM-DD` date: the same day as `Date.parse(iso + 'T00:00:00Z')`
 * (which also reads a day up to 31 in any month, e.g. 02-30 as 03-02), without building a string
 * and parsing it. The scoring calls this for every pair. Anything else goes through Date.parse.
 */
export function isoDayNumber(iso: string): number {
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const y = digits(iso, 0, 4);
    const m = digits(iso, 5, 2);
    const d = digits(iso, 8, 2);
    if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) return daysFromCivil(y, m, d);
  }
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/** The number in `s[from, from + n)`, or -1 when a character is not a digit. */
function digits(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil); linear in `d`. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}
