import { GeoPoint, haversineKm } from '@wsp/matching-core';
import type { CandidateProfile, VacancyProfile } from '@wsp/matching-core';
import { CandidateSearchDoc, VacancySearchDoc } from '../documents';
import { page, reachShare } from '../predicates';
import {
  CandidateSearchQuery,
  CandidateSearchResult,
  OVERLAP_LEVELS,
  OverlapLevel,
  OverlapTerms,
  SearchHit,
  SearchResult,
  VacancySearchQuery,
  VacancySearchResult,
} from '../query';
import { SearchPort, SearchStats } from '../search-port';
import { validateCandidateDoc, validateVacancyDoc, validateQuery } from '../validation';
import { EmbeddedCollection, levelName } from './collection';
import { candidateFilter, candidateSchema, vacancyFilter, vacancySchema } from './schemas';
import { TextIndex } from './text-index';

interface Plan {
  filter: (slot: number) => boolean;
  /** perDocReach: distance ≤ reachFraction × the document's reach (candidates). */
  geo: { lat: number; lon: number; radiusKm: number; perDocReach: boolean; reachFraction: number } | null;
  overlap: OverlapTerms | undefined;
  levels: readonly OverlapLevel[] | undefined;
  text: string | undefined;
  sort: 'distance' | 'none';
  offset?: number;
  limit?: number;
  withProfiles: boolean;
}

/**
 * The in-process adapter (local default). Exact: it returns precisely what the predicates of
 * predicates.ts accept. Query plan: with text, the text matches; with a level filter without NONE
 * (the overlap tier) and short posting lists, the tagged slots; otherwise the kd-tree box around
 * the geo circle (or every slot). Each candidate slot is then tested on the typed-array filter,
 * the exact haversine distance (and the candidate's own reach) and the overlap level.
 */
export class EmbeddedSearchEngine implements SearchPort {
  readonly candidates = new EmbeddedCollection<CandidateSearchDoc, CandidateProfile>(candidateSchema);
  private readonly employerCodes = new Map<string, number>();
  readonly vacancies = new EmbeddedCollection<VacancySearchDoc, VacancyProfile>(vacancySchema(this.employerCodes));
  private readonly candidateText = new TextIndex(this.candidates);
  private readonly vacancyText = new TextIndex(this.vacancies);

  async ensureSettings(): Promise<void> {}

  async upsertCandidates(docs: readonly CandidateSearchDoc[]): Promise<void> {
    docs.forEach(validateCandidateDoc);
    for (const d of docs) this.candidates.upsert(d);
    this.candidates.compactIfNeeded();
  }

  async removeCandidates(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.candidates.remove(id);
    this.candidates.compactIfNeeded();
  }

  async upsertVacancies(docs: readonly VacancySearchDoc[]): Promise<void> {
    docs.forEach(validateVacancyDoc);
    for (const d of docs) this.vacancies.upsert(d);
    this.vacancies.compactIfNeeded();
  }

  async removeVacancies(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.vacancies.remove(id);
    this.vacancies.compactIfNeeded();
  }

  async searchCandidates(q: CandidateSearchQuery): Promise<CandidateSearchResult> {
    validateQuery(q);
    const c = this.candidates;
    const perDocReach = q.geo?.withinCandidateReach === true;
    const reachFraction = perDocReach ? (q.geo?.reachFraction ?? 1) : 1;
    const radiusKm = Math.min(q.geo?.radiusKm ?? Infinity, perDocReach ? reachFraction * c.maxReach : Infinity);
    return this.run(c, this.candidateText, {
      ...common(q),
      filter: candidateFilter(q, c),
      geo: q.geo ? { lat: q.geo.lat, lon: q.geo.lon, radiusKm, perDocReach, reachFraction } : null,
    });
  }

  async searchVacancies(q: VacancySearchQuery): Promise<VacancySearchResult> {
    validateQuery(q);
    return this.run(this.vacancies, this.vacancyText, {
      ...common(q),
      filter: vacancyFilter(q, this.vacancies, this.employerCodes),
      geo: q.geo ? { lat: q.geo.lat, lon: q.geo.lon, radiusKm: q.geo.radiusKm, perDocReach: false, reachFraction: 1 } : null,
    });
  }

  async listIds(kind: 'candidates' | 'vacancies'): Promise<string[]> {
    const c = kind === 'candidates' ? this.candidates : this.vacancies;
    const ids: string[] = [];
    c.visitAll((s) => ids.push(c.ids[s]));
    return ids;
  }

