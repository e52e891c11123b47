import { DEFAULT_COMPONENTS, ScoreComponent } from './components';
import { ConstraintFailure, ReasonCode, checkHardConstraints, hoursOverlap } from './constraints';
import { deriveDoelgroep } from './doelgroep';
import { MatchingConfigurationError, selectEffective } from './effective';
import { ComponentScore, RawComponent, allocateContributions, buildSentence } from './explanation';
import { CandidateProfile, Doelgroep, MobilityMode, VacancyProfile } from './model';
import { MatchingParameters } from './parameters';
import { TravelTimeEstimator, assessTravel } from './travel';

export interface MatchTravel {
  mode: MobilityMode;
  /** One-way minutes, 1 decimal. */
  minutes: number;
  /** Estimated route km, 1 decimal. */
  distanceKm: number;
  estimated: true;
  method: string;
  limitMinutes: number;
}

export interface IneligibleResult {
  eligible: false;
  candidateId: string;
  failures: ConstraintFailure[];
}

export interface EligibleResult {
  eligible: true;
  candidateId: string;
  /** 0–1 in multiples of 0.0001; equals the sum of the component contributions. */
  score: number;
  components: ComponentScore[];
  /** Dutch sentence for the employer (no personal data). */
  explanation: string;
  travel: MatchTravel;
  doelgroep: Doelgroep | null;
}

export type ScoreResult = IneligibleResult | EligibleResult;

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Scores one candidate for one vacancy: hard constraints first (any failure → not eligible, with
 * every reason), then the weighted soft components. Pure and deterministic for its inputs.
 */
export function scoreCandidate(
  vacancy: VacancyProfile,
  candidate: CandidateProfile,
  params: MatchingParameters,
  estimator: TravelTimeEstimator,
  referenceDate: string,
  components: readonly ScoreComponent[] = DEFAULT_COMPONENTS,
): ScoreResult {
  const bands = selectEffective(params.doelgroepBands, referenceDate);
  const doelgroep = deriveDoelgroep(candidate.loonwaarde, candidate.explicitZorg, bands);
  const limitMinutes = candidate.maxTravelMinutes ?? params.defaultMaxTravelMinutes;
  const travel = assessTravel(candidate.home, vacancy.location, candidate.mobilityModes, limitMinutes, estimator);
  const failures = checkHardConstraints({ vacancy, candidate, referenceDate, doelgroep, travel });
  const hours = hoursOverlap(candidate, vacancy);
  if (failures.length > 0 || travel.best === null || hours === null) {
    return { eligible: false, candidateId: candidate.id, failures };
  }

  const ctx = { vacancy, candidate, params, referenceDate, doelgroep, travel: travel.best, travelLimitMinutes: limitMinutes, hours };
  const raw: RawComponent[] = [];
  const phrases: (string | null)[] = [];
  for (const component of activeComponents(params, components)) {
    const { value, note, phrase } = component.evaluate(ctx);
    if (!(value >= 0 && value <= 1)) {
      throw new MatchingConfigurationError(`Component ${component.key} returned ${value}, expected 0..1`);
    }
    raw.push({ key: component.key, label: component.label, value, weight: params.weights[component.key] ?? 0, note });
    phrases.push(phrase);
  }
  const { score, components: scored } = allocateContributions(raw);
  const best = travel.best;
  return {
    eligible: true,
    candidateId: candidate.id,
    score,
    components: scored,
    explanation: buildSentence(score, phrases),
    travel: {
      mode: best.mode,
      minutes: round1(best.minutes),
      distanceKm: round1(best.distanceKm),
      estimated: true,
      method: best.method,
      limitMinutes,
    },
    doelgroep,
  };
}

/** Components with a positive weight, in list order. Rejects weights that name no component or are invalid. */
export function activeComponents(params: MatchingParameters, components: readonly ScoreComponent[]): ScoreComponent[] {
  const known = new Set(components.map((c) => c.key));
  for (const [key, weight] of Object.entries(params.weights)) {
    if (weight === undefined) continue;
    if (!Number.isFinite(weight) || weight < 0) throw new MatchingConfigurationError(`Weight of ${key} must be a finite number ≥ 0`);
    if (weight > 0 && !known.has(key)) throw new MatchingConfigurationError(`Weight given for unknown component ${key}`);
  }
  const active = components.filter((c) => (params.weights[c.key] ?? 0) > 0);
  if (active.length === 0) throw new MatchingConfigurationError('At least one component needs a positive weight');
  return active;
}

export interface RankOptions {
  /** ISO date the judgement is made on. */
  referenceDate: string;
  /** Top N to return (default: all eligible). */
  limit?: number;
  components?: readonly ScoreComponent[];
}

export interface RankingResult {
  /** Eligible candidates, score descending, then candidate id ascending; at most `limit`. */
  matches: EligibleResult[];
  evaluated: number;
  eligibleCount: number;
  /** How many candidates failed each rule (a candidate can fail several). */
  exclusionsByReason: Partial<Record<ReasonCode, number>>;
}

/** Deterministic ordering of matches: score descending, ties by candidate id (code-unit order). */
export function compareMatches(a: { score: number; candidateId: string }, b: { score: number; candidateId: string }): number {
  // -1/1 rather than a difference: a small integer, so sorting allocates no number per comparison.
  if (a.score !== b.score) return b.score > a.score ? 1 : -1;
  return a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0;
}

export function rankCandidates(
  vacancy: VacancyProfile,
  candidates: readonly CandidateProfile[],
  params: MatchingParameters,
  estimator: TravelTimeEstimator,
  options: RankOptions,
): RankingResult {
  const matches: EligibleResult[] = [];
  const exclusionsByReason: Partial<Record<ReasonCode, number>> = {};
  for (const candidate of candidates) {
    const result = scoreCandidate(vacancy, candidate, params, estimator, options.referenceDate, options.components);
    if (result.eligible) {
      matches.push(result);
      continue;
    }
    for (const code of new Set(result.failures.map((f) => f.code))) exclusionsByReason[code] = (exclusionsByReason[code] ?? 0) + 1;
  }
  matches.sort(compareMatches);
  const limit = options.limit ?? matches.length;
  if (!Number.isInteger(limit) || limit < 0) throw new MatchingConfigurationError('limit must be a whole number ≥ 0');
  return { matches: matches.slice(0, limit), evaluated: candidates.length, eligibleCount: matches.length, exclusionsByReason };
}
