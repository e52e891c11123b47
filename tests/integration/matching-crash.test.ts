/**
 * Crash safety of a FULL matching run: a real worker runs as a child process (apps/worker/src/main.ts
 * through ts-node), is killed with SIGKILL in the middle of the run, and a new worker process
 * finishes it. The run completes with progress exactly total (each vacancy counted once), no
 * duplicate matches, every open vacancy's matches equal to a fresh computation, and a second,
 * clean FULL run leaves the same matches and proposals.
 */
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { todayIn } from '@wsp/common';
import { ConfigModule } from '@wsp/config';
import { DatabaseModule } from '@wsp/database';
import { seedDemoData } from '@wsp/demo-data';
import { MatchingEngineModule, MatchingPipeline, MatchRunKind, MatchRunService } from '@wsp/matching';
import { createRedis, DEFAULT_JOB_OPTIONS, JOBS, QueueModule, QueueRegistry, QUEUES, jobId } from '@wsp/queue';
import { createTestDatabase, dropTestDatabase, redisUrl, testConfig } from '@wsp/testing/harness';
import { PlacementActivePlacementSource } from '@wsp/placements';
import { SroiEngineModule, SroiScoreExtensions } from '@wsp/sroi';

/** Own Redis database: no other test file's worker may take these jobs. */
const REDIS_DB = 14;
const ROOT = join(__dirname, '..', '..');
const TODAY = todayIn('Europe/Amsterdam');
const COUNTS = { employers: 80, vacancies: 500, candidates: 2_500 };

interface RunRow {
  status: string;
  processed_items: number;
  total_items: number;
  report: Record<string, unknown> | null;
}

interface MatchRow {
  vacancy_id: string;
  candidate_id: string;
  score: number;
  rank: number;
  proposed: boolean;
}

