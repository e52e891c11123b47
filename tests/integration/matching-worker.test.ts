/**
 * The matching capability through a real in-process worker (startWorker) on real PostgreSQL and
 * a Redis logical database of its own: outbox events → jobs → index and matches, end to end;
 * vacancies closing and candidates withdrawing consent; the same job twice; superseding of an
 * older run by a newer one (same scope and across scopes).
 */
import { Test } from '@nestjs/testing';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { RunningWorker, startWorker } from '../../apps/worker/src/bootstrap';
import { Role, todayIn } from '@wsp/common';
import { AppConfig, ConfigModule } from '@wsp/config';
import { DatabaseModule } from '@wsp/database';
import { seedDemoData } from '@wsp/demo-data';
import { recordEvents } from '@wsp/events';
import { FullRunService, MatchingEngineModule, MatchingPipeline, MatchRunKind, MatchRunService, MatchScopeKind, MatchStore, OutboxDispatcher, PairMatch } from '@wsp/matching';
import { createRedis, DEFAULT_JOB_OPTIONS, JOBS, QueueModule, QueueRegistry, QUEUES } from '@wsp/queue';
import { VacancyLifecycleService } from '@wsp/vacancies';
import { createTestDatabase, dropTestDatabase, redisUrl, testConfig } from '@wsp/testing/harness';

/** Own Redis database: other test files run workers on the same queue names. */
const REDIS_DB = 13;
const TODAY = todayIn('Europe/Amsterdam');

interface Row {
  candidate_id: string;
  vacancy_id: string;
  score: number;
  rank: number;
  run_seq: string;
}

