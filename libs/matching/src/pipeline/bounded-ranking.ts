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
import { PairScoreBound } from '../domain/score-bound';

export interface BoundedRankingContext {
  vacancy: VacancyProfile;
  params: MatchingParameters;
  /** The components the pairs are scored with (the core's defaults or an extension's). */
  components: readonly ScoreComponent[];
  estimator: TravelTimeEstimator;
  referenceDate: string;
  limit: number;
  bound: PairScoreBound;
}

export interface BoundedRankingStats {
  /** Pairs scored by the core. */
  evaluated: number;
  /** Of those, eligible (without the candidates dropped for an active placement). */
  eligible: number;
}

/** A retrieved candidate: its profile, overlap level and what else the search knows (see SearchHit). */
export interface RankingHit {
  id: string;
  profile: CandidateProfile;
  level: OverlapLevel;
  skillWeight?: number;
  reachShare?: number;
}

interface Entry {
  hit: RankingHit;
  /** PairScoreBound.coarse, then (once `travel` is known) PairScoreBound.assess. */
  upper: number;
  travel: ModeTravel | null;
}

/** A hit with its exact component sum (before the core's rounding to 4 decimals). */
interface Refined {
  profile: CandidateProfile;
  exact: number;
}

/**
 * Slack between component sums and the core's scores: a score is the sum rounded to 4 decimals,
 * so a sum more than 2 units of the 4th decimal below the N-th sum can neither beat nor tie the
 * N-th score (ties are broken by id).
 */
const SUM_SLACK = 2e-4;

/**
 * The exact top `limit` of every hit added, by branch and bound in steps. Every hit gets a bound
 * from the search's data alone (`PairScoreBound.coarse`); hits are taken best bound first, get the
 * tighter bound with their travel (`assess`, reading the profile) and, when that can still reach
 * the N-th sum so far, their exact component sum (`refine`, no explanation), until no remaining
 * bound can reach it; then only the hits whose sum can still be in the list are scored by the
 * core (hard constraints, explanation). A hit the core rejects lowers the N-th sum, and the
 * search resumes where it stopped (with the hits set aside on their tighter bound).
 *
 * Resumable: hits can be added after a run (the next retrieval tier), and candidates can be
 * dropped (an active placement found afterwards); `run()` again brings the list up to date.
 * After `run()` the list equals scoring every hit added with the core, without the dropped
 * candidates: every hit not refined has a bound, and every hit not scored a sum, more than the
 * slack below the N-th sum of candidates the core accepted.
 */
export class BoundedRanking {
  /** Hits not refined yet, best bound first, from `next` on. */
  private entries: Entry[] = [];
  private next = 0;
  /** Hits whose tighter bound could not reach the N-th sum when they were looked at. */
  private parked: Entry[] = [];
  /** Every refined hit with a sum (its hours overlap), best sum first. */
  private readonly refined: Refined[] = [];
  /** The core's result per candidate scored (null: not eligible). */
  private readonly results = new Map<string, EligibleResult | null>();
  private readonly dropped = new Set<string>();
  /** The `limit` largest sums of refined candidates neither rejected by the core nor dropped, ascending. */
  private best: number[] = [];

  constructor(
    private readonly ctx: BoundedRankingContext,
    private readonly stats: BoundedRankingStats,
  ) {}

  /** Adds hits to be ranked (a hit whose travel fails is never a match and is left out here). */
  add(hits: readonly RankingHit[]): void {
    const fresh: Entry[] = [];
    const bound = this.ctx.bound;
    const checkDropped = this.dropped.size > 0;
    for (const h of hits) {
      if (checkDropped && this.dropped.has(h.id)) continue;
      fresh.push({ hit: h, upper: bound.coarse(h.level, h.skillWeight, h.reachShare), travel: null });
    }
    fresh.sort(byUpper);
    this.entries = this.next === this.entries.length ? fresh : mergeByUpper(this.entries.slice(this.next), fresh);
    this.next = 0;
  }

