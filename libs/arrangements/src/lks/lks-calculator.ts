import { ValidationError } from '@wsp/common';
import { addDays, firstOfYear, laterOf, startOfMonthAfterPeriod } from './calendar';
import { DatedParameter, entryOn } from './dated-parameter';
import { calculateEmployerNetCost, EmployerNetCost } from './employer-cost';
import { basisPoints, fraction, roundHalfUp, times, toNumber } from './exact';
import { explainLks } from './explanation';
import { LksCalculationInput, LksRoute, validateLksInput } from './lks-input';
import { DEFAULT_LKS_PARAMETERS, LksParameters, youthWagePercentageOn } from './parameters';

/**
 * Loonkostensubsidie (LKS) per month, Participatiewet art. 10d:
 *
 *   B       = WML per month (21+, × youth percentage when an age is given) × (1 + 8% holiday allowance)
 *   share   = 100% − loonwaarde, at most 70% (lid 2); or 50% on the forfait route (lid 5)
 *   LKS     = B × share × h / 36 × (1 + employer-charges rate)
 *
 * - Indexation (lid 7): the WML used is the one in force on the later of the start date and
 *   1 January of the calculation year, so a running LKS follows the WML only on 1 January.
 * - Hours: h = contract hours, capped at the sector's full-time week when given and otherwise at
 *   the normative 36-hour week. Since 2024 the WML is an hourly wage and the monthly amount is its
 *   36-hour equivalent, so h / 36 converts the monthly amount to the hours actually paid:
 *   * a 32-hour sector with a 32-hour contract gets 32/36 (the employee is full-time in the sector,
 *     but the minimum wage, and so the loss being compensated, is for 32 hours);
 *   * a 40-hour sector with a 40-hour contract gets 40/36: the minimum wage for 40 hours is 40/36 of
 *     the monthly amount;
 *   * without a sector week, hours above 36 are not subsidised (factor at most 1): nothing shows
 *     that they are normal hours rather than overtime, and the normative week is the WML's own.
 * - Rounding: every step is exact (rational arithmetic in cents); the monthly amount is rounded
 *   half up to whole cents once, at the end. Intermediate amounts in the result are the exact
 *   values rounded half up for display only; they are not fed back into the calculation.
 */
export interface LksCalculationResult {
  route: LksRoute;
  startDate: string;
  calculationDate: string;
  /** The later of startDate and 1 January of the calculation year (art. 10d lid 7). */
  wmlReferenceDate: string;
  /** WML per month, 21 years and older, in force on wmlReferenceDate. */
  wmlMonthlyCents: number;
  wmlEffectiveFrom: string;
  age: number | null;
  /** Minimum youth wage percentage; only when an age was given (100 from 21 years). */
  youthWagePercentage: number | null;
  /** The employee's minimum wage per month (WML × youth percentage), rounded for display. */
  minimumWageMonthlyCents: number;
  holidayAllowancePercentage: number;
  /** B: minimum wage plus holiday allowance, rounded for display. */
  baseAmountCents: number;
  loonwaardePercentage: number | null;
  /** Share of B that is subsidised, after the cap. */
  subsidyPercentage: number;
  maxSubsidyPercentage: number;
  capApplied: boolean;
  /** Last day on which the forfait may be used (end of month 6); forfait route only. */
  forfaitLastDay: string | null;
  contractHoursPerWeek: number;
  fullTimeHoursPerWeek: number | null;
  /** Contract hours after the cap (sector week, or the normative week when none is given). */
  subsidisedHoursPerWeek: number;
  normativeHoursPerWeek: number;
  /** subsidisedHoursPerWeek / normativeHoursPerWeek */
  hoursFactor: number;
  /** B × share × hours factor, rounded for display. */
  subsidyBeforeEmployerChargesCents: number;
  employerChargesPercentage: number;
  /** monthlyAmountCents − subsidyBeforeEmployerChargesCents */
  employerChargesCents: number;
  monthlyAmountCents: number;
  employerCost: EmployerNetCost | null;
  /** Short Dutch explanation of the calculation. */
  explanation: string;
}

function lookup<T>(parameter: DatedParameter<T>, date: string, field: string): { effectiveFrom: string; value: T } {
  const entry = entryOn(parameter, date);
  if (entry) return entry;
  const first = parameter.entries[0].effectiveFrom;
  const why =
    date < first
      ? `de rekentool kent deze vanaf ${first}`
      : `de tabel loopt tot en met ${addDays(parameter.knownUntil ?? date, -1)}; het bedrag per ${date} is nog niet opgenomen`;
  throw new ValidationError(`Geen ${parameter.name} bekend voor ${date}: ${why}`, field, { parameter: parameter.name, date });
}

