import { DatedParameter, datedParameter, entryOn } from './dated-parameter';

/**
 * The legal parameters of the loonkostensubsidie, each a dated table with its source. Money in
 * eurocents, percentages in basis points (1/100 %). Where an `effectiveFrom` is earlier than the
 * first WML entry it only states that the value held on that date; the rule itself may be older.
 */

/**
 * Wml minimum wage per month, 21 years and older (the "referentiemaandloon", Wml art. 8 lid 1
 * sub b), without holiday allowance. Since the Wet invoering minimumuurloon (2024-01-01) the
 * statutory minimum is an hourly wage and this monthly amount is derived from it for a 36-hour
 * week (see NORMATIVE_WEEK_HOURS). Amounts from the half-yearly SZW indexation regulations.
 * The table starts on 2024-01-01 on purpose: before it, the monthly WML was the amount for the
 * employer's own full working week (36-40 h), which the h/36 proration does not model.
 * Indexation dates are 1 January and 1 July: beyond `knownUntil` the amount is unknown.
 */
export const WML_MONTHLY_21_PLUS_CENTS: DatedParameter<number> = datedParameter(
  'wettelijk minimumloon per maand (21 jaar en ouder)',
  [
    { effectiveFrom: '2024-01-01', value: 206_940 }, // SZW regeling 2023-0000526966 (8-10-2023): € 2.069,40 (€ 13,27/uur)
    { effectiveFrom: '2024-07-01', value: 213_360 }, // SZW regeling 2024-0000032606 (17-4-2024): € 2.133,60 (€ 13,68/uur)
    { effectiveFrom: '2025-01-01', value: 219_180 }, // SZW besluit 2024-0000675332 (9-10-2024): € 2.191,80 (€ 14,06/uur)
    { effectiveFrom: '2025-07-01', value: 224_580 }, // SZW indexatie per 1-7-2025: € 2.245,80 (€ 14,40/uur)
    { effectiveFrom: '2026-01-01', value: 229_440 }, // SZW besluit 2025-0000213859 (9-10-2025): € 2.294,40 (€ 14,71/uur)
    { effectiveFrom: '2026-07-01', value: 233_700 }, // SZW indexatie per 1-7-2026: € 2.337,00 (figure from the project brief)
  ],
  '2027-01-01', // next indexation; add its amount here when SZW publishes it
);

/**
 * The working week the monthly WML amount stands for: 36 hours (Wet invoering minimumuurloon,
 * in force 2024-01-01; the hourly minimum was set from a 36-hour week). The LKS is prorated by
 * hours / this week.
 */
export const NORMATIVE_WEEK_HOURS: DatedParameter<number> = datedParameter('normatieve werkweek (uren)', [
  { effectiveFrom: '2024-01-01', value: 36 },
]);

/** Minimum holiday allowance (minimumvakantiebijslag): 8% of the wage, Wml art. 15 lid 1. */
export const HOLIDAY_ALLOWANCE_BP: DatedParameter<number> = datedParameter('minimumvakantiebijslag', [
  { effectiveFrom: '2015-01-01', value: 800 },
]);

/** Minimum youth wage as a share of the adult WML, Wml art. 8 / Besluit minimumjeugdloon. */
export interface YouthWageScale {
  /** From this age on the full (100%) minimum wage applies. */
  readonly fullWageAge: number;
  /** The lowest age with a minimum wage at all (the Wml youth scale starts at 15). */
  readonly minimumAge: number;
  /** Basis points per age below `fullWageAge`. */
  readonly percentageBpByAge: Readonly<Record<number, number>>;
}

export const YOUTH_WAGE_SCALE: DatedParameter<YouthWageScale> = datedParameter<YouthWageScale>('minimumjeugdloon', [
  // Scale in force before 1-7-2017 (full WML from 23 years).
  { effectiveFrom: '2015-01-01', value: { fullWageAge: 23, minimumAge: 15, percentageBpByAge: { 15: 3000, 16: 3450, 17: 3950, 18: 4550, 19: 5250, 20: 6150, 21: 7250, 22: 8500 } } },
  // First step of the youth wage increase: full WML from 22 years.
  { effectiveFrom: '2017-07-01', value: { fullWageAge: 22, minimumAge: 15, percentageBpByAge: { 15: 3000, 16: 3450, 17: 3950, 18: 4750, 19: 5500, 20: 7000, 21: 8500 } } },
  // Second step: full WML from 21 years.
  { effectiveFrom: '2019-07-01', value: { fullWageAge: 21, minimumAge: 15, percentageBpByAge: { 15: 3000, 16: 3450, 17: 3950, 18: 5000, 19: 6000, 20: 8000 } } },
]);

