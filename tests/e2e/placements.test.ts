/**
 * Placements over GraphQL, per role: the workflow PROPOSED → INTRODUCED → PROEFPLAATS → CONTRACTED
 * → CONFIRMED → ENDED, the identity consent needed to introduce, confirmation by the candidate's own
 * job coach only (with its effects on the vacancy, the matches, the arrangement and the outbox),
 * the check-ins and work lists, and the timelines. Races: placements-concurrency.test.ts.
 */
import { LksStatus } from '@wsp/candidates';
import { expectErrorCode, TestApi } from '@wsp/testing/api';
import {
  CONFIRM,
  CONTRACTED,
  contractedPlacement,
  count,
  CREATE_ARRANGEMENT,
  createCandidate,
  END_PLACEMENT,
  GET_PLACEMENT,
  grantIdentityConsent,
  insertMatches,
  INTRODUCE,
  isoDaysFromToday,
  jobcoachingInstrument,
  LIST_PLACEMENTS,
  MOVE,
  ok,
  openVacancy,
  PROEFPLAATS,
  PROPOSE,
  recordLoonwaarde,
  setUpWorld,
  snapshot,
  TODAY,
  World,
} from './arrangements.fixtures';

const WORK_LIST = `query($horizonDays: Int) { myWorkList(horizonDays: $horizonDays, first: 50) { totalCount
  nodes { id kind dueOn overdue candidateId candidatePseudonym placementId checkInId checkInMonth employerName vacancyTitle } } }`;
const RECORD_CHECK_IN = `mutation($input: RecordCheckInInput!) { recordCheckIn(input: $input) { id heldOn status notes recordedById } }`;
const CANDIDATE_TIMELINE = `query($candidateId: ID!, $first: Int, $after: String) { candidateTimeline(candidateId: $candidateId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id kind fromStatus toStatus detail candidatePseudonym employerName placementId arrangementId } } }`;
const EMPLOYER_TIMELINE = `query($employerId: ID!) { employerPlacementTimeline(employerId: $employerId, first: 100) {
  totalCount nodes { id kind fromStatus toStatus candidatePseudonym } } }`;
const VACANCY = `query($id: ID!) { vacancy(id: $id) { id status health { matchCount introductionCount placementCount } } }`;

