import { haversineKm } from '@wsp/matching-core';
import type { CandidateSearchDoc, VacancySearchDoc } from './documents';
import type { CandidateSearchQuery, OverlapLevel, OverlapTerms, SearchHit, VacancySearchQuery } from './query';

/**
 * The reference semantics of the port's queries, over plain documents. Adapters implement the
 * same filters their own way (typed arrays, Meilisearch filter strings); the contract suite checks
 * that they return exactly the documents these predicates accept. Full text is not covered here
 * (engines tokenise differently); the contract suite tests it separately.
 */

const intersects = (a: readonly string[], b: readonly string[] | undefined): boolean => {
  if (!b || b.length === 0 || a.length === 0) return false;
  for (const x of a) if (b.includes(x)) return true;
  return false;
};

export function candidateOverlapLevel(doc: CandidateSearchDoc, terms: OverlapTerms | undefined): OverlapLevel {
  if (!terms) return 'NONE';
  if (intersects(doc.occupationIds, terms.occupationIds)) return 'OCCUPATION';
  if (intersects(doc.iscoUnitGroups, terms.iscoUnitGroups)) return 'ISCO_UNIT';
  if (intersects(doc.iscoMinorGroups, terms.iscoMinorGroups)) return 'ISCO_MINOR';
  if (intersects(doc.skillIds, terms.skillIds)) return 'SKILL';
  return 'NONE';
}

export function vacancyOverlapLevel(doc: VacancySearchDoc, terms: OverlapTerms | undefined): OverlapLevel {
  if (!terms) return 'NONE';
  if (terms.occupationIds?.includes(doc.occupationId)) return 'OCCUPATION';
  if (terms.iscoUnitGroups?.includes(doc.iscoUnitGroup)) return 'ISCO_UNIT';
  if (terms.iscoMinorGroups?.includes(doc.iscoMinorGroup)) return 'ISCO_MINOR';
  if (intersects(doc.skillIds, terms.skillIds)) return 'SKILL';
  return 'NONE';
}

/** The largest weight given for each query skill (OverlapTerms.skillWeights), or null without weights. */
export function skillWeightTable(terms: OverlapTerms | undefined): Map<string, number> | null {
  const weights = terms?.skillWeights;
  if (!terms?.skillIds || weights === undefined) return null;
  const table = new Map<string, number>();
  terms.skillIds.forEach((id, i) => table.set(id, Math.max(table.get(id) ?? 0, weights[i])));
  return table;
}

/** Sum of the table's weights over the distinct skills of the document. */
export function weightedSkillOverlap(docSkillIds: readonly string[], table: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const id of new Set(docSkillIds)) sum += table.get(id) ?? 0;
  return sum;
}

function withSkillWeight(hit: SearchHit<never>, docSkillIds: readonly string[], terms: OverlapTerms | undefined): SearchHit<never> {
  const table = skillWeightTable(terms);
  return table === null ? hit : { ...hit, skillWeight: weightedSkillOverlap(docSkillIds, table) };
}

/** SearchHit.reachShare: the share of a candidate's reach a trip of `distanceKm` uses. */
export function reachShare(distanceKm: number, reachKm: number): number {
  if (reachKm > 0) return distanceKm / reachKm;
  return distanceKm > 0 ? Infinity : 0;
}

