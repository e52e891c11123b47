import {
  CandidateProfile,
  DEFAULT_COMPONENTS,
  DoelgroepBands,
  MatchingParameters,
  ModeTravel,
  ScoreComponent,
  TravelTimeEstimator,
  VacancyProfile,
  activeComponents,
  componentValue,
  deriveDoelgroep,
  fastestTravel,
  hoursOverlap,
  selectEffective,
  travelDecay,
} from '@wsp/matching-core';
import type { OverlapLevel } from '@wsp/search';

/**
 * Upper bounds on the core's score of a vacancy's pairs, cheap enough to compute for every
 * retrieved candidate, so that the pipeline scores candidates best bound first and stops as soon
 * as no bound can reach the current N-th score (branch and bound: the top N stays exact).
 *
 * The bound takes the exact values of the two components that differ most between candidates and
 * are cheap without the core: travel (the core's estimator and `travelDecay`, the fastest mode as
 * in `assessTravel`, with the same limit) and skills (the same weighted share, counted without allocating; a repeated skill can only
 * raise it). Occupation is bounded by the pair's overlap level (same ESCO occupation, ISCO unit
 * group, minor group; none for SKILL and NONE, see @wsp/search). Every other component counts at
 * its maximum 1.
 */
export class PairScoreBound {
  private readonly wSkills: number;
  private readonly wOccupation: number;
  private readonly wTravel: number;
  /** Normalised weight of the components bounded by 1. */
  private readonly wOthers: number;
  private readonly skillWeight = new Map<string, number>();
  private readonly skillDenominator: number;
  private readonly occupationByLevel: Readonly<Record<OverlapLevel, number>>;
  private readonly active: readonly { component: ScoreComponent; weight: number }[];
  private readonly bands: DoelgroepBands;

  constructor(
    private readonly vacancy: VacancyProfile,
    private readonly params: MatchingParameters,
    private readonly estimator: TravelTimeEstimator,
    components: readonly ScoreComponent[],
    private readonly referenceDate: string,
  ) {
    const activeList = activeComponents(params, components);
    const totalWeight = activeList.reduce((sum, c) => sum + (params.weights[c.key] ?? 0), 0);
    this.active = activeList.map((component) => ({ component, weight: (params.weights[component.key] ?? 0) / totalWeight }));
    this.bands = selectEffective(params.doelgroepBands, referenceDate);
    const weights = normalisedWeights(params, components);
    this.wSkills = weights.skills;
    this.wOccupation = weights.occupation;
    this.wTravel = weights.travel;
    this.wOthers = weights.others;
    // Essential skills count the essential weight, the others the optional weight (as the core's skills component).
    for (const id of vacancy.optionalSkillIds) this.skillWeight.set(id, params.skills.optionalWeight);
    for (const id of vacancy.essentialSkillIds) this.skillWeight.set(id, params.skills.essentialWeight);
    let denominator = 0;
    for (const w of this.skillWeight.values()) denominator += w;
    this.skillDenominator = denominator;
    const o = params.occupation;
    const minor = clamp01(o.sameMinorGroup);
    const unit = Math.max(clamp01(o.sameUnitGroup), minor);
    this.occupationByLevel = { OCCUPATION: Math.max(clamp01(o.sameOccupation), unit), ISCO_UNIT: unit, ISCO_MINOR: minor, SKILL: 0, NONE: 0 };
  }

  /**
   * The vacancy's skills with the weight each counts in the skills component, as search terms
   * (OverlapTerms.skillWeights): a hit's `skillWeight` is then the numerator `assess` needs.
   */
  skillTerms(): { skillIds: string[]; skillWeights: number[] } {
    return { skillIds: [...this.skillWeight.keys()], skillWeights: [...this.skillWeight.values()] };
  }

  /**
   * A looser bound from what the search returns for a hit, without reading the candidate's
   * profile: the overlap level, the weighted skill overlap (`skillTerms`; absent: skills at most
   * 1) and the share of the candidate's reach the trip uses (absent: travel at most 1). The
   * fastest mode's minutes / limit is at least that share when the search's reach is this
   * estimator's `maxRadiusKm` (widened; see maxStraightLineRadiusKm): with access time a and
   * reach R_m of a mode, minutes / limit = a / limit + (d / R_m)(1 − a / limit) ≥ min(1, d / R).
   */
  coarse(level: OverlapLevel, skillWeight: number | undefined, reachShare: number | undefined): number {
    let bound = this.wOthers + this.wOccupation * this.occupationByLevel[level];
    if (this.wTravel > 0) bound += this.wTravel * (reachShare === undefined ? 1 : travelDecay(reachShare, this.params.travel.decay));
    if (this.wSkills > 0 && level !== 'NONE') bound += this.wSkills * this.skillsFromWeight(skillWeight);
    return bound;
  }

