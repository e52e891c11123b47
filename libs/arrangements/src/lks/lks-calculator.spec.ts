import { DomainError } from '@wsp/common';
import { datedParameter } from './dated-parameter';
import { calculateLks, LksCalculationResult } from './lks-calculator';
import { LksCalculationInput, LksRoute } from './lks-input';
import { DEFAULT_LKS_PARAMETERS } from './parameters';

const base: LksCalculationInput = { startDate: '2026-01-01', contractHoursPerWeek: 32, route: LksRoute.LOONWAARDE, loonwaardePercentage: 55 };
const calc = (patch: Partial<LksCalculationInput> = {}): LksCalculationResult => calculateLks({ ...base, ...patch });

/** Runs `fn`, expects a BAD_USER_INPUT domain error naming `field`, and returns its message. */
function refusal(fn: () => unknown, field: string): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    expect((e as DomainError).details?.field).toBe(field);
    return (e as DomainError).message;
  }
  throw new Error(`expected a ValidationError on ${field}`);
}

describe('calculateLks: the worked examples', () => {
  it('start 2026-01-01, 32 h, loonwaarde 55%: € 1.224,11 per month with every step shown', () => {
    const r = calc();
    expect(r.monthlyAmountCents).toBe(122411);
    expect(r).toMatchObject({
      wmlReferenceDate: '2026-01-01',
      wmlMonthlyCents: 229440,
      wmlEffectiveFrom: '2026-01-01',
      minimumWageMonthlyCents: 229440,
      holidayAllowancePercentage: 8,
      baseAmountCents: 247795, // 2477.952 rounded for display
      loonwaardePercentage: 55,
      subsidyPercentage: 45,
      maxSubsidyPercentage: 70,
      capApplied: false,
      subsidisedHoursPerWeek: 32,
      normativeHoursPerWeek: 36,
      subsidyBeforeEmployerChargesCents: 99118, // 991.1808
      employerChargesPercentage: 23.5,
      employerChargesCents: 122411 - 99118,
      youthWagePercentage: null,
      forfaitLastDay: null,
      employerCost: null,
    });
    expect(r.hoursFactor).toBeCloseTo(32 / 36, 12);
    expect(r.explanation).toContain('€ 1.224,11 per maand');
    expect(r.explanation).toContain('€ 2.477,95');
    expect(r.explanation).toContain('45% van de basis = € 1.115,08');
  });

  it('loonwaarde 20%: the 70% cap binds, € 1.904,17', () => {
    const r = calc({ loonwaardePercentage: 20 });
    expect(r.monthlyAmountCents).toBe(190417);
    expect(r.capApplied).toBe(true);
    expect(r.subsidyPercentage).toBe(70);
    expect(r.explanation).toContain('meer dan het maximum');
  });

  it('rounds once, at the end: loonwaarde 0%, 16 h gives 95208 (rounding every step would give 95209)', () => {
    expect(calc({ loonwaardePercentage: 0, contractHoursPerWeek: 16 }).monthlyAmountCents).toBe(95208);
  });
});

describe('calculateLks: the 70% cap (art. 10d lid 2)', () => {
  it('does not bind at loonwaarde 30% (exactly 70%) and binds below it', () => {
    const at30 = calc({ loonwaardePercentage: 30, contractHoursPerWeek: 36 });
    expect(at30).toMatchObject({ subsidyPercentage: 70, capApplied: false, monthlyAmountCents: 214219 });
    const at29 = calc({ loonwaardePercentage: 29, contractHoursPerWeek: 36 });
    expect(at29).toMatchObject({ subsidyPercentage: 70, capApplied: true, monthlyAmountCents: 214219 });
    expect(calc({ loonwaardePercentage: 0 }).monthlyAmountCents).toBe(190417);
  });

  it('gives nothing at loonwaarde 100%', () => {
    expect(calc({ loonwaardePercentage: 100 })).toMatchObject({ subsidyPercentage: 0, monthlyAmountCents: 0, employerChargesCents: 0 });
  });
});