/** The hit for `doc` if it passes every filter of `q` except text and paging; null otherwise. */
export function matchCandidate(doc: CandidateSearchDoc, q: CandidateSearchQuery): SearchHit<never> | null {
  if (q.hours && !(doc.hoursMax >= q.hours.min && doc.hoursMin <= q.hours.max)) return null;
  if (q.requireDrivingLicence && !doc.drivingLicence) return null;
  if (q.matchableOnly && !(doc.visibleForMatching && doc.active && !doc.hasActivePlacement)) return null;
  if (q.availableBy !== undefined && doc.availableFrom > q.availableBy) return null;
  const e = q.eligibility;
  if (e) {
    if (e.requireNoLks && !(doc.lksStatus === 'NONE' && doc.loonwaarde !== null && doc.loonwaarde >= 100)) return null;
    if (e.minLoonwaarde !== undefined && !(doc.loonwaarde !== null && doc.loonwaarde >= e.minLoonwaarde)) return null;
    if (e.requireBeschutIndication && !doc.beschutIndication) return null;
    if (
      e.excludeBeschutOnlyBelow !== undefined &&
      (doc.beschutIndication || (doc.loonwaarde !== null && doc.loonwaarde < e.excludeBeschutOnlyBelow))
    ) {
      return null;
    }
    if (e.excludeZorg && doc.doelgroep === 'ZORG') return null;
  }
  let distanceKm: number | null = null;
  if (q.geo) {
    distanceKm = haversineKm(q.geo, doc);
    if (q.geo.radiusKm !== undefined && distanceKm > q.geo.radiusKm) return null;
    if (q.geo.withinCandidateReach && distanceKm > (q.geo.reachFraction ?? 1) * doc.reachKm) return null;
  }
  const level = candidateOverlapLevel(doc, q.overlap);
  if (q.levels && !q.levels.includes(level)) return null;
  const hit = withSkillWeight({ id: doc.id, distanceKm, level }, doc.skillIds, q.overlap);
  return distanceKm !== null && q.geo?.withinCandidateReach ? { ...hit, reachShare: reachShare(distanceKm, doc.reachKm) } : hit;
}

/** The hit for `doc` if it passes every filter of `q` except text and paging; null otherwise. */
export function matchVacancy(doc: VacancySearchDoc, q: VacancySearchQuery): SearchHit<never> | null {
  if (q.hours && !(doc.hoursMax >= q.hours.min && doc.hoursMin <= q.hours.max)) return null;
  if (q.candidateHasDrivingLicence === false && doc.drivingLicenceRequired) return null;
  if (q.statuses && !q.statuses.includes(doc.status)) return null;
  if (q.startFeasible && (doc.startDate ?? q.startFeasible.referenceDate) < q.startFeasible.availableFrom) return null;
  if (q.employerIds && !q.employerIds.includes(doc.employerId)) return null;
  const e = q.eligibility;
  if (e) {
    if (e.requireOpenToLks && !doc.openToLks) return null;
    if (e.candidateLoonwaarde !== undefined && doc.minLoonwaarde !== null) {
      if (e.candidateLoonwaarde === null || doc.minLoonwaarde > e.candidateLoonwaarde) return null;
    }
    if (e.beschut === 'ONLY' && !doc.beschut) return null;
    if (e.beschut === 'EXCLUDE' && doc.beschut) return null;
  }
  let distanceKm: number | null = null;
  if (q.geo) {
    distanceKm = haversineKm(q.geo, doc);
    if (distanceKm > q.geo.radiusKm) return null;
  }
  const level = vacancyOverlapLevel(doc, q.overlap);
  if (q.levels && !q.levels.includes(level)) return null;
  return withSkillWeight({ id: doc.id, distanceKm, level }, doc.skillIds, q.overlap);
}

export const matchesCandidateQuery = (doc: CandidateSearchDoc, q: CandidateSearchQuery): boolean => matchCandidate(doc, q) !== null;
export const matchesVacancyQuery = (doc: VacancySearchDoc, q: VacancySearchQuery): boolean => matchVacancy(doc, q) !== null;

/** The port's default order: distance ascending (unknown last), then id (code-unit order). */
export function compareHits(a: { id: string; distanceKm: number | null }, b: { id: string; distanceKm: number | null }): number {
  const da = a.distanceKm ?? Infinity;
  const db = b.distanceKm ?? Infinity;
  if (da !== db) return da - db;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Applies offset/limit; validates them. */
export function page<T>(items: T[], offset: number | undefined, limit: number | undefined): T[] {
  const from = offset ?? 0;
  if (!Number.isInteger(from) || from < 0) throw new RangeError(`offset must be an integer ≥ 0, got ${offset}`);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) throw new RangeError(`limit must be an integer ≥ 0, got ${limit}`);
  if (from === 0 && (limit === undefined || limit >= items.length)) return items;
  return items.slice(from, limit === undefined ? undefined : from + limit);
}
