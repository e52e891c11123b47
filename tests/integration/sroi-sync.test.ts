/**
 * The `sroi.sync` job in the worker (started in-process, real PostgreSQL and Redis): confirmed and
 * ended placements at a contract's contractor become PENDING realisations once per contract and
 * placement, also when the sync runs concurrently, and are revalued when the placement ends.
 * Placements outside the period, unconfirmed ones and other employers' are left alone.
 */
import { QueueEvents } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RunningWorker, startWorker } from '../../apps/worker/src/bootstrap';
import { SROI_SYNC_SCHEDULER_ID } from '../../apps/worker/src/jobs/sroi-sync.job';
import { EmployerEntity, EmployerSizeClass } from '@wsp/acquisition';
import { UserEntity } from '@wsp/auth';
import { CandidateEntity } from '@wsp/candidates';
import { Role, todayIn } from '@wsp/common';
import { createRedis, JOBS, QueueRegistry } from '@wsp/queue';
import { SroiContractEntity, SroiPlacementSync } from '@wsp/sroi';
import { ContractType, VacancyEntity, VacancyStatus } from '@wsp/vacancies';
import { createTestDatabase, dropTestDatabase, redisUrl, testConfig } from '@wsp/testing/harness';

const REDIS_DB = 12;
const TODAY = todayIn('Europe/Amsterdam');

