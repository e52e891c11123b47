import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CandidateProfile,
  DEFAULT_COMPONENTS,
  EligibleResult,
  HaversineTravelTimeEstimator,
  MATCHING_PARAMETERS_HISTORY,
  MatchingParameters,
  ScoreComponent,
  VacancyProfile,
  rankCandidates,
  scoreCandidate,
  selectEffective,
} from '@wsp/matching-core';
import {
  ActivePlacementSource,
  OVERLAP_TIER,
  REST_TIER,
  SEARCH_PORT,
  SearchDocumentLoader,
  SearchPort,
  VacancySearchStatus,
  candidateQueryForVacancy,
  vacancyQueryForCandidate,
} from '@wsp/search';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { needsRestTier, zeroOverlapUpperBound } from '../domain/rest-bound';
import { PairScoreBound, restReachFraction } from '../domain/score-bound';
import { BoundedRanking, BoundedRankingContext } from './bounded-ranking';
import { MatchingScoreExtensions, PairScoring } from './score-extensions';

/** One scored pair. */
export interface PairMatch {
  vacancyId: string;
  candidateId: string;
  result: EligibleResult;
}

export interface RetrievalStats {
  /** Hits of the overlap tier (occupation, ISCO or skill overlap). */
  overlapRetrieved: number;
  /** Whether the rest tier (no overlap) had to be retrieved for an exact top N. */
  restTierUsed: boolean;
  restRetrieved: number;
  /** Pairs scored by the core. */
  evaluated: number;
  eligible: number;
}

export interface SubjectMatches {
  /** null: the subject does not exist (deleted). */
  found: boolean;
  /** Vacancy status (for a vacancy run); a vacancy that is not OPEN has no matches. */
  status?: VacancySearchStatus | null;
  /** Best first (score descending, then the other side's id). */
  matches: PairMatch[];
  stats: RetrievalStats;
}

export interface PipelineOptions {
  /** ISO date the judgement is made on. */
  referenceDate: string;
  /** Top N; default MATCH_TOP_N. */
  limit?: number;
}

const EMPTY_STATS: RetrievalStats = { overlapRetrieved: 0, restTierUsed: false, restRetrieved: 0, evaluated: 0, eligible: 0 };
const LOAD_BATCH = 5_000;

/**
 * The matching pipeline: retrieve through the SearchPort with the hard constraints as filters,
 * score with the pure core, keep the top N with explanations and travel estimates.
 *
 * Exact top N (equal to scoring every candidate, `bruteForce*`): the search filters never drop a
 * pair the core accepts (tested in @wsp/search), the overlap tier is scored first and the rest
 * tier (no occupation/skill overlap) only when its best possible score (skills and occupation 0,
 * every other component 1, under the weights in force) could still reach the N-th score.
 *
 * Active placements (hard constraint ACTIVE_PLACEMENT) are looked up through
 * ActivePlacementSource for the candidates that make the list, so the result does not depend on
 * how fresh the index's copy of that flag is.
 *
 * Optional score components of other contexts (MatchingScoreExtensions, e.g. SROI) change the
 * parameters and components per vacancy; every bound uses them, and brute force scores the same way.
 */
@Injectable()
export class MatchingPipeline {
  private readonly estimator = new HaversineTravelTimeEstimator();
  private readonly loader: SearchDocumentLoader;

  constructor(
    @Inject(SEARCH_PORT) private readonly search: SearchPort,
    private readonly placements: ActivePlacementSource,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly extensions: MatchingScoreExtensions,
  ) {
    this.loader = new SearchDocumentLoader(dataSource, placements, MATCHING_PARAMETERS_HISTORY);
  }

  params(referenceDate: string): MatchingParameters {
    return selectEffective(MATCHING_PARAMETERS_HISTORY, referenceDate);
  }

  /** The top N candidates for a vacancy (fresh vacancy profile from Postgres, candidates through the search port). */
  async forVacancy(vacancyId: string, opts: PipelineOptions): Promise<SubjectMatches> {
    const loaded = await this.loadVacancy(vacancyId);
    if (!loaded.found || loaded.status !== 'OPEN' || !loaded.profile) return { found: loaded.found, status: loaded.status, matches: [], stats: EMPTY_STATS };
    const { matches, stats } = await this.forProfile(loaded.profile, opts);
    return {
      found: true,
      status: loaded.status,
      matches: matches.map((result) => ({ vacancyId, candidateId: result.candidateId, result })),
      stats,
    };
  }

