import { EnqueuedTaskPromise, Index, MatchingStrategies, MeiliSearch, MeiliSearchApiError } from 'meilisearch';
import { CandidateProfile, VacancyProfile, haversineKm } from '@wsp/matching-core';
import { CandidateSearchDoc, VacancySearchDoc } from '../documents';
import { candidateOverlapLevel, compareHits, page, reachShare, skillWeightTable, vacancyOverlapLevel, weightedSkillOverlap } from '../predicates';
import {
  CandidateSearchQuery,
  CandidateSearchResult,
  OverlapLevel,
  SearchHit,
  SearchResult,
  VacancySearchQuery,
  VacancySearchResult,
} from '../query';
import { SearchPort, SearchStats } from '../search-port';
import { validateCandidateDoc, validateQuery, validateVacancyDoc } from '../validation';
import {
  CANDIDATE_FILTERABLE,
  CANDIDATE_TAG_FIELDS,
  FilterParts,
  MeiliCandidate,
  MeiliVacancy,
  NOTHING,
  VACANCY_FILTERABLE,
  VACANCY_TAG_FIELDS,
  candidateFilterParts,
  candidateGeoFilter,
  levelFilter,
  toMeiliCandidate,
  toMeiliVacancy,
  vacancyFilterParts,
} from './filters';

export interface MeilisearchEngineOptions {
  url: string;
  apiKey?: string;
  /** Index names are `<prefix>_candidates` and `<prefix>_vacancies`. */
  indexPrefix?: string;
  /**
   * `pagination.maxTotalHits` of both indexes: the most hits one search can page through
   * (Meilisearch's default is 1,000). A result larger than this fails loudly instead of being cut.
   */
  maxTotalHits?: number;
  /** Hits per request while paging through a result. */
  pageSize?: number;
  /** Documents per indexing request. */
  batchSize?: number;
  /** How long to wait for one indexing task. */
  taskTimeoutMs?: number;
}

interface Scored<P> {
  hit: SearchHit<P>;
  rank: number;
}

/**
 * Adapter on a Meilisearch server (official `meilisearch` client, 0.56: the last release with a
 * CommonJS build, which this CommonJS/Jest setup needs). Writes wait for their task so a search
 * after an upsert sees it. Searches send a superset filter (see filters.ts), page through every
 * hit and keep exactly the documents the predicates accept; ordering and paging happen here.
 */
export class MeilisearchSearchEngine implements SearchPort {
  readonly client: MeiliSearch;
  readonly candidateIndexUid: string;
  readonly vacancyIndexUid: string;
  private readonly maxTotalHits: number;
  private readonly pageSize: number;
  private readonly batchSize: number;
  private readonly taskTimeoutMs: number;

  constructor(options: MeilisearchEngineOptions) {
    this.client = new MeiliSearch({ host: options.url, apiKey: options.apiKey });
    const prefix = options.indexPrefix ?? 'wsp';
    this.candidateIndexUid = `${prefix}_candidates`;
    this.vacancyIndexUid = `${prefix}_vacancies`;
    this.maxTotalHits = options.maxTotalHits ?? 250_000;
    this.pageSize = options.pageSize ?? 10_000;
    this.batchSize = options.batchSize ?? 5_000;
    this.taskTimeoutMs = options.taskTimeoutMs ?? 120_000;
  }

  private get candidatesIndex(): Index<MeiliCandidate> {
    return this.client.index<MeiliCandidate>(this.candidateIndexUid);
  }

  private get vacanciesIndex(): Index<MeiliVacancy> {
    return this.client.index<MeiliVacancy>(this.vacancyIndexUid);
  }

  async ensureSettings(): Promise<void> {
    const common = { searchableAttributes: ['text'], pagination: { maxTotalHits: this.maxTotalHits } };
    await this.createIfMissing(this.candidateIndexUid);
    await this.wait(
      this.candidatesIndex.updateSettings({ ...common, filterableAttributes: CANDIDATE_FILTERABLE, sortableAttributes: ['_geo', 'reachKm'] }),
      'settings of candidates',
    );
    await this.createIfMissing(this.vacancyIndexUid);
    await this.wait(
      this.vacanciesIndex.updateSettings({ ...common, filterableAttributes: VACANCY_FILTERABLE, sortableAttributes: ['_geo'] }),
      'settings of vacancies',
    );
  }

