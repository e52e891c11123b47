import { isIsoDate, ValidationError } from '@wsp/common';
import { NULLABLE_FIELDS, VacancyField, VacancyFields } from './vacancy-fields';

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 10_000;
/** Arbeidstijdenwet art. 5:7: at most 60 hours in any single week. */
export const HOURS_MIN = 1;
export const HOURS_MAX = 60;
/** Same bound as the database check CHK_vacancies_places. */
export const PLACES_MAX = 1000;
/** Sanity bound only (EUR 100,000 gross per month), keeping the value far from the integer column's limit. */
export const WAGE_MAX_CENTS = 10_000_000;
export const SKILLS_MAX = 200;

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/**
 * Checks the content rules of a vacancy; throws a ValidationError naming the first offending
 * field. Runs on the complete (merged) content, so a patch is judged together with what it keeps.
 */
export function assertValidVacancyFields(f: VacancyFields): void {
  if (!f.title.trim()) throw new ValidationError('Geef de vacature een titel', 'title');
  if (f.title.length > TITLE_MAX) throw new ValidationError(`De titel is langer dan ${TITLE_MAX} tekens`, 'title');
  if (!f.description.trim()) throw new ValidationError('Geef een omschrijving van het werk', 'description');
  if (f.description.length > DESCRIPTION_MAX) {
    throw new ValidationError(`De omschrijving is langer dan ${DESCRIPTION_MAX} tekens`, 'description');
  }

  assertHours(f.hoursMin, f.hoursMax);
  assertWage(f.wageMinCents, f.wageMaxCents);
  assertLoonwaarde(f.openToLks, f.minLoonwaarde);

  if (!isInt(f.numberOfPlaces) || f.numberOfPlaces < 1 || f.numberOfPlaces > PLACES_MAX) {
    throw new ValidationError(`Het aantal plaatsen ligt tussen 1 en ${PLACES_MAX}`, 'numberOfPlaces');
  }
  for (const field of ['startDate', 'closingDate'] as const) {
    const value = f[field];
    if (value !== null && !isIsoDate(value)) throw new ValidationError('Geef een datum als JJJJ-MM-DD', field);
  }
  if (f.skills.length > SKILLS_MAX) throw new ValidationError(`Kies hoogstens ${SKILLS_MAX} vaardigheden`, 'skills');
  const ids = f.skills.map((s) => s.skillId.toLowerCase());
  if (new Set(ids).size !== ids.length) throw new ValidationError('Een vaardigheid staat er meer dan eens in', 'skills');
}

export function assertHours(min: number, max: number): void {
  if (!isInt(min) || min < HOURS_MIN || min > HOURS_MAX) {
    throw new ValidationError(`Minimum uren per week ligt tussen ${HOURS_MIN} en ${HOURS_MAX}`, 'hoursMin');
  }
  if (!isInt(max) || max < HOURS_MIN || max > HOURS_MAX) {
    throw new ValidationError(`Maximum uren per week ligt tussen ${HOURS_MIN} en ${HOURS_MAX}`, 'hoursMax');
  }
  if (min > max) throw new ValidationError('Minimum uren per week is hoger dan het maximum', 'hoursMin');
}

/** Gross monthly wage in eurocents: non-negative whole cents, minimum not above maximum. */
export function assertWage(min: number | null, max: number | null): void {
  for (const [field, value] of [
    ['wageMinCents', min],
    ['wageMaxCents', max],
  ] as const) {
    if (value !== null && (!isInt(value) || value < 0 || value > WAGE_MAX_CENTS)) {
      throw new ValidationError('Een loonbedrag is een positief bedrag in hele centen', field);
    }
  }
  if (min !== null && max !== null && min > max) {
    throw new ValidationError('Het minimumloon is hoger dan het maximumloon', 'wageMinCents');
  }
}

/**
 * Participatiewet art. 10d (loonkostensubsidie): the loonwaarde is a percentage (0-100) of the
 * productivity of a worker at minimum wage. A minimum loonwaarde only means something when the
 * vacancy is open to candidates with loonkostensubsidie; openToLks without a minimum (null)
 * means every loonwaarde is acceptable.
 */
export function assertLoonwaarde(openToLks: boolean, minLoonwaarde: number | null): void {
  if (minLoonwaarde === null) return;
  if (!openToLks) {
    throw new ValidationError('Een minimale loonwaarde kan alleen bij een vacature die openstaat voor loonkostensubsidie', 'minLoonwaarde');
  }
  if (!isInt(minLoonwaarde) || minLoonwaarde < 0 || minLoonwaarde > 100) {
    throw new ValidationError('De minimale loonwaarde is een percentage van 0 tot 100', 'minLoonwaarde');
  }
}

/** A closing date in the past is refused when a vacancy is (or stays) open. */
export function assertClosingDateNotPast(closingDate: string | null, today: string): void {
  if (closingDate !== null && closingDate < today) {
    throw new ValidationError('De sluitingsdatum ligt in het verleden', 'closingDate');
  }
}

/**
 * What an OPEN vacancy needs to be matched (occupation, hours, work location) and a closing date
 * that has not passed. Content rules are checked as well, so a draft saved under older rules
 * cannot be published unchecked.
 */
export function assertOpenable(f: VacancyFields, today: string): void {
  if (!f.occupationId) throw new ValidationError('Kies een beroep voordat de vacature opengaat', 'occupationId');
  if (!f.postcode) throw new ValidationError('Geef een werklocatie op voordat de vacature opengaat', 'postcode');
  assertValidVacancyFields(f);
  assertClosingDateNotPast(f.closingDate, today);
}

export type VacancyPatch = { [K in VacancyField]?: VacancyFields[K] | null };

/**
 * Applies a patch: `undefined` keeps a field, `null` clears a nullable field and is refused for a
 * required one. Switching openToLks off without naming minLoonwaarde clears the minimum as well.
 */
export function applyPatch(before: VacancyFields, patch: VacancyPatch): VacancyFields {
  const after: VacancyFields = { ...before };
  for (const [key, value] of Object.entries(patch) as [VacancyField, unknown][]) {
    if (value === undefined) continue;
    if (value === null && !NULLABLE_FIELDS.has(key)) throw new ValidationError(`${key} is verplicht`, key);
    (after as unknown as Record<string, unknown>)[key] = value;
  }
  if (!after.openToLks && patch.minLoonwaarde === undefined) after.minLoonwaarde = null;
  return after;
}
