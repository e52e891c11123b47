/**
 * Arrangement rules over GraphQL: the instrument validation (no LKS during a proefplaats, the
 * proefplaats at most 2 + 4 months, LKS only with an LKS status, no double subsidy), the typed
 * instrument inputs, the monthly cost overview with the LKS calculator, and coaching hours against
 * the jobcoaching budget. Every refused call is shown to change nothing.
 */
import { LksStatus } from '@wsp/candidates';
import { expectErrorCode, TestApi } from '@wsp/testing/api';
import {
  COST,
  CREATE_ARRANGEMENT,
  createCandidate,
  EXTEND,
  isoDaysFromToday,
  jobcoachingInstrument,
  lksInstrument,
  MOVE,
  ok,
  openVacancy,
  proefplaatsInstrument,
  SET_INSTRUMENTS,
  setUpWorld,
  snapshot,
  TODAY,
  World,
} from './arrangements.fixtures';

const LOG_HOURS = `mutation($input: LogCoachingHoursInput!) { logCoachingHours(input: $input) { id minutes workedOn jobCoachId } }`;
const BUDGET = `query($id: ID!) { arrangement(id: $id) { coachingBudget { payer budgetMinutes usedMinutes remainingMinutes overBudget usedCostCents
  months { month budgetMinutes usedMinutes } } } }`;
const HOURS = `query($id: ID!) { arrangement(id: $id) { coachingHours { totalCount nodes { minutes notes } } } }`;

