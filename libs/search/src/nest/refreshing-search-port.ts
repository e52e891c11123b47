import { CandidateSearchDoc, VacancySearchDoc } from '../documents';
import { CandidateSearchQuery, CandidateSearchResult, VacancySearchQuery, VacancySearchResult } from '../query';
import { SearchPort, SearchStats } from '../search-port';

/** The embedded engine as served: every read first brings the process's index up to date with Postgres. */
export class RefreshingSearchPort implements SearchPort {
  constructor(
    private readonly engine: SearchPort,
    private readonly refresh: () => Promise<void>,
  ) {}

  ensureSettings(): Promise<void> {
    return this.engine.ensureSettings();
  }
  upsertCandidates(docs: readonly CandidateSearchDoc[]): Promise<void> {
    return this.engine.upsertCandidates(docs);
  }
  removeCandidates(ids: readonly string[]): Promise<void> {
    return this.engine.removeCandidates(ids);
  }
  upsertVacancies(docs: readonly VacancySearchDoc[]): Promise<void> {
    return this.engine.upsertVacancies(docs);
  }
  removeVacancies(ids: readonly string[]): Promise<void> {
    return this.engine.removeVacancies(ids);
  }
  async searchCandidates(query: CandidateSearchQuery): Promise<CandidateSearchResult> {
    await this.refresh();
    return this.engine.searchCandidates(query);
  }
  async searchVacancies(query: VacancySearchQuery): Promise<VacancySearchResult> {
    await this.refresh();
    return this.engine.searchVacancies(query);
  }
  async listIds(kind: 'candidates' | 'vacancies'): Promise<string[]> {
    await this.refresh();
    return this.engine.listIds(kind);
  }
  async stats(): Promise<SearchStats> {
    await this.refresh();
    return this.engine.stats();
  }
}