export function calculateLks(input: LksCalculationInput, parameters: LksParameters = DEFAULT_LKS_PARAMETERS): LksCalculationResult {
  const v = validateLksInput(input);

  // Art. 10d lid 7: the WML (and with it B) is fixed on the later of start date and 1 January.
  const wmlReferenceDate = laterOf(v.startDate, firstOfYear(v.calculationDate));
  const referenceField = wmlReferenceDate === v.startDate ? 'startDate' : 'calculationDate';
  const wml = lookup(parameters.wmlMonthlyCents, wmlReferenceDate, referenceField);
  const normativeWeek = lookup(parameters.normativeWeekHours, wmlReferenceDate, referenceField).value;
  const holidayBp = lookup(parameters.holidayAllowanceBp, wmlReferenceDate, referenceField).value;

  let youthBp: number | null = null;
  if (v.age !== null) {
    lookup(parameters.youthWageScale, wmlReferenceDate, referenceField);
    const bp = youthWagePercentageOn(wmlReferenceDate, v.age, parameters);
    if (bp === undefined) throw new ValidationError('Het wettelijk minimum(jeugd)loon geldt pas vanaf 15 jaar', 'age');
    youthBp = bp;
  }

  // The rules of the month being paid: the cap, the forfait and the employer-charges rate.
  const maxBp = lookup(parameters.maxSubsidyBp, v.calculationDate, 'calculationDate').value;
  const chargesBp = lookup(parameters.employerChargesBp, v.calculationDate, 'calculationDate').value;

  let shareBp: number;
  let forfaitLastDay: string | null = null;
  if (v.route === LksRoute.FORFAITAIR) {
    const forfait = lookup(parameters.forfait, v.startDate, 'startDate').value;
    const firstDayAfter = startOfMonthAfterPeriod(v.startDate, forfait.maxMonths);
    forfaitLastDay = addDays(firstDayAfter, -1);
    if (v.calculationDate >= firstDayAfter) {
      throw new ValidationError(
        `De forfaitaire loonkostensubsidie geldt alleen in de eerste ${forfait.maxMonths} maanden van het dienstverband ` +
          `(tot en met ${forfaitLastDay}); vanaf maand ${forfait.maxMonths + 1} is een vastgestelde loonwaarde nodig (art. 10d lid 5 Participatiewet)`,
        'calculationDate',
        { forfaitLastDay },
      );
    }
    shareBp = forfait.percentageBp;
  } else {
    shareBp = 10_000 - (v.loonwaardePercentage ?? 0) * 100;
  }
  const capApplied = shareBp > maxBp;
  if (capApplied) shareBp = maxBp;

  const capHundredths = v.fullTimeHundredths ?? normativeWeek * 100;
  const subsidisedHundredths = Math.min(v.contractHundredths, capHundredths);
  const hoursFactor = fraction(subsidisedHundredths, normativeWeek * 100);

  const minimumWage = times(fraction(wml.value), basisPoints(youthBp ?? 10_000));
  const base = times(minimumWage, basisPoints(10_000 + holidayBp));
  const beforeCharges = times(base, basisPoints(shareBp), hoursFactor);
  const monthlyAmountCents = roundHalfUp(times(beforeCharges, basisPoints(10_000 + chargesBp)));
  const subsidyBeforeEmployerChargesCents = roundHalfUp(beforeCharges);

  const employerCost =
    v.grossMonthlyWageCents === null
      ? null
      : calculateEmployerNetCost({
          grossMonthlyWageCents: v.grossMonthlyWageCents,
          lksMonthlyAmountCents: monthlyAmountCents,
          holidayAllowanceBp: holidayBp,
          employerChargesBp: chargesBp,
        });

  const result: Omit<LksCalculationResult, 'explanation'> = {
    route: v.route,
    startDate: v.startDate,
    calculationDate: v.calculationDate,
    wmlReferenceDate,
    wmlMonthlyCents: wml.value,
    wmlEffectiveFrom: wml.effectiveFrom,
    age: v.age,
    youthWagePercentage: youthBp === null ? null : youthBp / 100,
    minimumWageMonthlyCents: roundHalfUp(minimumWage),
    holidayAllowancePercentage: holidayBp / 100,
    baseAmountCents: roundHalfUp(base),
    loonwaardePercentage: v.loonwaardePercentage,
    subsidyPercentage: shareBp / 100,
    maxSubsidyPercentage: maxBp / 100,
    capApplied,
    forfaitLastDay,
    contractHoursPerWeek: v.contractHundredths / 100,
    fullTimeHoursPerWeek: v.fullTimeHundredths === null ? null : v.fullTimeHundredths / 100,
    subsidisedHoursPerWeek: subsidisedHundredths / 100,
    normativeHoursPerWeek: normativeWeek,
    hoursFactor: toNumber(hoursFactor),
    subsidyBeforeEmployerChargesCents,
    employerChargesPercentage: chargesBp / 100,
    employerChargesCents: monthlyAmountCents - subsidyBeforeEmployerChargesCents,
    monthlyAmountCents,
    employerCost,
  };
  return { ...result, explanation: explainLks(result, roundHalfUp(times(base, basisPoints(shareBp)))) };
}
