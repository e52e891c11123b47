import {
  CandidateProfile,
  EligibleResult,
  MatchingParameters,
  ScoreComponent,
  TravelTimeEstimator,
  VacancyProfile,
  compareMatches,
  rankCandidates,
} from '@wsp/matching-core';
import type { OverlapLevel } from '@wsp/search';
import { PairScoreBound, canReach } from '../domain/score-bound';

/** Candidates scored per call of the core: small enough to stop soon after the bound says so. */
const CHUNK = 64;

export interface BoundedRankingContext {
  vacancy: VacancyProfile;
  params: MatchingParameters;
  /** The components the pairs are scored with (the core's defaults or an extension's). */
  components: readonly ScoreComponent[];
  estimator: TravelTimeEstimator;
  referenceDate: string;
  limit: number;
  bound: PairScoreBound;
  /** Candidates already looked up for an active placement (and not placed), shared by the tiers. */
  checked: Set<string>;
  /** Which of these candidates have an active placement (ActivePlacementSource). */
  placedAmong(ids: string[]): Promise<Set<string>>;
}

export interface BoundedRankingStats {
  /** Pairs scored by the core. */
  evaluated: number;
  /** Of those, eligible (without the active placements found). */
  eligible: number;
}

/**
 * The exact top `limit` of `current` (a top list, already checked for placements) and the hits:
 * hits are scored best upper bound first, in chunks, until no remaining bound can reach the N-th
 * score (`canReach`). Active placements are looked up only for candidates that make the list;
 * when some are placed they drop out, the N-th score falls and scoring resumes where it stopped
 * (every hit not scored yet has a lower bound than the ones that were), so the result is the same
 * as scoring every hit with its placement known.
 */
export async function rankBounded(
  ctx: BoundedRankingContext,
  hits: readonly { profile: CandidateProfile; level: OverlapLevel }[],
  current: readonly EligibleResult[],
  stats: BoundedRankingStats,
): Promise<EligibleResult[]> {
  const { limit } = ctx;
  const entries: { profile: CandidateProfile; upper: number }[] = [];
  for (const h of hits) {
    const upper = ctx.bound.upper(h.profile, h.level);
    if (upper !== null) entries.push({ profile: h.profile, upper });
  }
  entries.sort((a, b) => b.upper - a.upper);

  let pool: EligibleResult[] = [...current];
  let next = 0;
  for (;;) {
    while (next < entries.length && (pool.length < limit || canReach(entries[next].upper, pool[limit - 1].score))) {
      const chunk = entries.slice(next, next + CHUNK).map((e) => e.profile);
      next += chunk.length;
      const ranking = rankCandidates(ctx.vacancy, chunk, ctx.params, ctx.estimator, { referenceDate: ctx.referenceDate, components: ctx.components });
      stats.evaluated += chunk.length;
      stats.eligible += ranking.eligibleCount;
      if (ranking.matches.length > 0) pool = mergeSorted(pool, ranking.matches);
    }
    const unchecked = pool.slice(0, limit).filter((m) => !ctx.checked.has(m.candidateId));
    if (unchecked.length === 0) break;
    const placed = await ctx.placedAmong(unchecked.map((m) => m.candidateId));
    for (const m of unchecked) if (!placed.has(m.candidateId)) ctx.checked.add(m.candidateId);
    if (placed.size === 0) break;
    stats.eligible -= placed.size;
    pool = pool.filter((m) => !placed.has(m.candidateId));
  }
  return pool.slice(0, limit);
}

/** Merges two lists sorted by compareMatches. */
function mergeSorted(a: readonly EligibleResult[], b: readonly EligibleResult[]): EligibleResult[] {
  const out: EligibleResult[] = new Array<EligibleResult>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareMatches(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}
