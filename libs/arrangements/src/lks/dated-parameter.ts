/**
 * A dated parameter: a value that changes over time by law or regulation. Each entry holds from
 * its `effectiveFrom` (ISO date, inclusive) until the next entry's. `knownUntil` (exclusive)
 * marks where the table's knowledge ends for parameters that are re-set on a schedule (the
 * minimum wage is indexed every 1 January and 1 July): asking beyond it is an unknown value,
 * not the last known one.
 */
export interface DatedValue<T> {
  readonly effectiveFrom: string;
  readonly value: T;
}

export interface DatedParameter<T> {
  readonly name: string;
  readonly entries: readonly DatedValue<T>[];
  readonly knownUntil?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Builds a dated parameter; refuses unsorted or malformed tables (a programming error). */
export function datedParameter<T>(name: string, entries: readonly DatedValue<T>[], knownUntil?: string): DatedParameter<T> {
  if (entries.length === 0) throw new Error(`Dated parameter ${name} has no entries`);
  entries.forEach((e, i) => {
    if (!ISO_DATE.test(e.effectiveFrom)) throw new Error(`Dated parameter ${name}: bad date ${e.effectiveFrom}`);
    if (i > 0 && entries[i - 1].effectiveFrom >= e.effectiveFrom) throw new Error(`Dated parameter ${name} is not sorted by date`);
  });
  if (knownUntil !== undefined && knownUntil <= entries[entries.length - 1].effectiveFrom) {
    throw new Error(`Dated parameter ${name}: knownUntil must follow the last entry`);
  }
  return { name, entries, knownUntil };
}

/** The entry in force on `date` (ISO), or undefined before the first entry or from `knownUntil` on. */
export function entryOn<T>(parameter: DatedParameter<T>, date: string): DatedValue<T> | undefined {
  if (parameter.knownUntil !== undefined && date >= parameter.knownUntil) return undefined;
  let found: DatedValue<T> | undefined;
  for (const entry of parameter.entries) {
    if (entry.effectiveFrom > date) break;
    found = entry;
  }
  return found;
}
