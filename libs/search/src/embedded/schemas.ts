import type { CandidateProfile, VacancyProfile } from '@wsp/matching-core';
import { CandidateSearchDoc, VACANCY_SEARCH_STATUSES, VacancySearchDoc } from '../documents';
import { CandidateSearchQuery, VacancySearchQuery } from '../query';
import { CollectionSchema, EmbeddedCollection } from './collection';

/**
 * Column layouts of the two document kinds and their filters compiled to one closure over the
 * typed arrays. Booleans are 0/1, null numbers NaN (every comparison with NaN is false, so a null
 * never passes a "≥" test: exactly the "unknown is not enough" rule of the predicates).
 */

export const CANDIDATE_COLUMNS = [
  'hoursMin',
  'hoursMax',
  'drivingLicence',
  'loonwaarde',
  'lksNone',
  'zorg',
  'beschutIndication',
  'matchable',
  'availableFrom',
] as const;

const b = (x: boolean) => (x ? 1 : 0);

export const candidateSchema: CollectionSchema<CandidateSearchDoc> = {
  columns: CANDIDATE_COLUMNS,
  write(d, row) {
    row[0] = d.hoursMin;
    row[1] = d.hoursMax;
    row[2] = b(d.drivingLicence);
    row[3] = d.loonwaarde ?? NaN;
    row[4] = b(d.lksStatus === 'NONE');
    row[5] = b(d.doelgroep === 'ZORG');
    row[6] = b(d.beschutIndication);
    row[7] = b(d.visibleForMatching && d.active && !d.hasActivePlacement);
    row[8] = d.availableFrom;
  },
  tags: (d) => [d.occupationIds, d.iscoUnitGroups, d.iscoMinorGroups, d.skillIds],
  reach: (d) => d.reachKm,
};

export type CandidateCollection = EmbeddedCollection<CandidateSearchDoc, CandidateProfile>;
export type VacancyCollection = EmbeddedCollection<VacancySearchDoc, VacancyProfile>;

/** Every filter of the query except geo, overlap levels and text, as one test per slot. */
export function candidateFilter(q: CandidateSearchQuery, c: CandidateCollection): (slot: number) => boolean {
  const k = c.cols;
  const [hMin, hMax, lic, lw, lksNone, zorg, beschutInd, matchable, avail] = CANDIDATE_COLUMNS.map((n) => k[n]);
  const hours = q.hours;
  const needLicence = q.requireDrivingLicence === true;
  const needMatchable = q.matchableOnly === true;
  const availableBy = q.availableBy;
  const e = q.eligibility ?? {};
  const noLks = e.requireNoLks === true;
  const minLw = e.minLoonwaarde;
  const needBeschut = e.requireBeschutIndication === true;
  const beschutBelow = e.excludeBeschutOnlyBelow;
  const noZorg = e.excludeZorg === true;
  return (s) => {
    if (hours && !(hMax[s] >= hours.min && hMin[s] <= hours.max)) return false;
    if (needLicence && lic[s] !== 1) return false;
    if (needMatchable && matchable[s] !== 1) return false;
    if (availableBy !== undefined && avail[s] > availableBy) return false;
    if (noLks && !(lksNone[s] === 1 && lw[s] >= 100)) return false;
    if (minLw !== undefined && !(lw[s] >= minLw)) return false;
    if (needBeschut && beschutInd[s] !== 1) return false;
    if (beschutBelow !== undefined && (beschutInd[s] === 1 || lw[s] < beschutBelow)) return false;
    if (noZorg && zorg[s] === 1) return false;
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
  const k = c.cols;
  const [hMin, hMax, licReq, openLks, minLw, beschut, status, start, employer] = VACANCY_COLUMNS.map((n) => k[n]);
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
    if (hours && !(hMax[s] >= hours.min && hMin[s] <= hours.max)) return false;
    if (noLicence && licReq[s] === 1) return false;
    if (statuses && !statuses.has(status[s])) return false;
    if (feasible) {
      const st = Number.isNaN(start[s]) ? feasible.referenceDate : start[s];
      if (st < feasible.availableFrom) return false;
    }
    if (employers && !employers.has(employer[s])) return false;
    if (needLks && openLks[s] !== 1) return false;
    // A minimum is met only by a known loonwaarde at or above it (NaN > x and x > NaN are false).
    if (hasLw && !Number.isNaN(minLw[s]) && !(minLw[s] <= lw)) return false;
    if (beschutOnly && beschut[s] !== 1) return false;
    if (beschutExcluded && beschut[s] === 1) return false;
    return true;
  };
}
