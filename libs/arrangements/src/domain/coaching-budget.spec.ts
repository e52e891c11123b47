import { arrangementMonthOf, coachingBudget } from './coaching-budget';
import { InstrumentKind, JobcoachingInstrument, JobcoachingPayer } from './instruments';

const coaching: JobcoachingInstrument = {
  kind: InstrumentKind.JOBCOACHING,
  payer: JobcoachingPayer.GEMEENTE,
  hourlyRateCents: 7_500,
  schedule: [
    { fromMonth: 1, toMonth: 2, hoursPerMonth: 8 },
    { fromMonth: 3, toMonth: 3, hoursPerMonth: 2.5 },
  ],
};

describe('coachingBudget', () => {
  it('maps dates to arrangement months', () => {
    expect(arrangementMonthOf('2026-01-15', '2026-01-14')).toBe(0);
    expect(arrangementMonthOf('2026-01-15', '2026-01-15')).toBe(1);
    expect(arrangementMonthOf('2026-01-15', '2026-02-14')).toBe(1);
    expect(arrangementMonthOf('2026-01-15', '2026-02-15')).toBe(2);
    expect(arrangementMonthOf('2026-01-31', '2026-03-01')).toBe(2);
  });

  it('sets used hours against the schedule per month, for every candidate', () => {
    const b = coachingBudget('2026-01-15', coaching, 2, [
      { workedOn: '2026-01-20', minutes: 90 },
      { workedOn: '2026-02-10', minutes: 60 },
      { workedOn: '2026-02-20', minutes: 30 },
    ]);
    expect(b.months).toEqual([
      { month: 1, periodStart: '2026-01-15', periodEnd: '2026-02-14', budgetMinutes: 960, usedMinutes: 150 },
      { month: 2, periodStart: '2026-02-15', periodEnd: '2026-03-14', budgetMinutes: 960, usedMinutes: 30 },
      { month: 3, periodStart: '2026-03-15', periodEnd: '2026-04-14', budgetMinutes: 300, usedMinutes: 0 },
    ]);
    expect(b).toMatchObject({ budgetMinutes: 2220, usedMinutes: 180, remainingMinutes: 2040, overBudget: false, usedCostCents: 22_500, budgetCostCents: 277_500 });
  });

  it('shows hours logged beyond the schedule as over budget', () => {
    const b = coachingBudget('2026-01-01', coaching, 1, [{ workedOn: '2026-05-02', minutes: 1440 }, { workedOn: '2026-01-02', minutes: 600 }]);
    expect(b.months).toHaveLength(5);
    expect(b.months[4]).toMatchObject({ month: 5, budgetMinutes: 0, usedMinutes: 1440 });
    expect(b.overBudget).toBe(true);
    expect(b.remainingMinutes).toBe(8 * 60 * 2 + 150 - 2040);
  });
});