  /** Refines and scores what can still enter the list. */
  run(): void {
    if (this.ctx.limit <= 0) return;
    for (;;) {
      const entries = this.entries;
      while (this.next < entries.length && this.canEnter(entries[this.next].upper)) {
        const e = entries[this.next++];
        if (e.travel === null) {
          const a = this.ctx.bound.assess(e.hit.profile, e.hit.level, e.hit.skillWeight);
          if (a === null) continue; // travel too long: never a match
          e.upper = a.upper;
          e.travel = a.travel;
          if (!this.canEnter(a.upper)) {
            this.parked.push(e);
            continue;
          }
        }
        const exact = this.ctx.bound.refine(e.hit.profile, e.travel);
        if (exact === null) continue;
        this.insertRefined({ profile: e.hit.profile, exact });
        this.offer(exact);
      }
      const toScore: CandidateProfile[] = [];
      for (const r of this.refined) {
        if (!this.canEnter(r.exact)) break;
        if (!this.results.has(r.profile.id) && !this.dropped.has(r.profile.id)) toScore.push(r.profile);
      }
      if (toScore.length === 0) return;
      const { ctx, stats } = this;
      const ranking = rankCandidates(ctx.vacancy, toScore, ctx.params, ctx.estimator, { referenceDate: ctx.referenceDate, components: ctx.components });
      stats.evaluated += toScore.length;
      stats.eligible += ranking.eligibleCount;
      for (const p of toScore) this.results.set(p.id, null);
      for (const m of ranking.matches) this.results.set(m.candidateId, m);
      // A rejected candidate no longer holds up the N-th sum: more may enter.
      if (ranking.eligibleCount < toScore.length) this.rebuildBest();
    }
  }

  /** The current top `limit`, best first. */
  top(): EligibleResult[] {
    const out: EligibleResult[] = [];
    for (const r of this.results.values()) if (r !== null && !this.dropped.has(r.candidateId)) out.push(r);
    return out.sort(compareMatches).slice(0, Math.max(0, this.ctx.limit));
  }

  /** The N-th score, or null while the list has fewer than `limit` matches. */
  nthScore(): number | null {
    const top = this.top();
    return this.ctx.limit > 0 && top.length >= this.ctx.limit ? top[this.ctx.limit - 1].score : null;
  }

  /** Removes these candidates (now and when added again); call `run()` after. */
  drop(ids: ReadonlySet<string>): void {
    let changed = false;
    for (const id of ids) {
      if (this.dropped.has(id)) continue;
      this.dropped.add(id);
      changed = true;
      if (this.results.get(id)) this.stats.eligible--;
    }
    if (changed) this.rebuildBest();
  }

  /** Whether a bound or sum can still reach the list: fewer than `limit` sums so far, or within the slack of the N-th. */
  private canEnter(value: number): boolean {
    const best = this.best;
    return best.length < this.ctx.limit || value >= best[0] - SUM_SLACK;
  }

  /** Keeps `exact` among the `limit` largest sums. */
  private offer(exact: number): void {
    const best = this.best;
    const full = best.length >= this.ctx.limit;
    if (full && exact <= best[0]) return;
    if (full) best.shift();
    let i = 0;
    while (i < best.length && best[i] < exact) i++;
    best.splice(i, 0, exact);
  }

  /** After the N-th sum fell: the parked hits may enter again. */
  private rebuildBest(): void {
    if (this.parked.length > 0) {
      this.entries = mergeByUpper(this.entries.slice(this.next), this.parked.sort(byUpper));
      this.next = 0;
      this.parked = [];
    }
    this.best = [];
    for (const r of this.refined) {
      const id = r.profile.id;
      if (this.dropped.has(id) || this.results.get(id) === null) continue;
      this.offer(r.exact);
      if (this.best.length >= this.ctx.limit) break; // best sum first: the rest are smaller
    }
  }

  private insertRefined(r: Refined): void {
    const list = this.refined;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].exact >= r.exact) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, r);
  }
}

/** Best bound first; -1/0/1 (small integers: sorting thousands of entries allocates no number per comparison). */
const byUpper = (a: Entry, b: Entry) => (b.upper > a.upper ? 1 : b.upper < a.upper ? -1 : 0);

/** Merges two lists sorted by upper bound, descending. */
function mergeByUpper(a: readonly Entry[], b: readonly Entry[]): Entry[] {
  const out = new Array<Entry>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i].upper >= b[j].upper ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}
