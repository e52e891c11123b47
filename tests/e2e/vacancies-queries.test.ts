/**
 * Vacancy service over HTTP: input validation (nothing written on refusal), the link to an
 * employer demand, lists with pagination and filters, and the health fields.
 */
import { expectErrorCode, GqlResult, TestApi } from '@wsp/testing/api';
import {
  Actors,
  baseInput,
  CREATE,
  createDemand,
  EscoPick,
  GET,
  isoDaysFromToday,
  LIST,
  OPEN,
  pickEsco,
  setUpActors,
  snapshot,
  UPDATE,
  vacancyRow,
} from './vacancies.fixtures';

function expectField(res: GqlResult<unknown>, field: string): void {
  expectErrorCode(res, 'BAD_USER_INPUT');
  expect(res.errors?.[0].extensions?.field).toBe(field);
}

describe('vacancies over GraphQL: validation, lists and health', () => {
  let api: TestApi;
  let a: Actors;
  let esco: EscoPick;
  let unknownPc4: string;

  beforeAll(async () => {
    api = await TestApi.start();
    a = await setUpActors(api);
    esco = await pickEsco(api);
    const [row] = await api.dataSource.query<{ pc4: string }[]>(
      `SELECT s::text AS pc4 FROM generate_series(1000, 9999) s WHERE s::text NOT IN (SELECT pc4 FROM postcodes) ORDER BY s LIMIT 1`,
    );
    unknownPc4 = row.pc4;
  });
  afterAll(async () => {
    await api.stop();
  });

  describe('invalid input is BAD_USER_INPUT naming the field, and writes nothing', () => {
    const unknownUuid = '0000aaaa-0000-4000-8000-00000000abcd';
    it.each([
      ['hours min > max', { hoursMin: 32, hoursMax: 24 }, 'hoursMin'],
      ['more than 60 hours', { hoursMin: 40, hoursMax: 61 }, 'hoursMax'],
      ['zero hours', { hoursMin: 0 }, 'hoursMin'],
      ['wage min > max', { wageMinCents: 300000, wageMaxCents: 250000 }, 'wageMinCents'],
      ['negative wage', { wageMinCents: -5 }, 'wageMinCents'],
      ['minLoonwaarde without openToLks', { minLoonwaarde: 50 }, 'minLoonwaarde'],
      ['minLoonwaarde above 100', { openToLks: true, minLoonwaarde: 120 }, 'minLoonwaarde'],
      ['unknown skill', { skills: [{ skillId: unknownUuid, essential: true }] }, 'skills'],
      ['the same skill twice', { skills: 'DUPLICATE' }, 'skills'],
      ['unknown occupation', { occupationId: unknownUuid }, 'occupationId'],
      ['unknown PC4', { postcode: 'UNKNOWN' }, 'postcode'],
      ['malformed postcode', { postcode: '12AB' }, 'postcode'],
      ['no places', { numberOfPlaces: 0 }, 'numberOfPlaces'],
      ['a malformed date', { startDate: '2030-02-30' }, 'startDate'],
      ['an empty title', { title: '  ' }, 'title'],
    ])('%s', async (_what, patch, field) => {
      const extra: Record<string, unknown> = { ...patch };
      if (extra.postcode === 'UNKNOWN') extra.postcode = unknownPc4;
      if (extra.skills === 'DUPLICATE') {
        extra.skills = [
          { skillId: esco.essential[0], essential: true },
          { skillId: esco.essential[0], essential: false },
        ];
      }
      const before = await snapshot(api);
      expectField(await api.gql(CREATE, { input: baseInput(esco, extra) }, a.userA.token), field);
      expect(await snapshot(api)).toEqual(before);
    });

    it('refuses the same on update, for drafts and open vacancies, changing nothing', async () => {
      const v = (await api.gql(CREATE, { input: baseInput(esco) }, a.userA.token)).data!.createVacancy;
      await api.gql(OPEN, { input: { id: v.id } }, a.userA.token);
      const row = await vacancyRow(api, v.id);
      const before = await snapshot(api);
      const cases: [Record<string, unknown>, string][] = [
        [{ hoursMin: 40 }, 'hoursMin'], // above the stored maximum of 32
        [{ wageMinCents: 500000, wageMaxCents: 400000 }, 'wageMinCents'],
        [{ minLoonwaarde: 30 }, 'minLoonwaarde'],
        [{ postcode: unknownPc4 }, 'postcode'],
        [{ skills: [{ skillId: '0000aaaa-0000-4000-8000-00000000abcd', essential: false }] }, 'skills'],
        [{ closingDate: isoDaysFromToday(-1) }, 'closingDate'],
        [{ title: null }, 'title'],
      ];
      for (const [patch, field] of cases) {
        expectField(await api.gql(UPDATE, { input: { id: v.id, expectedVersion: 2, ...patch } }, a.userA.token), field);
      }
      expect(await snapshot(api)).toEqual(before);
      expect(await vacancyRow(api, v.id)).toEqual(row);
    });

    it('refuses opening a vacancy whose closing date has passed', async () => {
      const v = (await api.gql(CREATE, { input: baseInput(esco, { closingDate: isoDaysFromToday(-1) }) }, a.userA.token)).data!.createVacancy;
      const before = await snapshot(api);
      expectField(await api.gql(OPEN, { input: { id: v.id } }, a.userA.token), 'closingDate');
      expect(await snapshot(api)).toEqual(before);
      expect((await vacancyRow(api, v.id)).status).toBe('DRAFT');
      // Today is still fine.
      expect((await api.gql(OPEN, { input: { id: v.id, closingDate: isoDaysFromToday(0) } }, a.userA.token)).data?.openVacancy.status).toBe('OPEN');
    });
  });

  it('treats openToLks without a minimum loonwaarde as “any loonwaarde” and clears the minimum when switched off', async () => {
    const v = (await api.gql(CREATE, { input: baseInput(esco, { openToLks: true }) }, a.userA.token)).data!.createVacancy;
    expect(v).toMatchObject({ openToLks: true, minLoonwaarde: null });
    const set = await api.gql(UPDATE, { input: { id: v.id, expectedVersion: 1, minLoonwaarde: 35, beschut: true, jobcarvingPossible: true, proefplaatsPossible: true } }, a.userA.token);
    expect(set.data?.updateVacancy).toMatchObject({ minLoonwaarde: 35, beschut: true, jobcarvingPossible: true, proefplaatsPossible: true });
    const off = await api.gql(UPDATE, { input: { id: v.id, expectedVersion: 2, openToLks: false } }, a.userA.token);
    expect(off.data?.updateVacancy).toMatchObject({ openToLks: false, minLoonwaarde: null });
  });

  it('links a vacancy to a demand of the same employer only', async () => {
    const demandA = await createDemand(api, a.employerA.id, a.am.userId);
    const ok = await api.gql(CREATE, { input: baseInput(esco, { demandId: demandA.id }) }, a.userA.token);
    expect(ok.data?.createVacancy.demandId).toBe(demandA.id);
    const before = await snapshot(api);
    expectField(await api.gql(CREATE, { input: baseInput(esco, { demandId: demandA.id }) }, a.userB.token), 'demandId');
    expectField(await api.gql(CREATE, { input: baseInput(esco, { demandId: '0000aaaa-0000-4000-8000-00000000abcd' }) }, a.userB.token), 'demandId');
    expect(await snapshot(api)).toEqual(before);
    const listed = await api.gql(LIST, { filter: { demandId: demandA.id } }, a.am.token);
    expect(listed.data?.vacancies.nodes.map((n: { id: string }) => n.id)).toEqual([ok.data?.createVacancy.id]);
  });

  describe('lists', () => {
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      // Employer B gets five vacancies: two in Amsterdam (employer PC4), one in Den Haag, varied occupation/status/title.
      const make = async (key: string, extra: Record<string, unknown>) => {
        const res = await api.gql(CREATE, { input: baseInput(esco, { employerId: a.employerB.id, ...extra }) }, a.am.token);
        expect(res.errors).toBeUndefined();
        ids[key] = res.data!.createVacancy.id;
      };
      await make('b1', { title: 'Heftruckchauffeur magazijn' });
      await make('b2', { title: 'Orderpicker', description: 'Werken met een heftruck in de nachtploeg' });
      await make('b3', { title: 'Schoonmaker', postcode: '2511' });
      await make('b4', { title: 'Drukker', occupationId: esco.otherOccupationId, skills: [] });
      await make('b5', { title: 'Inpakker 50%_korting' });
      await api.gql(OPEN, { input: { id: ids.b1 } }, a.am.token);
      await api.gql(OPEN, { input: { id: ids.b3 } }, a.am.token);
    });

    const listAs = (token: string, filter: Record<string, unknown>, first = 20, after?: string) =>
      api.gql(LIST, { filter: { employerId: a.employerB.id, ...filter }, first, after }, token);
    const idsOf = (res: GqlResult<any>) => (res.data?.vacancies.nodes as { id: string }[]).map((n) => n.id);

    it('pages newest first without overlap or gaps', async () => {
      const p1 = await listAs(a.am.token, {}, 2);
      expect(p1.data?.vacancies).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
      expect(idsOf(p1)).toEqual([ids.b5, ids.b4]);
      const p2 = await listAs(a.am.token, {}, 2, p1.data?.vacancies.pageInfo.endCursor);
      expect(idsOf(p2)).toEqual([ids.b3, ids.b2]);
      const p3 = await listAs(a.am.token, {}, 2, p2.data?.vacancies.pageInfo.endCursor);
      expect(idsOf(p3)).toEqual([ids.b1]);
      expect(p3.data?.vacancies.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expectErrorCode(await listAs(a.am.token, {}, 101), 'BAD_USER_INPUT');
    });

    it('filters on status, occupation, municipality and text', async () => {
      expect(idsOf(await listAs(a.consultant.token, { status: 'OPEN' })).sort()).toEqual([ids.b1, ids.b3].sort());
      expect(idsOf(await listAs(a.jobcoach.token, { occupationId: esco.otherOccupationId }))).toEqual([ids.b4]);
      expect(idsOf(await listAs(a.am.token, { municipalityCode: 'GM0518' }))).toEqual([ids.b3]);
      expect(idsOf(await listAs(a.am.token, { municipalityCode: 'gm0363' }))).toHaveLength(4);
      expect(idsOf(await listAs(a.am.token, { search: 'HEFTRUCK' }))).toEqual([ids.b2, ids.b1]);
      expect(idsOf(await listAs(a.am.token, { search: '%_' }))).toEqual([ids.b5]);
      expect(idsOf(await listAs(a.am.token, { status: 'OPEN', municipalityCode: 'GM0363' }))).toEqual([ids.b1]);
    });

    it('shows an employer user all and only their own vacancies', async () => {
      const own = await api.gql(LIST, { first: 100 }, a.userB.token);
      expect(own.data?.vacancies.totalCount).toBe(5 + 0);
      expect(idsOf(own).sort()).toEqual(Object.values(ids).sort());
      const other = await api.gql(LIST, { filter: { employerId: a.employerA.id }, first: 100 }, a.userB.token);
      expect(other.data?.vacancies.totalCount).toBe(0);
    });
  });

  it('reopens an expired vacancy only with a closing date that has not passed', async () => {
    const v = (await api.gql(CREATE, { input: baseInput(esco, { closingDate: isoDaysFromToday(-3) }) }, a.userA.token)).data!.createVacancy;
    await api.dataSource.query(`UPDATE vacancies SET status = 'EXPIRED', opened_at = now(), closed_at = now() WHERE id = $1`, [v.id]);
    expectErrorCode(await api.gql(UPDATE, { input: { id: v.id, expectedVersion: 1, closingDate: isoDaysFromToday(5) } }, a.userA.token), 'CONFLICT');
    const before = await snapshot(api);
    expectField(await api.gql(OPEN, { input: { id: v.id } }, a.userA.token), 'closingDate');
    expect(await snapshot(api)).toEqual(before);
    const reopened = await api.gql(OPEN, { input: { id: v.id, expectedVersion: 1, closingDate: isoDaysFromToday(5) } }, a.userA.token);
    expect(reopened.data?.openVacancy).toMatchObject({ status: 'OPEN', closingDate: isoDaysFromToday(5), closedAt: null, version: 2 });
  });

  describe('Employer.vacancies and EmployerDemand.vacancies', () => {
    const EMPLOYER = `query($id: ID!, $status: VacancyStatus) { employer(id: $id) { id vacancies(first: 50, status: $status) { totalCount nodes { id employerId status } } } }`;
    const DEMAND = `query($id: ID!) { employerDemand(id: $id) { id vacancies { totalCount nodes { id demandId } } } }`;

    it('lists an employer’s and a demand’s vacancies with the vacancy permissions', async () => {
      const demand = await createDemand(api, a.employerA.id, a.am.userId);
      const linked = (await api.gql(CREATE, { input: baseInput(esco, { demandId: demand.id }) }, a.userA.token)).data!.createVacancy;
      await api.gql(OPEN, { input: { id: linked.id } }, a.userA.token);
      const [{ n: all }] = await api.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM vacancies WHERE employer_id = $1', [a.employerA.id]);
      const [{ n: open }] = await api.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM vacancies WHERE employer_id = $1 AND status = 'OPEN'`,
        [a.employerA.id],
      );

      for (const token of [a.userA.token, a.consultant.token, a.am.token]) {
        const res = await api.gql(EMPLOYER, { id: a.employerA.id }, token);
        expect(res.errors).toBeUndefined();
        expect(res.data?.employer.vacancies.totalCount).toBe(all);
        expect(res.data?.employer.vacancies.nodes.every((n: { employerId: string }) => n.employerId === a.employerA.id)).toBe(true);
        const d = await api.gql(DEMAND, { id: demand.id }, token);
        expect(d.errors).toBeUndefined();
        expect(d.data?.employerDemand.vacancies).toEqual({ totalCount: 1, nodes: [{ id: linked.id, demandId: demand.id }] });
      }
      const openOnly = await api.gql(EMPLOYER, { id: a.employerA.id, status: 'OPEN' }, a.jobcoach.token);
      expect(openOnly.data?.employer.vacancies.totalCount).toBe(open);
      // Another employer's user does not get in through the employer either.
      expectErrorCode(await api.gql(EMPLOYER, { id: a.employerA.id }, a.userB.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(DEMAND, { id: demand.id }, a.userB.token), 'FORBIDDEN');
    });
  });

  it('reports health: days open since opening until closing or today, activity counts 0 for now', async () => {
    const v = (await api.gql(CREATE, { input: baseInput(esco) }, a.userA.token)).data!.createVacancy;
    expect(v.health).toEqual({ daysOpen: null, matchCount: 0, introductionCount: 0, placementCount: 0 });
    await api.gql(OPEN, { input: { id: v.id } }, a.userA.token);
    // Noon in Amsterdam, so that the count does not depend on the hour the test runs.
    const noon = (days: number) => `(('${isoDaysFromToday(days)}'::date + time '12:00') AT TIME ZONE 'Europe/Amsterdam')`;
    await api.dataSource.query(`UPDATE vacancies SET opened_at = ${noon(-3)} WHERE id = $1`, [v.id]);
    expect((await api.gql(GET, { id: v.id }, a.consultant.token)).data?.vacancy.health).toEqual({
      daysOpen: 3,
      matchCount: 0,
      introductionCount: 0,
      placementCount: 0,
    });
    await api.dataSource.query(`UPDATE vacancies SET status = 'CLOSED', closed_at = ${noon(-1)} WHERE id = $1`, [v.id]);
    expect((await api.gql(GET, { id: v.id }, a.userA.token)).data?.vacancy.health.daysOpen).toBe(2);
  });
});
