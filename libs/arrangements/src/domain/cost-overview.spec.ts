import { calculateLks } from '../lks/lks-calculator';
import { LksRoute } from '../lks/lks-input';
import { buildCostOverview, CostPhase, LksRecipient, overviewMonths, totalsOf } from './cost-overview';
import { Instrument, InstrumentKind, JobcoachingPayer, AdjustmentFunder } from './instruments';

const candidate = { hoursPerWeek: 32, grossMonthlyWageCents: 250_000, loonwaardePercentage: 55, dateOfBirth: null };
const lks = (patch: Partial<Extract<Instrument, { kind: InstrumentKind.LKS }>> = {}): Instrument => ({
  kind: InstrumentKind.LKS,
  route: LksRoute.LOONWAARDE,
  startDate: null,
  endDate: null,
  fullTimeHoursPerWeek: null,
  reassessmentAfterMonths: 12,
  ...patch,
});
const proefplaats = (months = 2, extensionMonths = 0): Instrument => ({ kind: InstrumentKind.PROEFPLAATS, months, extensionMonths });
const coaching = (payer = JobcoachingPayer.GEMEENTE): Instrument => ({
  kind: InstrumentKind.JOBCOACHING,
  payer,
  hourlyRateCents: 7_500,
  schedule: [
    { fromMonth: 1, toMonth: 3, hoursPerMonth: 8 },
    { fromMonth: 4, toMonth: 12, hoursPerMonth: 4 },
  ],
});
/** 250000 × 1.08 × 1.235 */
const WAGE_COSTS = 333_450;

