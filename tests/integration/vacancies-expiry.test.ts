/**
 * Scheduled vacancy expiry on real PostgreSQL and the harness Redis: VacancyExpiryService run
 * repeatedly and concurrently, and the `vacancy.expire` job through a real BullMQ queue handled
 * by the worker started in-process. Also `markFilled`, the entry point for placements.
 */
import { QueueEvents } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RunningWorker, startWorker } from '../../apps/worker/src/bootstrap';
import { EmployerEntity, EmployerSizeClass } from '@wsp/acquisition';
import { UserEntity } from '@wsp/auth';
import { ConflictError, Role, todayIn } from '@wsp/common';
import { createRedis, JOBS, QueueRegistry } from '@wsp/queue';
import { ContractType, VacancyEntity, VacancyExpiryService, VacancyLifecycleService, VacancyStatus } from '@wsp/vacancies';
import { createTestDatabase, dropTestDatabase, redisUrl, testConfig } from '@wsp/testing/harness';

const TODAY = todayIn('Europe/Amsterdam');
function daysFromToday(days: number): string {
  const d = new Date(`${TODAY}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Redis logical database of its own on the harness Redis: other test files run workers on the
 * same queue names, and must not take (or hand us) jobs for another database.
 */
const REDIS_DB = 11;

describe('vacancy expiry (service and worker job)', () => {
  let db: { name: string; url: string };
  let worker: RunningWorker;
  let ds: DataSource;
  let employerId: string;
  let userId: string;
  let occupationId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    worker = await startWorker(testConfig(db.url, { REDIS_URL: `${redisUrl()}/${REDIS_DB}` }), { logger: false });
    ds = worker.app.get(DataSource);
    const user = await ds.getRepository(UserEntity).save({
      email: `am-${randomBytes(4).toString('hex')}@test.wsp.nl`,
      passwordHash: 'not-used',
      displayName: 'Test AM',
      role: Role.ACCOUNTMANAGER,
      employerId: null,
      active: true,
    });
    userId = user.id;
    const employer = await ds.getRepository(EmployerEntity).save({
      name: 'Testbedrijf',
      kvkNumber: String(10_000_000 + Math.floor(Math.random() * 80_000_000)),
      sbiSection: 'C',
      sizeClass: EmployerSizeClass.SMALL,
      postcode: '2511',
      ownerId: userId,
    });
    employerId = employer.id;
    occupationId = (await ds.query<{ id: string }[]>('SELECT id FROM esco_occupations ORDER BY id LIMIT 1'))[0].id;
  });

  afterAll(async () => {
    await worker?.stop();
    if (db) await dropTestDatabase(db.name);
  });

  async function vacancy(status: VacancyStatus, closingDate: string | null): Promise<string> {
    const res = await ds.getRepository(VacancyEntity).insert({
      employerId,
      title: 'Medewerker',
      description: 'Werk',
      occupationId,
      hoursMin: 20,
      hoursMax: 32,
      contractType: ContractType.PERMANENT,
      closingDate,
      postcode: '2511',
      status,
      openedAt: status === VacancyStatus.DRAFT ? null : new Date(),
      createdById: userId,
    });
    return (res.identifiers[0] as { id: string }).id;
  }

  async function state(ids: string[]) {
    return ds.query<{ id: string; status: string; version: number; closed_at: Date | null; history: number; events: number }[]>(
      `SELECT v.id, v.status, v.version, v.closed_at,
              (SELECT count(*)::int FROM vacancy_changes c WHERE c.vacancy_id = v.id AND c.kind = 'STATUS' AND c.to_status = 'EXPIRED'
                  AND c.from_status = 'OPEN' AND c.changed_by_id IS NULL) AS history,
              (SELECT count(*)::int FROM outbox_events e WHERE e.aggregate_id = v.id AND e.type = 'vacancy.expired'
                  AND e.payload = jsonb_build_object('vacancyId', v.id, 'employerId', v.employer_id, 'fromStatus', 'OPEN')) AS events
         FROM vacancies v WHERE v.id = ANY($1::uuid[]) ORDER BY v.id`,
      [ids],
    );
  }

  const totals = async () =>
    (
      await ds.query<{ changes: number; events: number }[]>(
        'SELECT (SELECT count(*)::int FROM vacancy_changes) AS changes, (SELECT count(*)::int FROM outbox_events) AS events',
      )
    )[0];

  it('expires exactly the OPEN vacancies closing before today, once, also when run concurrently and again', async () => {
    const due = await Promise.all(Array.from({ length: 40 }, (_, i) => vacancy(VacancyStatus.OPEN, daysFromToday(-1 - (i % 5)))));
    const keep = [
      await vacancy(VacancyStatus.OPEN, TODAY),
      await vacancy(VacancyStatus.OPEN, daysFromToday(3)),
      await vacancy(VacancyStatus.OPEN, null),
      await vacancy(VacancyStatus.DRAFT, daysFromToday(-2)),
      await vacancy(VacancyStatus.CLOSED, daysFromToday(-2)),
    ];
    const before = await totals();
    const service = worker.app.get(VacancyExpiryService);

    const counts = await Promise.all([service.expireDue(TODAY), service.expireDue(TODAY), service.expireDue(TODAY)]);
    expect(counts.reduce((s, n) => s + n, 0)).toBe(due.length);
    expect(await service.expireDue(TODAY)).toBe(0);

    for (const row of await state(due)) {
      expect(row).toMatchObject({ status: 'EXPIRED', version: 2, history: 1, events: 1 });
      expect(row.closed_at).toBeInstanceOf(Date);
    }
    expect((await state(keep)).map((r) => [r.status, r.version, r.history, r.events])).toEqual(
      expect.arrayContaining([
        ['OPEN', 1, 0, 0],
        ['OPEN', 1, 0, 0],
        ['OPEN', 1, 0, 0],
        ['DRAFT', 1, 0, 0],
        ['CLOSED', 1, 0, 0],
      ]),
    );
    expect(await totals()).toEqual({ changes: before.changes + due.length, events: before.events + due.length });
  });

  it('runs as the vacancy.expire job through BullMQ in the worker, idempotently', async () => {
    const due = [await vacancy(VacancyStatus.OPEN, daysFromToday(-10)), await vacancy(VacancyStatus.OPEN, daysFromToday(-1))];
    const keep = await vacancy(VacancyStatus.OPEN, daysFromToday(1));
    const queue = worker.app.get(QueueRegistry).get(JOBS.expireVacancies.queue);
    const connection = createRedis(`${redisUrl()}/${REDIS_DB}`, 'worker');
    const queueEvents = new QueueEvents(JOBS.expireVacancies.queue, { connection });
    try {
      await queueEvents.waitUntilReady();
      const first = await queue.add(JOBS.expireVacancies.name, {});
      expect(await first.waitUntilFinished(queueEvents, 20_000)).toEqual({ expired: 2 });
      const second = await queue.add(JOBS.expireVacancies.name, {});
      expect(await second.waitUntilFinished(queueEvents, 20_000)).toEqual({ expired: 0 });
    } finally {
      await queueEvents.close();
      connection.disconnect();
    }
    for (const row of await state(due)) expect(row).toMatchObject({ status: 'EXPIRED', history: 1, events: 1 });
    expect((await state([keep]))[0]).toMatchObject({ status: 'OPEN', history: 0, events: 0 });
  });

  describe('markFilled (for placements)', () => {
    it('fills an OPEN vacancy inside the caller’s transaction, with history and a vacancy.filled event', async () => {
      const id = await vacancy(VacancyStatus.OPEN, daysFromToday(10));
      const lifecycle = worker.app.get(VacancyLifecycleService);
      const filled = await ds.transaction((manager) => lifecycle.markFilled(id, manager, { actorId: userId }));
      expect(filled).toMatchObject({ status: VacancyStatus.FILLED, version: 2 });
      expect(filled.closedAt).toBeInstanceOf(Date);
      expect(await ds.query('SELECT kind, from_status, to_status, changed_by_id FROM vacancy_changes WHERE vacancy_id = $1', [id])).toEqual([
        { kind: 'STATUS', from_status: 'OPEN', to_status: 'FILLED', changed_by_id: userId },
      ]);
      expect(await ds.query('SELECT type, payload FROM outbox_events WHERE aggregate_id = $1', [id])).toEqual([
        { type: 'vacancy.filled', payload: { vacancyId: id, employerId, fromStatus: 'OPEN' } },
      ]);
    });

    it('refuses a vacancy that is not OPEN and rolls back with the caller', async () => {
      const draft = await vacancy(VacancyStatus.DRAFT, null);
      const lifecycle = worker.app.get(VacancyLifecycleService);
      const before = await totals();
      await expect(ds.transaction((manager) => lifecycle.markFilled(draft, manager))).rejects.toBeInstanceOf(ConflictError);
      const open = await vacancy(VacancyStatus.OPEN, null);
      await expect(
        ds.transaction(async (manager) => {
          await lifecycle.markFilled(open, manager);
          throw new Error('placement failed');
        }),
      ).rejects.toThrow('placement failed');
      expect((await state([open]))[0].status).toBe('OPEN');
      expect(await totals()).toEqual(before);
    });
  });
});
