import { isIsoDate, ValidationError } from '@wsp/common';
import { assertGrossMonthlyWage } from './employer-cost';

/** How the subsidised share is set: from an assessed loonwaarde, or the forfait (art. 10d lid 5). */
export enum LksRoute {
  LOONWAARDE = 'LOONWAARDE',
  FORFAITAIR = 'FORFAITAIR',
}

export interface LksCalculationInput {
  /** First day of the employment (dienstbetrekking), ISO date. */
  startDate: string;
  /** The day whose month is calculated; defaults to startDate. */
  calculationDate?: string | null;
  contractHoursPerWeek: number;
  /** The sector's (cao's) full-time week, when known. */
  fullTimeHoursPerWeek?: number | null;
  route: LksRoute;
  /** Assessed loonwaarde 0-100 (whole percent); required for LOONWAARDE, refused for FORFAITAIR. */
  loonwaardePercentage?: number | null;
  /** Age of the employee, for the minimum youth wage; without it the adult WML applies. */
  age?: number | null;
  /** Gross monthly wage for the contract hours, to show the employer's net cost. */
  grossMonthlyWageCents?: number | null;
}

export interface ValidLksInput {
  startDate: string;
  calculationDate: string;
  /** Hours in hundredths of an hour, so that 32.5 h is exact. */
  contractHundredths: number;
  fullTimeHundredths: number | null;
  route: LksRoute;
  loonwaardePercentage: number | null;
  age: number | null;
  grossMonthlyWageCents: number | null;
}

/** No one works more than 60 hours in a week: Arbeidstijdenwet art. 5:7 (same bound as vacancies). */
export const HOURS_MAX = 60;
/** Sanity bound on the age field; the lower bound comes from the youth wage scale (15). */
export const AGE_MAX = 100;

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const given = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;

function hoursInHundredths(value: unknown, field: string, label: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ValidationError(`${label} moet groter zijn dan 0`, field);
  }
  if (value > HOURS_MAX) throw new ValidationError(`${label} is hoogstens ${HOURS_MAX} uur per week`, field);
  const hundredths = Math.round(value * 100);
  if (Math.abs(value * 100 - hundredths) > 1e-6) throw new ValidationError(`Geef ${label.toLowerCase()} in hoogstens twee decimalen`, field);
  return hundredths;
}

function isoDate(value: unknown, field: string): string {
  if (typeof value !== 'string' || !isIsoDate(value)) throw new ValidationError('Geef een datum als JJJJ-MM-DD', field);
  return value;
}

/** Checks every input rule; throws a ValidationError naming the first offending field. */
export function validateLksInput(input: LksCalculationInput): ValidLksInput {
  const startDate = isoDate(input.startDate, 'startDate');
  const calculationDate = given(input.calculationDate) ? isoDate(input.calculationDate, 'calculationDate') : startDate;
  if (calculationDate < startDate) {
    throw new ValidationError('De berekeningsdatum ligt vóór de startdatum van het dienstverband', 'calculationDate');
  }

  const contractHundredths = hoursInHundredths(input.contractHoursPerWeek, 'contractHoursPerWeek', 'Het aantal contracturen');
  const fullTimeHundredths = given(input.fullTimeHoursPerWeek)
    ? hoursInHundredths(input.fullTimeHoursPerWeek, 'fullTimeHoursPerWeek', 'De voltijdse werkweek')
    : null;

  if (input.route !== LksRoute.LOONWAARDE && input.route !== LksRoute.FORFAITAIR) {
    throw new ValidationError('Kies de route LOONWAARDE of FORFAITAIR', 'route');
  }
  let loonwaardePercentage: number | null = null;
  if (input.route === LksRoute.LOONWAARDE) {
    if (!given(input.loonwaardePercentage)) {
      throw new ValidationError('Geef de vastgestelde loonwaarde (0-100%) op voor de loonwaarderoute', 'loonwaardePercentage');
    }
    if (!isInt(input.loonwaardePercentage) || input.loonwaardePercentage < 0 || input.loonwaardePercentage > 100) {
      throw new ValidationError('De loonwaarde is een heel percentage van 0 tot en met 100', 'loonwaardePercentage');
    }
    loonwaardePercentage = input.loonwaardePercentage;
  } else if (given(input.loonwaardePercentage)) {
    throw new ValidationError('Bij de forfaitaire route hoort geen loonwaarde: laat de loonwaarde leeg of kies de loonwaarderoute', 'loonwaardePercentage');
  }

  let age: number | null = null;
  if (given(input.age)) {
    if (!isInt(input.age) || input.age < 0 || input.age > AGE_MAX) throw new ValidationError(`De leeftijd is een heel getal tot en met ${AGE_MAX}`, 'age');
    age = input.age;
  }

  let grossMonthlyWageCents: number | null = null;
  if (given(input.grossMonthlyWageCents)) {
    assertGrossMonthlyWage(input.grossMonthlyWageCents);
    grossMonthlyWageCents = input.grossMonthlyWageCents;
  }

  return { startDate, calculationDate, contractHundredths, fullTimeHundredths, route: input.route, loonwaardePercentage, age, grossMonthlyWageCents };
}