  /**
   * The top N candidates for a vacancy profile, saved or not (a draft: `match.preview`): the same
   * retrieval, bounds, score extensions (keyed on `vacancy.id` and `vacancy.employerId`) and
   * active placements as a vacancy run. Best first (score descending, then candidate id).
   */
  async forProfile(vacancy: VacancyProfile, opts: PipelineOptions): Promise<{ matches: EligibleResult[]; stats: RetrievalStats }> {
    const base = this.params(opts.referenceDate);
    const { scoring, params, components } = await this.scoringOf(vacancy, base, opts.referenceDate);
    const limit = opts.limit ?? this.config.matching.topN;
    const bound = new PairScoreBound(vacancy, params, this.estimator, components, opts.referenceDate);
    const plain = candidateQueryForVacancy(vacancy, { params: base, referenceDate: opts.referenceDate });
    // Each hit comes with its weighted skill overlap: the bound needs no look at the candidate's skills.
    const query = { ...plain, overlap: { ...plain.overlap, ...bound.skillTerms() } };
    const ctx: BoundedRankingContext = { vacancy, params, components, estimator: this.estimator, referenceDate: opts.referenceDate, limit, bound };

    const overlap = await this.search.searchCandidates({ ...query, levels: OVERLAP_TIER, withProfiles: true, sort: 'none' });
    const stats: RetrievalStats = { overlapRetrieved: overlap.hits.length, restTierUsed: false, restRetrieved: 0, evaluated: 0, eligible: 0 };
    await scoring?.load(overlap.hits.map((h) => h.id));
    const ranking = new BoundedRanking(ctx, stats);
    ranking.add(withProfiles(overlap.hits));
    ranking.run();

    const restBound = zeroOverlapUpperBound(params, components);
    /** Share of the reach up to which the rest tier has been retrieved (0: not yet). */
    let restFraction = 0;
    const restSeen = new Set<string>();
    const checked = new Set<string>();
    for (;;) {
      // The rest tier (no overlap) when a candidate without overlap could still enter, and only
      // as close (relative to each candidate's reach) as can reach the N-th score so far.
      if (needsRestTier(ranking.top().map((m) => m.score), limit, restBound)) {
        const nth = ranking.nthScore();
        const reachFraction = nth === null ? 1 : restReachFraction(nth, params, components);
        if (reachFraction > restFraction) {
          const geo = query.geo ? { ...query.geo, reachFraction } : undefined;
          const rest = await this.search.searchCandidates({ ...query, geo, levels: REST_TIER, withProfiles: true, sort: 'none' });
          const fresh = withProfiles(rest.hits).filter((h) => !restSeen.has(h.id));
          for (const h of fresh) restSeen.add(h.id);
          await scoring?.load(fresh.map((h) => h.id));
          ranking.add(fresh);
          ranking.run();
          restFraction = reachFraction;
          stats.restTierUsed = true;
          stats.restRetrieved = restSeen.size;
        }
      }
      // Active placements: one lookup for the list as it stands; a placed candidate drops out,
      // the N-th score falls and the ranking (and the rest tier's reach) resumes.
      const unchecked = ranking
        .top()
        .map((m) => m.candidateId)
        .filter((id) => !checked.has(id));
      if (unchecked.length === 0) break;
      const placed = await this.placements.withActivePlacement(unchecked);
      for (const id of unchecked) if (!placed.has(id)) checked.add(id);
      if (placed.size === 0) break;
      ranking.drop(placed);
      ranking.run();
    }
    return { matches: ranking.top(), stats };
  }

