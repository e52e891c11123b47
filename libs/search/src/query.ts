import type { CandidateProfile, VacancyProfile } from '@wsp/matching-core';
import type { DateNumber, VacancySearchStatus } from './documents';

/**
 * Queries of the search port. Every filter is optional and opt-in (absent = not filtered); the
 * exact meaning of each is `matchesCandidateQuery` / `matchesVacancyQuery` in predicates.ts,
 * which every adapter must reproduce exactly (the contract suite checks it).
 */

/**
 * How strongly a document overlaps the query's occupation/skill terms: the FIRST of these that
 * holds. Meant for tiered retrieval with an upper bound on the score of each tier:
 * OCCUPATION = same ESCO occupation, ISCO_UNIT = same ISCO-08 unit group (4 digits),
 * ISCO_MINOR = same minor group (3 digits), SKILL = at least one common skill, NONE = none.
 */
export const OVERLAP_LEVELS = ['OCCUPATION', 'ISCO_UNIT', 'ISCO_MINOR', 'SKILL', 'NONE'] as const;
export type OverlapLevel = (typeof OVERLAP_LEVELS)[number];

/** Every level with some overlap: the first tier of a tiered retrieval. */
export const OVERLAP_TIER: readonly OverlapLevel[] = ['OCCUPATION', 'ISCO_UNIT', 'ISCO_MINOR', 'SKILL'];
/** The remaining tier. */
export const REST_TIER: readonly OverlapLevel[] = ['NONE'];

export interface OverlapTerms {
  occupationIds?: readonly string[];
  iscoUnitGroups?: readonly string[];
  iscoMinorGroups?: readonly string[];
  skillIds?: readonly string[];
  /**
   * A weight (finite, ≥ 0) for each of `skillIds`, same order. With it, every hit carries
   * `skillWeight`: the sum, over the distinct query skills the document has, of the largest weight
   * given for that skill (the matching pipeline's bound on the skills component).
   */
  skillWeights?: readonly number[];
}

export interface HoursWindow {
  min: number;
  max: number;
}

interface CommonQuery {
  /** Occupation/skill terms for `levels` and for the `level` of every hit. */
  overlap?: OverlapTerms;
  /** Only documents whose overlap level is one of these (absent = every level). */
  levels?: readonly OverlapLevel[];
  /** Full-text words; a document must contain every word (prefix of the last word allowed; engines may forgive typos). */
  text?: string;
  /** Page; absent = every hit. */
  offset?: number;
  limit?: number;
  /**
   * 'distance' (default): text relevance (when `text`), then distance ascending, then id;
   * 'none': any order (cheapest, for callers that take the whole result).
   */
  sort?: 'distance' | 'none';
  /** Return the stored `profile` of every hit. */
  withProfiles?: boolean;
}

export interface CandidateEligibilityFilter {
  /**
   * Vacancy not open to loonkostensubsidie: only candidates who certainly need none, i.e.
   * lksStatus NONE and a known loonwaarde ≥ 100 (Participatiewet art. 10d).
   */
  requireNoLks?: boolean;
  /** Vacancy minimum loonwaarde: only a known loonwaarde ≥ this. */
  minLoonwaarde?: number;
  /** Beschutte werkplek: only candidates with an indicatie beschut werk (art. 10b). */
  requireBeschutIndication?: boolean;
  /**
   * Regular (non-beschut) workplace: leave out candidates who may only work beschut, i.e. with an
   * indicatie beschut werk or a known loonwaarde below this value (the `beschutBelow` of the
   * doelgroep bands in force: doelgroep BESCHUT).
   */
  excludeBeschutOnlyBelow?: number;
  /** Leave out doelgroep ZORG (never mediated to work). */
  excludeZorg?: boolean;
}

export interface CandidateSearchQuery extends CommonQuery {
  /**
   * Around a point (the vacancy): haversine distance ≤ `radiusKm` (when given) and, with
   * `withinCandidateReach`, ≤ `reachFraction` (0 < f ≤ 1, default 1) × the candidate's own
   * `reachKm`. A fraction below 1 keeps only candidates who would use at most that share of their
   * reach (the matching pipeline's score bound for candidates without overlap, see
   * `restReachFraction` in @wsp/matching).
   */
  geo?: { lat: number; lon: number; radiusKm?: number; withinCandidateReach?: boolean; reachFraction?: number };
  /** Overlap with the candidate's wish: doc.hoursMax ≥ min AND doc.hoursMin ≤ max (touching counts). */
  hours?: HoursWindow;
  /** Only candidates with a driving licence. */
  requireDrivingLicence?: boolean;
  /** Only candidates visible for matching, active and without an active placement. */
  matchableOnly?: boolean;
  /** Only candidates available on or before this day (availableFrom ≤ availableBy). */
  availableBy?: DateNumber;
  eligibility?: CandidateEligibilityFilter;
}

export interface VacancyEligibilityFilter {
  /** The candidate needs (or may need) loonkostensubsidie: only vacancies open to LKS. */
  requireOpenToLks?: boolean;
  /**
   * The candidate's loonwaarde: only vacancies without a minimum or with minimum ≤ it. `null`
   * (not assessed) = only vacancies without a minimum. Absent = not filtered.
   */
  candidateLoonwaarde?: number | null;
  /** 'ONLY': the candidate may only work beschut; 'EXCLUDE': the candidate has no indicatie beschut werk. */
  beschut?: 'ONLY' | 'EXCLUDE';
}

export interface VacancySearchQuery extends CommonQuery {
  /** Around a point (the candidate's home): haversine distance ≤ radiusKm. */
  geo?: { lat: number; lon: number; radiusKm: number };
  /** doc.hoursMax ≥ min AND doc.hoursMin ≤ max. */
  hours?: HoursWindow;
  /** false = leave out vacancies that require a driving licence. Absent = not filtered. */
  candidateHasDrivingLicence?: boolean;
  statuses?: readonly VacancySearchStatus[];
  /** The candidate can start from `availableFrom`: the vacancy's start (or `referenceDate` when it has none) must not be earlier. */
  startFeasible?: { availableFrom: DateNumber; referenceDate: DateNumber };
  eligibility?: VacancyEligibilityFilter;
  employerIds?: readonly string[];
}

export interface SearchHit<P> {
  id: string;
  /** Haversine km from the query point; null when the query has no `geo`. */
  distanceKm: number | null;
  level: OverlapLevel;
  /** With `overlap.skillWeights`: the document's weighted skill overlap (see OverlapTerms). */
  skillWeight?: number;
  /**
   * With `geo.withinCandidateReach`: distanceKm / the candidate's reachKm, the share of its reach
   * the trip would use (0 at a reach of 0 km and distance 0; Infinity beyond a reach of 0 km).
   */
  reachShare?: number;
  profile?: P;
}

export interface SearchResult<P> {
  hits: SearchHit<P>[];
  /** Number of hits before offset/limit. */
  total: number;
}

export type CandidateSearchResult = SearchResult<CandidateProfile>;
export type VacancySearchResult = SearchResult<VacancyProfile>;