  async stats(): Promise<SearchStats> {
    return { engine: 'embedded', candidates: this.candidates.live, vacancies: this.vacancies.live };
  }

  /** Builds the kd-trees now (otherwise the first search does). */
  warmUp(): void {
    this.candidates.ensureTree();
    this.vacancies.ensureTree();
  }

  private run<D extends { id: string; lat: number; lon: number; text: string; profile?: P }, P>(
    c: EmbeddedCollection<D, P>,
    textIndex: TextIndex,
    plan: Plan,
  ): SearchResult<P> {
    const levelOf = c.levelFunction(plan.overlap);
    const skillWeightOf = c.skillWeightFunction(plan.overlap);
    let levelMask = 0;
    for (const l of plan.levels ?? OVERLAP_LEVELS) levelMask |= 1 << OVERLAP_LEVELS.indexOf(l);
    const slots: number[] = [];
    const distances: number[] = [];
    const levels: number[] = [];
    const geo = plan.geo;
    const point: GeoPoint = { lat: 0, lon: 0 };
    const { data, stride, latAt, lonAt, reachAt } = c;
    const consider = (s: number) => {
      if (!plan.filter(s)) return;
      let d = NaN;
      if (geo) {
        const r = s * stride;
        point.lat = data[r + latAt];
        point.lon = data[r + lonAt];
        d = haversineKm(geo, point);
        if (d > geo.radiusKm || (geo.perDocReach && d > geo.reachFraction * data[r + reachAt])) return;
      }
      const level = levelOf(s);
      if ((levelMask & (1 << level)) === 0) return;
      slots.push(s);
      distances.push(d);
      levels.push(level);
    };

    let scores: Map<number, number> | null = null;
    if (plan.text !== undefined && plan.text.trim() !== '') {
      scores = textIndex.search(plan.text);
      for (const s of scores.keys()) if (c.alive[s] === 1) consider(s);
    } else {
      const tierFields = [0, 1, 2, 3].filter((f) => (levelMask & (1 << f)) !== 0);
      const tierOnly = (levelMask & (1 << 4)) === 0 && plan.overlap !== undefined;
      // Posting lists up to the number of live documents are cheaper than a geo scan, which looks
      // at nearly every document of a region-sized reach (bench: overlap tier p95 17 → 4.6 ms).
      const viaTags = tierOnly && c.visitTagged(plan.overlap!, tierFields, Math.max(4096, c.live), consider);
      if (!tierOnly || !viaTags) {
        if (tierOnly && tierFields.length === 0) {
          // No level left to return.
        } else if (geo && Number.isFinite(geo.radiusKm)) c.visitNear(geo.lat, geo.lon, geo.radiusKm, geo.perDocReach ? geo.reachFraction : null, consider);
        else c.visitAll(consider);
      }
    }

    const order = slots.map((_, i) => i);
    if (plan.sort === 'distance') {
      // Same order as compareHits: text relevance, distance (NaN = none: all equal), id.
      const ids = c.ids;
      order.sort((a, b) => {
        if (scores) {
          const diff = scores.get(slots[b])! - scores.get(slots[a])!;
          if (diff !== 0) return diff;
        }
        const dd = distances[a] - distances[b];
        if (dd !== 0 && !Number.isNaN(dd)) return dd;
        const ia = ids[slots[a]];
        const ib = ids[slots[b]];
        return ia < ib ? -1 : ia > ib ? 1 : 0;
      });
    }
    const paged = page(order, plan.offset, plan.limit);
    const hits = new Array<SearchHit<P>>(paged.length);
    const shares = geo !== null && geo.perDocReach;
    for (let k = 0; k < paged.length; k++) {
      const i = paged[k];
      const s = slots[i];
      const d = distances[i];
      // Every field in one literal: one object shape, no property added later (a hit is made for
      // each of thousands of candidates). Absent optional fields are undefined.
      hits[k] = {
        id: c.ids[s],
        distanceKm: Number.isNaN(d) ? null : d,
        level: levelName(levels[i]),
        skillWeight: skillWeightOf !== null ? skillWeightOf(s) : undefined,
        reachShare: shares ? reachShare(d, data[s * stride + reachAt]) : undefined,
        profile: plan.withProfiles ? c.profiles[s] : undefined,
      };
    }
    return { total: slots.length, hits };
  }
}

function common(q: CandidateSearchQuery | VacancySearchQuery) {
  return {
    overlap: q.overlap,
    levels: q.levels,
    text: q.text,
    sort: q.sort ?? 'distance',
    offset: q.offset,
    limit: q.limit,
    withProfiles: q.withProfiles === true,
  } as const;
}