describe('calculateLks: forfaitaire route (art. 10d lid 5)', () => {
  const forfait = (patch: Partial<LksCalculationInput>) => calc({ route: LksRoute.FORFAITAIR, loonwaardePercentage: null, ...patch });

  it('pays 50% of B in month 1 to month 6 (to the day before the same date 6 months later)', () => {
    for (const calculationDate of [undefined, '2026-01-01', '2026-03-15', '2026-06-30']) {
      const r = forfait({ calculationDate });
      expect(r).toMatchObject({ monthlyAmountCents: 136012, subsidyPercentage: 50, capApplied: false, forfaitLastDay: '2026-06-30', loonwaardePercentage: null });
    }
    expect(forfait({}).explanation).toContain('Forfaitaire route');
  });

  it('refuses month 7 and later, asking for a loonwaarde', () => {
    for (const calculationDate of ['2026-07-01', '2026-12-01']) {
      const message = refusal(() => forfait({ calculationDate }), 'calculationDate');
      expect(message).toMatch(/eerste 6 maanden .*tot en met 2026-06-30.*vanaf maand 7 is een vastgestelde loonwaarde nodig/);
    }
  });

  it('ends month 6 on the last day of a shorter month (start on the 31st)', () => {
    expect(forfait({ startDate: '2025-08-31', calculationDate: '2026-02-28' }).forfaitLastDay).toBe('2026-02-28');
    refusal(() => forfait({ startDate: '2025-08-31', calculationDate: '2026-03-01' }), 'calculationDate');
    expect(forfait({ startDate: '2025-08-15', calculationDate: '2026-02-14' }).forfaitLastDay).toBe('2026-02-14');
    refusal(() => forfait({ startDate: '2025-08-15', calculationDate: '2026-02-15' }), 'calculationDate');
  });

  it('refuses a loonwaarde on the forfait route', () => {
    refusal(() => calc({ route: LksRoute.FORFAITAIR, loonwaardePercentage: 55 }), 'loonwaardePercentage');
  });
});

describe('calculateLks: indexation only on 1 January (art. 10d lid 7)', () => {
  it('an LKS started 2025-07-01 uses the 2025-07-01 WML in 2025 and the 2026-01-01 WML from 1 January 2026', () => {
    const dec = calc({ startDate: '2025-07-01', calculationDate: '2025-12-01' });
    expect(dec).toMatchObject({ wmlReferenceDate: '2025-07-01', wmlEffectiveFrom: '2025-07-01', wmlMonthlyCents: 224580, monthlyAmountCents: 119818 });
    const mar = calc({ startDate: '2025-07-01', calculationDate: '2026-03-01' });
    expect(mar).toMatchObject({ wmlReferenceDate: '2026-01-01', wmlEffectiveFrom: '2026-01-01', wmlMonthlyCents: 229440, monthlyAmountCents: 122411 });
    // The 1 July 2026 increase does not reach a running LKS.
    const aug = calc({ startDate: '2025-07-01', calculationDate: '2026-08-01' });
    expect(aug).toMatchObject({ wmlReferenceDate: '2026-01-01', wmlEffectiveFrom: '2026-01-01', wmlMonthlyCents: 229440 });
  });

  it('an LKS started 2026-03-01 calculated 2026-08-01 uses the WML in force on 2026-03-01 (the 2026-01-01 amount)', () => {
    const r = calc({ startDate: '2026-03-01', calculationDate: '2026-08-01' });
    expect(r).toMatchObject({ wmlReferenceDate: '2026-03-01', wmlEffectiveFrom: '2026-01-01', wmlMonthlyCents: 229440, monthlyAmountCents: 122411 });
  });

  it('an LKS started 2026-07-01 uses the 2026-07-01 WML', () => {
    expect(calc({ startDate: '2026-07-01' })).toMatchObject({ wmlEffectiveFrom: '2026-07-01', wmlMonthlyCents: 233700, monthlyAmountCents: 124684 });
  });

  it('a running LKS started before the table uses the WML of 1 January of the calculation year', () => {
    expect(calc({ startDate: '2023-06-01', calculationDate: '2024-02-01' })).toMatchObject({
      wmlReferenceDate: '2024-01-01', wmlMonthlyCents: 206940, monthlyAmountCents: 110407,
    });
  });

  it('refuses with a clear message when no WML is known for the reference date', () => {
    expect(refusal(() => calc({ startDate: '2023-06-01' }), 'startDate')).toMatch(/^Geen wettelijk minimumloon .* bekend voor 2023-06-01: de rekentool kent deze vanaf 2024-01-01/);
    expect(refusal(() => calc({ startDate: '2026-03-01', calculationDate: '2027-02-01' }), 'calculationDate')).toMatch(
      /bekend voor 2027-01-01: de tabel loopt tot en met 2026-12-31/,
    );
    refusal(() => calc({ startDate: '2027-03-01' }), 'startDate');
  });
});

