import { DomainError } from '@wsp/common';
import { ageOn } from '@wsp/candidates';
import { addDays, startOfMonthAfterPeriod } from '../lks/calendar';
import { calculateEmployerNetCost } from '../lks/employer-cost';
import { entryOn } from '../lks/dated-parameter';
import { calculateLks } from '../lks/lks-calculator';
import { LksRoute } from '../lks/lks-input';
import { DEFAULT_LKS_PARAMETERS, LksParameters } from '../lks/parameters';
import {
  AdjustmentFunder,
  coachingHoursInMonth,
  findInstrument,
  Instrument,
  InstrumentKind,
  JobcoachingPayer,
  lksPeriod,
  MAX_ARRANGEMENT_MONTHS,
  proefplaatsPeriod,
} from './instruments';

export enum CostPhase {
  /** Proefplaats: the benefit continues; no wage and no LKS (Participatiewet art. 6 and 8a). */
  PROEFPLAATS = 'PROEFPLAATS',
  EMPLOYMENT = 'EMPLOYMENT',
}

export enum LksRecipient {
  EMPLOYER = 'EMPLOYER',
  /** With detachering the leerwerkbedrijf is the legal employer and receives the LKS. */
  LEERWERKBEDRIJF = 'LEERWERKBEDRIJF',
}

export interface CostCandidate {
  hoursPerWeek: number;
  grossMonthlyWageCents: number;
  loonwaardePercentage: number | null;
  /** For the minimum youth wage; null = treated as 21 or older. Never leaves this function. */
  dateOfBirth: string | null;
}

export interface CostMonth {
  /** 1 = the month starting on the arrangement's start date. */
  month: number;
  periodStart: string;
  periodEnd: string;
  phase: CostPhase;
  /** Sum of the candidates' gross monthly wages (0 during the proefplaats). */
  grossWageCents: number;
  /** Gross wage + holiday allowance + employer charges (the legal employer's wage costs). */
  wageCostsCents: number;
  /** Sum of the LKS; null when it cannot be computed (see notes). */
  lksCents: number | null;
  lksRoute: LksRoute | null;
  lksRecipient: LksRecipient | null;
  jobcoachingHours: number;
  jobcoachingCents: number;
  jobcoachingPayer: JobcoachingPayer | null;
  /** What the employer pays the leerwerkbedrijf with detachering. */
  detacheringFeeCents: number;
  /** One-off costs the employer bears this month (a werkplekaanpassing it funds itself, month 1). */
  oneOffCostsCents: number;
  /** What the employer pays net this month; null when the LKS is unknown. */
  employerNetCostCents: number | null;
  notes: string[];
}

export interface CostOverviewInput {
  startDate: string;
  endDate: string | null;
  /** Number of months to show; at most MAX_ARRANGEMENT_MONTHS. */
  months: number;
  candidates: readonly CostCandidate[];
  instruments: readonly Instrument[];
}

/** Default horizon of the overview when the arrangement has no end date. */
export const DEFAULT_OVERVIEW_MONTHS = 24;

/** Number of months from start to end date (inclusive), capped; the default horizon when open-ended. */
export function overviewMonths(startDate: string, endDate: string | null, requested?: number | null): number {
  if (requested != null) return Math.min(Math.max(1, requested), MAX_ARRANGEMENT_MONTHS);
  if (endDate === null) return DEFAULT_OVERVIEW_MONTHS;
  let n = 1;
  while (n < MAX_ARRANGEMENT_MONTHS && startOfMonthAfterPeriod(startDate, n) <= endDate) n++;
  return n;
}

const roundHalfUp = (x: number): number => Math.floor(x + 0.5);

