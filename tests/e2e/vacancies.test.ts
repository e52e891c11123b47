/**
 * Vacancy service over HTTP, as employer users and as staff: ownership, lifecycle, history and
 * the outbox events for matching. Validation, lists and health: vacancies-queries.test.ts.
 */
import { Role } from '@wsp/common';
import { expectErrorCode, TestApi } from '@wsp/testing/api';
import {
  Actors,
  baseInput,
  CLOSE,
  CREATE,
  EscoPick,
  events,
  GET,
  HISTORY,
  historyRows,
  isoDaysFromToday,
  LIST,
  OPEN,
  pickEsco,
  setUpActors,
  snapshot,
  UPDATE,
  vacancyRow,
} from './vacancies.fixtures';

describe('vacancies over GraphQL: ownership, lifecycle, history and events', () => {
  let api: TestApi;
  let a: Actors;
  let esco: EscoPick;

  beforeAll(async () => {
    api = await TestApi.start();
    a = await setUpActors(api);
    esco = await pickEsco(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  async function createAsA(extra: Record<string, unknown> = {}) {
    const res = await api.gql(CREATE, { input: baseInput(esco, extra) }, a.userA.token);
    expect(res.errors).toBeUndefined();
    return res.data!.createVacancy;
  }

  it('lets an employer create a draft for their own employer, located at the employer’s PC4 by default', async () => {
    const before = await snapshot(api);
    const v = await createAsA();
    expect(v).toMatchObject({
      employerId: a.employerA.id,
      status: 'DRAFT',
      version: 1,
      postcode: '2511',
      location: { pc4: '2511', municipalityCode: 'GM0518' },
      openToLks: false,
      minLoonwaarde: null,
      numberOfPlaces: 1,
      openedAt: null,
      health: { daysOpen: null, matchCount: 0, introductionCount: 0, placementCount: 0 },
    });
    expect(v.skills.map((s: { skillId: string; essential: boolean }) => [s.skillId, s.essential]).sort()).toEqual(
      [
        [esco.essential[0], true],
        [esco.optional[0], false],
      ].sort(),
    );
    const history = await historyRows(api, v.id);
    expect(history).toEqual([expect.objectContaining({ kind: 'CREATED', to_status: 'DRAFT', changed_by_id: a.userA.userId })]);
    // Drafts are not matched: no event.
    expect(await events(api, v.id)).toEqual([]);
    const after = await snapshot(api);
    expect(after).toEqual({ vacancies: before.vacancies + 1, changes: before.changes + 1, events: before.events, skills: before.skills + 2 });
  });

  it('takes an explicit work location (with letters) and prefills skills from the occupation on request', async () => {
    const v = await createAsA({ postcode: '1011 AB', skills: undefined, prefillSkillsFromOccupation: true });
    expect(v.location).toMatchObject({ pc4: '1011' });
    expect(v.skills).toHaveLength(esco.occupationSkillCount);
    expect(v.skills.filter((s: { essential: boolean }) => s.essential).map((s: { skillId: string }) => s.skillId).sort()).toEqual(esco.essential);
    const both = await api.gql(CREATE, { input: baseInput(esco, { prefillSkillsFromOccupation: true }) }, a.userA.token);
    expectErrorCode(both, 'BAD_USER_INPUT');
    expect(both.errors?.[0].extensions?.field).toBe('prefillSkillsFromOccupation');
  });

  it('refuses an employer creating a vacancy for another employer, writing nothing', async () => {
    const before = await snapshot(api);
    expectErrorCode(await api.gql(CREATE, { input: baseInput(esco, { employerId: a.employerB.id }) }, a.userA.token), 'FORBIDDEN');
    expect(await snapshot(api)).toEqual(before);
  });

  it('keeps edits of a draft out of the history, then opens it with a history row and a vacancy.opened event', async () => {
    const v = await createAsA();
    const edited = await api.gql(UPDATE, { input: { id: v.id, expectedVersion: 1, hoursMax: 36, title: 'Inpakker' } }, a.userA.token);
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updateVacancy).toMatchObject({ hoursMax: 36, title: 'Inpakker', version: 2 });
    expect((await historyRows(api, v.id)).map((h) => h.kind)).toEqual(['CREATED']);
    expect(await events(api, v.id)).toEqual([]);

    const opened = await api.gql(OPEN, { input: { id: v.id, expectedVersion: 2 } }, a.userA.token);
    expect(opened.errors).toBeUndefined();
    expect(opened.data?.openVacancy).toMatchObject({ status: 'OPEN', version: 3, health: { daysOpen: 0 } });
    expect(opened.data?.openVacancy.openedAt).toEqual(expect.any(String));
    expect(await historyRows(api, v.id)).toEqual([
      expect.objectContaining({ kind: 'CREATED' }),
      expect.objectContaining({ kind: 'STATUS', from_status: 'DRAFT', to_status: 'OPEN', changed_by_id: a.userA.userId }),
    ]);
    expect(await events(api, v.id)).toEqual([
      { type: 'vacancy.opened', payload: { vacancyId: v.id, employerId: a.employerA.id, fromStatus: 'DRAFT' } },
    ]);
    // Opening twice is not a silent no-op.
    expectErrorCode(await api.gql(OPEN, { input: { id: v.id } }, a.userA.token), 'CONFLICT');
  });

  it('keeps every change of an OPEN vacancy in the history, with an event only for matching changes', async () => {
    const v = await createAsA();
    await api.gql(OPEN, { input: { id: v.id } }, a.userA.token);

    // A typo in the description: history, no event.
    const typo = await api.gql(UPDATE, { input: { id: v.id, expectedVersion: 2, description: 'Inpakken en controleren van producten.' } }, a.userA.token);
    expect(typo.errors).toBeUndefined();
    expect(await events(api, v.id)).toHaveLength(1);
    // Hours, skills, inclusive options: history and one event naming the aspects.
    const matching = await api.gql(
      UPDATE,
      {
        input: {
          id: v.id,
          expectedVersion: 3,
          hoursMin: 20,
          skills: [{ skillId: esco.essential[1], essential: true }],
          openToLks: true,
          minLoonwaarde: 40,
          wageMinCents: 250000,
        },
      },
      a.userA.token,
    );
    expect(matching.errors).toBeUndefined();
    expect(matching.data?.updateVacancy).toMatchObject({ version: 4, hoursMin: 20, openToLks: true, minLoonwaarde: 40 });
    expect(matching.data?.updateVacancy.skills).toEqual([expect.objectContaining({ skillId: esco.essential[1], essential: true })]);

    const evs = await events(api, v.id);
    expect(evs.map((e) => e.type)).toEqual(['vacancy.opened', 'vacancy.changed']);
    expect(evs[1].payload).toEqual({ vacancyId: v.id, employerId: a.employerA.id, changedFields: ['skills', 'hours', 'inclusiveOptions'] });

    const history = await historyRows(api, v.id);
    expect(history.map((h) => h.kind)).toEqual(['CREATED', 'STATUS', 'UPDATED', 'UPDATED']);
    expect(history[2].changes).toEqual({
      description: { from: 'Inpakken en controleren van producten', to: 'Inpakken en controleren van producten.' },
    });
    expect(Object.keys(history[3].changes).sort()).toEqual(['hoursMin', 'minLoonwaarde', 'openToLks', 'skills', 'wageMinCents']);
    expect(history[3].changes.hoursMin).toEqual({ from: 24, to: 20 });

    // Over GraphQL, newest first, from/to as JSON.
    const page = await api.gql(HISTORY, { id: v.id, first: 2 }, a.userA.token);
    expect(page.data?.vacancyHistory.totalCount).toBe(4);
    expect(page.data?.vacancyHistory.pageInfo.hasNextPage).toBe(true);
    const newest = page.data?.vacancyHistory.nodes[0];
    expect(newest).toMatchObject({ kind: 'UPDATED', changedById: a.userA.userId });
    expect(newest.changes).toContainEqual({ field: 'hoursMin', from: '24', to: '20' });
    const rest = await api.gql(HISTORY, { id: v.id, first: 2, after: page.data?.vacancyHistory.pageInfo.endCursor }, a.userA.token);
    expect(rest.data?.vacancyHistory.nodes.map((n: { kind: string }) => n.kind)).toEqual(['STATUS', 'CREATED']);
  });

  it('refuses a stale expectedVersion with CONFLICT and keeps the newer edit', async () => {
    const v = await createAsA();
    await api.gql(OPEN, { input: { id: v.id } }, a.userA.token);
    expect((await api.gql(UPDATE, { input: { id: v.id, expectedVersion: 2, title: 'Eerste editor' } }, a.userA.token)).errors).toBeUndefined();
    const before = await snapshot(api);
    const stale = await api.gql(UPDATE, { input: { id: v.id, expectedVersion: 2, title: 'Tweede editor', hoursMin: 8 } }, a.am.token);
    expectErrorCode(stale, 'CONFLICT');
    expect(stale.errors?.[0].extensions?.currentVersion).toBe(3);
    expect(await snapshot(api)).toEqual(before);
    expect(await vacancyRow(api, v.id)).toMatchObject({ title: 'Eerste editor', hours_min: 24, version: 3 });
    expectErrorCode(await api.gql(CLOSE, { input: { id: v.id, expectedVersion: 1, reason: 'x' } }, a.userA.token), 'CONFLICT');
    expect((await vacancyRow(api, v.id)).status).toBe('OPEN');
  });

  describe('another employer’s vacancy', () => {
    let draft: { id: string };
    let open: { id: string };

    beforeAll(async () => {
      draft = await createAsA();
      open = await createAsA();
      await api.gql(OPEN, { input: { id: open.id } }, a.userA.token);
    });

    type Call = () => [string, Record<string, unknown>];
    it.each<[string, Call]>([
      ['read', () => [GET, { id: open.id }]],
      ['read the history of', () => [HISTORY, { id: open.id }]],
      ['edit', () => [UPDATE, { input: { id: open.id, expectedVersion: 2, title: 'Gekaapt', hoursMin: 1 } }]],
      ['edit the draft', () => [UPDATE, { input: { id: draft.id, expectedVersion: 1, description: 'Gekaapt' } }]],
      ['open', () => [OPEN, { input: { id: draft.id } }]],
      ['close', () => [CLOSE, { input: { id: open.id, reason: 'Gekaapt' } }]],
    ])('is FORBIDDEN to %s, and nothing changes', async (_what, call) => {
      const [query, vars] = call();
      const rowsBefore = [await vacancyRow(api, draft.id), await vacancyRow(api, open.id)];
      const historyBefore = [await historyRows(api, draft.id), await historyRows(api, open.id)];
      const before = await snapshot(api);
      const res = await api.gql(query, vars, a.userB.token);
      expectErrorCode(res, 'FORBIDDEN');
      expect(res.data?.vacancy ?? res.data?.updateVacancy ?? res.data?.openVacancy ?? res.data?.closeVacancy ?? null).toBeNull();
      expect(await snapshot(api)).toEqual(before);
      expect([await vacancyRow(api, draft.id), await vacancyRow(api, open.id)]).toEqual(rowsBefore);
      expect([await historyRows(api, draft.id), await historyRows(api, open.id)]).toEqual(historyBefore);
    });

    it('never lists it, whatever the filter says', async () => {
      const res = await api.gql(LIST, { filter: { employerId: a.employerA.id }, first: 100 }, a.userB.token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.vacancies.totalCount).toBe(0);
      const own = await api.gql(LIST, { first: 100 }, a.userA.token);
      expect(own.data?.vacancies.nodes.length).toBeGreaterThan(0);
      expect(own.data?.vacancies.nodes.every((n: { employerId: string }) => n.employerId === a.employerA.id)).toBe(true);
    });
  });

  it('lets consultants and job coaches read every vacancy but change none', async () => {
    const v = await createAsA();
    for (const reader of [a.consultant, a.jobcoach]) {
      const res = await api.gql(GET, { id: v.id }, reader.token);
      expect(res.data?.vacancy.id).toBe(v.id);
      expect((await api.gql(HISTORY, { id: v.id }, reader.token)).data?.vacancyHistory.totalCount).toBe(1);
    }
    const before = await snapshot(api);
    const row = await vacancyRow(api, v.id);
    expectErrorCode(await api.gql(UPDATE, { input: { id: v.id, expectedVersion: 1, title: 'Consulent' } }, a.consultant.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(OPEN, { input: { id: v.id } }, a.consultant.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(CLOSE, { input: { id: v.id } }, a.jobcoach.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(CREATE, { input: baseInput(esco, { employerId: a.employerA.id }) }, a.consultant.token), 'FORBIDDEN');
    expect(await snapshot(api)).toEqual(before);
    expect(await vacancyRow(api, v.id)).toEqual(row);
  });

  it('lets an accountmanager create and manage vacancies on an employer’s behalf', async () => {
    const missing = await api.gql(CREATE, { input: baseInput(esco) }, a.am.token);
    expectErrorCode(missing, 'BAD_USER_INPUT');
    expect(missing.errors?.[0].extensions?.field).toBe('employerId');

    const created = await api.gql(CREATE, { input: baseInput(esco, { employerId: a.employerB.id }) }, a.am.token);
    expect(created.errors).toBeUndefined();
    const v = created.data!.createVacancy;
    expect(v).toMatchObject({ employerId: a.employerB.id, postcode: '1011' });
    expect((await api.gql(OPEN, { input: { id: v.id } }, a.am.token)).data?.openVacancy.status).toBe('OPEN');

    const noReason = await api.gql(CLOSE, { input: { id: v.id } }, a.am.token);
    expectErrorCode(noReason, 'BAD_USER_INPUT');
    expect(noReason.errors?.[0].extensions?.field).toBe('reason');
    const closed = await api.gql(CLOSE, { input: { id: v.id, reason: 'Werkgever heeft zelf iemand gevonden' } }, a.am.token);
    expect(closed.data?.closeVacancy).toMatchObject({ status: 'CLOSED', statusReason: 'Werkgever heeft zelf iemand gevonden' });
    expect(closed.data?.closeVacancy.closedAt).toEqual(expect.any(String));

    // A closed vacancy is not edited; it can be reopened.
    expectErrorCode(await api.gql(UPDATE, { input: { id: v.id, expectedVersion: 3, title: 'x' } }, a.am.token), 'CONFLICT');
    const reopened = await api.gql(OPEN, { input: { id: v.id, closingDate: isoDaysFromToday(60) } }, a.userB.token);
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data?.openVacancy).toMatchObject({ status: 'OPEN', closedAt: null, statusReason: null, closingDate: isoDaysFromToday(60) });

    expect((await events(api, v.id)).map((e) => e.type)).toEqual(['vacancy.opened', 'vacancy.closed', 'vacancy.opened']);
    const history = await historyRows(api, v.id);
    expect(history.map((h) => h.kind)).toEqual(['CREATED', 'STATUS', 'STATUS', 'STATUS']);
    expect(history[2]).toMatchObject({ from_status: 'OPEN', to_status: 'CLOSED', reason: 'Werkgever heeft zelf iemand gevonden', changed_by_id: a.am.userId });
    expect(history[3]).toMatchObject({ from_status: 'CLOSED', to_status: 'OPEN', changes: { closingDate: { from: isoDaysFromToday(30), to: isoDaysFromToday(60) } } });
  });

  it('lets an employer withdraw a draft without a reason and without a matching event', async () => {
    const v = await createAsA();
    const res = await api.gql(CLOSE, { input: { id: v.id } }, a.userA.token);
    expect(res.data?.closeVacancy.status).toBe('CLOSED');
    expect(await events(api, v.id)).toEqual([]);
  });

  it('lets an admin do everything', async () => {
    const res = await api.gql(CREATE, { input: baseInput(esco, { employerId: a.employerA.id }) }, a.admin.token);
    expect(res.errors).toBeUndefined();
    const opened = await api.gql(OPEN, { input: { id: res.data!.createVacancy.id } }, a.admin.token);
    expect(opened.data?.openVacancy.status).toBe('OPEN');
  });

  it('answers NOT_FOUND for an unknown vacancy', async () => {
    const { token } = await api.userToken(Role.ADMIN);
    expectErrorCode(await api.gql(GET, { id: '00000000-0000-4000-8000-000000000000' }, token), 'NOT_FOUND');
  });
});
