/**
 * Arrangements over GraphQL, per role: templates, the lifecycle DRAFT → PROPOSED → AGREED → ACTIVE
 * → ENDED with history, the employer's answer, ownership and read access (including the forbidden
 * paths), anonymised candidates and the identity shown only with consent (logged).
 * Rules, cost overview and coaching hours: arrangements-rules.test.ts.
 */
import { LksStatus } from '@wsp/candidates';
import { expectErrorCode, TestApi } from '@wsp/testing/api';
import {
  count,
  createCandidate,
  FROM_TEMPLATE,
  GET_ARRANGEMENT,
  grantIdentityConsent,
  HISTORY,
  isoDaysFromToday,
  LIST_ARRANGEMENTS,
  MOVE,
  END_ARRANGEMENT,
  ok,
  openVacancy,
  setUpWorld,
  snapshot,
  World,
} from './arrangements.fixtures';

describe('arrangements over GraphQL: lifecycle and access', () => {
  let api: TestApi;
  let w: World;
  let vacancyA: string;
  let candidateId: string;
  let arrangementId: string;

  beforeAll(async () => {
    api = await TestApi.start();
    w = await setUpWorld(api);
    vacancyA = await openVacancy(api, w, w.employerA.id);
    const c = await createCandidate(api, {
      consultantId: w.consultant.userId,
      jobCoachId: w.jobcoach.userId,
      lksStatus: LksStatus.LKS_MDP,
      currentLoonwaarde: 55,
      doelgroepregister: true,
      firstName: 'Fenna',
      lastName: 'Jansen',
    });
    candidateId = c.id;
  });
  afterAll(async () => {
    await api.stop();
  });

  it('lists the standard arrangements per doelgroep and LKS status for staff only', async () => {
    const q = `{ arrangementTemplates { code doelgroep lksStatus effectiveFrom name source instruments { __typename } } }`;
    const templates = ok(await api.gql(q, {}, w.am.token)).arrangementTemplates as { code: string; doelgroep: string; lksStatus: string; instruments: unknown[] }[];
    expect(templates.map((t) => t.code)).toContain('BEPERKT_LKS_MDP');
    const mdp = templates.find((t) => t.code === 'BEPERKT_LKS_MDP')!;
    expect(mdp).toMatchObject({ doelgroep: 'BEPERKT', lksStatus: 'LKS_MDP' });
    expect(mdp.instruments).toEqual([{ __typename: 'LksInstrument' }, { __typename: 'ProefplaatsInstrument' }, { __typename: 'JobcoachingInstrument' }]);
    expectErrorCode(await api.gql(q, {}, w.userA.token), 'FORBIDDEN');
  });

  it('creates a draft from the BEPERKT × LKS_MDP template: proefplaats, LKS with reassessment after 12 months, jobcoaching, no-riskpolis', async () => {
    const start = isoDaysFromToday(14);
    const res = await api.gql(
      FROM_TEMPLATE,
      {
        input: {
          templateCode: 'BEPERKT_LKS_MDP',
          employerId: w.employerA.id,
          vacancyId: vacancyA,
          startDate: start,
          candidates: [{ candidateId, hoursPerWeek: 32, grossMonthlyWageCents: 250_000 }],
          notes: 'Intern: werkgever wil na de proefplaats een jaarcontract',
        },
      },
      w.am.token,
    );
    const a = ok(res).createArrangementFromTemplate;
    arrangementId = a.id;
    expect(a).toMatchObject({ status: 'DRAFT', ownerId: w.am.userId, templateCode: 'BEPERKT_LKS_MDP', templateVersion: '2025-01-01', startDate: start, version: 1 });
    expect(a.instruments.map((i: { kind: string }) => i.kind)).toEqual(['LKS', 'PROEFPLAATS', 'JOBCOACHING', 'NO_RISK_POLIS']);
    const proef = a.instruments.find((i: { kind: string }) => i.kind === 'PROEFPLAATS');
    const lks = a.instruments.find((i: { kind: string }) => i.kind === 'LKS');
    expect(proef).toMatchObject({ months: 2, extensionMonths: 0, totalMonths: 2, startDate: start, benefitRetained: true });
    expect(lks).toMatchObject({ route: 'LOONWAARDE', fixedStartDate: null, reassessmentAfterMonths: 12 });
    expect(lks.startDate > proef.endDate).toBe(true);
    // The accountmanager sees the anonymised profile, not the name or the exact loonwaarde.
    expect(a.candidates).toEqual([
      expect.objectContaining({ candidateId, hoursPerWeek: 32, loonwaardePercentage: null, identity: null, profile: expect.objectContaining({ lksPossible: true, loonwaardeBand: '50–70%' }) }),
    ]);
    expect(await count(api, `SELECT 1 FROM outbox_events WHERE aggregate_id = $1 AND type = 'arrangement.created'`, [a.id])).toBe(1);
  });

  it('hides drafts from the employer and lets only the owner propose', async () => {
    expectErrorCode(await api.gql(GET_ARRANGEMENT, { id: arrangementId }, w.userA.token), 'NOT_FOUND');
    expect(ok(await api.gql(LIST_ARRANGEMENTS, {}, w.userA.token)).arrangements.totalCount).toBe(0);
    const before = await snapshot(api);
    expectErrorCode(await api.gql(MOVE('proposeArrangement'), { input: { id: arrangementId } }, w.otherAm.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(MOVE('proposeArrangement'), { input: { id: arrangementId } }, w.userA.token), 'FORBIDDEN');
    expect(await snapshot(api)).toEqual(before);
    const proposed = ok(await api.gql(MOVE('proposeArrangement'), { input: { id: arrangementId } }, w.am.token)).proposeArrangement;
    expect(proposed.status).toBe('PROPOSED');
  });

  it('forbids an employer to read or answer another employer’s arrangement, and changes nothing', async () => {
    const before = await snapshot(api);
    expectErrorCode(await api.gql(GET_ARRANGEMENT, { id: arrangementId }, w.userB.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(MOVE('acceptArrangement'), { input: { id: arrangementId } }, w.userB.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(LIST_ARRANGEMENTS, { filter: { employerId: w.employerA.id } }, w.userB.token), 'FORBIDDEN');
    expect(ok(await api.gql(LIST_ARRANGEMENTS, {}, w.userB.token)).arrangements.totalCount).toBe(0);
    expect(await snapshot(api)).toEqual(before);
  });

  it('shows the employer its proposal anonymised, without internal notes', async () => {
    const a = ok(await api.gql(GET_ARRANGEMENT, { id: arrangementId }, w.userA.token)).arrangement;
    expect(a).toMatchObject({ status: 'PROPOSED', notes: null });
    expect(a.candidates[0]).toMatchObject({ identity: null, loonwaardePercentage: null, profile: { lksPossible: true } });
    expect(ok(await api.gql(LIST_ARRANGEMENTS, {}, w.userA.token)).arrangements.nodes.map((n: { id: string }) => n.id)).toEqual([arrangementId]);
  });

  it('shows the name to the employer once identity consent for that employer exists, and logs the read', async () => {
    await grantIdentityConsent(api, candidateId, w.employerA.id, w.consultant.userId);
    const logBefore = await count(api, `SELECT 1 FROM candidate_access_log WHERE candidate_id = $1 AND actor_user_id = $2`, [candidateId, w.userA.userId]);
    const a = ok(await api.gql(GET_ARRANGEMENT, { id: arrangementId }, w.userA.token)).arrangement;
    expect(a.candidates[0].identity).toEqual({ firstName: 'Fenna', lastName: 'Jansen' });
    expect(await count(api, `SELECT 1 FROM candidate_access_log WHERE candidate_id = $1 AND actor_user_id = $2`, [candidateId, w.userA.userId])).toBe(logBefore + 1);
    // The consent is for employer A only; the accountmanager still sees no name.
    expect(ok(await api.gql(GET_ARRANGEMENT, { id: arrangementId }, w.am.token)).arrangement.candidates[0].identity).toBeNull();
  });

  it('lets the employer decline with a reason (back to DRAFT), then accept the renewed proposal', async () => {
    const before = await snapshot(api);
    expectErrorCode(await api.gql(MOVE('declineArrangement'), { input: { id: arrangementId } }, w.userA.token), 'BAD_USER_INPUT');
    expect(await snapshot(api)).toEqual(before);
    const declined = ok(await api.gql(MOVE('declineArrangement'), { input: { id: arrangementId, reason: 'Liever 24 uur' } }, w.userA.token)).declineArrangement;
    expect(declined).toMatchObject({ status: 'DRAFT', statusReason: 'Liever 24 uur' });
    ok(await api.gql(MOVE('proposeArrangement'), { input: { id: arrangementId } }, w.am.token));
    expectErrorCode(await api.gql(MOVE('activateArrangement'), { input: { id: arrangementId } }, w.am.token), 'CONFLICT');
    const accepted = ok(await api.gql(MOVE('acceptArrangement'), { input: { id: arrangementId } }, w.userA.token)).acceptArrangement;
    expect(accepted.status).toBe('AGREED');
    expectErrorCode(await api.gql(MOVE('acceptArrangement'), { input: { id: arrangementId } }, w.userA.token), 'CONFLICT');
  });

  it('lets consultants and job coaches read the arrangements of their own candidates only', async () => {
    expect(ok(await api.gql(GET_ARRANGEMENT, { id: arrangementId }, w.consultant.token)).arrangement.candidates[0]).toMatchObject({
      loonwaardePercentage: 55,
      identity: { firstName: 'Fenna' },
    });
    expect(ok(await api.gql(GET_ARRANGEMENT, { id: arrangementId }, w.jobcoach.token)).arrangement.id).toBe(arrangementId);
    expectErrorCode(await api.gql(GET_ARRANGEMENT, { id: arrangementId }, w.otherConsultant.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(GET_ARRANGEMENT, { id: arrangementId }, w.otherJobcoach.token), 'FORBIDDEN');
    expect(ok(await api.gql(LIST_ARRANGEMENTS, {}, w.consultant.token)).arrangements.totalCount).toBe(1);
    expect(ok(await api.gql(LIST_ARRANGEMENTS, {}, w.otherConsultant.token)).arrangements.totalCount).toBe(0);
    expect(ok(await api.gql(LIST_ARRANGEMENTS, { filter: { mine: true } }, w.am.token)).arrangements.totalCount).toBe(1);
    expect(ok(await api.gql(LIST_ARRANGEMENTS, { filter: { mine: true } }, w.otherAm.token)).arrangements.totalCount).toBe(0);
  });

  it('activates and ends with a reason; the history records every move; the employer sees status moves only', async () => {
    ok(await api.gql(MOVE('activateArrangement'), { input: { id: arrangementId } }, w.am.token));
    expectErrorCode(await api.gql(END_ARRANGEMENT, { input: { id: arrangementId } }, w.am.token), 'BAD_USER_INPUT');
    expectErrorCode(await api.gql(END_ARRANGEMENT, { input: { id: arrangementId, reason: 'klaar' } }, w.userA.token), 'FORBIDDEN');
    const ended = ok(await api.gql(END_ARRANGEMENT, { input: { id: arrangementId, reason: 'Doorgestroomd naar regulier werk' } }, w.am.token)).endArrangement;
    expect(ended).toMatchObject({ status: 'ENDED', statusReason: 'Doorgestroomd naar regulier werk' });
    expect(ended.endDate).toBeTruthy();

    const staff = ok(await api.gql(HISTORY, { id: arrangementId }, w.am.token)).arrangement.history.nodes as { kind: string; fromStatus: string | null; toStatus: string }[];
    expect(staff.map((h) => `${h.kind}:${h.fromStatus ?? '-'}>${h.toStatus}`).reverse()).toEqual([
      'CREATED:->DRAFT',
      'STATUS:DRAFT>PROPOSED',
      'STATUS:PROPOSED>DRAFT',
      'STATUS:DRAFT>PROPOSED',
      'STATUS:PROPOSED>AGREED',
      'STATUS:AGREED>ACTIVE',
      'STATUS:ACTIVE>ENDED',
    ]);
    const employer = ok(await api.gql(HISTORY, { id: arrangementId }, w.userA.token)).arrangement.history.nodes as { kind: string }[];
    expect(employer.every((h) => h.kind === 'STATUS')).toBe(true);
    const types = (await api.dataSource.query<{ type: string }[]>(`SELECT type FROM outbox_events WHERE aggregate_id = $1 ORDER BY id`, [arrangementId])).map((r) => r.type);
    expect(types).toEqual([
      'arrangement.created',
      'arrangement.proposed',
      'arrangement.declined',
      'arrangement.proposed',
      'arrangement.agreed',
      'arrangement.activated',
      'arrangement.ended',
    ]);
    expectErrorCode(await api.gql(END_ARRANGEMENT, { input: { id: arrangementId, reason: 'nogmaals' } }, w.am.token), 'CONFLICT');
  });

  it('creates a jobcarving arrangement without a vacancy, and refuses both or neither', async () => {
    const input = {
      employerId: w.employerB.id,
      startDate: isoDaysFromToday(30),
      jobcarvingRole: { title: 'Assistent magazijn', description: 'Orderpicken en inpakken, uit de functies van twee logistiek medewerkers' },
    };
    const q = `mutation($input: CreateArrangementInput!) { createArrangement(input: $input) { id vacancyId jobcarvingTitle status } }`;
    const a = ok(await api.gql(q, { input }, w.otherAm.token)).createArrangement;
    expect(a).toMatchObject({ vacancyId: null, jobcarvingTitle: 'Assistent magazijn', status: 'DRAFT' });
    const before = await snapshot(api);
    expectErrorCode(await api.gql(q, { input: { ...input, jobcarvingRole: null } }, w.otherAm.token), 'BAD_USER_INPUT');
    expectErrorCode(await api.gql(q, { input: { ...input, employerId: w.employerA.id, vacancyId: vacancyA } }, w.otherAm.token), 'BAD_USER_INPUT');
    expectErrorCode(await api.gql(q, { input: { ...input, vacancyId: vacancyA } }, w.otherAm.token), 'BAD_USER_INPUT');
    expectErrorCode(await api.gql(q, { input }, w.consultant.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(q, { input }, w.userB.token), 'FORBIDDEN');
    expect(await snapshot(api)).toEqual(before);
  });
});
