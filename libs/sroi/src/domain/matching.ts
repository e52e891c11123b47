import { allocateContributions, ComponentScore, DEFAULT_COMPONENTS, MatchingParameters, RawComponent, ScoreComponent } from '@wsp/matching-core';
import { SroiCategory } from './enums';
import { ValuationTableFacts } from './valuation';

/**
 * The optional SROI score component of the matching (off by default, switched on per region in
 * sroi_region_settings). It favours candidates who would count for an open obligation of the
 * vacancy's employer, graded by what they would be worth:
 *   value = yearly value of the candidate's category / the highest category value of the table
 * of the employer's open contract (Haaglanden: banenafspraak 1, Participatiewet 0.8, WIA 0.6,
 * WW 0.4, no benefit 0.1), and 0 when the employer has no contract with a remaining obligation.
 *
 * It is built on the open component list of @wsp/matching-core (same key `sroi` as the core's
 * weight-0 slot, which it replaces), so the core needs no change: pass `sroiComponents(lookup)` as
 * the components and `withSroiWeight(params, weight)` as the parameters.
 */
export interface SroiContributionLookup {
  /** 0–1 for the pair; 0 when the candidate would not count for an open obligation of the vacancy's employer. */
  contribution(vacancyId: string, candidateId: string): number;
}

export const SROI_COMPONENT_KEY = 'sroi';
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** A category's value relative to the table's highest category value (0 when the table does not value it). */
export function relativeCategoryValue(table: Pick<ValuationTableFacts, 'categories'>, category: SroiCategory): number {
  const max = Math.max(0, ...[...table.categories.values()].map((c) => c.yearlyValueCents));
  const own = table.categories.get(category)?.yearlyValueCents ?? 0;
  return max > 0 ? clamp01(own / max) : 0;
}

function note(value: number): string {
  return value > 0
    ? `Telt mee voor een openstaande SROI-verplichting van de werkgever (${Math.round(value * 100)}% van de hoogste categoriewaarde).`
    : 'Telt niet mee voor een openstaande SROI-verplichting van de werkgever.';
}

export function sroiObligationComponent(lookup: SroiContributionLookup): ScoreComponent {
  return {
    key: SROI_COMPONENT_KEY,
    label: 'SROI',
    evaluate({ vacancy, candidate }) {
      const value = clamp01(lookup.contribution(vacancy.id, candidate.id));
      // No employer phrase: it would reveal the candidate's benefit or doelgroepregister registration.
      return { value, note: note(value), phrase: null };
    },
    value: ({ vacancy, candidate }) => clamp01(lookup.contribution(vacancy.id, candidate.id)),
  };
}

/** The core's default components with the SROI slot replaced by the obligation component. */
export function sroiComponents(lookup: SroiContributionLookup): ScoreComponent[] {
  return DEFAULT_COMPONENTS.map((c) => (c.key === SROI_COMPONENT_KEY ? sroiObligationComponent(lookup) : c));
}

/** Parameters with the SROI weight set (0 = off). The other weights keep their ratios. */
export function withSroiWeight(params: MatchingParameters, weight: number): MatchingParameters {
  return { ...params, weights: { ...params.weights, [SROI_COMPONENT_KEY]: weight } };
}

/** A stored component of a current match (matches.components). */
export interface StoredComponent {
  code: string;
  label: string;
  value: number;
  weight: number;
  note?: string | null;
}

/**
 * Re-scores a stored match with the SROI component at `weight` next to the stored weights of the
 * other components (normalised to sum 1 again, so a stored SROI slot does not count twice), with
 * the core's own allocation (contributions add up to the score). A match stored by a run with the
 * component on at the same weight and value keeps its score. Weight 0 keeps the other components.
 */
export function rescoreWithSroi(stored: readonly StoredComponent[], sroiValue: number, weight: number): { score: number; components: ComponentScore[] } {
  const others = stored.filter((c) => c.code !== SROI_COMPONENT_KEY);
  const total = others.reduce((s, c) => s + c.weight, 0);
  const raw: RawComponent[] = others.map((c) => ({ key: c.code, label: c.label, value: c.value, weight: total > 0 ? c.weight / total : c.weight, note: c.note ?? '' }));
  if (weight > 0) raw.push({ key: SROI_COMPONENT_KEY, label: 'SROI', value: clamp01(sroiValue), weight, note: note(sroiValue) });
  return allocateContributions(raw);
}