describe('arrangement rules, cost overview and coaching hours', () => {
  let api: TestApi;
  let w: World;
  let vacancyA: string;
  let lksCandidate: string;
  let plainCandidate: string;

  beforeAll(async () => {
    api = await TestApi.start();
    w = await setUpWorld(api);
    vacancyA = await openVacancy(api, w, w.employerA.id);
    lksCandidate = (await createCandidate(api, { consultantId: w.consultant.userId, jobCoachId: w.jobcoach.userId, lksStatus: LksStatus.LKS_MDP, currentLoonwaarde: 55 })).id;
    plainCandidate = (await createCandidate(api, { consultantId: w.consultant.userId, jobCoachId: w.jobcoach.userId })).id;
  });
  afterAll(async () => {
    await api.stop();
  });

  const create = (instruments: unknown[], extra: Record<string, unknown> = {}, token = w.am.token) =>
    api.gql(
      CREATE_ARRANGEMENT,
      {
        input: {
          employerId: w.employerA.id,
          vacancyId: vacancyA,
          startDate: '2025-11-01',
          candidates: [{ candidateId: lksCandidate, hoursPerWeek: 32, grossMonthlyWageCents: 250_000 }],
          instruments,
          ...extra,
        },
      },
      token,
    );

  function expectField(res: Awaited<ReturnType<typeof create>>, field: string): void {
    expectErrorCode(res, 'BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.field).toBe(field);
  }

  it('refuses invalid instrument sets and writes nothing', async () => {
    const before = await snapshot(api);
    // LKS only for candidates with an LKS status
    const noStatus = await create([lksInstrument()], { candidates: [{ candidateId: plainCandidate, hoursPerWeek: 32, grossMonthlyWageCents: 250_000 }] });
    expectField(noStatus, 'instruments[0].kind');
    expect(noStatus.errors?.[0].message).toMatch(/LKS-status/);
    // no LKS during the proefplaats (2025-11-01 .. 2025-12-31)
    const during = await create([proefplaatsInstrument(2), lksInstrument({ startDate: '2025-12-01' })]);
    expectField(during, 'instruments[1].lks.startDate');
    expect(during.errors?.[0].message).toMatch(/Tijdens een proefplaats is er geen loonkostensubsidie.*2026-01-01/);
    // proefplaats: 2 months, at most 4 months extension, at most 6 in total
    expectField(await create([proefplaatsInstrument(3)]), 'instruments[0].proefplaats.months');
    expectField(await create([proefplaatsInstrument(2, 5)]), 'instruments[0].proefplaats.extensionMonths');
    // typed inputs: the field must match the kind
    expectField(await create([{ kind: 'LKS', proefplaats: { months: 2 } }]), 'instruments[0].proefplaats');
    expectField(await create([{ kind: 'LKS' }]), 'instruments[0].lks');
    expectField(await create([lksInstrument(), lksInstrument()]), 'instruments[1].kind');
    // the no-riskpolis only for candidates in the doelgroepregister (Ziektewet art. 29b)
    expectField(await create([{ kind: 'NO_RISK_POLIS', noRiskPolis: {} }]), 'instruments[0].kind');
    expectField(await create([jobcoachingInstrument()], { candidates: [{ candidateId: lksCandidate, hoursPerWeek: 61, grossMonthlyWageCents: 1 }] }), 'candidates[0].hoursPerWeek');
    expect(await snapshot(api)).toEqual(before);
  });

  it('computes the monthly cost overview: proefplaats without wage or LKS, then the LKS (worked example € 1.224,11)', async () => {
    const a = ok(await create([proefplaatsInstrument(2), lksInstrument(), jobcoachingInstrument('EMPLOYER')])).createArrangement;
    const overview = ok(await api.gql(COST, { id: a.id, months: 14 }, w.am.token)).arrangement.costOverview;
    expect(overview.months).toHaveLength(14);
    expect(overview.months[0]).toMatchObject({
      month: 1,
      periodStart: '2025-11-01',
      phase: 'PROEFPLAATS',
      grossWageCents: 0,
      lksCents: 0,
      jobcoachingHours: 8,
      jobcoachingCents: 60_000,
      jobcoachingPayer: 'EMPLOYER',
      employerNetCostCents: 60_000,
    });
    expect(overview.months[2]).toMatchObject({
      periodStart: '2026-01-01',
      phase: 'EMPLOYMENT',
      grossWageCents: 250_000,
      wageCostsCents: 333_450,
      lksCents: 122_411,
      lksRoute: 'LOONWAARDE',
      lksRecipient: 'EMPLOYER',
      jobcoachingCents: 60_000,
      employerNetCostCents: 333_450 - 122_411 + 60_000,
    });
    expect(overview.months[13]).toMatchObject({ periodStart: '2026-12-01', lksCents: 122_411, jobcoachingHours: 0 });
    expect(overview.totals.lksCents).toBe(12 * 122_411);
    expect(overview.assumptions).toMatch(/1 januari/);
    // The employer sees the cost overview of its own (proposed) arrangement too.
    ok(await api.gql(MOVE('proposeArrangement'), { input: { id: a.id } }, w.am.token));
    expect(ok(await api.gql(COST, { id: a.id, months: 3 }, w.userA.token)).arrangement.costOverview.months[2].lksCents).toBe(122_411);
    expectErrorCode(await api.gql(COST, { id: a.id }, w.userB.token), 'FORBIDDEN');
  });

  it('refuses a second LKS on the same employment (art. 10d lid 9) while the first is proposed', async () => {
    const second = ok(await create([lksInstrument()], { startDate: '2026-03-01' })).createArrangement;
    const before = await snapshot(api);
    const res = await api.gql(MOVE('proposeArrangement'), { input: { id: second.id } }, w.am.token);
    expectErrorCode(res, 'CONFLICT');
    expect(res.errors?.[0].message).toMatch(/art\. 10d lid 9/);
    expect(await snapshot(api)).toEqual(before);
    // With another employer it is another employment: allowed.
    const vacancyB = await openVacancy(api, w, w.employerB.id);
    const elsewhere = ok(await create([lksInstrument()], { employerId: w.employerB.id, vacancyId: vacancyB, startDate: '2026-03-01' })).createArrangement;
    expect(ok(await api.gql(MOVE('proposeArrangement'), { input: { id: elsewhere.id } }, w.am.token)).proposeArrangement.status).toBe('PROPOSED');
  });

  it('changes instruments only in DRAFT and only by the owner', async () => {
    const a = ok(await create([jobcoachingInstrument()], { startDate: isoDaysFromToday(10) })).createArrangement;
    const before = await snapshot(api);
    expectErrorCode(await api.gql(SET_INSTRUMENTS, { input: { arrangementId: a.id, instruments: [proefplaatsInstrument(1)] } }, w.otherAm.token), 'FORBIDDEN');
    expect(await snapshot(api)).toEqual(before);
    const changed = ok(await api.gql(SET_INSTRUMENTS, { input: { arrangementId: a.id, instruments: [proefplaatsInstrument(1), jobcoachingInstrument()] } }, w.am.token));
    expect(changed.setArrangementInstruments.instruments.map((i: { kind: string }) => i.kind)).toEqual(['PROEFPLAATS', 'JOBCOACHING']);
    ok(await api.gql(MOVE('proposeArrangement'), { input: { id: a.id } }, w.am.token));
    expectErrorCode(await api.gql(SET_INSTRUMENTS, { input: { arrangementId: a.id, instruments: [] } }, w.am.token), 'CONFLICT');
  });

  it('extends a running proefplaats by at most 4 months, never beyond 6 in total', async () => {
    const a = ok(await create([proefplaatsInstrument(2), jobcoachingInstrument()], { startDate: TODAY })).createArrangement;
    ok(await api.gql(MOVE('proposeArrangement'), { input: { id: a.id } }, w.am.token));
    ok(await api.gql(MOVE('acceptArrangement'), { input: { id: a.id } }, w.userA.token));
    const once = ok(await api.gql(EXTEND, { input: { arrangementId: a.id, months: 3, reason: 'Meer tijd nodig' } }, w.am.token)).extendProefplaats;
    expect(once.instruments.find((i: { kind: string }) => i.kind === 'PROEFPLAATS')).toMatchObject({ extensionMonths: 3, totalMonths: 5 });
    const before = await snapshot(api);
    const tooLong = await api.gql(EXTEND, { input: { arrangementId: a.id, months: 2 } }, w.am.token);
    expectErrorCode(tooLong, 'BAD_USER_INPUT');
    expect(tooLong.errors?.[0].message).toMatch(/niet meer dan 6 maanden/);
    expectErrorCode(await api.gql(EXTEND, { input: { arrangementId: a.id, months: 1 } }, w.userA.token), 'FORBIDDEN');
    expect(await snapshot(api)).toEqual(before);
    expect(ok(await api.gql(EXTEND, { input: { arrangementId: a.id, months: 1 } }, w.am.token)).extendProefplaats.instruments.find((i: { kind: string }) => i.kind === 'PROEFPLAATS').totalMonths).toBe(6);
  });

  it('logs coaching hours by the candidate’s job coach against the budget, and reports use', async () => {
    const a = ok(await create([jobcoachingInstrument()], { startDate: isoDaysFromToday(-40) })).createArrangement;
    const input = { arrangementId: a.id, candidateId: lksCandidate, workedOn: isoDaysFromToday(-1), minutes: 90, notes: 'Werkplekbezoek' };
    expectErrorCode(await api.gql(LOG_HOURS, { input }, w.jobcoach.token), 'CONFLICT'); // still a draft
    ok(await api.gql(MOVE('proposeArrangement'), { input: { id: a.id } }, w.am.token));
    ok(await api.gql(MOVE('acceptArrangement'), { input: { id: a.id } }, w.userA.token));
    const before = await snapshot(api);
    expectErrorCode(await api.gql(LOG_HOURS, { input }, w.otherJobcoach.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(LOG_HOURS, { input }, w.consultant.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(LOG_HOURS, { input: { ...input, workedOn: isoDaysFromToday(1) } }, w.jobcoach.token), 'BAD_USER_INPUT');
    expectErrorCode(await api.gql(LOG_HOURS, { input: { ...input, minutes: 0 } }, w.jobcoach.token), 'BAD_USER_INPUT');
    expect(await snapshot(api)).toEqual(before);
    expect(ok(await api.gql(LOG_HOURS, { input }, w.jobcoach.token)).logCoachingHours).toMatchObject({ minutes: 90, jobCoachId: w.jobcoach.userId });
    ok(await api.gql(LOG_HOURS, { input: { ...input, workedOn: isoDaysFromToday(-35), minutes: 60 } }, w.jobcoach.token));

    const budget = ok(await api.gql(BUDGET, { id: a.id }, w.am.token)).arrangement.coachingBudget;
    expect(budget).toMatchObject({ payer: 'GEMEENTE', budgetMinutes: (3 * 8 + 9 * 4) * 60, usedMinutes: 150, remainingMinutes: 3600 - 150, overBudget: false, usedCostCents: 18_750 });
    expect(budget.months[0].usedMinutes + budget.months[1].usedMinutes).toBe(150);
    // The employer sees the budget, not the coach's notes.
    expect(ok(await api.gql(BUDGET, { id: a.id }, w.userA.token)).arrangement.coachingBudget.usedMinutes).toBe(150);
    expectErrorCode(await api.gql(HOURS, { id: a.id }, w.userA.token), 'FORBIDDEN');
    expect(ok(await api.gql(HOURS, { id: a.id }, w.jobcoach.token)).arrangement.coachingHours.totalCount).toBe(2);
  });
});