describe('matching through the worker (outbox → jobs → matches)', () => {
  let db: { name: string; url: string };
  let worker: RunningWorker;
  let ds: DataSource;
  let pipeline: MatchingPipeline;
  let queues: QueueRegistry;
  let adminId: string;
  let config: AppConfig;
  let stopped = false;

  const rows = (vacancyId: string) =>
    ds.query<Row[]>('SELECT candidate_id::text, vacancy_id::text, score, rank, run_seq::text FROM matches WHERE vacancy_id = $1 ORDER BY rank', [vacancyId]);
  const openVacancies = async () => (await ds.query<{ id: string }[]>(`SELECT id::text FROM vacancies WHERE status = 'OPEN' ORDER BY id`)).map((r) => r.id);

  /** Until every outbox event is dispatched and the matching and search queues are empty (twice in a row). */
  async function settle(timeoutMs = 50_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let quiet = 0;
    while (Date.now() < deadline) {
      const [{ n }] = await ds.query<{ n: number }[]>('SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL');
      let busy = n;
      for (const name of [QUEUES.matching, QUEUES.search]) {
        const q = queues.get(name);
        const c = await q.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
        busy += Object.values(c).reduce((s, x) => s + x, 0);
        // Delayed: retries count, the next iteration of a scheduler (the nightly run) does not.
        busy += (await q.getDelayed()).filter((j) => !j.id?.startsWith('repeat:')).length;
      }
      quiet = busy === 0 ? quiet + 1 : 0;
      if (quiet >= 2) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    const report: Record<string, unknown> = {};
    for (const name of [QUEUES.matching, QUEUES.search, QUEUES.outbox]) {
      const q = queues.get(name);
      report[name] = {
        counts: await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'failed', 'completed'),
        failed: (await q.getFailed(0, 3)).map((j) => `${j.name}: ${j.failedReason}`),
      };
    }
    const [{ n }] = await ds.query<{ n: number }[]>('SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL');
    throw new Error(`worker did not settle: ${n} undispatched, ${JSON.stringify(report)}`);
  }

  async function expectExactTopN(vacancyId: string): Promise<number> {
    const want = await pipeline.bruteForceForVacancy(vacancyId, { referenceDate: TODAY });
    const got = await rows(vacancyId);
    expect(got.map((r) => [r.candidate_id, r.score, r.rank])).toEqual(want.matches.map((m, i) => [m.candidateId, m.result.score, i + 1]));
    return got.length;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const flush = createRedis(`${redisUrl()}/${REDIS_DB}`, 'worker');
    await flush.flushdb();
    await flush.quit();
    config = testConfig(db.url, { REDIS_URL: `${redisUrl()}/${REDIS_DB}`, OUTBOX_DISPATCH_INTERVAL_MS: '300' });
    // Data and its outbox events first; the worker then has a backlog to work through.
    const seedWorker = await startWorker(testConfig(db.url, { REDIS_URL: `${redisUrl()}/${REDIS_DB}`, OUTBOX_DISPATCH_INTERVAL_MS: '600000' }), { logger: false });
    await seedDemoData(seedWorker.app.get(DataSource), { seed: 'matching-worker', today: TODAY, counts: { employers: 12, vacancies: 30, candidates: 300 } });
    await seedWorker.stop();
    worker = await startWorker(config, { logger: false });
    ds = worker.app.get(DataSource);
    pipeline = worker.app.get(MatchingPipeline);
    queues = worker.app.get(QueueRegistry);
    adminId = (await ds.query<{ id: string }[]>(`SELECT id::text FROM users WHERE role = 'ADMIN' LIMIT 1`))[0].id;
  }, 120_000);

  afterAll(async () => {
    if (!stopped) await worker?.stop();
    if (db) await dropTestDatabase(db.name);
  });

  it('turns the seeded outbox backlog into exact top-N matches for every open vacancy', async () => {
    const [{ n: backlog }] = await ds.query<{ n: number }[]>('SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL');
    expect(backlog).toBeGreaterThan(300);
    const started = Date.now();
    await settle();
    const runs = await ds.query<{ kind: string; status: string; n: number }[]>('SELECT kind, status, count(*)::int AS n FROM match_runs GROUP BY 1, 2 ORDER BY 1, 2');
    console.log(`[matching] ${backlog} outbox events settled in ${Date.now() - started} ms; runs ${JSON.stringify(runs)}`);
    expect(runs.every((r) => r.status === 'COMPLETED')).toBe(true);
    let total = 0;
    for (const v of await openVacancies()) total += await expectExactTopN(v);
    expect(total).toBeGreaterThan(50);
    // Only open vacancies have matches; no duplicates (primary key) and ranks are 1..n per vacancy.
    const [bad] = await ds.query<{ closed: number; gaps: number }[]>(
      `SELECT (SELECT count(*)::int FROM matches m JOIN vacancies v ON v.id = m.vacancy_id WHERE v.status <> 'OPEN') AS closed,
              (SELECT count(*)::int FROM (SELECT vacancy_id, max(rank) AS mx, count(*) AS n FROM matches GROUP BY 1) q WHERE mx <> n) AS gaps`,
    );
    expect(bad).toEqual({ closed: 0, gaps: 0 });
  });

  it('removes the matches of a closed vacancy (vacancy.closed → match.vacancy)', async () => {
    const withMatches = (await ds.query<{ vacancy_id: string }[]>('SELECT vacancy_id::text FROM matches GROUP BY 1 ORDER BY count(*) DESC LIMIT 1'))[0].vacancy_id;
    await worker.app.get(VacancyLifecycleService).close({ userId: adminId, role: Role.ADMIN, employerId: null }, { id: withMatches, reason: 'Ingevuld via eigen kanaal' });
    await settle();
    expect(await rows(withMatches)).toEqual([]);
    const [run] = await ds.query<{ trigger: string; status: string }[]>(
      `SELECT trigger, status::text FROM match_runs WHERE kind = 'VACANCY' AND subject_id = $1 ORDER BY seq DESC LIMIT 1`,
      [withMatches],
    );
    expect(run).toEqual({ trigger: 'vacancy.closed', status: 'COMPLETED' });
  });

  it('removes a candidate who withdraws consent from every vacancy, and the next best moves up', async () => {
    const [top] = await ds.query<{ candidate_id: string; vacancy_id: string }[]>(
      'SELECT candidate_id::text, vacancy_id::text FROM matches WHERE rank = 1 ORDER BY vacancy_id LIMIT 1',
    );
    await ds.transaction(async (tx) => {
      await tx.query('UPDATE candidates SET visible_for_matching = false, updated_at = now() WHERE id = $1', [top.candidate_id]);
      await recordEvents(tx, [
        { aggregateType: 'candidate', aggregateId: top.candidate_id, type: 'candidate.visibility_changed', payload: { visibleForMatching: false } },
      ]);
    });
    await settle();
    const [{ n }] = await ds.query<{ n: number }[]>('SELECT count(*)::int AS n FROM matches WHERE candidate_id = $1', [top.candidate_id]);
    expect(n).toBe(0);
    // The vacancy itself is not re-matched by this event; its list is still its top N minus the candidate.
    const left = await rows(top.vacancy_id);
    expect(left[0]?.rank).toBe(1);
    expect(left.map((r) => r.candidate_id)).not.toContain(top.candidate_id);
  });

  it('runs the same job twice with the same result; a new run for the same vacancy gives the same rows', async () => {
    const [vacancyId] = await openVacancies();
    const queue: Queue = queues.get(QUEUES.matching);
    const id = `match.vacancy:${vacancyId}:twice`;
    await queue.add(JOBS.matchVacancy.name, { vacancyId, trigger: 'test' }, { ...DEFAULT_JOB_OPTIONS, jobId: id });
    await settle();
    const first = await rows(vacancyId);
    const runsBefore = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM match_runs WHERE subject_id = $1`, [vacancyId]);
    // The same job again (removed from Redis, re-added with its id): it finds its completed run.
    await (await queue.getJob(id))!.remove();
    await queue.add(JOBS.matchVacancy.name, { vacancyId, trigger: 'test' }, { ...DEFAULT_JOB_OPTIONS, jobId: id });
    await settle();
    expect(await rows(vacancyId)).toEqual(first);
    expect(await ds.query(`SELECT count(*)::int AS n FROM match_runs WHERE subject_id = $1`, [vacancyId])).toEqual(runsBefore);
    // Added again while it still exists: BullMQ ignores the duplicate id.
    await queue.add(JOBS.matchVacancy.name, { vacancyId, trigger: 'test' }, { ...DEFAULT_JOB_OPTIONS, jobId: id });
    await settle();
    expect(await ds.query(`SELECT count(*)::int AS n FROM match_runs WHERE subject_id = $1`, [vacancyId])).toEqual(runsBefore);
    // Another job: a new run (higher seq), same candidates, scores and ranks.
    await queue.add(JOBS.matchVacancy.name, { vacancyId, trigger: 'test' }, { ...DEFAULT_JOB_OPTIONS, jobId: `match.vacancy:${vacancyId}:again` });
    await settle();
    const again = await rows(vacancyId);
    expect(again.map((r) => [r.candidate_id, r.score, r.rank])).toEqual(first.map((r) => [r.candidate_id, r.score, r.rank]));
    expect(BigInt(again[0].run_seq)).toBeGreaterThan(BigInt(first[0].run_seq));
  });

  it('fails a job for a deleted vacancy at once (UnrecoverableError), with the run FAILED', async () => {
    const queue: Queue = queues.get(QUEUES.matching);
    const gone = '00000000-0000-4000-8000-00000000dead';
    const job = await queue.add(JOBS.matchVacancy.name, { vacancyId: gone }, { ...DEFAULT_JOB_OPTIONS, jobId: `match.vacancy:${gone}:gone` });
    await settle();
    const state = await job.getState();
    const reloaded = (await queue.getJob(job.id!))!;
    expect(state).toBe('failed');
    expect(reloaded.attemptsMade).toBe(1);
    const [run] = await ds.query<{ status: string; error: string }[]>(`SELECT status::text, error FROM match_runs WHERE subject_id = $1`, [gone]);
    expect(run.status).toBe('FAILED');
  });

  it('marks a FULL run FAILED when its finalisation fails on the last attempt (not before)', async () => {
    const runs = worker.app.get(MatchRunService);
    const full = worker.app.get(FullRunService);
    const run = await runs.create({ kind: MatchRunKind.FULL, subjectId: null, trigger: 'test', referenceDate: '2026-03-15' });
    // One item still open: the run is not ready to finalise.
    await ds.query(`UPDATE match_runs SET status = 'RUNNING', total_items = 1, processed_items = 0 WHERE id = $1`, [run.id]);
    await expect(full.finalize(run.id, false)).rejects.toThrow('run not ready');
    expect((await runs.find(run.id))!.status).toBe('RUNNING');
    await expect(full.finalize(run.id, true)).rejects.toThrow('run not ready');
    const failed = (await runs.find(run.id))!;
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toContain('run not ready');
  });

  it('lets a newer run supersede an older one that finishes later, within a scope and across scopes', async () => {
    const runs = worker.app.get(MatchRunService);
    const store = worker.app.get(MatchStore);
    const [{ vacancy_id: vacancyId }] = await ds.query<{ vacancy_id: string }[]>(
      `SELECT m.vacancy_id::text FROM matches m JOIN vacancies v ON v.id = m.vacancy_id AND v.status = 'OPEN' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    const current = await pipeline.forVacancy(vacancyId, { referenceDate: TODAY });
    expect(current.matches.length).toBeGreaterThan(2);
    const mk = (kind: MatchRunKind, subjectId: string) => runs.create({ kind, subjectId, trigger: 'test', referenceDate: TODAY });
    const older = await mk(MatchRunKind.VACANCY, vacancyId);
    const newer = await mk(MatchRunKind.VACANCY, vacancyId);
    const scope = { kind: MatchScopeKind.VACANCY, vacancyId } as const;
    const applied = await store.apply(newer, scope, current.matches);
    expect(applied.applied).toBe(true);
    const afterNewer = await rows(vacancyId);
    // The older run computed something else (say: only its first pair, at another score); it finishes last.
    const stale: PairMatch[] = [{ ...current.matches[1], result: { ...current.matches[1].result, score: 0.01 } }];
    expect((await store.apply(older, scope, stale)).applied).toBe(false);
    expect(await rows(vacancyId)).toEqual(afterNewer);

    // Across scopes: a newer CANDIDATE run removed the pair; an older VACANCY run must not put it back.
    const candidateId = current.matches[0].candidateId;
    const olderVacancyRun = await mk(MatchRunKind.VACANCY, vacancyId);
    const newerCandidateRun = await mk(MatchRunKind.CANDIDATE, candidateId);
    expect((await store.apply(newerCandidateRun, { kind: MatchScopeKind.CANDIDATE, candidateId }, [])).applied).toBe(true);
    expect((await rows(vacancyId)).map((r) => r.candidate_id)).not.toContain(candidateId);
    const result = await store.apply(olderVacancyRun, scope, current.matches);
    expect(result.applied).toBe(true);
    expect(result.skippedPairs).toBe(1);
    const mixed = await rows(vacancyId);
    expect(mixed.map((r) => r.candidate_id)).not.toContain(candidateId);
    expect(mixed.map((r) => r.rank)).toEqual(mixed.map((_, i) => i + 1));

    // A vacancy run newer than the candidate run brings the pair back; applying it twice changes nothing.
    const newest = await mk(MatchRunKind.VACANCY, vacancyId);
    await store.apply(newest, scope, current.matches);
    const restored = await rows(vacancyId);
    expect(restored.map((r) => [r.candidate_id, r.score, r.rank])).toEqual(current.matches.map((m, i) => [m.candidateId, m.result.score, i + 1]));
    await store.apply(newest, scope, current.matches);
    expect(await rows(vacancyId)).toEqual(restored);
  });

  it('outbox: a crash between enqueue and commit loses no event, and the re-dispatch re-adds the same job ids (ignored)', async () => {
    // Without a running worker (its repeatable dispatcher would race this test).
    await worker.stop();
    stopped = true;
    const moduleRef = await Test.createTestingModule({ imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, MatchingEngineModule.forRoot()] }).compile();
    moduleRef.useLogger(false);
    const ctx = await moduleRef.init();
    try {
      const local = ctx.get(DataSource);
      const dispatcher = ctx.get(OutboxDispatcher);
      const registry = ctx.get(QueueRegistry);
      const [vacancyId] = (await local.query<{ id: string }[]>(`SELECT id::text FROM vacancies WHERE status = 'OPEN' LIMIT 1`)).map((r) => r.id);
      const [candidateId] = (await local.query<{ id: string }[]>('SELECT id::text FROM candidates LIMIT 1')).map((r) => r.id);
      await local.transaction((tx) =>
        recordEvents(tx, [
          { aggregateType: 'vacancy', aggregateId: vacancyId, type: 'vacancy.changed', payload: { changedFields: ['hours'] } },
          { aggregateType: 'candidate', aggregateId: candidateId, type: 'candidate.changed', payload: { changedFields: ['skills'] } },
          { aggregateType: 'employer', aggregateId: vacancyId, type: 'employer.changed', payload: {} },
        ]),
      );
      const eventIds = (await local.query<{ id: string }[]>('SELECT id::text FROM outbox_events WHERE dispatched_at IS NULL ORDER BY id')).map((r) => r.id);
      expect(eventIds).toHaveLength(3);
      const waiting = async () => {
        let n = 0;
        for (const name of [QUEUES.matching, QUEUES.search]) n += await registry.get(name).getWaitingCount();
        return n;
      };
      const before = await waiting();

      await expect(dispatcher.dispatchBatch(100, () => Promise.reject(new Error('crash before commit')))).rejects.toThrow('crash before commit');
      const [{ n: undispatched }] = await local.query<{ n: number }[]>('SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL');
      expect(undispatched).toBe(3);
      expect(await waiting()).toBe(before + 4);
      const matchJob = await registry.get(QUEUES.matching).getJob(`match.vacancy:${vacancyId}:e${eventIds[0]}`);
      expect(matchJob?.data).toEqual({ vacancyId, trigger: 'vacancy.changed' });
      expect(await registry.get(QUEUES.matching).getJob(`match.candidate:${candidateId}:e${eventIds[1]}`)).toBeDefined();

      expect(await dispatcher.dispatchBatch(100)).toEqual({ events: 3, jobs: 4 });
      expect(await waiting()).toBe(before + 4);
      const [{ n: left }] = await local.query<{ n: number }[]>('SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL');
      expect(left).toBe(0);
      expect(await dispatcher.dispatchBatch(100)).toEqual({ events: 0, jobs: 0 });
    } finally {
      await ctx.close();
    }
  });
});
