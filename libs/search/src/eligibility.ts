import {
  CandidateProfile,
  DEFAULT_MODE_PROFILES,
  MatchingParameters,
  MobilityMode,
  ModeProfile,
  VacancyProfile,
  deriveDoelgroep,
  isBeschutOnly,
  maxStraightLineRadiusKm,
  needsLks,
  selectEffective,
} from '@wsp/matching-core';
import { CandidateSearchDoc, VacancySearchDoc, VacancySearchStatus, isoToDateNumber } from './documents';
import { CandidateSearchQuery, OverlapTerms, VacancySearchQuery } from './query';

/**
 * The bridge between the matching core's hard constraints (libs/matching-core/src/constraints.ts)
 * and the port's filters. Every filter here is implied by a hard constraint, so retrieval never
 * drops a candidate the core would accept; all except travel are exact (the core rejects every
 * document they drop and nothing else). Travel is a conservative prefilter: the candidate's
 * straight-line reach (largest haversine km at which any of their modes stays within their limit,
 * widened by 1% + 0.1 km) must cover the distance. eligibility.spec.ts checks both properties
 * against `scoreCandidate`.
 *
 *   core rule                       candidate query (vacancy → candidates)        vacancy query (candidate → vacancies)
 *   NOT_ACTIVE / ACTIVE_PLACEMENT /  matchableOnly                                  no query (null)
 *     NOT_VISIBLE
 *   NOT_AVAILABLE_BY_START          availableBy = vacancy start ?? reference date   startFeasible
 *   TRAVEL_TOO_LONG                 geo + withinCandidateReach (conservative)       geo radius = candidate reach
 *   NO_HOURS_OVERLAP                hours                                          hours
 *   DRIVING_LICENCE_REQUIRED        requireDrivingLicence                           candidateHasDrivingLicence
 *   LKS_NOT_OFFERED (art. 10d)      requireNoLks when not open to LKS               requireOpenToLks when LKS (maybe) needed
 *   LOONWAARDE_BELOW_MINIMUM        minLoonwaarde                                   candidateLoonwaarde
 *   BESCHUT_ONLY (art. 10b)         excludeBeschutOnlyBelow = bands.beschutBelow    beschut 'ONLY'
 *   BESCHUT_INDICATION_REQUIRED     requireBeschutIndication on a beschut vacancy   beschut 'EXCLUDE' without indication
 *   ZORG_NOT_MATCHED                excludeZorg                                    no query (null)
 *
 * The doelgroep BESCHUT is filtered through the loonwaarde and the bands in force on the reference
 * date (not the document's stored doelgroep), so a change of bands never needs a reindex; ZORG is
 * explicit and stored as such.
 */

const ISCO_UNIT = /^\d{4}$/;

export interface ProfileIndexOptions {
  params: MatchingParameters;
  /** ISO date the stored doelgroep is derived on (informative only). */
  referenceDate: string;
  /** Searchable text (occupation labels, place; never personal data). */
  text?: string;
  /** Mode profiles of the travel estimator in use (its reach bound must match). */
  modeProfiles?: Readonly<Record<MobilityMode, ModeProfile>>;
  /** Store the profile in the document (returned with `withProfiles`). */
  includeProfile?: boolean;
}

export function candidateReachKm(
  c: CandidateProfile,
  params: MatchingParameters,
  modeProfiles: Readonly<Record<MobilityMode, ModeProfile>> = DEFAULT_MODE_PROFILES,
): number {
  return maxStraightLineRadiusKm(c.maxTravelMinutes ?? params.defaultMaxTravelMinutes, c.mobilityModes, modeProfiles);
}

const unique = (xs: Iterable<string>): string[] => [...new Set(xs)];

export function candidateDocFromProfile(
  c: CandidateProfile,
  opts: ProfileIndexOptions & { municipalityCode?: string },
): CandidateSearchDoc {
  const bands = selectEffective(opts.params.doelgroepBands, opts.referenceDate);
  const units = unique(c.wishedOccupations.map((o) => o.iscoGroup).filter((g) => ISCO_UNIT.test(g)));
  return {
    id: c.id,
    lat: c.home.lat,
    lon: c.home.lon,
    reachKm: candidateReachKm(c, opts.params, opts.modeProfiles),
    hoursMin: c.hoursMinPerWeek,
    hoursMax: c.hoursMaxPerWeek,
    drivingLicence: c.drivingLicence,
    loonwaarde: c.loonwaarde,
    lksStatus: c.lksStatus,
    doelgroep: deriveDoelgroep(c.loonwaarde, c.explicitZorg, bands),
    beschutIndication: c.beschutIndication,
    visibleForMatching: c.visibleForMatching,
    active: c.active,
    hasActivePlacement: c.hasActivePlacement,
    availableFrom: isoToDateNumber(c.availableFrom),
    occupationIds: unique(c.wishedOccupations.map((o) => o.id)),
    iscoUnitGroups: units,
    iscoMinorGroups: unique(units.map((g) => g.slice(0, 3))),
    skillIds: unique(c.skillIds ?? []),
    municipalityCode: opts.municipalityCode ?? c.home.municipalityCode,
    text: opts.text ?? '',
    ...(opts.includeProfile ? { profile: c } : {}),
  };
}

