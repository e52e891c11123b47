import type { CandidateSearchDoc, VacancySearchDoc } from './documents';
import type { CandidateSearchQuery, CandidateSearchResult, VacancySearchQuery, VacancySearchResult } from './query';

export interface SearchStats {
  engine: 'embedded' | 'meilisearch';
  candidates: number;
  vacancies: number;
}

/**
 * Retrieval port of the matching: two document kinds (candidates, vacancies) with geo, numeric,
 * eligibility and occupation/skill filters. Adapters: `EmbeddedSearchEngine` (in-process, the
 * local default) and `MeilisearchSearchEngine`. Writes are idempotent (upsert = replace the whole
 * document by id; removing an unknown id is a no-op) and visible to the next search once the
 * returned promise resolves.
 */
export interface SearchPort {
  /** Creates indexes and applies settings; idempotent. Call once before use. */
  ensureSettings(): Promise<void>;
  upsertCandidates(docs: readonly CandidateSearchDoc[]): Promise<void>;
  removeCandidates(ids: readonly string[]): Promise<void>;
  searchCandidates(query: CandidateSearchQuery): Promise<CandidateSearchResult>;
  upsertVacancies(docs: readonly VacancySearchDoc[]): Promise<void>;
  removeVacancies(ids: readonly string[]): Promise<void>;
  searchVacancies(query: VacancySearchQuery): Promise<VacancySearchResult>;
  /** Every indexed id of a kind (for reconciling with the database). */
  listIds(kind: 'candidates' | 'vacancies'): Promise<string[]>;
  stats(): Promise<SearchStats>;
}

/** Nest injection token of the port (the configured adapter, kept in sync; see SearchModule). */
export const SEARCH_PORT = Symbol('SEARCH_PORT');
