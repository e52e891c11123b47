import type { CandidateProfile, Doelgroep, LksStatus, VacancyProfile } from '@wsp/matching-core';

/**
 * The documents the search port indexes. Flat, denormalised copies of what retrieval filters on:
 * never names, contact details, BSN or other identifying data (AVG: the index holds only what
 * matching needs). `text` is searchable (occupation labels, place); keep it free of personal data.
 *
 * Dates are `yyyymmdd` integers (e.g. 20250301): sortable, comparable as numbers in every engine.
 */
export type DateNumber = number;

export interface CandidateSearchDoc {
  id: string;
  /** Home location (PC4 centroid), WGS84. */
  lat: number;
  lon: number;
  /**
   * Largest straight-line distance (km) at which the candidate could still pass the travel rule,
   * computed by the caller (`maxStraightLineRadiusKm` of @wsp/matching-core). 0 = no usable mode.
   */
  reachKm: number;
  hoursMin: number;
  hoursMax: number;
  drivingLicence: boolean;
  /** Current loonwaarde in percent; null = not assessed. */
  loonwaarde: number | null;
  lksStatus: LksStatus;
  /** Derived on the index date (informative); ZORG is explicit and the only value filters rely on. */
  doelgroep: Doelgroep | null;
  beschutIndication: boolean;
  visibleForMatching: boolean;
  active: boolean;
  hasActivePlacement: boolean;
  /** First day the candidate can start. */
  availableFrom: DateNumber;
  /** ESCO occupations the candidate wishes. */
  occupationIds: string[];
  /** ISCO-08 unit groups (4 digits) of those occupations. */
  iscoUnitGroups: string[];
  /** ISCO-08 minor groups (3 digits) of those occupations. */
  iscoMinorGroups: string[];
  skillIds: string[];
  municipalityCode: string;
  text: string;
  /** Optional matching profile stored alongside, returned with `withProfiles` (no identifying data). */
  profile?: CandidateProfile;
}

export const VACANCY_SEARCH_STATUSES = ['DRAFT', 'OPEN', 'FILLED', 'CLOSED', 'EXPIRED'] as const;
export type VacancySearchStatus = (typeof VACANCY_SEARCH_STATUSES)[number];

export interface VacancySearchDoc {
  id: string;
  employerId: string;
  /** Work location (PC4 centroid), WGS84. */
  lat: number;
  lon: number;
  hoursMin: number;
  hoursMax: number;
  drivingLicenceRequired: boolean;
  openToLks: boolean;
  /** null = no minimum. */
  minLoonwaarde: number | null;
  beschut: boolean;
  status: VacancySearchStatus;
  /** null = as soon as possible (judged against the reference date of a query). */
  startDate: DateNumber | null;
  occupationId: string;
  /** ISCO-08 unit group (4 digits) of the occupation. */
  iscoUnitGroup: string;
  /** ISCO-08 minor group (3 digits). */
  iscoMinorGroup: string;
  /** Essential and optional skills. */
  skillIds: string[];
  text: string;
  profile?: VacancyProfile;
}

/** `YYYY-MM-DD` → yyyymmdd. */
export function isoToDateNumber(iso: string): DateNumber {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Expected an ISO date YYYY-MM-DD, got ${iso}`);
  return Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]);
}

/** yyyymmdd → `YYYY-MM-DD`. */
export function dateNumberToIso(n: DateNumber): string {
  const y = Math.floor(n / 10000);
  const m = Math.floor(n / 100) % 100;
  const d = n % 100;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
