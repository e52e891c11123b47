import { DEFAULT_COMPONENTS, MatchingParameters, ScoreComponent, activeComponents } from '@wsp/matching-core';
import { canReach } from './score-bound';

/** Components that are 0 for a pair without any occupation or skill overlap (search level NONE). */
export const OVERLAP_COMPONENT_KEYS: readonly string[] = ['skills', 'occupation'];

/**
 * The highest score a pair without occupation/skill overlap can reach under these parameters:
 * every other active component at its maximum 1, skills and occupation 0 (search level NONE
 * implies both are 0: same ESCO occupation, ISCO unit and minor group, and skills are what the
 * levels test). With the default weights: 1 − 0.25 − 0.20 = 0.55.
 */
export function zeroOverlapUpperBound(params: MatchingParameters, components: readonly ScoreComponent[] = DEFAULT_COMPONENTS): number {
  const active = activeComponents(params, components);
  let total = 0;
  let rest = 0;
  for (const c of active) {
    const w = params.weights[c.key] ?? 0;
    total += w;
    if (!OVERLAP_COMPONENT_KEYS.includes(c.key)) rest += w;
  }
  return rest / total;
}

/**
 * Whether the rest tier (no overlap) must be retrieved to make a top `limit` exact: when the
 * overlap tier gave fewer than `limit` matches, or when a rest pair could still reach (or tie:
 * ties are broken by id) the current `limit`-th score. Scores are rounded to 4 decimals, so the
 * bound is rounded up to the next 0.0001 (plus float slack) before comparing.
 */
export function needsRestTier(scoresDescending: readonly number[], limit: number, upperBound: number): boolean {
  if (scoresDescending.length < limit) return true;
  if (limit === 0) return false;
  return canReach(upperBound, scoresDescending[limit - 1]);
}