describe('sroi.sync (worker job)', () => {
  let db: { name: string; url: string };
  let worker: RunningWorker;
  let ds: DataSource;
  let userId: string;
  let contractor: string;
  let other: string;
  let contractId: string;
  let seq = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    worker = await startWorker(testConfig(db.url, { REDIS_URL: `${redisUrl()}/${REDIS_DB}` }), { logger: false });
    ds = worker.app.get(DataSource);
    // The job's own 5-minute schedule would run at any moment: the test adds the runs itself.
    const queue = worker.app.get(QueueRegistry).get(JOBS.sroiSync.queue);
    await queue.removeJobScheduler(SROI_SYNC_SCHEDULER_ID);
    let pending = -1;
    for (let i = 0; i < 100 && pending !== 0; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 100));
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      pending = Object.values(counts).reduce((a, b) => a + b, 0);
    }
    expect(pending).toBe(0); // no scheduled sync left to interfere with the runs the tests add
    userId = (
      await ds.getRepository(UserEntity).save({
        email: `am-${randomBytes(4).toString('hex')}@test.wsp.nl`,
        passwordHash: 'not-used',
        displayName: 'Test AM',
        role: Role.ACCOUNTMANAGER,
        employerId: null,
        active: true,
      })
    ).id;
    const employer = (name: string) =>
      ds.getRepository(EmployerEntity).save({
        name,
        kvkNumber: String(10_000_000 + Math.floor(Math.random() * 80_000_000)),
        sbiSection: 'F',
        sizeClass: EmployerSizeClass.MEDIUM,
        postcode: '2511',
        ownerId: userId,
      });
    contractor = (await employer('Bouwbedrijf')).id;
    other = (await employer('Ander bedrijf')).id;
    const [table] = await ds.query<{ id: string }[]>(`SELECT id FROM sroi_valuation_tables WHERE code = 'HAAGLANDEN-2023'`);
    contractId = (
      await ds.getRepository(SroiContractEntity).save({
        reference: 'DH-SYNC-1',
        description: 'Renovatie',
        municipalityCode: 'GM0518',
        contractorId: contractor,
        contractValueCents: 80_000_000,
        sroiPercentage: 5,
        startDate: '2025-01-01',
        endDate: '2026-12-31',
        valuationTableId: table.id,
        psoDiscountPercentage: null,
        penaltyPercentage: 0,
        gracePeriodDays: 0,
        obligationOverrideCents: null,
        createdById: userId,
      })
    ).id;
  });

  afterAll(async () => {
    await worker?.stop();
    if (db) await dropTestDatabase(db.name);
  });

  /** A placement row as the placements context writes it (status, actual start, hours, end). */
  async function placement(employerId: string, o: { status: string; start: string | null; hours: number | null; endedOn?: string; doelgroepregister?: boolean; dateOfBirth?: string }) {
    seq += 1;
    const candidate = await ds.getRepository(CandidateEntity).save({
      pseudonym: `K-S${seq}${randomBytes(2).toString('hex')}`,
      firstName: 'Test',
      lastName: 'Kandidaat',
      homePostcode: '2511',
      hoursMin: 16,
      hoursMax: 36,
      availableFrom: '2025-01-01',
      waitingSince: '2024-01-01',
      consultantId: userId,
      doelgroepregister: o.doelgroepregister ?? false,
      dateOfBirth: o.dateOfBirth ?? null,
    });
    const occupationId = (await ds.query<{ id: string }[]>('SELECT id FROM esco_occupations ORDER BY id LIMIT 1'))[0].id;
    const vacancy = await ds.getRepository(VacancyEntity).insert({
      employerId,
      title: 'Timmerman',
      description: 'Werk',
      occupationId,
      hoursMin: 20,
      hoursMax: 36,
      contractType: ContractType.PERMANENT,
      postcode: '2511',
      status: VacancyStatus.OPEN,
      openedAt: new Date(),
      createdById: userId,
    });
    const [p] = await ds.query<{ id: string }[]>(
      `INSERT INTO placements (candidate_id, vacancy_id, employer_id, status, proposed_by_id, actual_start_date, hours_per_week, gross_monthly_wage_cents,
                               confirmed_by_id, confirmed_at, ended_on, end_reason, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1) RETURNING id`,
      [
        candidate.id,
        (vacancy.identifiers[0] as { id: string }).id,
        employerId,
        o.status,
        userId,
        o.start,
        o.hours,
        o.start ? 200_000 : null,
        o.start ? userId : null,
        o.start ? new Date() : null,
        o.endedOn ?? null,
        o.endedOn ? 'CONTRACT_ENDED' : null,
      ],
    );
    return { placementId: p.id, candidateId: candidate.id };
  }

  const realisations = () =>
    ds.query<{ placement_id: string; status: string; category: string; bonuses: string; value_cents: string; end_date: string | null; valued_on: string }[]>(
      `SELECT placement_id::text, status::text, category::text, bonuses::text, value_cents::text, end_date::text, valued_on::text
         FROM sroi_realisations WHERE contract_id = $1 ORDER BY start_date, placement_id`,
      [contractId],
    );

  it('proposes counting placements through the job, once, and revalues them when they end', async () => {
    const counted = await placement(contractor, { status: 'CONFIRMED', start: '2025-01-01', hours: 24, doelgroepregister: true, dateOfBirth: '1992-03-01' });
    const older = await placement(contractor, { status: 'ENDED', start: '2025-02-01', hours: 36, endedOn: '2025-07-31', dateOfBirth: '1965-01-15' });
    await placement(contractor, { status: 'CONTRACTED', start: null, hours: null }); // not confirmed
    await placement(contractor, { status: 'ENDED', start: '2024-01-01', hours: 36, endedOn: '2024-12-31' }); // before the contract
    await placement(other, { status: 'CONFIRMED', start: '2025-01-01', hours: 36 }); // another employer

    const queue = worker.app.get(QueueRegistry).get(JOBS.sroiSync.queue);
    const connection = createRedis(`${redisUrl()}/${REDIS_DB}`, 'worker');
    const queueEvents = new QueueEvents(JOBS.sroiSync.queue, { connection });
    try {
      await queueEvents.waitUntilReady();
      const first = await queue.add(JOBS.sroiSync.name, {});
      expect(await first.waitUntilFinished(queueEvents, 20_000)).toEqual({ contracts: 1, proposed: 2, revalued: 0 });
      const second = await queue.add(JOBS.sroiSync.name, {});
      expect(await second.waitUntilFinished(queueEvents, 20_000)).toEqual({ contracts: 0, proposed: 0, revalued: 0 });
    } finally {
      await queueEvents.close();
      connection.disconnect();
    }

    const rows = await realisations();
    expect(rows.map((r) => [r.placement_id, r.status, r.category, r.bonuses])).toEqual([
      [counted.placementId, 'PENDING', 'BANENAFSPRAAK', '{}'],
      [older.placementId, 'PENDING', 'PARTICIPATIEWET', '{AGE}'], // 60 at the start: 55+ bonus
    ]);
    // (40,000 + 10,000) × 36/36 × 6/12 = 25,000
    expect(rows[1]).toMatchObject({ value_cents: '2500000', end_date: '2025-07-31', valued_on: TODAY });

    // The running placement ends: the next sync revalues it (50,000 × 24/36 × 8/12 = 22,222.22).
    await ds.query(`UPDATE placements SET status = 'ENDED', ended_on = '2025-08-31', end_reason = 'CONTRACT_ENDED' WHERE id = $1`, [counted.placementId]);
    const sync = worker.app.get(SroiPlacementSync);
    const results = await Promise.all([sync.syncAll(), sync.syncAll(), sync.syncAll()]);
    expect(results.reduce((s, r) => s + r.proposed, 0)).toBe(0);
    expect(results.reduce((s, r) => s + r.revalued, 0)).toBeGreaterThanOrEqual(1);
    expect((await realisations())[0]).toMatchObject({ value_cents: '2222222', end_date: '2025-08-31' });
  });

  it('stays one realisation per placement and contract when placements appear during concurrent syncs', async () => {
    const added = await Promise.all([1, 2, 3].map(() => placement(contractor, { status: 'CONFIRMED', start: '2025-03-01', hours: 20 })));
    const sync = worker.app.get(SroiPlacementSync);
    const results = await Promise.all([sync.syncAll(), sync.syncAll()]);
    expect(results.reduce((s, r) => s + r.proposed, 0)).toBe(3);
    const [{ n }] = await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM sroi_realisations WHERE contract_id = $1 AND placement_id = ANY($2::uuid[])`,
      [contractId, added.map((a) => a.placementId)],
    );
    expect(n).toBe(3);
    const [{ changes }] = await ds.query<{ changes: number }[]>(`SELECT count(*)::int AS changes FROM sroi_realisation_changes WHERE changed_by_id IS NULL`);
    expect(changes).toBe(5);
  });
});
