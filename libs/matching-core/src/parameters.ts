import { DEFAULT_DOELGROEP_BANDS, DoelgroepBands } from './doelgroep';
import { Dated } from './effective';

/** Keys of the built-in soft components (see components.ts). Custom components may add others. */
export type BuiltInComponentKey = 'skills' | 'occupation' | 'travel' | 'hours' | 'loonwaarde' | 'education' | 'waiting' | 'sroi';

export type TravelDecay =
  /** 1 at 0 minutes, straight down to 0 at the candidate's limit. */
  | { kind: 'LINEAR' }
  /** (e^(-s·x) − e^(-s)) / (1 − e^(-s)) with x = minutes / limit: drops faster near home, still 0 at the limit. */
  | { kind: 'EXPONENTIAL'; steepness: number };

/**
 * All tunable numbers of the matching, as plain data. Dated: keep every version that was ever in
 * force and pick one with `selectEffective(history, referenceDate)`, so a score can always be
 * reproduced with the parameters of its day.
 */
export interface MatchingParameters extends Dated {
  /**
   * Relative weight per component key (≥ 0). Missing key or 0 = component switched off (not
   * computed, not shown). Weights are normalised to sum 1 per score, so only ratios matter.
   */
  weights: Readonly<Partial<Record<BuiltInComponentKey, number>> & Record<string, number | undefined>>;
  /** One-way limit when a candidate has none: 90 min = half of the 3 hours a day of Participatiewet art. 18 lid 4 sub d. */
  defaultMaxTravelMinutes: number;
  /** Occupation relatedness between a wished occupation and the vacancy's (ESCO / ISCO-08). */
  occupation: { sameOccupation: number; sameUnitGroup: number; sameMinorGroup: number };
  /** Weight of one matched essential vs one matched optional ESCO skill. */
  skills: { essentialWeight: number; optionalWeight: number };
  /** Loonwaarde fit on an LKS vacancy: this value exactly at the minimum, rising linearly to 1 at 100%. */
  loonwaarde: { valueAtMinimum: number };
  travel: { decay: TravelDecay };
  /** Education below the vacancy's level: minus this per level short (floored at 0). */
  education: { penaltyPerLevel: number };
  /** Waiting-time fairness: linear from 0 (just registered) to 1 after this many days, then capped. */
  waiting: { fullCreditAfterDays: number };
  /** Dated loonwaarde bands for the doelgroep (see doelgroep.ts). */
  doelgroepBands: readonly DoelgroepBands[];
}

/**
 * WSP default weights (sum 1). Skills and occupation are kept as two components so that an
 * unknown skill set (scores 0) does not also hide a matching occupation wish. Fairness is a small
 * nudge only; SROI is an empty slot (weight 0) until a later policy turns it on.
 */
export const DEFAULT_WEIGHTS: Readonly<Record<BuiltInComponentKey, number>> = {
  skills: 0.25,
  occupation: 0.2,
  travel: 0.2,
  hours: 0.1,
  loonwaarde: 0.1,
  education: 0.1,
  waiting: 0.05,
  sroi: 0,
};

export const DEFAULT_MATCHING_PARAMETERS: MatchingParameters = {
  effectiveFrom: '2024-01-01',
  weights: DEFAULT_WEIGHTS,
  defaultMaxTravelMinutes: 90,
  occupation: { sameOccupation: 1, sameUnitGroup: 0.6, sameMinorGroup: 0.3 },
  skills: { essentialWeight: 2, optionalWeight: 1 },
  loonwaarde: { valueAtMinimum: 0.5 },
  travel: { decay: { kind: 'LINEAR' } },
  education: { penaltyPerLevel: 0.25 },
  waiting: { fullCreditAfterDays: 730 },
  doelgroepBands: DEFAULT_DOELGROEP_BANDS,
};

/** History of parameter versions; add a new entry (never edit an old one) to change policy. */
export const MATCHING_PARAMETERS_HISTORY: readonly MatchingParameters[] = [DEFAULT_MATCHING_PARAMETERS];