describe('buildCostOverview', () => {
  it('proefplaats months have no wage and no LKS; LKS starts with the employment (worked example € 1.224,11)', () => {
    const months = buildCostOverview({
      startDate: '2025-11-01',
      endDate: null,
      months: 15,
      candidates: [candidate],
      instruments: [proefplaats(2), lks(), coaching()],
    });
    expect(months).toHaveLength(15);
    expect(months[0]).toMatchObject({
      month: 1,
      periodStart: '2025-11-01',
      periodEnd: '2025-11-30',
      phase: CostPhase.PROEFPLAATS,
      grossWageCents: 0,
      wageCostsCents: 0,
      lksCents: 0,
      lksRoute: null,
      jobcoachingHours: 8,
      jobcoachingCents: 60_000,
      jobcoachingPayer: JobcoachingPayer.GEMEENTE,
      employerNetCostCents: 0,
    });
    expect(months[1].phase).toBe(CostPhase.PROEFPLAATS);
    expect(months[2]).toMatchObject({
      month: 3,
      periodStart: '2026-01-01',
      phase: CostPhase.EMPLOYMENT,
      grossWageCents: 250_000,
      wageCostsCents: WAGE_COSTS,
      lksCents: 122_411,
      lksRoute: LksRoute.LOONWAARDE,
      lksRecipient: LksRecipient.EMPLOYER,
      employerNetCostCents: WAGE_COSTS - 122_411,
    });
    // 1 July 2026 brings a new WML, but a running LKS only follows it on 1 January (art. 10d lid 7).
    expect(months[8]).toMatchObject({ periodStart: '2026-07-01', lksCents: 122_411 });
    // Reassessment 12 months after the LKS start (2027-01-01) is noted in that month.
    expect(months[14].periodStart).toBe('2027-01-01');
    expect(months[14].notes).toContain('Herbeoordeling van de loonwaarde');
    // The WML for 2027 is not yet known: no amount, no net cost, with the reason.
    expect(months[14].lksCents).toBeNull();
    expect(months[14].employerNetCostCents).toBeNull();
    expect(months[14].notes.join(' ')).toMatch(/niet te berekenen/);
    expect(totalsOf(months.slice(0, 14))).toMatchObject({ lksCents: 12 * 122_411, grossWageCents: 12 * 250_000 });
    expect(totalsOf(months).lksCents).toBeNull();
  });

  it('follows the 1 January indexation', () => {
    const months = buildCostOverview({ startDate: '2025-07-01', endDate: null, months: 7, candidates: [candidate], instruments: [lks()] });
    const july2025 = calculateLks({ startDate: '2025-07-01', contractHoursPerWeek: 32, route: LksRoute.LOONWAARDE, loonwaardePercentage: 55 });
    expect(months[0].lksCents).toBe(july2025.monthlyAmountCents);
    expect(months[5]).toMatchObject({ periodStart: '2025-12-01', lksCents: july2025.monthlyAmountCents });
    expect(months[6]).toMatchObject({ periodStart: '2026-01-01', lksCents: 122_411 });
    expect(months[6].notes).toContain('Indexatie minimumloon per 1 januari (art. 10d lid 7)');
    expect(months[6].lksCents).toBeGreaterThan(months[5].lksCents!);
  });

  it('uses the forfait for the first 6 months only, then the loonwaarde', () => {
    const months = buildCostOverview({
      startDate: '2026-01-01',
      endDate: null,
      months: 8,
      candidates: [candidate],
      instruments: [lks({ route: LksRoute.FORFAITAIR, reassessmentAfterMonths: 6 })],
    });
    const forfait = calculateLks({ startDate: '2026-01-01', calculationDate: '2026-06-01', contractHoursPerWeek: 32, route: LksRoute.FORFAITAIR });
    expect(months.slice(0, 6).map((m) => m.lksCents)).toEqual(Array(6).fill(forfait.monthlyAmountCents));
    expect(months.slice(0, 6).every((m) => m.lksRoute === LksRoute.FORFAITAIR)).toBe(true);
    expect(months[6]).toMatchObject({ periodStart: '2026-07-01', lksRoute: LksRoute.LOONWAARDE, lksCents: 122_411 });
    expect(months[6].notes.join(' ')).toMatch(/Einde forfaitaire periode/);
  });

  it('without a loonwaarde the months after the forfait have no LKS amount', () => {
    const months = buildCostOverview({
      startDate: '2026-01-01',
      endDate: null,
      months: 7,
      candidates: [{ ...candidate, loonwaardePercentage: null }],
      instruments: [lks({ route: LksRoute.FORFAITAIR })],
    });
    expect(months[5].lksCents).toBeGreaterThan(0);
    expect(months[6].lksCents).toBeNull();
    expect(months[6].notes.join(' ')).toMatch(/loonwaarde is nog niet vastgesteld/);
  });

  it('caps the subsidised hours at the sector full-time week', () => {
    const [month] = buildCostOverview({
      startDate: '2026-01-01',
      endDate: null,
      months: 1,
      candidates: [{ ...candidate, hoursPerWeek: 38 }],
      instruments: [lks({ fullTimeHoursPerWeek: 36 })],
    });
    const capped = calculateLks({ startDate: '2026-01-01', contractHoursPerWeek: 36, route: LksRoute.LOONWAARDE, loonwaardePercentage: 55 });
    expect(month.lksCents).toBe(capped.monthlyAmountCents);
  });

  it('applies the youth wage from the date of birth, month by month', () => {
    const months = buildCostOverview({
      startDate: '2026-01-01',
      endDate: null,
      months: 3,
      candidates: [{ ...candidate, dateOfBirth: '2006-02-15' }], // turns 20 on 2026-02-15
      instruments: [lks()],
    });
    const at19 = calculateLks({ startDate: '2026-01-01', contractHoursPerWeek: 32, route: LksRoute.LOONWAARDE, loonwaardePercentage: 55, age: 19 });
    const at20 = calculateLks({ startDate: '2026-01-01', calculationDate: '2026-03-01', contractHoursPerWeek: 32, route: LksRoute.LOONWAARDE, loonwaardePercentage: 55, age: 20 });
    expect(months[0].lksCents).toBe(at19.monthlyAmountCents);
    expect(months[2].lksCents).toBe(at20.monthlyAmountCents);
    expect(months[2].lksCents).toBeGreaterThan(months[0].lksCents!);
  });

  it('sums several candidates and counts jobcoaching in the net cost only when the employer pays', () => {
    const months = buildCostOverview({
      startDate: '2026-01-01',
      endDate: null,
      months: 4,
      candidates: [candidate, candidate],
      instruments: [lks(), coaching(JobcoachingPayer.EMPLOYER)],
    });
    expect(months[0]).toMatchObject({ grossWageCents: 500_000, lksCents: 244_822, jobcoachingHours: 16, jobcoachingCents: 120_000 });
    expect(months[0].employerNetCostCents).toBe(2 * WAGE_COSTS - 244_822 + 120_000);
    expect(months[3]).toMatchObject({ jobcoachingHours: 8, jobcoachingCents: 60_000 });
  });

  it('with detachering the leerwerkbedrijf receives the LKS and the employer pays the fee', () => {
    const months = buildCostOverview({
      startDate: '2026-01-01',
      endDate: null,
      months: 3,
      candidates: [candidate],
      instruments: [proefplaats(1), lks(), { kind: InstrumentKind.DETACHERING, leerwerkbedrijf: 'Leerwerkbedrijf Delft', monthlyFeeCents: 150_000 }],
    });
    expect(months[0]).toMatchObject({ phase: CostPhase.PROEFPLAATS, detacheringFeeCents: 0, employerNetCostCents: 0 });
    expect(months[1]).toMatchObject({ lksRecipient: LksRecipient.LEERWERKBEDRIJF, detacheringFeeCents: 150_000, employerNetCostCents: 150_000 });
    expect(months[1].lksCents).toBeGreaterThan(0);
  });

  it('adds a werkplekaanpassing the employer funds in month 1', () => {
    const months = buildCostOverview({
      startDate: '2026-01-01',
      endDate: null,
      months: 2,
      candidates: [candidate],
      instruments: [{ kind: InstrumentKind.WERKPLEKAANPASSING, description: 'Sta-zit bureau', costCents: 80_000, fundedBy: AdjustmentFunder.EMPLOYER }],
    });
    expect(months[0]).toMatchObject({ oneOffCostsCents: 80_000, lksCents: 0, employerNetCostCents: WAGE_COSTS + 80_000 });
    expect(months[1]).toMatchObject({ oneOffCostsCents: 0, employerNetCostCents: WAGE_COSTS });
  });

  it('stops at the end date, and the LKS at its own end date', () => {
    const months = buildCostOverview({
      startDate: '2026-01-15',
      endDate: '2026-04-20',
      months: 24,
      candidates: [candidate],
      instruments: [lks({ endDate: '2026-02-28' })],
    });
    expect(months.map((m) => m.periodStart)).toEqual(['2026-01-15', '2026-02-15', '2026-03-15', '2026-04-15']);
    expect(months[1].periodEnd).toBe('2026-03-14');
    expect(months.map((m) => m.lksCents! > 0)).toEqual([true, true, false, false]);
  });
});

describe('overviewMonths', () => {
  it('covers start to end date, defaults to 24 months and caps at 60', () => {
    expect(overviewMonths('2026-01-01', '2026-12-31')).toBe(12);
    expect(overviewMonths('2026-01-01', '2027-01-01')).toBe(13);
    expect(overviewMonths('2026-01-01', null)).toBe(24);
    expect(overviewMonths('2026-01-01', null, 6)).toBe(6);
    expect(overviewMonths('2026-01-01', null, 600)).toBe(60);
    expect(overviewMonths('2026-01-01', '2040-01-01')).toBe(60);
  });
});