  /** The top N open vacancies for a candidate (fresh candidate profile from Postgres, vacancies through the search port). */
  async forCandidate(candidateId: string, opts: PipelineOptions): Promise<SubjectMatches> {
    const candidate = await this.loadCandidate(candidateId, opts.referenceDate);
    if (!candidate.found || !candidate.profile) return { found: candidate.found, matches: [], stats: EMPTY_STATS };
    const profile = candidate.profile;
    const params = this.params(opts.referenceDate);
    const limit = opts.limit ?? this.config.matching.topN;
    const query = vacancyQueryForCandidate(profile, { params, referenceDate: opts.referenceDate });
    if (!query) return { found: true, matches: [], stats: EMPTY_STATS };

    const overlap = await this.search.searchVacancies({ ...query, levels: OVERLAP_TIER, withProfiles: true, sort: 'none' });
    const first = await this.scoreVacancies(profile, vacancyProfilesOf(overlap.hits), params, opts.referenceDate);
    let matches = first.slice(0, limit);
    const stats: RetrievalStats = { overlapRetrieved: overlap.hits.length, restTierUsed: false, restRetrieved: 0, evaluated: overlap.hits.length, eligible: first.length };
    // The rest tier's vacancies are not known yet: bound with the largest weight an extension can add.
    const restBound = zeroOverlapUpperBound(await this.extensions.restBoundParams(params, opts.referenceDate));
    if (needsRestTier(matches.map((m) => m.result.score), limit, restBound)) {
      const rest = await this.search.searchVacancies({ ...query, levels: REST_TIER, withProfiles: true, sort: 'none' });
      const second = await this.scoreVacancies(profile, vacancyProfilesOf(rest.hits), params, opts.referenceDate);
      matches = [...first, ...second].sort(comparePairsForCandidate).slice(0, limit);
      stats.restTierUsed = true;
      stats.restRetrieved = rest.hits.length;
      stats.evaluated += rest.hits.length;
      stats.eligible += second.length;
    }
    return { found: true, matches, stats };
  }

  /** Reference result: every candidate in Postgres scored by the core (tests and benchmarks). */
  async bruteForceForVacancy(vacancyId: string, opts: PipelineOptions): Promise<SubjectMatches> {
    const loaded = await this.loadVacancy(vacancyId);
    if (!loaded.found || loaded.status !== 'OPEN' || !loaded.profile) return { found: loaded.found, status: loaded.status, matches: [], stats: EMPTY_STATS };
    const { matches, stats } = await this.bruteForceForProfile(loaded.profile, opts);
    return {
      found: true,
      status: loaded.status,
      matches: matches.map((result) => ({ vacancyId, candidateId: result.candidateId, result })),
      stats,
    };
  }

  /** Reference result for a vacancy profile (saved or not): every candidate in Postgres scored by the core. */
  async bruteForceForProfile(vacancy: VacancyProfile, opts: PipelineOptions): Promise<{ matches: EligibleResult[]; stats: RetrievalStats }> {
    const { scoring, params, components } = await this.scoringOf(vacancy, this.params(opts.referenceDate), opts.referenceDate);
    const limit = opts.limit ?? this.config.matching.topN;
    const all = await this.allCandidateProfiles(opts.referenceDate);
    await scoring?.load(all.map((c) => c.id));
    const ranking = rankCandidates(vacancy, all, params, this.estimator, { referenceDate: opts.referenceDate, limit, components });
    return { matches: ranking.matches, stats: { ...EMPTY_STATS, evaluated: all.length, eligible: ranking.eligibleCount } };
  }

  /** Reference result: the candidate scored against every OPEN vacancy in Postgres. */
  async bruteForceForCandidate(candidateId: string, opts: PipelineOptions): Promise<SubjectMatches> {
    const candidate = await this.loadCandidate(candidateId, opts.referenceDate);
    if (!candidate.found || !candidate.profile) return { found: candidate.found, matches: [], stats: EMPTY_STATS };
    const params = this.params(opts.referenceDate);
    const limit = opts.limit ?? this.config.matching.topN;
    const ids = (await this.dataSource.query<{ id: string }[]>(`SELECT id::text FROM vacancies WHERE status = 'OPEN'`)).map((r) => r.id);
    const vacancies: VacancyProfile[] = [];
    for (let i = 0; i < ids.length; i += LOAD_BATCH) {
      const { docs } = await this.loader.vacancies(ids.slice(i, i + LOAD_BATCH));
      for (const d of docs) if (d.profile) vacancies.push(d.profile);
    }
    const scored = await this.scoreVacancies(candidate.profile, vacancies, params, opts.referenceDate);
    return { found: true, matches: scored.slice(0, limit), stats: { ...EMPTY_STATS, evaluated: vacancies.length, eligible: scored.length } };
  }

