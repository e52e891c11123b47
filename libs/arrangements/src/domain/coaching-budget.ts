import { addDays, startOfMonthAfterPeriod } from '../lks/calendar';
import { coachingHoursInMonth, JobcoachingInstrument, JobcoachingPayer } from './instruments';

export interface CoachingBudgetMonth {
  month: number;
  periodStart: string;
  periodEnd: string;
  budgetMinutes: number;
  usedMinutes: number;
}

export interface CoachingBudget {
  payer: JobcoachingPayer;
  hourlyRateCents: number;
  budgetMinutes: number;
  usedMinutes: number;
  /** budget − used; negative when over budget */
  remainingMinutes: number;
  overBudget: boolean;
  /** Cost of the hours used at the hourly rate, eurocents. */
  usedCostCents: number;
  budgetCostCents: number;
  months: CoachingBudgetMonth[];
}

/** Month of the arrangement (1-based, anchored on its start date) that contains `date`; 0 before the start. */
export function arrangementMonthOf(startDate: string, date: string): number {
  if (date < startDate) return 0;
  let k = 1;
  while (startOfMonthAfterPeriod(startDate, k) <= date) k++;
  return k;
}

/**
 * The jobcoaching budget of an arrangement (scheduled hours per candidate per month × candidates)
 * against the hours the job coaches logged, per arrangement month. Logging more than the budget is
 * allowed (coaching is not refused mid-crisis) and shows as overBudget.
 */
export function coachingBudget(
  startDate: string,
  instrument: JobcoachingInstrument,
  candidateCount: number,
  logged: readonly { workedOn: string; minutes: number }[],
): CoachingBudget {
  const used = new Map<number, number>();
  for (const l of logged) {
    const k = Math.max(1, arrangementMonthOf(startDate, l.workedOn));
    used.set(k, (used.get(k) ?? 0) + l.minutes);
  }
  const lastScheduled = Math.max(0, ...instrument.schedule.map((p) => p.toMonth));
  const lastMonth = Math.max(lastScheduled, ...used.keys());
  const months: CoachingBudgetMonth[] = [];
  for (let k = 1; k <= lastMonth; k++) {
    months.push({
      month: k,
      periodStart: startOfMonthAfterPeriod(startDate, k - 1),
      periodEnd: addDays(startOfMonthAfterPeriod(startDate, k), -1),
      budgetMinutes: Math.round(coachingHoursInMonth(instrument, k) * 60) * candidateCount,
      usedMinutes: used.get(k) ?? 0,
    });
  }
  const budgetMinutes = months.reduce((s, m) => s + m.budgetMinutes, 0);
  const usedMinutes = months.reduce((s, m) => s + m.usedMinutes, 0);
  const cost = (minutes: number) => Math.floor((minutes * instrument.hourlyRateCents) / 60 + 0.5);
  return {
    payer: instrument.payer,
    hourlyRateCents: instrument.hourlyRateCents,
    budgetMinutes,
    usedMinutes,
    remainingMinutes: budgetMinutes - usedMinutes,
    overBudget: usedMinutes > budgetMinutes,
    usedCostCents: cost(usedMinutes),
    budgetCostCents: cost(budgetMinutes),
    months,
  };
}