  /**
   * The highest score the pair can get, with the pair's best travel (for `refine`); null when the
   * candidate fails the travel rule (the core's TRAVEL_TOO_LONG: never a match). `skillWeight`:
   * the hit's weighted skill overlap under `skillTerms()` (saves reading the candidate's skills).
   */
  assess(candidate: CandidateProfile, level: OverlapLevel, skillWeight?: number): { upper: number; travel: ModeTravel } | null {
    const limit = candidate.maxTravelMinutes ?? this.params.defaultMaxTravelMinutes;
    // The core's assessTravel (fastest mode, ties to the first), without its per-mode list: this runs for every hit.
    const best = fastestTravel(candidate.home, this.vacancy.location, candidate.mobilityModes, this.estimator);
    if (best === null || best.minutes > limit) return null;
    let bound = this.wOthers + this.wOccupation * this.occupationByLevel[level];
    if (this.wTravel > 0) bound += this.wTravel * travelDecay(best.minutes / limit, this.params.travel.decay);
    // Level NONE: no skill in common (the query's skill terms are the vacancy's skills).
    if (this.wSkills > 0 && level !== 'NONE') bound += this.wSkills * this.skillsUpper(candidate, skillWeight);
    return { upper: bound, travel: best };
  }

  /**
   * The pair's weighted component sum before rounding, with the core's own components (so exactly
   * what the core would score, up to its rounding to 4 decimals), or null when the hours do not
   * overlap (never a match). Hard constraints are not checked: a pair that fails one is still
   * scored by the core and dropped there.
   */
  refine(candidate: CandidateProfile, travel: ModeTravel): number | null {
    const hours = hoursOverlap(candidate, this.vacancy);
    if (hours === null) return null;
    const ctx = {
      vacancy: this.vacancy,
      candidate,
      params: this.params,
      referenceDate: this.referenceDate,
      doelgroep: deriveDoelgroep(candidate.loonwaarde, candidate.explicitZorg, this.bands),
      travel,
      travelLimitMinutes: candidate.maxTravelMinutes ?? this.params.defaultMaxTravelMinutes,
      hours,
    };
    let sum = 0;
    for (const { component, weight } of this.active) sum += weight * componentValue(component, ctx);
    return sum;
  }

  /** Upper bound of the skills value from a weighted overlap alone (absent: 1). */
  private skillsFromWeight(skillWeight: number | undefined): number {
    if (this.skillWeight.size === 0) return 0;
    if (skillWeight === undefined || !(this.skillDenominator > 0)) return 1;
    return Math.min(1, skillWeight / this.skillDenominator);
  }

  private skillsUpper(candidate: CandidateProfile, skillWeight: number | undefined): number {
    if (candidate.skillIds === null || this.skillWeight.size === 0) return 0;
    if (!(this.skillDenominator > 0)) return 1;
    let matched = skillWeight ?? 0;
    if (skillWeight === undefined) for (const id of candidate.skillIds) matched += this.skillWeight.get(id) ?? 0;
    return Math.min(1, matched / this.skillDenominator);
  }
}

/**
 * Whether a pair with this upper bound can still enter a top N whose N-th score is `nthScore`:
 * scores are rounded to 4 decimals and ties are broken by id, so the bound is rounded up (plus
 * float slack) and a tie counts.
 */
export function canReach(upper: number, nthScore: number): boolean {
  return Math.ceil((upper + 1e-9) * 10_000) / 10_000 >= nthScore;
}

/**
 * For the rest tier (no occupation or skill overlap: both components 0): the share f of a
 * candidate's reach (search `geo.reachFraction`) beyond which no pair can reach `nthScore`.
 *
 * Such a pair scores at most others + w_travel × decay(minutes / limit). Reaching the N-th score
 * needs decay ≥ τ, i.e. minutes ≤ x*·limit with x* = the largest x with decay(x) ≥ τ (decay is
 * non-increasing). A mode with access time a and km per minute k then needs a + d/k ≤ x*·limit,
 * so d ≤ (x*·limit − a)·k ≤ x*·(limit − a)·k ≤ x* × the candidate's reach (maxStraightLineRadiusKm,
 * the largest (limit − a)·k over the modes, widened). So f = x*; 1 when nothing is excluded.
 */
export function restReachFraction(nthScore: number, params: MatchingParameters, components: readonly ScoreComponent[] = DEFAULT_COMPONENTS): number {
  const w = normalisedWeights(params, components);
  if (!(w.travel > 0)) return 1;
  // canReach(u, nth) ⟺ u > nth − 0.0001 (up to the float slack): a little lower to stay conservative.
  const tau = (nthScore - 1e-4 - 1e-6 - w.others) / w.travel;
  if (tau <= 0) return 1;
  const decay = params.travel.decay;
  if (travelDecay(1, decay) >= tau) return 1;
  if (travelDecay(0, decay) < tau) return Number.MIN_VALUE;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (travelDecay(mid, decay) >= tau) lo = mid;
    else hi = mid;
  }
  return Math.min(1, hi + 1e-9);
}

function normalisedWeights(params: MatchingParameters, components: readonly ScoreComponent[]) {
  const active = activeComponents(params, components);
  let total = 0;
  for (const c of active) total += params.weights[c.key] ?? 0;
  const out = { skills: 0, occupation: 0, travel: 0, others: 0 };
  for (const c of active) {
    const w = (params.weights[c.key] ?? 0) / total;
    if (c.key === 'skills' || c.key === 'occupation' || c.key === 'travel') out[c.key] = w;
    else out.others += w;
  }
  return out;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
