import {
  CandidateProfile,
  EligibleResult,
  MatchingParameters,
  ModeTravel,
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
 * hits are taken best upper bound first until no remaining bound can reach the N-th score
 * (`canReach`); each is first refined to its exact component sum (`PairScoreBound.refine`, no
 * explanation) and only scored by the core, in chunks, when that sum can still enter the list.
 * Active placements are looked up only for candidates that make the list; when some are placed
 * they drop out, the N-th score falls and scoring resumes where it stopped (every hit not looked
 * at yet has a lower bound than the ones that were, and the hits skipped on their exact sum are
 * looked at again), so the result is the same as scoring every hit with its placement known.
 */
export async function rankBounded(
  ctx: BoundedRankingContext,
  hits: readonly { profile: CandidateProfile; level: OverlapLevel }[],
  current: readonly EligibleResult[],
  stats: BoundedRankingStats,
): Promise<EligibleResult[]> {
  const { limit } = ctx;
  let entries: Entry[] = [];
  for (const h of hits) {
    const a = ctx.bound.assess(h.profile, h.level);
    if (a !== null) entries.push({ profile: h.profile, upper: a.upper, travel: a.travel });
  }
  entries.sort((a, b) => b.upper - a.upper);

  let pool: EligibleResult[] = [...current];
  let next = 0;
  /** Entries whose exact sum could not enter the list when they were looked at. */
  let skipped: Entry[] = [];
  const canEnter = (bound: number) => pool.length < limit || canReach(bound, pool[limit - 1].score);
  for (;;) {
    while (next < entries.length && canEnter(entries[next].upper)) {
      // The next candidates by bound; each is refined to its exact sum and scored only if that can still enter.
      const chunk: CandidateProfile[] = [];
      while (next < entries.length && chunk.length < CHUNK && canEnter(entries[next].upper)) {
        const e = entries[next++];
        const exact = ctx.bound.refine(e.profile, e.travel);
        if (exact === null) continue;
        if (canEnter(exact)) chunk.push(e.profile);
        else skipped.push(e);
      }
      if (chunk.length === 0) continue;
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
    // The N-th score fell: what was skipped may enter now.
    if (skipped.length > 0) {
      entries = [...entries.slice(next), ...skipped].sort((a, b) => b.upper - a.upper);
      next = 0;
      skipped = [];
    }
  }
  return pool.slice(0, limit);
}

interface Entry {
  profile: CandidateProfile;
  upper: number;
  travel: ModeTravel;
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