describe('calculateLks: hours', () => {
  it('prorates by contract hours / 36 and caps at the sector full-time week', () => {
    expect(calc({ contractHoursPerWeek: 30 })).toMatchObject({ subsidisedHoursPerWeek: 30, monthlyAmountCents: 114760 });
    expect(calc({ contractHoursPerWeek: 30, fullTimeHoursPerWeek: 38 })).toMatchObject({ subsidisedHoursPerWeek: 30, monthlyAmountCents: 114760 });
    const capped = calc({ contractHoursPerWeek: 40, fullTimeHoursPerWeek: 38 });
    expect(capped).toMatchObject({ subsidisedHoursPerWeek: 38, fullTimeHoursPerWeek: 38, monthlyAmountCents: 145363 });
    expect(capped.hoursFactor).toBeCloseTo(38 / 36, 12);
    expect(capped.explanation).toContain('40 contracturen, begrensd op de voltijdse werkweek van 38 uur');
  });

  it('a 32-hour sector week with a 32-hour contract still gives 32/36 (the WML is hourly; 36 h is its month)', () => {
    const r = calc({ contractHoursPerWeek: 32, fullTimeHoursPerWeek: 32 });
    expect(r.hoursFactor).toBeCloseTo(32 / 36, 12);
    expect(r.monthlyAmountCents).toBe(122411);
  });

  it('without a sector week, caps the hours at the normative 36 (factor at most 1)', () => {
    const r = calc({ contractHoursPerWeek: 40 });
    expect(r).toMatchObject({ subsidisedHoursPerWeek: 36, hoursFactor: 1, monthlyAmountCents: 137712 });
    expect(calc({ contractHoursPerWeek: 36 }).monthlyAmountCents).toBe(137712);
  });

  it('takes quarter and half hours exactly', () => {
    expect(calc({ contractHoursPerWeek: 32.5 }).subsidisedHoursPerWeek).toBe(32.5);
    expect(calc({ contractHoursPerWeek: 24.25 }).contractHoursPerWeek).toBe(24.25);
  });
});

describe('calculateLks: minimum youth wage', () => {
  it('applies the youth percentage of the reference date when an age is given', () => {
    expect(calc({ age: 18 })).toMatchObject({ youthWagePercentage: 50, minimumWageMonthlyCents: 114720, baseAmountCents: 123898, monthlyAmountCents: 61205 });
    const sixteen = calc({ age: 16 });
    expect(sixteen).toMatchObject({ youthWagePercentage: 34.5, monthlyAmountCents: 42232 });
    expect(sixteen.explanation).toContain('Minimumjeugdloon 16 jaar: 34,5%');
    expect(calc({ age: 21 })).toMatchObject({ youthWagePercentage: 100, monthlyAmountCents: 122411 });
    expect(calc({ age: 45 })).toMatchObject({ youthWagePercentage: 100, monthlyAmountCents: 122411 });
  });

  it('refuses ages below the youth scale and nonsense ages', () => {
    expect(refusal(() => calc({ age: 14 }), 'age')).toMatch(/vanaf 15 jaar/);
    refusal(() => calc({ age: 17.5 }), 'age');
    refusal(() => calc({ age: 101 }), 'age');
  });
});

