import { CandidateSearchDoc, VacancySearchDoc } from '../documents';
import { CandidateSearchQuery, OVERLAP_LEVELS, OverlapLevel, OverlapTerms, VacancySearchQuery } from '../query';

/**
 * Meilisearch documents and filter expressions. Meilisearch cannot compare a field with a computed
 * distance and its `_geoRadius` uses its own haversine, so the filters here are a SUPERSET of the
 * query (geo radius widened, the candidate's reach bounded by rings, overlap levels by their
 * terms) and the adapter post-filters every hit exactly with the predicates' rules. Nulls are
 * stored as sentinels (loonwaarde / minLoonwaarde -1, startDate 0, doelgroep "NONE") so that
 * every filter is a plain comparison.
 */

export const NULL_NUMBER = -1;
export const NULL_DATE = 0;

/** Meilisearch may compute distances slightly differently: widen radii by 0.5% + 50 m. */
const GEO_RELATIVE_SLACK = 0.005;
const GEO_ABSOLUTE_SLACK_KM = 0.05;
/** Rings that bound "distance ≤ the candidate's reach" (see candidateGeoFilter). */
const REACH_RINGS = 8;
const MIN_RING_KM = 2;

export const CANDIDATE_FILTERABLE = [
  '_geo',
  'reachKm',
  'hoursMin',
  'hoursMax',
  'drivingLicence',
  'loonwaarde',
  'lksStatus',
  'doelgroep',
  'beschutIndication',
  'matchable',
  'availableFrom',
  'occupationIds',
  'iscoUnitGroups',
  'iscoMinorGroups',
  'skillIds',
  'municipalityCode',
];
export const VACANCY_FILTERABLE = [
  '_geo',
  'employerId',
  'hoursMin',
  'hoursMax',
  'drivingLicenceRequired',
  'openToLks',
  'minLoonwaarde',
  'beschut',
  'status',
  'startDate',
  'occupationId',
  'iscoUnitGroup',
  'iscoMinorGroup',
  'skillIds',
];
export const CANDIDATE_TAG_FIELDS = ['occupationIds', 'iscoUnitGroups', 'iscoMinorGroups', 'skillIds'] as const;
export const VACANCY_TAG_FIELDS = ['occupationId', 'iscoUnitGroup', 'iscoMinorGroup', 'skillIds'] as const;

export type MeiliCandidate = Omit<CandidateSearchDoc, 'loonwaarde' | 'doelgroep'> & {
  _geo: { lat: number; lng: number };
  loonwaarde: number;
  doelgroep: string;
  matchable: boolean;
};
export type MeiliVacancy = Omit<VacancySearchDoc, 'minLoonwaarde' | 'startDate'> & {
  _geo: { lat: number; lng: number };
  minLoonwaarde: number;
  startDate: number;
};

export function toMeiliCandidate(d: CandidateSearchDoc): MeiliCandidate {
  return {
    ...d,
    _geo: { lat: d.lat, lng: d.lon },
    loonwaarde: d.loonwaarde ?? NULL_NUMBER,
    doelgroep: d.doelgroep ?? 'NONE',
    matchable: d.visibleForMatching && d.active && !d.hasActivePlacement,
  };
}

export function toMeiliVacancy(d: VacancySearchDoc): MeiliVacancy {
  return {
    ...d,
    _geo: { lat: d.lat, lng: d.lon },
    minLoonwaarde: d.minLoonwaarde ?? NULL_NUMBER,
    startDate: d.startDate ?? NULL_DATE,
  };
}

/** A string literal for a filter: double quotes, with `"` and `\` escaped. */
export const str = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const num = (n: number) => {
  if (!Number.isFinite(n)) throw new RangeError(`Not a finite number: ${n}`);
  return String(n);
};
const coord = (n: number) => n.toFixed(7);
const inList = (field: string, values: readonly string[]) => `${field} IN [${values.map(str).join(', ')}]`;
const meters = (km: number) => Math.ceil((km * (1 + GEO_RELATIVE_SLACK) + GEO_ABSOLUTE_SLACK_KM) * 1000);
const geoRadius = (lat: number, lon: number, km: number) => `_geoRadius(${coord(lat)}, ${coord(lon)}, ${meters(km)})`;

/** Marker: the query can match nothing (e.g. an empty IN list); the adapter returns no hits. */
export const NOTHING = Symbol('NOTHING');
export type FilterParts = string[] | typeof NOTHING;

/**
 * "distance ≤ radius AND distance ≤ f × reachKm" (f = reachFraction, default 1), widened to what
 * Meilisearch can express: the disc is cut into rings r0 = 0 < r1 < … < rK = radius and a document
 * in ring k (r(k-1) < d ≤ rk) needs reachKm ≥ r(k-1) / f (its distance is a lower bound of
 * f × reachKm). A superset; the adapter then checks exactly.
 */
