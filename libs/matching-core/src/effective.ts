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

/** Whole days from `fromIso` to `toIso` (negative when `toIso` is earlier). */
export function isoDaysBetween(fromIso: string, toIso: string): number {
  const ms = Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}
