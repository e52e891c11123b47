import type { CandidateProfile, VacancyProfile } from '@wsp/matching-core';
import { CandidateSearchDoc, VACANCY_SEARCH_STATUSES, VacancySearchDoc } from '../documents';
import { CandidateSearchQuery, VacancySearchQuery } from '../query';
import { CollectionSchema, EmbeddedCollection } from './collection';

/**
 * Column layouts of the two document kinds and their filters compiled to one closure over the
 * typed arrays. Booleans are 0/1, null numbers NaN (every comparison with NaN is false, so a null
 * never passes a "≥" test: exactly the "unknown is not enough" rule of the predicates).
 */

export const CANDIDATE_COLUMNS = ['hoursMin', 'hoursMax', 'loonwaarde', 'availableFrom'] as const;

/** Flag bits: the low bits of a candidate's key (held nowhere else). */
const F_LICENCE = 1;
const F_LKS_NONE = 2;
const F_ZORG = 4;
const F_BESCHUT_INDICATION = 8;
const F_MATCHABLE = 16;
/** Key only: a known loonwaarde of at least 100. */
const F_FULL_LOONWAARDE = 32;
const FLAG_BITS = 6;
/** Hours in the key: 7 bits each, whole hours clamped to [0, 127]. */
const HOURS_MAX_KEY = 127;
const HOURS_MIN_SHIFT = FLAG_BITS;
const HOURS_MAX_SHIFT = FLAG_BITS + 7;

const clampHours = (h: number) => Math.min(HOURS_MAX_KEY, Math.max(0, h));

/**
 * The candidate's key: its flags (exact), ⌊hoursMin⌋ and ⌈hoursMax⌉ clamped to [0, 127]. For a
 * query window [a, b] inside [0, 127], hoursMax ≥ a implies ⌈hoursMax⌉ clamped ≥ a and hoursMin ≤ b
 * implies ⌊hoursMin⌋ clamped ≤ b: the hours test on the key never drops a slot the exact test keeps.
 */
function candidateKey(d: CandidateSearchDoc): number {
  const flags =
    (d.drivingLicence ? F_LICENCE : 0) |
    (d.lksStatus === 'NONE' ? F_LKS_NONE : 0) |
    (d.doelgroep === 'ZORG' ? F_ZORG : 0) |
    (d.beschutIndication ? F_BESCHUT_INDICATION : 0) |
    (d.visibleForMatching && d.active && !d.hasActivePlacement ? F_MATCHABLE : 0) |
    (d.loonwaarde !== null && d.loonwaarde >= 100 ? F_FULL_LOONWAARDE : 0);
  return flags | (clampHours(Math.floor(d.hoursMin)) << HOURS_MIN_SHIFT) | (clampHours(Math.ceil(d.hoursMax)) << HOURS_MAX_SHIFT);
}

const b = (x: boolean) => (x ? 1 : 0);

export const candidateSchema: CollectionSchema<CandidateSearchDoc> = {
  columns: CANDIDATE_COLUMNS,
  write(d, row) {
    row[0] = d.hoursMin;
    row[1] = d.hoursMax;
    row[2] = d.loonwaarde ?? NaN;
    row[3] = d.availableFrom;
  },
  key: candidateKey,
  tags: (d) => [d.occupationIds, d.iscoUnitGroups, d.iscoMinorGroups, d.skillIds],
  reach: (d) => d.reachKm,
};

export type CandidateCollection = EmbeddedCollection<CandidateSearchDoc, CandidateProfile>;
export type VacancyCollection = EmbeddedCollection<VacancySearchDoc, VacancyProfile>;

