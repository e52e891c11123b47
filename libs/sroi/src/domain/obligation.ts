import { decimalUnits, fraction, mul, roundHalfUp } from './arithmetic';

export interface ObligationInput {
  contractValueCents: number;
  /** e.g. 5 or 5.25 */
  sroiPercentage: number;
  psoDiscountPercentage: number | null;
  /** From the contract's valuation table (default €200,000). */
  thresholdCents: number;
  /** An obligation an admin set explicitly; replaces the formula (also below the threshold). */
  overrideCents: number | null;
}

export interface Obligation {
  obligationCents: number;
  /** value × percentage × (1 − PSO discount), whatever the threshold says. */
  formulaCents: number;
  belowThreshold: boolean;
  overridden: boolean;
}

/**
 * Obligation = contract value (excl. VAT) × SROI percentage × (1 − PSO discount), rounded half up
 * to cents once. A contract below the threshold has no obligation unless an admin set one
 * explicitly (municipal SROI policy: social return applies from a threshold value of the contract).
 */
export function computeObligation(i: ObligationInput): Obligation {
  const pct = decimalUnits(i.sroiPercentage, 2);
  const pso = decimalUnits(i.psoDiscountPercentage ?? 0, 2);
  const formulaCents = roundHalfUp(mul(fraction(i.contractValueCents), fraction(pct, 10_000), fraction(10_000 - pso, 10_000)));
  const belowThreshold = i.contractValueCents < i.thresholdCents;
  if (i.overrideCents !== null) return { obligationCents: i.overrideCents, formulaCents, belowThreshold, overridden: true };
  return { obligationCents: belowThreshold ? 0 : formulaCents, formulaCents, belowThreshold, overridden: false };
}