/** The LKS is at most 70% of the (prorated) WML plus holiday allowance: Participatiewet art. 10d lid 2. */
export const MAX_SUBSIDY_BP: DatedParameter<number> = datedParameter('maximale loonkostensubsidie', [
  { effectiveFrom: '2015-01-01', value: 7000 },
]);

export interface ForfaitRule {
  readonly percentageBp: number;
  /** The forfait is for at most the first this-many months of the employment. */
  readonly maxMonths: number;
}

/**
 * Forfaitaire loonkostensubsidie without a loonwaarde assessment: 50% for at most the first
 * 6 months of the employment, Participatiewet art. 10d lid 5 (introduced by the Wet stroomlijning
 * loonkostensubsidie, Kamerstukken 34 514; this table starts at the first date this tool supports).
 */
export const FORFAIT: DatedParameter<ForfaitRule> = datedParameter<ForfaitRule>('forfaitaire loonkostensubsidie', [
  { effectiveFrom: '2024-01-01', value: { percentageBp: 5000, maxMonths: 6 } },
]);

/**
 * Compensation for employer charges (vergoeding werkgeverslasten) on top of the LKS, as a
 * percentage of it: Participatiewet art. 10d with the Regeling loonkostensubsidie Participatiewet,
 * art. 1.
 */
export const EMPLOYER_CHARGES_BP: DatedParameter<number> = datedParameter('vergoeding werkgeverslasten', [
  { effectiveFrom: '2015-01-01', value: 2300 }, // Regeling of 5-12-2014, Stcrt. 2014, 35743 (unchanged for 2016 and 2017)
  { effectiveFrom: '2018-01-01', value: 2350 }, // Regeling of 22-11-2017, Stcrt. 2017, 68248
]);

/** All parameters in one bundle, so that tests (and a future what-if) can pass their own tables. */
export interface LksParameters {
  readonly wmlMonthlyCents: DatedParameter<number>;
  readonly normativeWeekHours: DatedParameter<number>;
  readonly holidayAllowanceBp: DatedParameter<number>;
  readonly youthWageScale: DatedParameter<YouthWageScale>;
  readonly maxSubsidyBp: DatedParameter<number>;
  readonly forfait: DatedParameter<ForfaitRule>;
  readonly employerChargesBp: DatedParameter<number>;
}

export const DEFAULT_LKS_PARAMETERS: LksParameters = {
  wmlMonthlyCents: WML_MONTHLY_21_PLUS_CENTS,
  normativeWeekHours: NORMATIVE_WEEK_HOURS,
  holidayAllowanceBp: HOLIDAY_ALLOWANCE_BP,
  youthWageScale: YOUTH_WAGE_SCALE,
  maxSubsidyBp: MAX_SUBSIDY_BP,
  forfait: FORFAIT,
  employerChargesBp: EMPLOYER_CHARGES_BP,
};

/** The employer-charges rate (basis points) in force on `date`, or undefined when none is known. */
export function employerChargesRateOn(date: string, parameters: LksParameters = DEFAULT_LKS_PARAMETERS): number | undefined {
  return entryOn(parameters.employerChargesBp, date)?.value;
}

/**
 * The minimum-wage percentage (basis points) for `age` on `date`: 10000 from the full-wage age,
 * the youth percentage below it; undefined below the scale's minimum age or when no scale is known.
 */
export function youthWagePercentageOn(date: string, age: number, parameters: LksParameters = DEFAULT_LKS_PARAMETERS): number | undefined {
  const scale = entryOn(parameters.youthWageScale, date)?.value;
  if (!scale || age < scale.minimumAge) return undefined;
  if (age >= scale.fullWageAge) return 10_000;
  return scale.percentageBpByAge[age];
}