  /** Every candidate's matching profile, with active placements (for brute force). */
  async allCandidateProfiles(referenceDate: string): Promise<CandidateProfile[]> {
    const ids = (await this.dataSource.query<{ id: string }[]>('SELECT id::text FROM candidates ORDER BY id')).map((r) => r.id);
    const out: CandidateProfile[] = [];
    for (let i = 0; i < ids.length; i += LOAD_BATCH) {
      const { docs } = await this.loader.candidates(ids.slice(i, i + LOAD_BATCH), referenceDate);
      for (const d of docs) if (d.profile) out.push(d.profile);
    }
    return out;
  }

  private async scoreVacancies(candidate: CandidateProfile, vacancies: readonly VacancyProfile[], params: MatchingParameters, referenceDate: string): Promise<PairMatch[]> {
    const scorings = vacancies.length > 0 ? await this.extensions.forVacancies(vacancies, params, referenceDate) : new Map<string, PairScoring>();
    for (const s of scorings.values()) await s.load([candidate.id]);
    const out: PairMatch[] = [];
    for (const v of vacancies) {
      const s = scorings.get(v.id);
      const result = scoreCandidate(v, candidate, s?.params ?? params, this.estimator, referenceDate, s?.components);
      if (result.eligible) out.push({ vacancyId: v.id, candidateId: candidate.id, result });
    }
    return out.sort(comparePairsForCandidate);
  }

  /** The extension's scoring of a vacancy's pairs, or the core's defaults. */
  private async scoringOf(
    vacancy: VacancyProfile,
    base: MatchingParameters,
    referenceDate: string,
  ): Promise<{ scoring: PairScoring | null; params: MatchingParameters; components: readonly ScoreComponent[] }> {
    const scoring = (await this.extensions.forVacancies([vacancy], base, referenceDate)).get(vacancy.id) ?? null;
    return { scoring, params: scoring?.params ?? base, components: scoring?.components ?? DEFAULT_COMPONENTS };
  }

  private async loadVacancy(id: string): Promise<{ found: boolean; status: VacancySearchStatus | null; profile: VacancyProfile | null }> {
    const { docs } = await this.loader.vacancies([id]);
    const doc = docs[0];
    if (doc) return { found: true, status: doc.status, profile: doc.profile ?? null };
    // Not loadable as a document (e.g. without coordinates): exists, but cannot be matched.
    const rows = await this.dataSource.query<{ status: VacancySearchStatus }[]>('SELECT status::text AS status FROM vacancies WHERE id = $1', [id]);
    return { found: rows.length > 0, status: rows[0]?.status ?? null, profile: null };
  }

  private async loadCandidate(id: string, referenceDate: string): Promise<{ found: boolean; profile: CandidateProfile | null }> {
    const { docs } = await this.loader.candidates([id], referenceDate);
    if (docs[0]?.profile) return { found: true, profile: docs[0].profile };
    const rows = await this.dataSource.query<{ id: string }[]>('SELECT id FROM candidates WHERE id = $1', [id]);
    return { found: rows.length > 0, profile: null };
  }

}

/** A candidate's list: score descending, then vacancy id (code-unit order). */
export function comparePairsForCandidate(a: PairMatch, b: PairMatch): number {
  if (a.result.score !== b.result.score) return b.result.score - a.result.score;
  return a.vacancyId < b.vacancyId ? -1 : a.vacancyId > b.vacancyId ? 1 : 0;
}

/** The hits, each checked to carry its profile (no copy: there can be thousands). */
function withProfiles<H extends { id: string; profile?: CandidateProfile }>(hits: readonly H[]): readonly (H & { profile: CandidateProfile })[] {
  for (const h of hits) if (!h.profile) throw new Error(`search hit ${h.id} came without its profile`);
  return hits as readonly (H & { profile: CandidateProfile })[];
}

function vacancyProfilesOf(hits: readonly { id: string; profile?: VacancyProfile }[]): VacancyProfile[] {
  return hits.map((h) => {
    if (!h.profile) throw new Error(`search hit ${h.id} came without its profile`);
    return h.profile;
  });
}