export function vacancyDocFromProfile(
  v: VacancyProfile,
  opts: { status: VacancySearchStatus; text?: string; includeProfile?: boolean },
): VacancySearchDoc {
  const unit = ISCO_UNIT.test(v.occupation.iscoGroup) ? v.occupation.iscoGroup : '';
  return {
    id: v.id,
    employerId: v.employerId,
    lat: v.location.lat,
    lon: v.location.lon,
    hoursMin: v.hoursMin,
    hoursMax: v.hoursMax,
    drivingLicenceRequired: v.drivingLicenceRequired,
    openToLks: v.openToLks,
    minLoonwaarde: v.minLoonwaarde,
    beschut: v.beschut,
    status: opts.status,
    startDate: v.startDate === null ? null : isoToDateNumber(v.startDate),
    occupationId: v.occupation.id,
    iscoUnitGroup: unit,
    iscoMinorGroup: unit.slice(0, 3),
    skillIds: unique([...v.essentialSkillIds, ...v.optionalSkillIds]),
    text: opts.text ?? '',
    ...(opts.includeProfile ? { profile: v } : {}),
  };
}

/** The vacancy's occupation and skills as overlap terms (what the occupation and skills components score). */
export function overlapTermsOfVacancy(v: VacancyProfile): OverlapTerms {
  const unit = ISCO_UNIT.test(v.occupation.iscoGroup) ? [v.occupation.iscoGroup] : [];
  return {
    occupationIds: [v.occupation.id],
    iscoUnitGroups: unit,
    iscoMinorGroups: unit.map((g) => g.slice(0, 3)),
    skillIds: unique([...v.essentialSkillIds, ...v.optionalSkillIds]),
  };
}

export function overlapTermsOfCandidate(c: CandidateProfile): OverlapTerms {
  const units = unique(c.wishedOccupations.map((o) => o.iscoGroup).filter((g) => ISCO_UNIT.test(g)));
  return {
    occupationIds: unique(c.wishedOccupations.map((o) => o.id)),
    iscoUnitGroups: units,
    iscoMinorGroups: unique(units.map((g) => g.slice(0, 3))),
    skillIds: unique(c.skillIds ?? []),
  };
}

/**
 * Candidates that can pass the vacancy's hard constraints on `referenceDate` (a superset: travel
 * is a straight-line bound). `radiusKm` optionally caps the search radius (e.g. the largest reach
 * of any candidate); each candidate's own reach always applies.
 */
export function candidateQueryForVacancy(
  v: VacancyProfile,
  opts: { params: MatchingParameters; referenceDate: string; radiusKm?: number },
): CandidateSearchQuery {
  const bands = selectEffective(opts.params.doelgroepBands, opts.referenceDate);
  return {
    geo: { lat: v.location.lat, lon: v.location.lon, radiusKm: opts.radiusKm, withinCandidateReach: true },
    hours: { min: v.hoursMin, max: v.hoursMax },
    requireDrivingLicence: v.drivingLicenceRequired,
    matchableOnly: true,
    availableBy: isoToDateNumber(v.startDate ?? opts.referenceDate),
    eligibility: {
      requireNoLks: !v.openToLks,
      ...(v.minLoonwaarde !== null ? { minLoonwaarde: v.minLoonwaarde } : {}),
      requireBeschutIndication: v.beschut,
      ...(v.beschut ? {} : { excludeBeschutOnlyBelow: bands.beschutBelow }),
      excludeZorg: true,
    },
    overlap: overlapTermsOfVacancy(v),
  };
}

/**
 * OPEN vacancies the candidate can pass the hard constraints of on `referenceDate` (a superset:
 * travel is a straight-line bound). null when no vacancy can: not matchable (inactive, placed,
 * no consent), doelgroep ZORG, no known mobility mode, or beschut-only without an indicatie.
 */
export function vacancyQueryForCandidate(
  c: CandidateProfile,
  opts: { params: MatchingParameters; referenceDate: string; modeProfiles?: Readonly<Record<MobilityMode, ModeProfile>> },
): VacancySearchQuery | null {
  if (!c.active || c.hasActivePlacement || !c.visibleForMatching || c.mobilityModes.length === 0) return null;
  const doelgroep = deriveDoelgroep(c.loonwaarde, c.explicitZorg, selectEffective(opts.params.doelgroepBands, opts.referenceDate));
  if (doelgroep === 'ZORG') return null;
  const beschutOnly = isBeschutOnly(c, doelgroep);
  if (beschutOnly && !c.beschutIndication) return null;
  return {
    geo: { lat: c.home.lat, lon: c.home.lon, radiusKm: candidateReachKm(c, opts.params, opts.modeProfiles) },
    hours: { min: c.hoursMinPerWeek, max: c.hoursMaxPerWeek },
    candidateHasDrivingLicence: c.drivingLicence,
    statuses: ['OPEN'],
    startFeasible: { availableFrom: isoToDateNumber(c.availableFrom), referenceDate: isoToDateNumber(opts.referenceDate) },
    eligibility: {
      requireOpenToLks: needsLks(c) !== false,
      candidateLoonwaarde: c.loonwaarde,
      ...(beschutOnly ? { beschut: 'ONLY' as const } : c.beschutIndication ? {} : { beschut: 'EXCLUDE' as const }),
    },
    overlap: overlapTermsOfCandidate(c),
  };
}