/**
 * The cost of an arrangement month by month, for the employer and the WSP. Months follow the
 * arrangement's start date (month 1 = start date up to the day before the same day next month).
 *
 * - Proefplaats months: no wage, no LKS (benefit retained); only jobcoaching.
 * - LKS per candidate with the calculator (art. 10d): the employment start as start date and the
 *   first day of the month in the LKS period as calculation date, so the WML follows the
 *   1 January indexation (lid 7); on the forfaitair route the first 6 months use the forfait
 *   (lid 5) and later months the candidate's loonwaarde; the age on that day gives the youth wage.
 *   A month partly covered by the LKS counts in full (no pro rata); months beyond the known WML
 *   table, or needing a loonwaarde that is missing, have lks null and a note.
 * - Wage costs with the calculator's employer-cost model (8% holiday allowance, flat employer charges).
 * - Jobcoaching: scheduled hours × candidates × hourly rate, in the employer's net cost only when it pays.
 * - Detachering: the leerwerkbedrijf bears the wage costs and receives the LKS; the employer pays the fee.
 */
export function buildCostOverview(input: CostOverviewInput, parameters: LksParameters = DEFAULT_LKS_PARAMETERS): CostMonth[] {
  const { startDate, instruments, candidates } = input;
  const proefplaats = findInstrument(instruments, InstrumentKind.PROEFPLAATS);
  const proefMonths = proefplaats ? proefplaatsPeriod(startDate, proefplaats).totalMonths : 0;
  const lks = findInstrument(instruments, InstrumentKind.LKS);
  const lksDates = lksPeriod(startDate, instruments);
  const coaching = findInstrument(instruments, InstrumentKind.JOBCOACHING);
  const detachering = findInstrument(instruments, InstrumentKind.DETACHERING);
  const adjustment = findInstrument(instruments, InstrumentKind.WERKPLEKAANPASSING);
  const months: CostMonth[] = [];
  let previousRoute: LksRoute | null = null;
  let previousCalculationYear: string | null = null;

  for (let k = 1; k <= Math.min(input.months, MAX_ARRANGEMENT_MONTHS); k++) {
    const periodStart = startOfMonthAfterPeriod(startDate, k - 1);
    if (input.endDate !== null && periodStart > input.endDate) break;
    const nextStart = startOfMonthAfterPeriod(startDate, k);
    const periodEnd = addDays(nextStart, -1);
    const notes: string[] = [];
    const phase = k <= proefMonths ? CostPhase.PROEFPLAATS : CostPhase.EMPLOYMENT;

    let grossWageCents = 0;
    let wageCostsCents = 0;
    let lksCents: number | null = 0;
    let lksRoute: LksRoute | null = null;
    if (phase === CostPhase.PROEFPLAATS) {
      notes.push('Proefplaats: de uitkering loopt door; geen loon en geen loonkostensubsidie');
    } else {
      const holidayBp = entryOn(parameters.holidayAllowanceBp, periodStart)?.value ?? 800;
      const chargesBp = entryOn(parameters.employerChargesBp, periodStart)?.value ?? 0;
      const lksActive =
        lks !== undefined && lksDates !== null && lksDates.startDate <= periodEnd && (lksDates.endDate === null || lksDates.endDate >= periodStart);
      let calculationDate = periodStart;
      if (lks && lksDates && lksActive) {
        calculationDate = lksDates.startDate > periodStart ? lksDates.startDate : periodStart;
        const forfaitEnds = startOfMonthAfterPeriod(lksDates.startDate, 6);
        lksRoute = lks.route === LksRoute.FORFAITAIR && calculationDate >= forfaitEnds ? LksRoute.LOONWAARDE : lks.route;
        if (lks.route === LksRoute.FORFAITAIR && lksRoute === LksRoute.LOONWAARDE && previousRoute === LksRoute.FORFAITAIR) {
          notes.push('Einde forfaitaire periode (art. 10d lid 5): vanaf deze maand loonkostensubsidie op basis van de loonwaarde');
        }
        if (lksDates.reassessmentOn >= periodStart && lksDates.reassessmentOn <= periodEnd) notes.push('Herbeoordeling van de loonwaarde');
        if (previousCalculationYear !== null && calculationDate.slice(0, 4) > previousCalculationYear) {
          notes.push('Indexatie minimumloon per 1 januari (art. 10d lid 7)');
        }
        previousCalculationYear = calculationDate.slice(0, 4);
      }
      for (const c of candidates) {
        grossWageCents += c.grossMonthlyWageCents;
        let amount = 0;
        if (lks && lksDates && lksActive && lksRoute) {
          try {
            amount = calculateLks(
              {
                startDate: lksDates.startDate,
                calculationDate,
                contractHoursPerWeek: c.hoursPerWeek,
                fullTimeHoursPerWeek: lks.fullTimeHoursPerWeek,
                route: lksRoute,
                loonwaardePercentage: lksRoute === LksRoute.LOONWAARDE ? c.loonwaardePercentage : null,
                age: c.dateOfBirth ? ageOn(c.dateOfBirth, calculationDate) : null,
              },
              parameters,
            ).monthlyAmountCents;
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
            const why = lksRoute === LksRoute.LOONWAARDE && c.loonwaardePercentage === null ? 'de loonwaarde is nog niet vastgesteld' : e.message;
            if (!notes.some((n) => n.endsWith(why))) notes.push(`Loonkostensubsidie niet te berekenen: ${why}`);
            lksCents = null;
          }
        }
        if (lksCents !== null) lksCents += amount;
        wageCostsCents += calculateEmployerNetCost({
          grossMonthlyWageCents: c.grossMonthlyWageCents,
          lksMonthlyAmountCents: 0,
          holidayAllowanceBp: holidayBp,
          employerChargesBp: chargesBp,
        }).wageCostsCents;
      }
    }

    const hoursPerCandidate = coaching ? coachingHoursInMonth(coaching, k) : 0;
    const jobcoachingHours = Math.round(hoursPerCandidate * candidates.length * 100) / 100;
    const jobcoachingCents = coaching ? roundHalfUp(jobcoachingHours * coaching.hourlyRateCents) : 0;
    const employerPaysCoaching = coaching?.payer === JobcoachingPayer.EMPLOYER ? jobcoachingCents : 0;
    const detacheringFeeCents = detachering && phase === CostPhase.EMPLOYMENT ? detachering.monthlyFeeCents * candidates.length : 0;
    const oneOffCostsCents = k === 1 && adjustment?.fundedBy === AdjustmentFunder.EMPLOYER ? adjustment.costCents : 0;

    let employerNetCostCents: number | null;
    if (detachering) {
      employerNetCostCents = detacheringFeeCents + employerPaysCoaching + oneOffCostsCents;
    } else {
      employerNetCostCents = lksCents === null ? null : wageCostsCents - lksCents + employerPaysCoaching + oneOffCostsCents;
    }

    previousRoute = lksRoute;
    months.push({
      month: k,
      periodStart,
      periodEnd,
      phase,
      grossWageCents,
      wageCostsCents,
      lksCents,
      lksRoute,
      lksRecipient: lksRoute === null ? null : detachering ? LksRecipient.LEERWERKBEDRIJF : LksRecipient.EMPLOYER,
      jobcoachingHours,
      jobcoachingCents,
      jobcoachingPayer: coaching && jobcoachingHours > 0 ? coaching.payer : null,
      detacheringFeeCents,
      oneOffCostsCents,
      employerNetCostCents,
      notes,
    });
  }
  return months;
}

export interface CostTotals {
  grossWageCents: number;
  wageCostsCents: number;
  lksCents: number | null;
  jobcoachingCents: number;
  employerNetCostCents: number | null;
}

export function totalsOf(months: readonly CostMonth[]): CostTotals {
  const sumNullable = (f: (m: CostMonth) => number | null): number | null =>
    months.some((m) => f(m) === null) ? null : months.reduce((s, m) => s + (f(m) ?? 0), 0);
  return {
    grossWageCents: months.reduce((s, m) => s + m.grossWageCents, 0),
    wageCostsCents: months.reduce((s, m) => s + m.wageCostsCents, 0),
    lksCents: sumNullable((m) => m.lksCents),
    jobcoachingCents: months.reduce((s, m) => s + m.jobcoachingCents, 0),
    employerNetCostCents: sumNullable((m) => m.employerNetCostCents),
  };
}
