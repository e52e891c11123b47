import { ValidationError } from '@wsp/common';
import { decimalUnits, Fraction, fraction, min, mul, roundHalfUp, toNumber } from './arithmetic';
import { SroiBonus, SroiCategory } from './enums';
import { countMonths } from './months';

/** What the valuation needs of a table (see entities/valuation-table.entity.ts). */
export interface ValuationTableFacts {
  code: string;
  regionCode: string;
  fullTimeHours: number;
  activityHourlyValueCents: number;
  purchaseCountPercent: number;
  purchaseCapPercent: number | null;
  obligationThresholdCents: number;
  categories: ReadonlyMap<SroiCategory, { yearlyValueCents: number; capMonths: number | null }>;
  bonuses: ReadonlyMap<SroiBonus, { yearlyValueCents: number; minAge: number | null }>;
}

export interface PersonValuationInput {
  category: SroiCategory;
  hoursPerWeek: number;
  /** The counted period, or `months` directly. */
  months: Fraction;
  bonuses: readonly SroiBonus[];
}

export interface PersonValuation {
  valueCents: number;
  /** Yearly value of the category at full time. */
  categoryYearlyValueCents: number;
  /** Sum of the yearly values of the bonuses that applied. */
  bonusYearlyValueCents: number;
  bonusesApplied: SroiBonus[];
  /** min(hours, full time) / full time */
  hoursFactor: number;
  monthsRequested: number;
  monthsCounted: number;
  /** The category's counting cap in months (null = always). */
  capMonths: number | null;
  capApplied: boolean;
}

/**
 * Value of a person-based realisation (bouwblokkenmethode):
 *   (category yearly value + bonuses) × min(hours, full time)/full time × months/12,
 * where months stop at the category's counting cap; rounded half up to cents once at the end.
 * A category the table does not value is a validation error; bonuses the table does not know
 * add nothing (and are not listed as applied).
 */
export function valuePerson(table: ValuationTableFacts, input: PersonValuationInput): PersonValuation {
  const category = table.categories.get(input.category);
  if (!category) throw new ValidationError(`Tabel ${table.code} kent geen waarde voor categorie ${input.category}`, 'category');
  if (!(input.hoursPerWeek > 0) || input.hoursPerWeek > 60) throw new ValidationError('Het aantal uren per week ligt tussen 0 en 60', 'hoursPerWeek');
  const bonusesApplied = [...new Set(input.bonuses)].filter((b) => table.bonuses.has(b)).sort();
  const bonusYearly = bonusesApplied.reduce((s, b) => s + table.bonuses.get(b)!.yearlyValueCents, 0);
  const fullTimeHundredths = table.fullTimeHours * 100;
  const hours = Math.min(decimalUnits(input.hoursPerWeek, 2), fullTimeHundredths);
  const cap = category.capMonths;
  const counted = cap === null ? input.months : min(input.months, fraction(cap));
  const value = mul(fraction(category.yearlyValueCents + bonusYearly), fraction(hours, fullTimeHundredths), counted, fraction(1, 12));
  return {
    valueCents: roundHalfUp(value),
    categoryYearlyValueCents: category.yearlyValueCents,
    bonusYearlyValueCents: bonusYearly,
    bonusesApplied,
    hoursFactor: hours / fullTimeHundredths,
    monthsRequested: toNumber(input.months),
    monthsCounted: toNumber(counted),
    capMonths: cap,
    capApplied: counted !== input.months,
  };
}

/**
 * The counted period of a person-based realisation on `asOf`: from the later of the employment's
 * and the contract's start to the earliest of the employment's end, the contract's end and
 * `asOf` (work that has not happened yet does not count). Months per `countMonths`.
 */
export function countedMonths(p: { startDate: string; endDate: string | null }, contract: { startDate: string; endDate: string }, asOf: string): Fraction {
  const from = p.startDate > contract.startDate ? p.startDate : contract.startDate;
  let to = contract.endDate < asOf ? contract.endDate : asOf;
  if (p.endDate !== null && p.endDate < to) to = p.endDate;
  return countMonths(from, to);
}

/** Sociale inkoop: the invoice amount excluding VAT × the table's counting percentage (100 or 50). The per-contract cap is applied in progress.ts. */
export function valuePurchase(table: Pick<ValuationTableFacts, 'purchaseCountPercent'>, amountCents: number): number {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) throw new ValidationError('Het factuurbedrag is een positief bedrag in eurocent', 'amountCents');
  return roundHalfUp(mul(fraction(amountCents), fraction(table.purchaseCountPercent, 100)));
}

/** Other activities: hours × the table's hourly value (default €100). */
export function valueActivity(table: Pick<ValuationTableFacts, 'activityHourlyValueCents'>, hours: number): number {
  if (!(hours > 0) || hours > 10_000) throw new ValidationError('Het aantal uren ligt tussen 0 en 10.000', 'hours');
  return roundHalfUp(mul(fraction(decimalUnits(hours, 2), 100), fraction(table.activityHourlyValueCents)));
}

/** Whole years of age on `onDate` (a birthday on 29 February counts from 1 March in other years). */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = onDate.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