export function candidateGeoFilter(lat: number, lon: number, radiusKm: number, perDocReach: boolean, reachFraction = 1): string {
  if (!perDocReach) return geoRadius(lat, lon, radiusKm);
  const rings = Math.max(1, Math.min(REACH_RINGS, Math.ceil(radiusKm / MIN_RING_KM)));
  const terms: string[] = [];
  for (let k = 1; k <= rings; k++) {
    const outer = (radiusKm * k) / rings;
    const inner = (radiusKm * (k - 1)) / rings;
    // Rounded down (to the formatter's precision) so that float noise never excludes a document.
    const minReach = Math.floor((inner / reachFraction) * 1e6) / 1e6;
    terms.push(k === 1 ? geoRadius(lat, lon, outer) : `(${geoRadius(lat, lon, outer)} AND reachKm >= ${num(minReach)})`);
  }
  return `(${terms.join(' OR ')})`;
}

/**
 * The overlap level condition, widened: without NONE, the union of the included levels' terms;
 * with NONE, "NOT any term" of the strongest levels that are excluded (a document matching one
 * of those is at that level or stronger, so excluded). The adapter computes each hit's level.
 */
export function levelFilter(terms: OverlapTerms | undefined, levels: readonly OverlapLevel[] | undefined, fields: readonly string[]): FilterParts {
  if (!levels) return [];
  if (levels.length === 0) return NOTHING;
  const lists = [terms?.occupationIds, terms?.iscoUnitGroups, terms?.iscoMinorGroups, terms?.skillIds];
  const cond = (f: number) => (lists[f] && lists[f].length > 0 ? inList(fields[f], lists[f]) : null);
  if (!levels.includes('NONE')) {
    const parts = levels.map((l) => cond(OVERLAP_LEVELS.indexOf(l))).filter((c): c is string => c !== null);
    return parts.length === 0 ? NOTHING : [`(${parts.join(' OR ')})`];
  }
  const excluded: string[] = [];
  for (let f = 0; f < 4 && !levels.includes(OVERLAP_LEVELS[f]); f++) {
    const c = cond(f);
    if (c) excluded.push(c);
  }
  return excluded.length === 0 ? [] : [`NOT (${excluded.join(' OR ')})`];
}

/** Every filter of the query except geo and levels, as Meilisearch conditions (AND-ed). */
export function candidateFilterParts(q: CandidateSearchQuery): string[] {
  const parts: string[] = [];
  if (q.hours) parts.push(`hoursMax >= ${num(q.hours.min)}`, `hoursMin <= ${num(q.hours.max)}`);
  if (q.requireDrivingLicence) parts.push('drivingLicence = true');
  if (q.matchableOnly) parts.push('matchable = true');
  if (q.availableBy !== undefined) parts.push(`availableFrom <= ${num(q.availableBy)}`);
  const e = q.eligibility;
  if (e) {
    if (e.requireNoLks) parts.push(`lksStatus = ${str('NONE')}`, 'loonwaarde >= 100');
    // Known loonwaarden are ≥ 0; the sentinel -1 (unknown) never meets a minimum.
    if (e.minLoonwaarde !== undefined) parts.push(`loonwaarde >= ${num(Math.max(0, e.minLoonwaarde))}`);
    if (e.requireBeschutIndication) parts.push('beschutIndication = true');
    if (e.excludeBeschutOnlyBelow !== undefined) {
      parts.push('beschutIndication = false', `(loonwaarde < 0 OR loonwaarde >= ${num(e.excludeBeschutOnlyBelow)})`);
    }
    if (e.excludeZorg) parts.push(`doelgroep != ${str('ZORG')}`);
  }
  return parts;
}

export function vacancyFilterParts(q: VacancySearchQuery): FilterParts {
  const parts: string[] = [];
  if (q.hours) parts.push(`hoursMax >= ${num(q.hours.min)}`, `hoursMin <= ${num(q.hours.max)}`);
  if (q.candidateHasDrivingLicence === false) parts.push('drivingLicenceRequired = false');
  if (q.statuses) {
    if (q.statuses.length === 0) return NOTHING;
    parts.push(inList('status', q.statuses));
  }
  if (q.startFeasible) {
    const { availableFrom, referenceDate } = q.startFeasible;
    const dated = `startDate >= ${num(availableFrom)}`;
    // Dates are ≥ 10000101, so `dated` never lets the sentinel 0 (as soon as possible) through.
    parts.push(referenceDate >= availableFrom ? `(${dated} OR startDate = ${NULL_DATE})` : dated);
  }
  if (q.employerIds) {
    if (q.employerIds.length === 0) return NOTHING;
    parts.push(inList('employerId', q.employerIds));
  }
  const e = q.eligibility;
  if (e) {
    if (e.requireOpenToLks) parts.push('openToLks = true');
    if (e.candidateLoonwaarde === null) parts.push('minLoonwaarde < 0');
    else if (e.candidateLoonwaarde !== undefined) parts.push(`(minLoonwaarde < 0 OR minLoonwaarde <= ${num(e.candidateLoonwaarde)})`);
    if (e.beschut === 'ONLY') parts.push('beschut = true');
    if (e.beschut === 'EXCLUDE') parts.push('beschut = false');
  }
  return parts;
}
