/**
 * Confirmations racing over HTTP (Promise.all): the vacancy row lock serialises confirmations for
 * the last place, and the partial unique index lets a candidate hold one confirmed placement.
 * Exactly one request wins; the other gets CONFLICT and leaves nothing behind.
 */
import { Role } from '@wsp/common';
import { GqlResult, TestApi } from '@wsp/testing/api';
import { CONFIRM, contractedPlacement, count, createCandidate, openVacancy, setUpWorld, TODAY, World } from './arrangements.fixtures';

function outcome(res: GqlResult<{ confirmPlacement?: { status: string } }>): string {
  if (res.errors?.length) return String(res.errors[0].extensions?.code);
  return res.data?.confirmPlacement?.status ?? 'NO DATA';
}

describe('concurrent placement confirmations', () => {
  let api: TestApi;
  let w: World;

  beforeAll(async () => {
    api = await TestApi.start();
    w = await setUpWorld(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  const confirm = (id: string, token: string) => api.gql<{ confirmPlacement?: { status: string } }>(CONFIRM, { input: { id, actualStartDate: TODAY, hoursPerWeek: 24, grossMonthlyWageCents: 200_000 } }, token);

  it('two job coaches confirming different candidates for the last place: exactly one succeeds', async () => {
    for (let round = 0; round < 3; round++) {
      const coach1 = await api.userToken(Role.JOBCOACH);
      const coach2 = await api.userToken(Role.JOBCOACH);
      const vacancy = await openVacancy(api, w, w.employerA.id, { numberOfPlaces: 1 });
      const c1 = await createCandidate(api, { consultantId: w.consultant.userId, jobCoachId: coach1.userId });
      const c2 = await createCandidate(api, { consultantId: w.consultant.userId, jobCoachId: coach2.userId });
      const p1 = await contractedPlacement(api, w, c1.id, vacancy, w.employerA.id);
      const p2 = await contractedPlacement(api, w, c2.id, vacancy, w.employerA.id);

      const results = await Promise.all([confirm(p1, coach1.token), confirm(p2, coach2.token)]);
      expect(results.map(outcome).sort()).toEqual(['CONFIRMED', 'CONFLICT']);
      expect(await count(api, `SELECT 1 FROM placements WHERE vacancy_id = $1 AND status = 'CONFIRMED'`, [vacancy])).toBe(1);
      expect(await count(api, `SELECT 1 FROM placements WHERE vacancy_id = $1 AND status = 'CONTRACTED'`, [vacancy])).toBe(1);
      expect((await api.dataSource.query(`SELECT status FROM vacancies WHERE id = $1`, [vacancy]))[0].status).toBe('FILLED');
      const loser = results.map(outcome)[0] === 'CONFLICT' ? p1 : p2;
      expect(await count(api, `SELECT 1 FROM placement_check_ins WHERE placement_id = $1`, [loser])).toBe(0);
      expect(await count(api, `SELECT 1 FROM outbox_events WHERE aggregate_id = $1 AND type = 'placement.confirmed'`, [loser])).toBe(0);
      expect(await count(api, `SELECT 1 FROM outbox_events WHERE aggregate_id = $1 AND type = 'vacancy.filled'`, [vacancy])).toBe(1);
    }
  });

  it('eight confirmations for three places: exactly three succeed and the vacancy is filled, never over-filled', async () => {
    const vacancy = await openVacancy(api, w, w.employerA.id, { numberOfPlaces: 3 });
    const coaches: { token: string; userId: string }[] = [];
    const placements: string[] = [];
    for (let i = 0; i < 8; i++) {
      const coach = await api.userToken(Role.JOBCOACH);
      const c = await createCandidate(api, { consultantId: w.consultant.userId, jobCoachId: coach.userId });
      coaches.push(coach);
      placements.push(await contractedPlacement(api, w, c.id, vacancy, w.employerA.id));
    }
    const results = await Promise.all(placements.map((p, i) => confirm(p, coaches[i].token)));
    expect(results.map(outcome).sort()).toEqual([...Array(3).fill('CONFIRMED'), ...Array(5).fill('CONFLICT')]);
    expect(await count(api, `SELECT 1 FROM placements WHERE vacancy_id = $1 AND status = 'CONFIRMED'`, [vacancy])).toBe(3);
    expect((await api.dataSource.query(`SELECT status FROM vacancies WHERE id = $1`, [vacancy]))[0].status).toBe('FILLED');
  });

  it('one candidate confirmed on two vacancies at once: exactly one succeeds', async () => {
    for (let round = 0; round < 3; round++) {
      const c = await createCandidate(api, { consultantId: w.consultant.userId, jobCoachId: w.jobcoach.userId });
      const v1 = await openVacancy(api, w, w.employerA.id, { numberOfPlaces: 3 });
      const v2 = await openVacancy(api, w, w.employerB.id, { numberOfPlaces: 3 });
      const p1 = await contractedPlacement(api, w, c.id, v1, w.employerA.id);
      const p2 = await contractedPlacement(api, w, c.id, v2, w.employerB.id);

      const results = await Promise.all([confirm(p1, w.jobcoach.token), confirm(p2, w.jobcoach.token)]);
      expect(results.map(outcome).sort()).toEqual(['CONFIRMED', 'CONFLICT']);
      const conflict = results.find((r) => r.errors?.length)!;
      expect(conflict.errors?.[0].message).toMatch(/al een bevestigde plaatsing|vervuld/);
      expect(await count(api, `SELECT 1 FROM placements WHERE candidate_id = $1 AND status = 'CONFIRMED'`, [c.id])).toBe(1);
      expect(await count(api, `SELECT 1 FROM placement_check_ins ci JOIN placements p ON p.id = ci.placement_id WHERE p.candidate_id = $1`, [c.id])).toBe(4);
      expect(await count(api, `SELECT 1 FROM vacancies WHERE id = ANY($1::uuid[]) AND status = 'OPEN'`, [[v1, v2]])).toBe(2);
    }
  });
});