/** Every filter of the query except geo, overlap levels and text, as one test per slot. */
export function candidateFilter(q: CandidateSearchQuery, c: CandidateCollection): (slot: number) => boolean {
  const data = c.data;
  const W = c.stride;
  const hours = q.hours;
  const availableBy = q.availableBy;
  const e = q.eligibility ?? {};
  const noLks = e.requireNoLks === true;
  const minLw = e.minLoonwaarde;
  const beschutBelow = e.excludeBeschutOnlyBelow;
  // Flags every candidate must have, and flags none may have.
  const required = (q.requireDrivingLicence === true ? F_LICENCE : 0) | (q.matchableOnly === true ? F_MATCHABLE : 0) | (e.requireBeschutIndication === true ? F_BESCHUT_INDICATION : 0) | (noLks ? F_LKS_NONE : 0);
  const forbidden = (e.excludeZorg === true ? F_ZORG : 0) | (beschutBelow !== undefined ? F_BESCHUT_INDICATION : 0);
  // The key: the flags and a known loonwaarde ≥ 100 (requireNoLks) exactly, and the hours window
  // when it lies inside the key's range; the row: hours exactly, dates and thresholds.
  const keys = c.keys;
  const keyMask = required | forbidden | (noLks ? F_FULL_LOONWAARDE : 0);
  const keyWant = required | (noLks ? F_FULL_LOONWAARDE : 0);
  const keyHours = hours !== undefined && hours.min >= 0 && hours.max >= 0 && hours.min <= HOURS_MAX_KEY && hours.max <= HOURS_MAX_KEY;
  const hoursMin = hours?.min ?? 0;
  const hoursMax = hours?.max ?? 0;
  // A flag both required and forbidden (an indication required and excluded): nothing passes.
  if ((required & forbidden) !== 0) return () => false;
  return (s) => {
    const k = keys[s];
    if ((k & keyMask) !== keyWant) return false;
    if (keyHours && (((k >>> HOURS_MAX_SHIFT) & HOURS_MAX_KEY) < hoursMin || ((k >>> HOURS_MIN_SHIFT) & HOURS_MAX_KEY) > hoursMax)) return false;
    const r = s * W;
    if (hours && !(data[r + 1] >= hours.min && data[r] <= hours.max)) return false;
    const lw = data[r + 2];
    if (availableBy !== undefined && data[r + 3] > availableBy) return false;
    if (minLw !== undefined && !(lw >= minLw)) return false;
    if (beschutBelow !== undefined && lw < beschutBelow) return false;
    return true;
  };
}

export const VACANCY_COLUMNS = [
  'hoursMin',
  'hoursMax',
  'drivingLicenceRequired',
  'openToLks',
  'minLoonwaarde',
  'beschut',
  'status',
  'startDate',
  'employer',
] as const;

/** The vacancy schema interns employer ids into small numbers for the employer filter. */
export function vacancySchema(employerCodes: Map<string, number>): CollectionSchema<VacancySearchDoc> {
  return {
    columns: VACANCY_COLUMNS,
    write(d, row) {
      let employer = employerCodes.get(d.employerId);
      if (employer === undefined) {
        employer = employerCodes.size;
        employerCodes.set(d.employerId, employer);
      }
      row[0] = d.hoursMin;
      row[1] = d.hoursMax;
      row[2] = b(d.drivingLicenceRequired);
      row[3] = b(d.openToLks);
      row[4] = d.minLoonwaarde ?? NaN;
      row[5] = b(d.beschut);
      row[6] = VACANCY_SEARCH_STATUSES.indexOf(d.status);
      row[7] = d.startDate ?? NaN;
      row[8] = employer;
    },
    tags: (d) => [[d.occupationId], d.iscoUnitGroup ? [d.iscoUnitGroup] : [], d.iscoMinorGroup ? [d.iscoMinorGroup] : [], d.skillIds],
  };
}

export function vacancyFilter(
  q: VacancySearchQuery,
  c: VacancyCollection,
  employerCodes: Map<string, number>,
): (slot: number) => boolean {
  const data = c.data;
  const W = c.stride;
  const hours = q.hours;
  const noLicence = q.candidateHasDrivingLicence === false;
  const statuses = q.statuses ? new Set(q.statuses.map((x) => VACANCY_SEARCH_STATUSES.indexOf(x))) : null;
  const feasible = q.startFeasible;
  const employers = q.employerIds ? new Set(q.employerIds.map((id) => employerCodes.get(id) ?? -1)) : null;
  const e = q.eligibility ?? {};
  const needLks = e.requireOpenToLks === true;
  const hasLw = e.candidateLoonwaarde !== undefined;
  const lw = e.candidateLoonwaarde ?? NaN;
  const beschutOnly = e.beschut === 'ONLY';
  const beschutExcluded = e.beschut === 'EXCLUDE';
  return (s) => {
    const r = s * W;
    if (hours && !(data[r + 1] >= hours.min && data[r] <= hours.max)) return false;
    if (noLicence && data[r + 2] === 1) return false;
    if (statuses && !statuses.has(data[r + 6])) return false;
    if (feasible) {
      const st = Number.isNaN(data[r + 7]) ? feasible.referenceDate : data[r + 7];
      if (st < feasible.availableFrom) return false;
    }
    if (employers && !employers.has(data[r + 8])) return false;
    if (needLks && data[r + 3] !== 1) return false;
    // A minimum is met only by a known loonwaarde at or above it (NaN > x and x > NaN are false).
    const minLw = data[r + 4];
    if (hasLw && !Number.isNaN(minLw) && !(minLw <= lw)) return false;
    if (beschutOnly && data[r + 5] !== 1) return false;
    if (beschutExcluded && data[r + 5] === 1) return false;
    return true;
  };
}
