import { MatchingConfigurationError } from './effective';

/** Scores and contributions are reported in multiples of 0.0001. */
export const SCORE_DECIMALS = 4;
const UNIT = 10 ** SCORE_DECIMALS;

export interface ComponentScore {
  key: string;
  label: string;
  /** Component value 0–1 (rounded to 4 decimals for display). */
  value: number;
  /** Normalised weight: the weights of all reported components sum to 1. */
  weight: number;
  /** Share of the score; contributions add up exactly to the score (in units of 0.0001). */
  contribution: number;
  note: string;
}

export interface RawComponent {
  key: string;
  label: string;
  value: number;
  weight: number;
  note: string;
}

/**
 * Normalises weights, computes score = Σ value × weight / Σ weight rounded to 4 decimals, and
 * splits it into contributions of whole 0.0001 units by the largest-remainder method, so that the
 * contributions add up exactly to the score (each is within 0.0001 of value × normalised weight).
 */
export function allocateContributions(raw: readonly RawComponent[]): { score: number; components: ComponentScore[] } {
  const totalWeight = raw.reduce((s, c) => s + c.weight, 0);
  if (!(totalWeight > 0)) throw new MatchingConfigurationError('At least one component needs a positive weight');
  const exact = raw.map((c) => (c.value * c.weight) / totalWeight);
  const exactSum = exact.reduce((s, x) => s + x, 0);
  const scoreUnits = Math.round(exactSum * UNIT);
  const floors = exact.map((x) => Math.floor(x * UNIT + 1e-9));
  let missing = scoreUnits - floors.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => ({ i, rem: x * UNIT - floors[i] })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  const units = [...floors];
  // missing is in [-n, n] only through float noise; walk the remainders in the right direction.
  for (let k = 0; missing > 0; k = (k + 1) % order.length, missing--) units[order[k].i]++;
  for (let k = order.length - 1; missing < 0; k = (k - 1 + order.length) % order.length) {
    if (units[order[k].i] > 0) {
      units[order[k].i]--;
      missing++;
    }
  }
  return {
    score: scoreUnits / UNIT,
    components: raw.map((c, i) => ({
      key: c.key,
      label: c.label,
      value: roundTo(c.value, SCORE_DECIMALS),
      weight: roundTo(c.weight / totalWeight, 6),
      contribution: units[i] / UNIT,
      note: c.note,
    })),
  };
}

/** Sum of contributions computed in whole units, i.e. exactly comparable with `score`. */
export function sumContributions(components: readonly Pick<ComponentScore, 'contribution'>[]): number {
  return components.reduce((s, c) => s + Math.round(c.contribution * UNIT), 0) / UNIT;
}

function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

/** Overall verdict for the employer sentence. */
export function verdict(score: number): string {
  if (score >= 0.8) return 'Past zeer goed';
  if (score >= 0.6) return 'Past goed';
  if (score >= 0.4) return 'Past redelijk';
  return 'Past beperkt';
}

/**
 * Dutch sentence a consultant can read to an employer, e.g. "Past goed: 4 van 5 essentiële
 * vaardigheden, ongeveer 25 minuten reistijd per fiets (schatting), beschikbaar voor 24–32 uur."
 * Built only from component phrases, which never contain personal data.
 */
export function buildSentence(score: number, phrases: readonly (string | null)[]): string {
  const parts = phrases.filter((p): p is string => p !== null && p.length > 0);
  return parts.length === 0 ? `${verdict(score)}.` : `${verdict(score)}: ${parts.join(', ')}.`;
}