describe('calculateLks: employer charges are dated', () => {
  it('uses 23% before 2018-01-01 and 23.5% from then on (with a made-up earlier WML table)', () => {
    const parameters = {
      ...DEFAULT_LKS_PARAMETERS,
      wmlMonthlyCents: datedParameter('test-WML', [{ effectiveFrom: '2017-01-01', value: 150_000 }], '2019-01-01'),
      normativeWeekHours: datedParameter('test-week', [{ effectiveFrom: '2017-01-01', value: 36 }]),
    };
    const before = calculateLks({ ...base, startDate: '2017-12-01' }, parameters);
    expect(before).toMatchObject({ employerChargesPercentage: 23, monthlyAmountCents: 79704 });
    const after = calculateLks({ ...base, startDate: '2017-12-01', calculationDate: '2018-01-01' }, parameters);
    expect(after).toMatchObject({ employerChargesPercentage: 23.5, monthlyAmountCents: 80028 });
  });
});

describe('calculateLks: employer net cost', () => {
  it('shows wage costs (gross × 1.08 × 1.235) minus the LKS when a wage is given', () => {
    const r = calc({ grossMonthlyWageCents: 250_000 });
    expect(r.employerCost).toEqual({
      grossMonthlyWageCents: 250_000,
      holidayAllowanceCents: 20_000,
      employerChargesCents: 63_450,
      wageCostsCents: 333_450,
      subsidyCents: 122_411,
      netCostCents: 211_039,
    });
    expect(r.explanation).toContain('netto kosten voor de werkgever na subsidie € 2.110,39 per maand');
  });

  it('lets the parts add up to the total after rounding', () => {
    const c = calc({ grossMonthlyWageCents: 212_345 }).employerCost!;
    expect(c.grossMonthlyWageCents + c.holidayAllowanceCents + c.employerChargesCents).toBe(c.wageCostsCents);
    expect(c.wageCostsCents).toBe(283_226); // 212345 × 1.08 × 1.235 = 283225.761
    expect(c.holidayAllowanceCents).toBe(16_988); // 16987.6
  });
});

describe('calculateLks: input validation', () => {
  it('names the offending field', () => {
    refusal(() => calc({ startDate: '2026-02-30' }), 'startDate');
    refusal(() => calc({ startDate: '1-1-2026' }), 'startDate');
    refusal(() => calc({ calculationDate: '2026-13-01' }), 'calculationDate');
    expect(refusal(() => calc({ calculationDate: '2025-12-31' }), 'calculationDate')).toMatch(/vóór de startdatum/);
    for (const contractHoursPerWeek of [0, -4, 61, 32.333, Number.NaN]) refusal(() => calc({ contractHoursPerWeek }), 'contractHoursPerWeek');
    for (const fullTimeHoursPerWeek of [0, 61]) refusal(() => calc({ fullTimeHoursPerWeek }), 'fullTimeHoursPerWeek');
    for (const loonwaardePercentage of [-1, 101, 55.5, null]) refusal(() => calc({ loonwaardePercentage }), 'loonwaardePercentage');
    refusal(() => calc({ route: 'OTHER' as LksRoute }), 'route');
    for (const grossMonthlyWageCents of [0, -100, 1000.5, 10_000_001]) refusal(() => calc({ grossMonthlyWageCents }), 'grossMonthlyWageCents');
  });
});
