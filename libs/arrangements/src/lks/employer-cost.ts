import { ValidationError } from '@wsp/common';
import { basisPoints, fraction, roundHalfUp, times } from './exact';

/** Sanity bound only (EUR 100,000 gross per month), as for vacancy wages. */
export const WAGE_MAX_CENTS = 10_000_000;

export function assertGrossMonthlyWage(value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > WAGE_MAX_CENTS) {
    throw new ValidationError(`Het brutomaandloon is een bedrag in eurocent van 1 tot en met ${WAGE_MAX_CENTS}`, 'grossMonthlyWageCents');
  }
}

/** What an employer pays per month for an LKS employee, before and after the subsidy. */
export interface EmployerNetCost {
  grossMonthlyWageCents: number;
  holidayAllowanceCents: number;
  employerChargesCents: number;
  /** gross + holiday allowance + employer charges */
  wageCostsCents: number;
  subsidyCents: number;
  /** wage costs − LKS; negative only when the wage is below what the LKS is based on */
  netCostCents: number;
}

/**
 * The employer's monthly wage costs ("loonkosten") and net cost after the LKS.
 *
 * Simplification, stated to the employer as such: loonkosten = gross wage × (1 + holiday
 * allowance 8%) × (1 + the LKS employer-charges rate). The real charges differ per employer
 * (pension fund, sector fund, sickness insurance); the LKS rate is the legal flat-rate estimate of
 * them (Regeling loonkostensubsidie Participatiewet art. 1), so the two sides use the same rate.
 *
 * Rounding: the wage costs are computed exactly and rounded half up once; the holiday allowance is
 * rounded half up and the charges are the remainder, so the parts add up to the total.
 */
export function calculateEmployerNetCost(input: {
  grossMonthlyWageCents: number;
  lksMonthlyAmountCents: number;
  holidayAllowanceBp: number;
  employerChargesBp: number;
}): EmployerNetCost {
  assertGrossMonthlyWage(input.grossMonthlyWageCents);
  const gross = fraction(input.grossMonthlyWageCents);
  const withHoliday = times(gross, basisPoints(10_000 + input.holidayAllowanceBp));
  const wageCostsCents = roundHalfUp(times(withHoliday, basisPoints(10_000 + input.employerChargesBp)));
  const holidayAllowanceCents = roundHalfUp(times(gross, basisPoints(input.holidayAllowanceBp)));
  return {
    grossMonthlyWageCents: input.grossMonthlyWageCents,
    holidayAllowanceCents,
    employerChargesCents: wageCostsCents - input.grossMonthlyWageCents - holidayAllowanceCents,
    wageCostsCents,
    subsidyCents: input.lksMonthlyAmountCents,
    netCostCents: wageCostsCents - input.lksMonthlyAmountCents,
  };
}
