/**
 * The database itself guards the placement invariants, whatever the code does: one confirmed
 * placement per candidate (partial unique index), one open placement per candidate and vacancy,
 * confirmed placements carry their start data, and ended ones their reason.
 */
import { Role } from '@wsp/common';
import { TestApi } from '@wsp/testing/api';
import { createCandidate, openVacancy, setUpWorld, TODAY, World } from '../e2e/arrangements.fixtures';

describe('placement constraints in PostgreSQL', () => {
  let api: TestApi;
  let w: World;
  let coach: string;

  beforeAll(async () => {
    api = await TestApi.start();
    w = await setUpWorld(api);
    coach = (await api.userToken(Role.JOBCOACH)).userId;
  });
  afterAll(async () => {
    await api.stop();
  });

  async function insert(candidateId: string, vacancyId: string, status: string, extra = ''): Promise<void> {
    const confirmed = status === 'CONFIRMED' || extra.includes('confirmed');
    await api.dataSource.query(
      `INSERT INTO placements (candidate_id, vacancy_id, employer_id, status, proposed_by_id, actual_start_date, hours_per_week, gross_monthly_wage_cents, confirmed_by_id, version)
       SELECT $1, v.id, v.employer_id, $3::placement_status, $4, $5, $6, $7, $8, 1 FROM vacancies v WHERE v.id = $2`,
      [candidateId, vacancyId, status, w.am.userId, confirmed ? TODAY : null, confirmed ? 24 : null, confirmed ? 200_000 : null, confirmed ? coach : null],
    );
  }

  it('allows one CONFIRMED placement per candidate', async () => {
    const c = await createCandidate(api, { consultantId: w.consultant.userId, jobCoachId: coach });
    const v1 = await openVacancy(api, w, w.employerA.id);
    const v2 = await openVacancy(api, w, w.employerB.id);
    await insert(c.id, v1, 'CONFIRMED');
    await expect(insert(c.id, v2, 'CONFIRMED')).rejects.toMatchObject({ driverError: { code: '23505', constraint: 'UQ_placements_one_active_per_candidate' } });
    await insert(c.id, v2, 'CONTRACTED');
  });

  it('allows one open placement per candidate and vacancy, but a new one after an ended one', async () => {
    const c = await createCandidate(api, { consultantId: w.consultant.userId });
    const v = await openVacancy(api, w, w.employerA.id);
    await insert(c.id, v, 'PROPOSED');
    await expect(insert(c.id, v, 'PROPOSED')).rejects.toMatchObject({ driverError: { code: '23505', constraint: 'UQ_placements_open_per_pair' } });
    await api.dataSource.query(`UPDATE placements SET status = 'ENDED', ended_on = $3, end_reason = 'OTHER' WHERE candidate_id = $1 AND vacancy_id = $2`, [c.id, v, TODAY]);
    await insert(c.id, v, 'PROPOSED');
  });

  it('checks that confirmed placements have their start data and ended ones a reason', async () => {
    const c = await createCandidate(api, { consultantId: w.consultant.userId });
    const v = await openVacancy(api, w, w.employerA.id);
    await insert(c.id, v, 'CONTRACTED');
    await expect(api.dataSource.query(`UPDATE placements SET status = 'CONFIRMED' WHERE candidate_id = $1`, [c.id])).rejects.toMatchObject({
      driverError: { code: '23514', constraint: 'CHK_placements_confirmed' },
    });
    await expect(api.dataSource.query(`UPDATE placements SET status = 'ENDED' WHERE candidate_id = $1`, [c.id])).rejects.toMatchObject({
      driverError: { code: '23514', constraint: 'CHK_placements_ended' },
    });
  });
});
