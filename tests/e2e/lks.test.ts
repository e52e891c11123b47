import { Role } from '@wsp/common';
import { expectErrorCode, GqlResult, TestApi } from '@wsp/testing/api';

const QUERY = `query($input: LksInput!) {
  calculateLoonkostensubsidie(input: $input) {
    monthlyAmountCents route startDate calculationDate wmlReferenceDate wmlMonthlyCents wmlEffectiveFrom
    age youthWagePercentage minimumWageMonthlyCents holidayAllowancePercentage baseAmountCents
    loonwaardePercentage subsidyPercentage maxSubsidyPercentage capApplied forfaitLastDay
    contractHoursPerWeek fullTimeHoursPerWeek subsidisedHoursPerWeek normativeHoursPerWeek hoursFactor
    subsidyBeforeEmployerChargesCents employerChargesPercentage employerChargesCents explanation
    employerCost { grossMonthlyWageCents holidayAllowanceCents employerChargesCents wageCostsCents subsidyCents netCostCents }
  }
}`;

const EXAMPLE = { startDate: '2026-01-01', contractHoursPerWeek: 32, route: 'LOONWAARDE', loonwaardePercentage: 55 };

describe('loonkostensubsidie calculator over GraphQL', () => {
  let api: TestApi;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    api = await TestApi.start();
    for (const role of Object.values(Role)) tokens[role] = (await api.userToken(role)).token;
  });
  afterAll(async () => {
    await api.stop();
  });

  const calculate = (input: Record<string, unknown>, token: string = tokens[Role.ACCOUNTMANAGER]): Promise<GqlResult<Record<string, any>>> =>
    api.gql<Record<string, any>>(QUERY, { input }, token);

  function expectRefused(res: GqlResult, field: string): void {
    expectErrorCode(res, 'BAD_USER_INPUT');
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0].extensions?.field).toBe(field);
    expect(res.data?.calculateLoonkostensubsidie ?? null).toBeNull();
  }

  it('computes worked example 1 (loonwaarde 55%, 32 h, start 2026-01-01): € 1.224,11', async () => {
    const res = await calculate(EXAMPLE);
    expect(res.errors).toBeUndefined();
    const r = res.data?.calculateLoonkostensubsidie;
    expect(r).toMatchObject({
      monthlyAmountCents: 122411,
      route: 'LOONWAARDE',
      startDate: '2026-01-01',
      calculationDate: '2026-01-01',
      wmlReferenceDate: '2026-01-01',
      wmlMonthlyCents: 229440,
      wmlEffectiveFrom: '2026-01-01',
      age: null,
      youthWagePercentage: null,
      baseAmountCents: 247795,
      holidayAllowancePercentage: 8,
      loonwaardePercentage: 55,
      subsidyPercentage: 45,
      maxSubsidyPercentage: 70,
      capApplied: false,
      forfaitLastDay: null,
      contractHoursPerWeek: 32,
      fullTimeHoursPerWeek: null,
      subsidisedHoursPerWeek: 32,
      normativeHoursPerWeek: 36,
      subsidyBeforeEmployerChargesCents: 99118,
      employerChargesPercentage: 23.5,
      employerChargesCents: 23293,
      employerCost: null,
    });
    expect(r.hoursFactor).toBeCloseTo(32 / 36, 10);
    expect(r.explanation).toContain('€ 1.224,11 per maand');
  });

  it('computes worked example 2 (loonwaarde 20%): the 70% cap binds, € 1.904,17', async () => {
    const res = await calculate({ ...EXAMPLE, loonwaardePercentage: 20 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.calculateLoonkostensubsidie).toMatchObject({ monthlyAmountCents: 190417, capApplied: true, subsidyPercentage: 70 });
  });

  it('shows the employer net cost when a gross wage is given', async () => {
    const res = await calculate({ ...EXAMPLE, grossMonthlyWageCents: 250000 });
    expect(res.data?.calculateLoonkostensubsidie.employerCost).toEqual({
      grossMonthlyWageCents: 250000, holidayAllowanceCents: 20000, employerChargesCents: 63450, wageCostsCents: 333450, subsidyCents: 122411, netCostCents: 211039,
    });
  });

  it('applies the 1 January indexation, the forfait and the youth wage', async () => {
    const running = await calculate({ ...EXAMPLE, startDate: '2026-03-01', calculationDate: '2026-08-01' });
    expect(running.data?.calculateLoonkostensubsidie).toMatchObject({ wmlReferenceDate: '2026-03-01', wmlEffectiveFrom: '2026-01-01', monthlyAmountCents: 122411 });
    const forfait = await calculate({ startDate: '2026-01-01', calculationDate: '2026-06-30', contractHoursPerWeek: 32, route: 'FORFAITAIR' });
    expect(forfait.data?.calculateLoonkostensubsidie).toMatchObject({ monthlyAmountCents: 136012, subsidyPercentage: 50, forfaitLastDay: '2026-06-30' });
    const youth = await calculate({ ...EXAMPLE, age: 18 });
    expect(youth.data?.calculateLoonkostensubsidie).toMatchObject({ youthWagePercentage: 50, monthlyAmountCents: 61205 });
  });

  it('lets every staff role and employers use the calculator', async () => {
    for (const role of Object.values(Role)) {
      const res = await calculate(EXAMPLE, tokens[role]);
      expect({ role, errors: res.errors, amount: res.data?.calculateLoonkostensubsidie?.monthlyAmountCents }).toEqual({ role, errors: undefined, amount: 122411 });
    }
  });

  it('refuses invalid input with BAD_USER_INPUT naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...EXAMPLE, contractHoursPerWeek: 0 }, 'contractHoursPerWeek'],
      [{ ...EXAMPLE, contractHoursPerWeek: -8 }, 'contractHoursPerWeek'],
      [{ ...EXAMPLE, contractHoursPerWeek: 61 }, 'contractHoursPerWeek'],
      [{ ...EXAMPLE, fullTimeHoursPerWeek: 0 }, 'fullTimeHoursPerWeek'],
      [{ ...EXAMPLE, loonwaardePercentage: 101 }, 'loonwaardePercentage'],
      [{ ...EXAMPLE, loonwaardePercentage: -1 }, 'loonwaardePercentage'],
      [{ ...EXAMPLE, loonwaardePercentage: null }, 'loonwaardePercentage'],
      [{ ...EXAMPLE, route: 'FORFAITAIR' }, 'loonwaardePercentage'],
      [{ ...EXAMPLE, startDate: '2026-02-30' }, 'startDate'],
      [{ ...EXAMPLE, startDate: '01-01-2026' }, 'startDate'],
      [{ ...EXAMPLE, calculationDate: '2025-12-31' }, 'calculationDate'],
      [{ ...EXAMPLE, age: 14 }, 'age'],
      [{ ...EXAMPLE, grossMonthlyWageCents: 0 }, 'grossMonthlyWageCents'],
    ];
    for (const [input, field] of cases) expectRefused(await calculate(input), field);
  });

  it('refuses the forfait from month 7, saying a loonwaarde is needed', async () => {
    const res = await calculate({ startDate: '2026-01-01', calculationDate: '2026-07-01', contractHoursPerWeek: 32, route: 'FORFAITAIR' });
    expectRefused(res, 'calculationDate');
    expect(res.errors?.[0].message).toMatch(/vanaf maand 7 is een vastgestelde loonwaarde nodig/);
  });

  it('refuses a date for which no minimum wage is known with a clear message', async () => {
    const before = await calculate({ ...EXAMPLE, startDate: '2023-06-01' });
    expectRefused(before, 'startDate');
    expect(before.errors?.[0].message).toMatch(/^Geen wettelijk minimumloon .* bekend voor 2023-06-01/);
    const after = await calculate({ ...EXAMPLE, startDate: '2026-03-01', calculationDate: '2027-02-01' });
    expectRefused(after, 'calculationDate');
  });

  it('refuses wrongly typed input as BAD_USER_INPUT, not an internal error', async () => {
    for (const input of [{ ...EXAMPLE, contractHoursPerWeek: 'veel' }, { ...EXAMPLE, route: 'ANDERS' }, { ...EXAMPLE, loonwaardePercentage: 55.5 }, { contractHoursPerWeek: 32, route: 'LOONWAARDE' }]) {
      const res = await calculate(input);
      expectErrorCode(res, 'BAD_USER_INPUT');
      expect(res.data?.calculateLoonkostensubsidie ?? null).toBeNull();
    }
  });

  it('refuses callers without a valid token with UNAUTHENTICATED', async () => {
    for (const token of [undefined, 'not-a-token']) {
      const res = await api.gql(QUERY, { input: EXAMPLE }, token);
      expectErrorCode(res, 'UNAUTHENTICATED');
      expect(res.data?.calculateLoonkostensubsidie ?? null).toBeNull();
    }
  });
});
