/**
 * Acquisition CRM over HTTP: pipeline moves and their history (including concurrent moves),
 * contact moments with next actions, myActions/actionsFor and the employer timeline.
 */
import { Role } from '@wsp/common';
import { expectErrorCode, TestApi } from '@wsp/testing/api';
import {
  Actors,
  count,
  CREATE_DEMAND,
  createEmployer,
  employerRow,
  HISTORY,
  instantDaysAgo,
  isoDaysFromToday,
  MOVE,
  MY_ACTIONS,
  ok,
  RECORD,
  setUpActors,
  tableCounts,
  TIMELINE,
  TODAY,
} from './acquisition.fixtures';

describe('acquisition: pipeline, contact moments, actions and timeline', () => {
  let api: TestApi;
  let a: Actors;

  beforeAll(async () => {
    api = await TestApi.start();
    a = await setUpActors(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  const move = (employerId: string, fromStage: string, toStage: string, reason?: string, token = a.am.token) =>
    api.gql(MOVE, { input: { employerId, fromStage, toStage, ...(reason !== undefined ? { reason } : {}) } }, token);
  const history = async (id: string, token = a.am.token) =>
    ok(await api.gql(HISTORY, { id, first: 100 }, token)).employer.stageHistory.nodes as { fromStage: string | null; toStage: string; reason: string | null }[];
  const record = (input: Record<string, unknown>, token = a.am.token) =>
    api.gql(RECORD, { input: { type: 'CALL', occurredAt: instantDaysAgo(0.01), outcome: 'Kennismaking', ...input } }, token);

  describe('pipeline', () => {
    it('moves forward one step at a time, back with a reason, to LOST with a reason and reopens; history in order', async () => {
      const e = await createEmployer(api, a.am.token);
      expect(ok(await move(e.id, 'PROSPECT', 'CONTACTED')).moveEmployerStage.stage).toBe('CONTACTED');
      expect(ok(await move(e.id, 'CONTACTED', 'MEETING')).moveEmployerStage.stage).toBe('MEETING');

      const backWithoutReason = await move(e.id, 'MEETING', 'CONTACTED');
      expectErrorCode(backWithoutReason, 'BAD_USER_INPUT');
      expect(backWithoutReason.errors?.[0].extensions?.field).toBe('reason');
      expectErrorCode(await move(e.id, 'MEETING', 'CONTACTED', '   '), 'BAD_USER_INPUT');
      expect(ok(await move(e.id, 'MEETING', 'CONTACTED', 'Afspraak verzet naar volgend kwartaal')).moveEmployerStage.stage).toBe('CONTACTED');

      const lostWithoutReason = await move(e.id, 'CONTACTED', 'LOST');
      expectErrorCode(lostWithoutReason, 'BAD_USER_INPUT');
      expect(lostWithoutReason.errors?.[0].extensions?.field).toBe('reason');
      expect(ok(await move(e.id, 'CONTACTED', 'LOST', 'Geen vacatures verwacht')).moveEmployerStage).toMatchObject({
        stage: 'LOST',
        lostReason: 'Geen vacatures verwacht',
      });
      expectErrorCode(await move(e.id, 'LOST', 'MEETING', 'toch'), 'BAD_USER_INPUT');
      expectErrorCode(await move(e.id, 'LOST', 'LOST', 'nogmaals'), 'BAD_USER_INPUT');
      expect(ok(await move(e.id, 'LOST', 'CONTACTED')).moveEmployerStage).toMatchObject({ stage: 'CONTACTED', lostReason: null });

      expect(await history(e.id)).toEqual([
        expect.objectContaining({ fromStage: null, toStage: 'PROSPECT', reason: null }),
        expect.objectContaining({ fromStage: 'PROSPECT', toStage: 'CONTACTED', reason: null }),
        expect.objectContaining({ fromStage: 'CONTACTED', toStage: 'MEETING', reason: null }),
        expect.objectContaining({ fromStage: 'MEETING', toStage: 'CONTACTED', reason: 'Afspraak verzet naar volgend kwartaal' }),
        expect.objectContaining({ fromStage: 'CONTACTED', toStage: 'LOST', reason: 'Geen vacatures verwacht' }),
        expect.objectContaining({ fromStage: 'LOST', toStage: 'CONTACTED', reason: null }),
      ]);
      const page = ok(await api.gql(HISTORY, { id: e.id, first: 4 }, a.am.token)).employer.stageHistory;
      expect(page.totalCount).toBe(6);
      expect(page.pageInfo.hasNextPage).toBe(true);
      const rest = ok(await api.gql(HISTORY, { id: e.id, first: 4, after: page.pageInfo.endCursor }, a.am.token)).employer.stageHistory;
      expect(rest.nodes.map((n: { toStage: string }) => n.toStage)).toEqual(['LOST', 'CONTACTED']);
      expect((await employerRow(api, e.id)).stage).toBe('CONTACTED');
    });

    it('refuses PROSPECT → ACTIVE without a contact moment (nothing changes), and allows it once one is recorded', async () => {
      const e = await createEmployer(api, a.am.token);
      const before = await tableCounts(api);
      const refused = await move(e.id, 'PROSPECT', 'ACTIVE');
      expectErrorCode(refused, 'BAD_USER_INPUT');
      expect(refused.errors?.[0].extensions?.field).toBe('toStage');
      expectErrorCode(await move(e.id, 'PROSPECT', 'MEETING'), 'BAD_USER_INPUT');
      expect(await tableCounts(api)).toEqual(before);
      expect((await employerRow(api, e.id)).stage).toBe('PROSPECT');

      ok(await record({ employerId: e.id, type: 'VISIT', outcome: 'Bezoek: wil direct starten' }));
      // Recording a contact moment does not move the stage by itself.
      expect((await employerRow(api, e.id)).stage).toBe('PROSPECT');
      expect(ok(await move(e.id, 'PROSPECT', 'ACTIVE')).moveEmployerStage.stage).toBe('ACTIVE');
      expect((await history(e.id)).map((h) => h.toStage)).toEqual(['PROSPECT', 'ACTIVE']);
    });

    it('answers CONFLICT when the employer is no longer in the stage the caller saw', async () => {
      const e = await createEmployer(api, a.am.token);
      ok(await move(e.id, 'PROSPECT', 'CONTACTED'));
      const stale = await move(e.id, 'PROSPECT', 'CONTACTED');
      expectErrorCode(stale, 'CONFLICT');
      expect(stale.errors?.[0].extensions?.currentStage).toBe('CONTACTED');
      expect(await history(e.id)).toHaveLength(2);
    });

    it('applies exactly one of two concurrent moves from the same stage', async () => {
      for (const [first, second] of [
        [['CONTACTED'], ['CONTACTED']],
        [['CONTACTED'], ['LOST', 'Failliet']],
      ] as [string[], string[]][]) {
        const e = await createEmployer(api, a.am.token);
        const results = await Promise.all([move(e.id, 'PROSPECT', first[0], first[1]), move(e.id, 'PROSPECT', second[0], second[1], a.admin.token)]);
        const applied = results.filter((r) => !r.errors);
        expect(applied).toHaveLength(1);
        expectErrorCode(results.find((r) => r.errors)!, 'CONFLICT');
        const rows = await history(e.id);
        expect(rows).toHaveLength(2);
        expect(rows[1].fromStage).toBe('PROSPECT');
        const row = await employerRow(api, e.id);
        expect(row.stage).toBe(applied[0].data!.moveEmployerStage.stage);
        expect(row.version).toBe(2);
      }
    });
  });

  describe('contact moments', () => {
    it('records a contact moment with a contact person and a next action assigned to the owner by default', async () => {
      const e = await createEmployer(api, a.am.token);
      const contact = ok(
        await api.gql(`mutation($e: ID!) { addEmployerContact(employerId: $e, input: { name: "Fatima El Amrani" }) { id } }`, { e: e.id }, a.am.token),
      ).addEmployerContact;
      const m = ok(
        await record({ employerId: e.id, contactPersonId: contact.id, nextAction: 'Offerte sturen', nextActionDueOn: isoDaysFromToday(3) }),
      ).recordContactMoment;
      expect(m).toMatchObject({
        employerId: e.id,
        type: 'CALL',
        contactPersonId: contact.id,
        contactPerson: { id: contact.id },
        nextAction: 'Offerte sturen',
        nextActionDueOn: isoDaysFromToday(3),
        nextActionAssigneeId: a.am.userId,
        nextActionCompletedAt: null,
        nextActionStatus: 'UPCOMING',
        recordedById: a.am.userId,
      });
      const listed = ok(
        await api.gql(`query($id: ID!) { employer(id: $id) { contactMoments { totalCount nodes { id } } } }`, { id: e.id }, a.otherAm.token),
      ).employer.contactMoments;
      expect(listed).toEqual({ totalCount: 1, nodes: [{ id: m.id }] });
    });

    it('refuses invalid contact moments and writes nothing', async () => {
      const e = await createEmployer(api, a.am.token);
      const other = await createEmployer(api, a.otherAm.token);
      const foreignContact = ok(
        await api.gql(`mutation($e: ID!) { addEmployerContact(employerId: $e, input: { name: "Iemand Anders" }) { id } }`, { e: other.id }, a.otherAm.token),
      ).addEmployerContact;
      const before = await tableCounts(api);
      const cases: [Record<string, unknown>, string][] = [
        [{ occurredAt: new Date(Date.now() + 3_600_000).toISOString() }, 'occurredAt'],
        [{ contactPersonId: foreignContact.id }, 'contactPersonId'],
        [{ nextAction: 'Bellen' }, 'nextActionDueOn'],
        [{ nextActionDueOn: isoDaysFromToday(2) }, 'nextAction'],
        [{ occurredAt: instantDaysAgo(1), nextAction: 'Bellen', nextActionDueOn: isoDaysFromToday(-5) }, 'nextActionDueOn'],
        [{ nextAction: 'Bellen', nextActionDueOn: isoDaysFromToday(2), nextActionAssigneeId: a.consultant.userId }, 'nextActionAssigneeId'],
        [{ outcome: '  ' }, 'outcome'],
      ];
      for (const [input, field] of cases) {
        const res = await record({ employerId: e.id, ...input });
        expectErrorCode(res, 'BAD_USER_INPUT');
        expect({ input, field: res.errors?.[0].extensions?.field }).toEqual({ input, field });
      }
      expectErrorCode(await record({ employerId: e.id, type: 'FAX' }), 'BAD_USER_INPUT');
      expect(await tableCounts(api)).toEqual(before);
    });
  });

  describe('next actions', () => {
    it('lists my open actions as DUE (today), OVERDUE (before today) and ALL_OPEN, judged in Europe/Amsterdam', async () => {
      const me = await api.userToken(Role.ACCOUNTMANAGER);
      const e = await createEmployer(api, me.token, { name: 'Acties BV' });
      const rec = async (daysAgo: number, action: string, dueOn: string, extra: Record<string, unknown> = {}) =>
        ok(await record({ employerId: e.id, occurredAt: instantDaysAgo(daysAgo), nextAction: action, nextActionDueOn: dueOn, ...extra }, me.token))
          .recordContactMoment;
      const overdue = await rec(5, 'Terugbellen', isoDaysFromToday(-2));
      const overdueDone = await rec(5, 'Al gedaan', isoDaysFromToday(-1));
      const dueToday = await rec(3, 'Contract nasturen', TODAY);
      const upcoming = await rec(1, 'Bezoek plannen', isoDaysFromToday(4));
      // Assigned to a colleague: not in my list.
      const colleagues = await rec(1, 'Collega belt', TODAY, { nextActionAssigneeId: a.otherAm.userId });
      ok(await api.gql('mutation($id: ID!) { completeNextAction(contactMomentId: $id) { id nextActionCompletedAt } }', { id: overdueDone.id }, me.token));

      const list = async (status: string, first = 20, token = me.token) => ok(await api.gql(MY_ACTIONS, { status, first }, token)).myActions;
      const overdueList = await list('OVERDUE');
      expect(overdueList.nodes).toEqual([
        { contactMomentId: overdue.id, employerId: e.id, employerName: 'Acties BV', action: 'Terugbellen', dueOn: isoDaysFromToday(-2), status: 'OVERDUE', assigneeId: me.userId },
      ]);
      const dueList = await list('DUE');
      expect(dueList.nodes.map((n: { contactMomentId: string; status: string }) => [n.contactMomentId, n.status])).toEqual([[dueToday.id, 'DUE']]);
      const all = await list('ALL_OPEN');
      expect(all.totalCount).toBe(3);
      expect(all.nodes.map((n: { contactMomentId: string }) => n.contactMomentId)).toEqual([overdue.id, dueToday.id, upcoming.id]);
      expect(all.nodes.map((n: { status: string }) => n.status)).toEqual(['OVERDUE', 'DUE', 'UPCOMING']);
      const firstTwo = await list('ALL_OPEN', 2);
      expect(firstTwo.pageInfo.hasNextPage).toBe(true);

      const theirs = ok(await api.gql(MY_ACTIONS, { status: 'DUE' }, a.otherAm.token)).myActions;
      expect(theirs.nodes.map((n: { contactMomentId: string }) => n.contactMomentId)).toContain(colleagues.id);

      const ACTIONS_FOR = 'query($u: ID!, $s: ActionsFilter) { actionsFor(userId: $u, status: $s) { totalCount nodes { contactMomentId } } }';
      const forMe = ok(await api.gql(ACTIONS_FOR, { u: me.userId, s: 'ALL_OPEN' }, a.admin.token)).actionsFor;
      expect(forMe.nodes.map((n: { contactMomentId: string }) => n.contactMomentId)).toEqual([overdue.id, dueToday.id, upcoming.id]);
      expectErrorCode(await api.gql(ACTIONS_FOR, { u: me.userId }, me.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(MY_ACTIONS, { status: 'DUE' }, a.consultant.token), 'FORBIDDEN');

      // Completing removes it from the list; completing twice is a CONFLICT; no action at all is refused.
      const COMPLETE = 'mutation($id: ID!) { completeNextAction(contactMomentId: $id) { id nextActionCompletedAt nextActionStatus } }';
      const done = ok(await api.gql(COMPLETE, { id: dueToday.id }, me.token)).completeNextAction;
      expect(done.nextActionCompletedAt).not.toBeNull();
      expect(done.nextActionStatus).toBeNull();
      expect((await list('DUE')).totalCount).toBe(0);
      expectErrorCode(await api.gql(COMPLETE, { id: dueToday.id }, me.token), 'CONFLICT');
      const plain = ok(await record({ employerId: e.id }, me.token)).recordContactMoment;
      expectErrorCode(await api.gql(COMPLETE, { id: plain.id }, me.token), 'BAD_USER_INPUT');
      // Someone who is neither assignee, owner nor admin cannot complete it.
      expectErrorCode(await api.gql(COMPLETE, { id: upcoming.id }, a.am.token), 'FORBIDDEN');
      // The colleague can complete the action assigned to them on an employer they do not own.
      ok(await api.gql(COMPLETE, { id: colleagues.id }, a.otherAm.token));
      expect(await count(api, 'SELECT count(*) AS n FROM contact_moments WHERE id = $1 AND next_action_completed_at IS NOT NULL', [colleagues.id])).toBe(1);
    });
  });

  describe('timeline', () => {
    it('lists contact moments, stage changes and demand creations in chronological order, paginated', async () => {
      const e = await createEmployer(api, a.am.token);
      const early = ok(await record({ employerId: e.id, occurredAt: instantDaysAgo(2), outcome: 'Beurscontact' })).recordContactMoment;
      ok(await move(e.id, 'PROSPECT', 'CONTACTED'));
      const demand = ok(
        await api.gql(CREATE_DEMAND, { input: { employerId: e.id, title: 'Drie monteurs', numberOfPeople: 3, startFrom: isoDaysFromToday(30) } }, a.am.token),
      ).createEmployerDemand;
      ok(await move(e.id, 'CONTACTED', 'MEETING'));
      const late = ok(await record({ employerId: e.id, occurredAt: new Date().toISOString(), outcome: 'Gesprek gehad' })).recordContactMoment;

      const res = ok(await api.gql(TIMELINE, { employerId: e.id, first: 10 }, a.otherAm.token)).employerTimeline;
      expect(res.totalCount).toBe(6);
      expect(res.nodes.map((n: any) => [n.__typename, n.contactMoment?.id ?? n.stageChange?.toStage ?? n.demand?.id])).toEqual([
        ['ContactMomentEntry', early.id],
        ['StageChangeEntry', 'PROSPECT'],
        ['StageChangeEntry', 'CONTACTED'],
        ['DemandCreatedEntry', demand.id],
        ['StageChangeEntry', 'MEETING'],
        ['ContactMomentEntry', late.id],
      ]);
      const times = res.nodes.map((n: { at: string }) => Date.parse(n.at));
      expect([...times].sort((x, y) => x - y)).toEqual(times);

      const p1 = ok(await api.gql(TIMELINE, { employerId: e.id, first: 4 }, a.am.token)).employerTimeline;
      expect(p1.pageInfo.hasNextPage).toBe(true);
      const p2 = ok(await api.gql(TIMELINE, { employerId: e.id, first: 4, after: p1.pageInfo.endCursor }, a.am.token)).employerTimeline;
      expect(p2.pageInfo.hasNextPage).toBe(false);
      expect([...p1.nodes, ...p2.nodes].map((n: { id: string }) => n.id)).toEqual(res.nodes.map((n: { id: string }) => n.id));
    });
  });
});