  /** Drops both indexes (tests, or a rebuild from scratch). */
  async deleteIndexes(): Promise<void> {
    for (const uid of [this.candidateIndexUid, this.vacancyIndexUid]) {
      const task = await this.client.deleteIndex(uid).waitTask({ timeout: this.taskTimeoutMs });
      if (task.status !== 'succeeded' && task.error?.code !== 'index_not_found') {
        throw new Error(`Meilisearch could not delete index ${uid}: ${task.error?.code ?? task.status}`);
      }
    }
  }

  async upsertCandidates(docs: readonly CandidateSearchDoc[]): Promise<void> {
    docs.forEach(validateCandidateDoc);
    for (let i = 0; i < docs.length; i += this.batchSize) {
      const batch = docs.slice(i, i + this.batchSize).map(toMeiliCandidate);
      await this.wait(this.candidatesIndex.addDocuments(batch, { primaryKey: 'id' }), 'candidate upsert');
    }
  }

  async removeCandidates(ids: readonly string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += this.batchSize) {
      await this.wait(this.candidatesIndex.deleteDocuments(ids.slice(i, i + this.batchSize)), 'candidate removal');
    }
  }

  async upsertVacancies(docs: readonly VacancySearchDoc[]): Promise<void> {
    docs.forEach(validateVacancyDoc);
    for (let i = 0; i < docs.length; i += this.batchSize) {
      const batch = docs.slice(i, i + this.batchSize).map(toMeiliVacancy);
      await this.wait(this.vacanciesIndex.addDocuments(batch, { primaryKey: 'id' }), 'vacancy upsert');
    }
  }

  async removeVacancies(ids: readonly string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += this.batchSize) {
      await this.wait(this.vacanciesIndex.deleteDocuments(ids.slice(i, i + this.batchSize)), 'vacancy removal');
    }
  }

  async searchCandidates(q: CandidateSearchQuery): Promise<CandidateSearchResult> {
    validateQuery(q);
    const perDocReach = q.geo?.withinCandidateReach === true;
    const reachFraction = perDocReach ? (q.geo?.reachFraction ?? 1) : 1;
    const parts: FilterParts[] = [candidateFilterParts(q), levelFilter(q.overlap, q.levels, CANDIDATE_TAG_FIELDS)];
    if (q.geo) {
      const radius = q.geo.radiusKm ?? (perDocReach ? reachFraction * (await this.maxReach()) : undefined);
      if (radius !== undefined) parts.push([candidateGeoFilter(q.geo.lat, q.geo.lon, radius, perDocReach, reachFraction)]);
    }
    const attrs = ['id', 'lat', 'lon', 'reachKm', ...(q.overlap ? CANDIDATE_TAG_FIELDS : []), ...(q.withProfiles ? ['profile'] : [])];
    const raw = await this.fetchAll<MeiliCandidate>(this.candidatesIndex, q.text, parts, attrs);
    const weights = skillWeightTable(q.overlap);
    const kept: Scored<CandidateProfile>[] = [];
    raw.forEach((doc, rank) => {
      let distanceKm: number | null = null;
      if (q.geo) {
        distanceKm = haversineKm(q.geo, doc);
        if (q.geo.radiusKm !== undefined && distanceKm > q.geo.radiusKm) return;
        if (perDocReach && distanceKm > reachFraction * doc.reachKm) return;
      }
      const level = candidateOverlapLevel(doc as unknown as CandidateSearchDoc, q.overlap);
      if (q.levels && !q.levels.includes(level)) return;
      const hit = hitOf(doc.id, distanceKm, level, q.withProfiles ? doc.profile : undefined, weights, doc.skillIds);
      if (perDocReach && distanceKm !== null) hit.reachShare = reachShare(distanceKm, doc.reachKm);
      kept.push({ hit, rank });
    });
    return finish(kept, q);
  }

  async searchVacancies(q: VacancySearchQuery): Promise<VacancySearchResult> {
    validateQuery(q);
    const parts: FilterParts[] = [vacancyFilterParts(q), levelFilter(q.overlap, q.levels, VACANCY_TAG_FIELDS)];
    if (q.geo) parts.push([candidateGeoFilter(q.geo.lat, q.geo.lon, q.geo.radiusKm, false)]);
    const attrs = ['id', 'lat', 'lon', ...(q.overlap ? VACANCY_TAG_FIELDS : []), ...(q.withProfiles ? ['profile'] : [])];
    const raw = await this.fetchAll<MeiliVacancy>(this.vacanciesIndex, q.text, parts, attrs);
    const weights = skillWeightTable(q.overlap);
    const kept: Scored<VacancyProfile>[] = [];
    raw.forEach((doc, rank) => {
      let distanceKm: number | null = null;
      if (q.geo) {
        distanceKm = haversineKm(q.geo, doc);
        if (distanceKm > q.geo.radiusKm) return;
      }
      const level = vacancyOverlapLevel(doc, q.overlap);
      if (q.levels && !q.levels.includes(level)) return;
      kept.push({ hit: hitOf(doc.id, distanceKm, level, q.withProfiles ? doc.profile : undefined, weights, doc.skillIds), rank });
    });
    return finish(kept, q);
  }

  async listIds(kind: 'candidates' | 'vacancies'): Promise<string[]> {
    const index = this.client.index<{ id: string }>(kind === 'candidates' ? this.candidateIndexUid : this.vacancyIndexUid);
    const ids: string[] = [];
    for (let offset = 0; ; offset += this.pageSize) {
      const res = await index.getDocuments({ fields: ['id'], offset, limit: this.pageSize });
      for (const d of res.results) ids.push(d.id);
      if (res.results.length < this.pageSize) return ids;
    }
  }

  async stats(): Promise<SearchStats> {
    const [c, v] = await Promise.all([this.candidatesIndex.getStats(), this.vacanciesIndex.getStats()]);
    return { engine: 'meilisearch', candidates: c.numberOfDocuments, vacancies: v.numberOfDocuments };
  }

  /** Largest reachKm in the index (the radius when a query bounds distance by reach only). */
  private async maxReach(): Promise<number> {
    const res = await this.candidatesIndex.search('', { sort: ['reachKm:desc'], limit: 1, attributesToRetrieve: ['reachKm'] });
    return res.hits[0]?.reachKm ?? 0;
  }

  private async fetchAll<T extends Record<string, any>>(index: Index<T>, text: string | undefined, parts: FilterParts[], attrs: string[]): Promise<T[]> {
    if (parts.some((p) => p === NOTHING)) return [];
    const filter = (parts as string[][]).flat();
    const out: T[] = [];
    for (let offset = 0; ; offset += this.pageSize) {
      const limit = Math.min(this.pageSize, this.maxTotalHits - offset);
      if (limit <= 0) {
        throw new Error(`Search result larger than maxTotalHits (${this.maxTotalHits}); raise it rather than lose hits`);
      }
      const res = await index.search<T>(text?.trim() ?? '', {
        filter,
        offset,
        limit,
        attributesToRetrieve: attrs,
        matchingStrategy: MatchingStrategies.ALL,
      });
      out.push(...res.hits);
      if (res.hits.length < limit) return out;
    }
  }

  private async createIfMissing(uid: string): Promise<void> {
    try {
      await this.client.getRawIndex(uid);
    } catch (e) {
      if (!(e instanceof MeiliSearchApiError) || e.cause?.code !== 'index_not_found') throw e;
      const task = await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: this.taskTimeoutMs });
      if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') {
        throw new Error(`Meilisearch could not create index ${uid}: ${task.error?.code ?? task.status}`);
      }
    }
  }

  private async wait(enqueued: EnqueuedTaskPromise, what: string): Promise<void> {
    const task = await enqueued.waitTask({ timeout: this.taskTimeoutMs });
    if (task.status !== 'succeeded') {
      throw new Error(`Meilisearch ${what} ${task.status}: ${task.error?.code ?? ''} ${task.error?.message ?? ''}`.trim());
    }
  }
}

function hitOf<P>(
  id: string,
  distanceKm: number | null,
  level: OverlapLevel,
  profile: P | undefined,
  weights: ReadonlyMap<string, number> | null,
  skillIds: readonly string[] | undefined,
): SearchHit<P> {
  return {
    id,
    distanceKm,
    level,
    ...(weights !== null ? { skillWeight: weightedSkillOverlap(skillIds ?? [], weights) } : {}),
    ...(profile !== undefined ? { profile } : {}),
  };
}

/** Same order as the embedded adapter: text relevance (Meilisearch's rank), distance, id. */
function finish<P>(kept: Scored<P>[], q: CandidateSearchQuery | VacancySearchQuery): SearchResult<P> {
  const hasText = q.text !== undefined && q.text.trim() !== '';
  if ((q.sort ?? 'distance') === 'distance') {
    kept.sort((a, b) => (hasText && a.rank !== b.rank ? a.rank - b.rank : compareHits(a.hit, b.hit)));
  }
  return { total: kept.length, hits: page(kept, q.offset, q.limit).map((k) => k.hit) };
}