describe('FULL matching run survives a killed worker (child processes)', () => {
  let db: { name: string; url: string };
  let ctx: INestApplicationContext;
  let ds: DataSource;
  const children: ChildProcess[] = [];
  const logs: string[] = [];

  function startWorkerProcess(label: string): ChildProcess {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
        NODE_ENV: 'test',
        DATABASE_URL: db.url,
        DATABASE_POOL_SIZE: '5',
        REDIS_URL: `${redisUrl()}/${REDIS_DB}`,
        JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
        WORKER_HEALTH_PORT: '0',
        LOG_LEVEL: 'warn',
        // A dead worker's job is taken over after about lock + stalled interval.
        WORKER_LOCK_DURATION_MS: '1500',
        WORKER_STALLED_INTERVAL_MS: '1000',
        OUTBOX_DISPATCH_INTERVAL_MS: '600000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => logs.push(`[${label}] ${d.toString().trim()}`));
    child.stderr?.on('data', (d: Buffer) => logs.push(`[${label}!] ${d.toString().trim()}`));
    children.push(child);
    return child;
  }

  async function waitFor<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeoutMs = 90_000, everyMs = 100): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const v = await fn();
      if (v) return v;
      await new Promise((r) => setTimeout(r, everyMs));
    }
    throw new Error(`timed out waiting for ${what}\n${logs.slice(-20).join('\n')}`);
  }

  const run = async (id: string) => (await ds.query<RunRow[]>('SELECT status::text, processed_items, total_items, report FROM match_runs WHERE id = $1', [id]))[0];
  const allMatches = () =>
    ds.query<MatchRow[]>('SELECT vacancy_id::text, candidate_id::text, score, rank, proposed FROM matches ORDER BY vacancy_id, rank');
  const workersOnline = async () => (await ctx.get(QueueRegistry).get(QUEUES.matching).getWorkersCount()) > 0;

  async function requestFullRun(): Promise<string> {
    const r = await ctx.get(MatchRunService).create({ kind: MatchRunKind.FULL, subjectId: null, trigger: 'test', referenceDate: TODAY });
    await ctx
      .get(QueueRegistry)
      .get(JOBS.matchAll.queue)
      .add(JOBS.matchAll.name, { runId: r.id }, { ...DEFAULT_JOB_OPTIONS, jobId: jobId(JOBS.matchAll.name, r.id, 'fanout') });
    return r.id;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const flush = createRedis(`${redisUrl()}/${REDIS_DB}`, 'worker');
    await flush.flushdb();
    await flush.quit();
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(testConfig(db.url, { REDIS_URL: `${redisUrl()}/${REDIS_DB}` })),
        DatabaseModule,
        QueueModule,
        // As the worker binds it (apps/worker/src/worker.module.ts): the fresh computation the worker's rows are compared with.
        MatchingEngineModule.forRoot({ activePlacements: PlacementActivePlacementSource, scoreExtensions: SroiScoreExtensions, imports: [SroiEngineModule] }),
      ],
    }).compile();
    moduleRef.useLogger(false);
    ctx = await moduleRef.init();
    ds = ctx.get(DataSource);
    await seedDemoData(ds, { seed: 'matching-crash', today: TODAY, counts: COUNTS, outboxEvents: false });
  }, 120_000);

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await ctx?.close();
    if (db) await dropTestDatabase(db.name);
  });

  it('completes after SIGKILL mid-run, counts every vacancy once and equals a clean re-run', async () => {
    const first = startWorkerProcess('worker-1');
    await waitFor('the first worker', workersOnline, 120_000, 200);
    const started = Date.now();
    const runId = await requestFullRun();

    // Kill it in the middle: some vacancies done, not all.
    const atKill = await waitFor('progress', async () => {
      const r = await run(runId);
      return r.total_items > 0 && r.processed_items >= r.total_items / 5 && r.processed_items < r.total_items ? r : null;
    }, 60_000, 20);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const afterKill = await run(runId);
    console.log(`[matching] killed worker-1 at ${atKill.processed_items}/${atKill.total_items} (${afterKill.processed_items} committed) after ${Date.now() - started} ms`);
    expect(afterKill.status).toBe('RUNNING');
    expect(afterKill.processed_items).toBeLessThan(afterKill.total_items);

    let restarted = Date.now();
    startWorkerProcess('worker-2');
    await waitFor('the second worker', workersOnline, 120_000, 200);
    console.log(`[matching] worker-2 up in ${Date.now() - restarted} ms`);
    restarted = Date.now();
    const done = await waitFor('the run to complete', async () => {
      const r = await run(runId);
      return r.status === 'COMPLETED' || r.status === 'FAILED' ? r : null;
    }, 120_000, 200);
    console.log(`[matching] worker-2 completed the run in ${Date.now() - restarted} ms: ${JSON.stringify(done.report)}`);
    expect(done.status).toBe('COMPLETED');

    // Progress: exactly total, and every item completed exactly once.
    const [items] = await ds.query<{ total: number; completed: number; failed: number; open: number }[]>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE completed_at IS NOT NULL)::int AS completed, count(*) FILTER (WHERE failed)::int AS failed,
              (SELECT count(*)::int FROM vacancies WHERE status = 'OPEN') AS open
         FROM match_run_items WHERE run_id = $1`,
      [runId],
    );
    expect(done.processed_items).toBe(done.total_items);
    expect(items).toEqual({ total: done.total_items, completed: done.total_items, failed: 0, open: done.total_items });

    // No duplicates; ranks 1..n per vacancy.
    const [dup] = await ds.query<{ n: number; pairs: number; gaps: number }[]>(
      `SELECT count(*)::int AS n, count(DISTINCT (vacancy_id, candidate_id))::int AS pairs,
              (SELECT count(*)::int FROM (SELECT vacancy_id FROM matches GROUP BY 1 HAVING max(rank) <> count(*)) g) AS gaps FROM matches`,
    );
    expect(dup.n).toBe(dup.pairs);
    expect(dup.gaps).toBe(0);
    expect(dup.n).toBeGreaterThan(done.total_items);

    // Every open vacancy's matches equal a fresh computation.
    const pipeline = ctx.get(MatchingPipeline);
    const rows = await allMatches();
    const byVacancy = new Map<string, MatchRow[]>();
    for (const r of rows) byVacancy.set(r.vacancy_id, [...(byVacancy.get(r.vacancy_id) ?? []), r]);
    const open = (await ds.query<{ id: string }[]>(`SELECT id::text FROM vacancies WHERE status = 'OPEN'`)).map((r) => r.id);
    for (const v of open) {
      const fresh = await pipeline.forVacancy(v, { referenceDate: TODAY });
      expect((byVacancy.get(v) ?? []).map((r) => [r.candidate_id, r.score, r.rank])).toEqual(fresh.matches.map((m, i) => [m.candidateId, m.result.score, i + 1]));
    }

    // The batch assignment: caps hold, the report is complete.
    const S = 10;
    const K = 3;
    const proposed = rows.filter((r) => r.proposed);
    expect(proposed.length).toBeGreaterThan(0); // the caps below are checked on real proposals
    const perVacancy = new Map<string, number>();
    const perCandidate = new Map<string, number>();
    for (const p of proposed) {
      perVacancy.set(p.vacancy_id, (perVacancy.get(p.vacancy_id) ?? 0) + 1);
      perCandidate.set(p.candidate_id, (perCandidate.get(p.candidate_id) ?? 0) + 1);
    }
    expect(Math.max(...perVacancy.values())).toBeLessThanOrEqual(S);
    expect(Math.max(...perCandidate.values())).toBeLessThanOrEqual(K);
    const report = done.report!;
    expect(report.proposals).toBe(proposed.length);
    expect(report.optimalTotal as number).toBeGreaterThanOrEqual(report.greedyRespectingKTotal as number);
    expect(report.unconstrainedTotal as number).toBeGreaterThanOrEqual(report.optimalTotal as number);
    expect(typeof report.violationsInUnconstrained).toBe('number');

    // A clean re-run changes nothing (scores, ranks, proposals).
    const rerunAt = Date.now();
    const again = await requestFullRun();
    const second = await waitFor('the clean re-run', async () => {
      const r = await run(again);
      return r.status === 'COMPLETED' ? r : null;
    }, 120_000, 200);
    console.log(`[matching] clean re-run of ${second.total_items} vacancies in ${Date.now() - rerunAt} ms`);
    expect(second.processed_items).toBe(second.total_items);
    expect(await allMatches()).toEqual(rows);
    expect(second.report!.optimalTotal).toBe(report.optimalTotal);
  }, 300_000);
});