describe('placements over GraphQL', () => {
  let api: TestApi;
  let w: World;
  let vacancy: string;
  let otherVacancy: string;
  let c1: { id: string; pseudonym: string };
  let c2: { id: string; pseudonym: string };
  let p1: string;
  const started = isoDaysFromToday(-40);

  beforeAll(async () => {
    api = await TestApi.start();
    w = await setUpWorld(api);
    vacancy = await openVacancy(api, w, w.employerA.id, { numberOfPlaces: 2 });
    otherVacancy = await openVacancy(api, w, w.employerB.id);
    c1 = await createCandidate(api, { consultantId: w.consultant.userId, jobCoachId: w.jobcoach.userId, firstName: 'Ilse', lastName: 'Bakker' });
    c2 = await createCandidate(api, { consultantId: w.consultant.userId, jobCoachId: w.jobcoach.userId, lksStatus: LksStatus.LKS_ZDP, currentLoonwaarde: 40 });
  });
  afterAll(async () => {
    await api.stop();
  });

  it('lets the candidate’s consultant propose; the proposal is internal (not visible to the employer)', async () => {
    const before = await snapshot(api);
    expectErrorCode(await api.gql(PROPOSE, { input: { candidateId: c1.id, vacancyId: vacancy } }, w.otherConsultant.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(PROPOSE, { input: { candidateId: c1.id, vacancyId: vacancy } }, w.jobcoach.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(PROPOSE, { input: { candidateId: c1.id, vacancyId: vacancy } }, w.userA.token), 'FORBIDDEN');
    expect(await snapshot(api)).toEqual(before);
    const p = ok(await api.gql(PROPOSE, { input: { candidateId: c1.id, vacancyId: vacancy } }, w.consultant.token)).proposePlacement;
    p1 = p.id;
    expect(p).toMatchObject({ status: 'PROPOSED', employerId: w.employerA.id, candidatePseudonym: c1.pseudonym, employerName: 'Bakkerij A', candidateIdentity: { firstName: 'Ilse' } });
    expectErrorCode(await api.gql(PROPOSE, { input: { candidateId: c1.id, vacancyId: vacancy } }, w.am.token), 'CONFLICT');
    expectErrorCode(await api.gql(GET_PLACEMENT, { id: p1 }, w.userA.token), 'FORBIDDEN');
    expect(ok(await api.gql(LIST_PLACEMENTS, {}, w.userA.token)).placements.totalCount).toBe(0);
  });

  it('refuses the introduction without written identity consent for that employer (CONFLICT), changing nothing', async () => {
    await grantIdentityConsent(api, c1.id, w.employerB.id, w.consultant.userId); // another employer's consent does not count
    const before = await snapshot(api);
    const res = await api.gql(INTRODUCE, { input: { id: p1 } }, w.am.token);
    expectErrorCode(res, 'CONFLICT');
    expect(res.errors?.[0].message).toMatch(/schriftelijk toestemming.*deze werkgever/);
    expect(res.errors?.[0].extensions?.reason).toBe('IDENTITY_CONSENT_REQUIRED');
    expect(await snapshot(api)).toEqual(before);
  });

  it('introduces with consent; the employer then sees the name through the placement, and every read is logged', async () => {
    const consent = await grantIdentityConsent(api, c1.id, w.employerA.id, w.consultant.userId);
    const p = ok(await api.gql(INTRODUCE, { input: { id: p1 } }, w.am.token)).introducePlacement;
    expect(p.status).toBe('INTRODUCED');
    expect((await api.dataSource.query(`SELECT identity_consent_id FROM placements WHERE id = $1`, [p1]))[0].identity_consent_id).toBe(consent.id);

    const logged = () => count(api, `SELECT 1 FROM candidate_access_log WHERE candidate_id = $1 AND actor_user_id = $2`, [c1.id, w.userA.userId]);
    const before = await logged();
    const seen = ok(await api.gql(GET_PLACEMENT, { id: p1 }, w.userA.token)).placement;
    expect(seen.candidateIdentity).toEqual({ firstName: 'Ilse', lastName: 'Bakker' });
    expect(seen.checkIns).toEqual([]);
    expect(await logged()).toBe(before + 1);
    expect(ok(await api.gql(GET_PLACEMENT, { id: p1 }, w.am.token)).placement.candidateIdentity).toBeNull();
    expectErrorCode(await api.gql(GET_PLACEMENT, { id: p1 }, w.userB.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(GET_PLACEMENT, { id: p1 }, w.otherJobcoach.token), 'FORBIDDEN');

    // Revoking the consent hides the name again.
    await api.dataSource.query(`UPDATE identity_consents SET revoked_at = now() WHERE id = $1`, [consent.id]);
    expect(ok(await api.gql(GET_PLACEMENT, { id: p1 }, w.userA.token)).placement.candidateIdentity).toBeNull();
    await api.dataSource.query(`UPDATE identity_consents SET revoked_at = NULL WHERE id = $1`, [consent.id]);
  });

  it('records the proefplaats and the contract', async () => {
    expect(ok(await api.gql(PROEFPLAATS, { input: { id: p1, startDate: isoDaysFromToday(-70) } }, w.jobcoach.token)).startPlacementProefplaats.status).toBe('PROEFPLAATS');
    expectErrorCode(await api.gql(CONTRACTED, { input: { id: p1, contractStartDate: started } }, w.userA.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(CONTRACTED, { input: { id: p1, contractStartDate: isoDaysFromToday(-80) } }, w.am.token), 'BAD_USER_INPUT');
    expect(ok(await api.gql(CONTRACTED, { input: { id: p1, contractStartDate: started } }, w.am.token)).markPlacementContracted.status).toBe('CONTRACTED');
  });

  it('lets only the candidate’s own job coach confirm; a refused confirmation changes nothing', async () => {
    await insertMatches(api, c1.id, [vacancy, otherVacancy]);
    const input = { id: p1, actualStartDate: started, hoursPerWeek: 28, grossMonthlyWageCents: 215_000 };
    const before = await snapshot(api);
    expectErrorCode(await api.gql(CONFIRM, { input }, w.otherJobcoach.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(CONFIRM, { input }, w.admin.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(CONFIRM, { input }, w.consultant.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(CONFIRM, { input: { ...input, actualStartDate: isoDaysFromToday(1) } }, w.jobcoach.token), 'BAD_USER_INPUT');
    expect(await snapshot(api)).toEqual(before);
  });

  it('confirms: actual start, hours and wage; check-ins at 1, 3, 6 and 12 months; matches closed; events for SROI', async () => {
    const input = { id: p1, actualStartDate: started, hoursPerWeek: 28, grossMonthlyWageCents: 215_000 };
    const p = ok(await api.gql(CONFIRM, { input }, w.jobcoach.token)).confirmPlacement;
    expect(p).toMatchObject({ status: 'CONFIRMED', actualStartDate: started, hoursPerWeek: 28, grossMonthlyWageCents: 215_000, confirmedById: w.jobcoach.userId });
    expect(p.checkIns.map((c: { monthNumber: number }) => c.monthNumber)).toEqual([1, 3, 6, 12]);
    expect(p.checkIns.every((c: { heldOn: string | null }) => c.heldOn === null)).toBe(true);
    expect(await count(api, `SELECT 1 FROM matches WHERE candidate_id = $1`, [c1.id])).toBe(0);
    const events = await api.dataSource.query<{ type: string; payload: Record<string, unknown> }[]>(
      `SELECT type, payload FROM outbox_events WHERE aggregate_id = ANY($1::uuid[]) ORDER BY id`,
      [[p1, c1.id]],
    );
    expect(events.map((e) => e.type)).toEqual(['placement.proposed', 'placement.introduced', 'placement.proefplaats_started', 'placement.contracted', 'placement.confirmed', 'candidate.matches_closed']);
    expect(events[4].payload).toMatchObject({ placementId: p1, candidateId: c1.id, vacancyId: vacancy, employerId: w.employerA.id, actualStartDate: started, hoursPerWeek: 28, vacancyFilled: false });
    // Only the start of the proefplaats moves the candidate into an occupying status (matching re-matches then).
    expect(events.slice(0, 5).map((e) => e.payload.occupancyChanged)).toEqual([false, false, true, false, false]);
    expect(events[5].payload).toMatchObject({ reason: 'PLACEMENT_CONFIRMED', vacancyIds: [vacancy, otherVacancy].sort() });
    expect(JSON.stringify(events)).not.toMatch(/Ilse|215000/);
    // 1 of 2 places taken: the vacancy stays open; its health counts the real rows.
    expect(ok(await api.gql(VACANCY, { id: vacancy }, w.am.token)).vacancy).toMatchObject({ status: 'OPEN', health: { introductionCount: 1, placementCount: 1, matchCount: 0 } });
    expectErrorCode(await api.gql(CONFIRM, { input }, w.jobcoach.token), 'CONFLICT');
  });

  it('fills the vacancy when the last place is confirmed and starts the agreed arrangement', async () => {
    const a = ok(
      await api.gql(
        CREATE_ARRANGEMENT,
        {
          input: {
            employerId: w.employerA.id,
            vacancyId: vacancy,
            startDate: isoDaysFromToday(-10),
            candidates: [{ candidateId: c2.id, hoursPerWeek: 32, grossMonthlyWageCents: 230_000 }],
            instruments: [jobcoachingInstrument()],
          },
        },
        w.am.token,
      ),
    ).createArrangement;
    ok(await api.gql(MOVE('proposeArrangement'), { input: { id: a.id } }, w.am.token));
    ok(await api.gql(MOVE('acceptArrangement'), { input: { id: a.id } }, w.userA.token));
    const p2 = await contractedPlacement(api, w, c2.id, vacancy, w.employerA.id, a.id);
    const p = ok(await api.gql(CONFIRM, { input: { id: p2, actualStartDate: TODAY, hoursPerWeek: 32, grossMonthlyWageCents: 230_000 } }, w.jobcoach.token)).confirmPlacement;
    expect(p.status).toBe('CONFIRMED');
    expect(ok(await api.gql(VACANCY, { id: vacancy }, w.am.token)).vacancy).toMatchObject({ status: 'FILLED', health: { placementCount: 2 } });
    expect((await api.dataSource.query(`SELECT status FROM arrangements WHERE id = $1`, [a.id]))[0].status).toBe('ACTIVE');
    expect(await count(api, `SELECT 1 FROM outbox_events WHERE aggregate_id = $1 AND type = 'vacancy.filled'`, [vacancy])).toBe(1);
    expect(ok(await api.gql(GET_PLACEMENT, { id: p2 }, w.userA.token)).placement.arrangementId).toBe(a.id);
  });

  it('puts due and overdue check-ins and loonwaarde reassessments on the work lists', async () => {
    await recordLoonwaarde(api, c2.id, w.consultant.userId, isoDaysFromToday(10));
    // c1 started 40 days ago (month-1 check-in overdue), c2 today (month-1 check-in within 35 days).
    const coach = ok(await api.gql(WORK_LIST, { horizonDays: 35 }, w.jobcoach.token)).myWorkList;
    const kinds = coach.nodes.map((n: { kind: string; checkInMonth: number | null; candidateId: string }) => `${n.kind}:${n.checkInMonth ?? n.candidateId}`);
    expect(kinds).toEqual(['CHECK_IN:1', `LOONWAARDE_REASSESSMENT:${c2.id}`, 'CHECK_IN:1']);
    expect(coach.nodes[2]).toMatchObject({ candidateId: c2.id, overdue: false });
    expect(coach.nodes[0]).toMatchObject({ overdue: true, candidatePseudonym: c1.pseudonym, employerName: 'Bakkerij A' });
    expect(coach.nodes[1]).toMatchObject({ overdue: false, dueOn: isoDaysFromToday(10) });
    expect(ok(await api.gql(WORK_LIST, { horizonDays: 60 }, w.jobcoach.token)).myWorkList.totalCount).toBe(4);
    const consultant = ok(await api.gql(WORK_LIST, {}, w.consultant.token)).myWorkList;
    expect(consultant.nodes.map((n: { kind: string }) => n.kind)).toEqual(['LOONWAARDE_REASSESSMENT']);
    expect(ok(await api.gql(WORK_LIST, {}, w.otherJobcoach.token)).myWorkList.totalCount).toBe(0);
    expectErrorCode(await api.gql(WORK_LIST, {}, w.am.token), 'FORBIDDEN');
  });

  it('records a check-in by the candidate’s job coach only, once', async () => {
    const placement = ok(await api.gql(GET_PLACEMENT, { id: p1 }, w.jobcoach.token)).placement;
    const first = placement.checkIns[0];
    const input = { checkInId: first.id, heldOn: TODAY, status: 'ON_TRACK', notes: 'Gaat goed, werkgever tevreden' };
    const before = await snapshot(api);
    expectErrorCode(await api.gql(RECORD_CHECK_IN, { input }, w.otherJobcoach.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(RECORD_CHECK_IN, { input: { ...input, heldOn: isoDaysFromToday(2) } }, w.jobcoach.token), 'BAD_USER_INPUT');
    expect(await snapshot(api)).toEqual(before);
    expect(ok(await api.gql(RECORD_CHECK_IN, { input }, w.jobcoach.token)).recordCheckIn).toMatchObject({ heldOn: TODAY, status: 'ON_TRACK', recordedById: w.jobcoach.userId });
    expectErrorCode(await api.gql(RECORD_CHECK_IN, { input }, w.jobcoach.token), 'CONFLICT');
    const list = ok(await api.gql(WORK_LIST, { horizonDays: 30 }, w.jobcoach.token)).myWorkList;
    expect(list.nodes.some((n: { checkInId: string }) => n.checkInId === first.id)).toBe(false);
  });

  it('ends a placement with a reason and a date; its check-ins leave the work list', async () => {
    const before = await snapshot(api);
    expectErrorCode(await api.gql(END_PLACEMENT, { input: { id: p1, endDate: TODAY, reason: 'OTHER' } }, w.jobcoach.token), 'BAD_USER_INPUT');
    expectErrorCode(await api.gql(END_PLACEMENT, { input: { id: p1, endDate: TODAY, reason: 'DROPOUT' } }, w.otherJobcoach.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(END_PLACEMENT, { input: { id: p1, endDate: TODAY, reason: 'DROPOUT' } }, w.userA.token), 'FORBIDDEN');
    expect(await snapshot(api)).toEqual(before);
    const ended = ok(await api.gql(END_PLACEMENT, { input: { id: p1, endDate: TODAY, reason: 'REGULAR_WORK', notes: 'Vast contract zonder subsidie' } }, w.jobcoach.token)).endPlacement;
    expect(ended).toMatchObject({ status: 'ENDED', endedOn: TODAY, endReason: 'REGULAR_WORK', endNotes: 'Vast contract zonder subsidie' });
    expect(ok(await api.gql(GET_PLACEMENT, { id: p1 }, w.userA.token)).placement).toMatchObject({ status: 'ENDED', endReason: 'REGULAR_WORK', endNotes: null });
    const [event] = await api.dataSource.query<{ payload: Record<string, unknown> }[]>(`SELECT payload FROM outbox_events WHERE aggregate_id = $1 AND type = 'placement.ended'`, [p1]);
    expect(event.payload).toMatchObject({ endReason: 'REGULAR_WORK', endedOn: TODAY, wasConfirmed: true });
    const list = ok(await api.gql(WORK_LIST, { horizonDays: 365 }, w.jobcoach.token)).myWorkList;
    expect(list.nodes.filter((n: { placementId: string }) => n.placementId === p1)).toEqual([]);
  });

  it('shows a timeline per candidate (own consultant / job coach) and per employer (without internal steps)', async () => {
    const page1 = ok(await api.gql(CANDIDATE_TIMELINE, { candidateId: c1.id, first: 3 }, w.consultant.token)).candidateTimeline;
    expect(page1.totalCount).toBe(7); // 6 placement moves + 1 check-in
    expect(page1.nodes[0]).toMatchObject({ kind: 'PLACEMENT_STATUS', fromStatus: 'CONFIRMED', toStatus: 'ENDED', candidatePseudonym: c1.pseudonym, employerName: 'Bakkerij A' });
    const page2 = ok(await api.gql(CANDIDATE_TIMELINE, { candidateId: c1.id, first: 10, after: page1.pageInfo.endCursor }, w.consultant.token)).candidateTimeline;
    expect(page2.nodes).toHaveLength(4);
    expect(page2.nodes.map((n: { toStatus: string }) => n.toStatus).pop()).toBe('PROPOSED');
    expect(JSON.stringify([page1, page2])).not.toMatch(/Ilse|werkgever tevreden/);
    const c2Timeline = ok(await api.gql(CANDIDATE_TIMELINE, { candidateId: c2.id, first: 50 }, w.jobcoach.token)).candidateTimeline;
    expect(c2Timeline.nodes.some((n: { kind: string; toStatus: string }) => n.kind === 'ARRANGEMENT_STATUS' && n.toStatus === 'ACTIVE')).toBe(true);
    expectErrorCode(await api.gql(CANDIDATE_TIMELINE, { candidateId: c1.id }, w.otherConsultant.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(CANDIDATE_TIMELINE, { candidateId: c1.id }, w.am.token), 'FORBIDDEN');

    const staff = ok(await api.gql(EMPLOYER_TIMELINE, { employerId: w.employerA.id }, w.am.token)).employerPlacementTimeline;
    const employer = ok(await api.gql(EMPLOYER_TIMELINE, { employerId: w.employerA.id }, w.userA.token)).employerPlacementTimeline;
    expect(staff.nodes.some((n: { kind: string }) => n.kind === 'CHECK_IN')).toBe(true);
    expect(employer.nodes.some((n: { kind: string }) => n.kind === 'CHECK_IN')).toBe(false);
    expect(employer.nodes.some((n: { toStatus: string; kind: string }) => n.kind === 'PLACEMENT_STATUS' && n.toStatus === 'PROPOSED')).toBe(false);
    expect(employer.nodes.some((n: { toStatus: string }) => n.toStatus === 'CONFIRMED')).toBe(true);
    expect(employer.totalCount).toBeLessThan(staff.totalCount);
    expectErrorCode(await api.gql(EMPLOYER_TIMELINE, { employerId: w.employerA.id }, w.userB.token), 'FORBIDDEN');
  });

  it('scopes placement lists per role', async () => {
    expect(ok(await api.gql(LIST_PLACEMENTS, {}, w.userA.token)).placements.totalCount).toBe(2);
    expect(ok(await api.gql(LIST_PLACEMENTS, {}, w.userB.token)).placements.totalCount).toBe(0);
    expect(ok(await api.gql(LIST_PLACEMENTS, {}, w.jobcoach.token)).placements.totalCount).toBe(2);
    expect(ok(await api.gql(LIST_PLACEMENTS, {}, w.otherJobcoach.token)).placements.totalCount).toBe(0);
    expect(ok(await api.gql(LIST_PLACEMENTS, { filter: { statuses: ['CONFIRMED'] } }, w.am.token)).placements.totalCount).toBe(1);
    expectErrorCode(await api.gql(LIST_PLACEMENTS, { filter: { employerId: w.employerA.id } }, w.userB.token), 'FORBIDDEN');
  });
});
