/**
 * A real FULL matching run through BullMQ, executed by 1..n worker processes (the compiled
 * worker, `dist/apps/worker/src/main.js`, as `npm run start:worker` runs it) against the bench
 * database and the bench's private Redis: wall time from enqueue to run COMPLETED (fan-out,
 * every vacancy, the batch assignment), and the peak memory of every worker process.
 */
import { INestApplicationContext } from '@nestjs/common';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { MatchRunKind, MatchRunService } from '@wsp/matching';
import { DEFAULT_JOB_OPTIONS, JOBS, QueueRegistry, QUEUES, jobId } from '@wsp/queue';
import { mb, out, processMemory, sleep } from './util';

export interface WorkerEnv {
  databaseUrl: string;
  redisUrl: string;
  /** Node entry of the worker (compiled). */
  workerMain: string;
  cwd: string;
}

export interface WorkerProcessReport {
  pid: number;
  /** Time from the warm-up job to the worker's embedded index being loaded. */
  indexLoadMs: number | null;
  /** Peak RSS over the process's life (VmHWM), MB. */
  peakRssMb: number;
  /** Highest RSS sampled during the timed run, MB. */
  maxRssDuringRunMb: number;
  /** match.all.vacancy jobs this process completed in the timed run. */
  vacancyJobs: number;
}

export interface FullRunReport {
  workers: number;
  runId: string;
  status: string;
  vacancies: number;
  /** Enqueue of match.all → run COMPLETED seen by the bench (polled every 100 ms). */
  wallMs: number;
  /** finished_at − created_at of the run row (database clock). */
  dbMs: number;
  /** Enqueue → last vacancy item completed (before the batch assignment). */
  itemsDoneMs: number | null;
  /** The batch assignment (match.all.finalize) as the run's report measures it. */
  finalizeMs: number | null;
  vacanciesPerSecond: number;
  matchesWritten: number;
  proposals: number | null;
  report: Record<string, unknown> | null;
  processes: WorkerProcessReport[];
}

interface RunningWorker {
  child: ChildProcess;
  pid: number;
  reconciledAt: number | null;
  vacancyJobs: number;
  tail: string[];
}

const WORKER_ENV_FIXED = {
  NODE_ENV: 'production',
  // Required in production; the bench's candidates carry hashes of the development key, which matching never reads.
  BSN_HMAC_KEY: 'bench-only-bsn-hmac-key-0123456789abcdef',
  JWT_SECRET: 'bench-only-jwt-secret-0123456789abcdef0123',
  WORKER_HEALTH_PORT: '0',
  LOG_LEVEL: 'log',
  DATABASE_POOL_SIZE: '10',
  // Schedules that must not fire during the bench (the data has a fixed reference date).
  VACANCY_EXPIRY_CRON: '5 0 1 1 *',
  MATCH_ALL_CRON: '30 2 1 1 *',
  OUTBOX_DISPATCH_INTERVAL_MS: '600000',
};

function startWorker(env: WorkerEnv, label: string): RunningWorker {
  if (!existsSync(env.workerMain)) throw new Error(`${env.workerMain} not found: run npm run build first`);
  const child = spawn(process.execPath, [env.workerMain], {
    cwd: env.cwd,
    env: { PATH: process.env.PATH, ...WORKER_ENV_FIXED, DATABASE_URL: env.databaseUrl, REDIS_URL: env.redisUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const w: RunningWorker = { child, pid: child.pid ?? 0, reconciledAt: null, vacancyJobs: 0, tail: [] };
  let buffer = '';
  const onLine = (line: string) => {
    if (line.includes('search index reconciled') && w.reconciledAt === null) w.reconciledAt = Date.now();
    if (line.includes('"job completed"') && line.includes(`"${JOBS.matchAllVacancy.name}"`)) w.vacancyJobs++;
    if (!line.includes('"job completed"')) {
      w.tail.push(`[${label}] ${line}`);
      if (w.tail.length > 30) w.tail.shift();
    }
  };
  const collect = (d: Buffer) => {
    buffer += d.toString();
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      onLine(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return w;
}

async function stopWorker(w: RunningWorker): Promise<void> {
  if (w.child.exitCode !== null || w.child.signalCode !== null) return;
  const exited = new Promise((r) => w.child.once('exit', r));
  w.child.kill('SIGTERM');
  const timeout = sleep(20_000).then(() => 'timeout');
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    w.child.kill('SIGKILL');
    await exited;
  }
}

async function waitFor<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeoutMs: number, everyMs: number, workers: RunningWorker[]): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const w of workers) {
      // exitCode stays null for a process killed by a signal (e.g. the OOM killer): check both.
      if (w.child.exitCode !== null || w.child.signalCode !== null) {
        throw new Error(`worker ${w.pid} exited (${w.child.exitCode ?? w.child.signalCode}) while waiting for ${what}:\n${w.tail.join('\n')}`);
      }
    }
    const v = await fn();
    if (v) return v;
    await sleep(everyMs);
  }
  throw new Error(`timed out waiting for ${what}\n${workers.flatMap((w) => w.tail.slice(-10)).join('\n')}`);
}

interface RunRow {
  status: string;
  processed_items: number;
  total_items: number;
  report: Record<string, unknown> | null;
  db_ms: number | null;
}

/**
 * Starts `count` worker processes, warms their embedded indexes (a nightly run meets a worker that
 * has been running), empties the matches, then times one FULL run and stops the workers.
 */
export async function measureFullRun(app: INestApplicationContext, env: WorkerEnv, count: number, referenceDate: string, timeoutMs: number): Promise<FullRunReport> {
  const ds = app.get(DataSource);
  const queues = app.get(QueueRegistry);
  const matching = queues.get(QUEUES.matching);
  await matching.obliterate({ force: true });
  const workers: RunningWorker[] = [];
  try {
    for (let i = 0; i < count; i++) workers.push(startWorker(env, `worker-${i + 1}`));
    await waitFor('the workers to connect', async () => (await matching.getWorkersCount()) >= count, 120_000, 200, workers);

    // Warm-up: two VACANCY runs per process (each process takes up to two jobs at a time, and
    // the first search of a process loads its embedded index, so every process gets work).
    const warmIds = (await ds.query<{ id: string }[]>(`SELECT id::text FROM vacancies WHERE status = 'OPEN' ORDER BY id DESC LIMIT $1`, [2 * count])).map((r) => r.id);
    const warmJobIds = warmIds.map((id) => jobId(JOBS.matchVacancy.name, id, `bench-warmup-${count}-${Date.now()}`));
    const warmStarted = Date.now();
    await matching.addBulk(
      warmIds.map((id, i) => ({
        name: JOBS.matchVacancy.name,
        data: { vacancyId: id, trigger: 'bench-warmup' },
        opts: { ...DEFAULT_JOB_OPTIONS, jobId: warmJobIds[i] },
      })),
    );
    await waitFor('every worker to load its index', async () => workers.every((w) => w.reconciledAt !== null), 300_000, 200, workers);
    await waitFor(
      'the warm-up runs',
      async () => {
        const [r] = await ds.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM match_runs WHERE idempotency_key = ANY($1) AND status IN ('COMPLETED', 'FAILED')`,
          [warmJobIds.map((id) => `${JOBS.matchVacancy.name}/${id}`)], // the worker's idempotencyKeyOf(job)
        );
        return r.n === warmJobIds.length;
      },
      120_000,
      200,
      workers,
    );
    for (const w of workers) out(`  worker ${w.pid}: index loaded ${w.reconciledAt! - warmStarted} ms after the warm-up jobs, RSS ${mb(processMemory(w.pid)?.rss ?? 0)} MB`);

    // Same starting point for every measured run: no current matches.
    await ds.query('TRUNCATE matches, match_scopes');
    for (const w of workers) w.vacancyJobs = 0;

    const maxRss = new Map<number, number>(workers.map((w) => [w.pid, 0]));
    const sampler = setInterval(() => {
      for (const w of workers) {
        const m = processMemory(w.pid);
        if (m) maxRss.set(w.pid, Math.max(maxRss.get(w.pid) ?? 0, m.rss));
      }
    }, 250);
    const started = Date.now();
    let runId = '';
    let done: RunRow;
    let itemsDoneAt: number | null = null;
    try {
      // What requestMatchRun(kind: FULL) does: the run row, then the match.all job carrying its id.
      const run = await app.get(MatchRunService).create({ kind: MatchRunKind.FULL, subjectId: null, trigger: 'bench', referenceDate });
      runId = run.id;
      await queues.get(JOBS.matchAll.queue).add(JOBS.matchAll.name, { runId }, { ...DEFAULT_JOB_OPTIONS, jobId: jobId(JOBS.matchAll.name, runId, 'fanout') });
      let lastReport = 0;
      done = await waitFor(
        'the FULL run',
        async () => {
          const [r] = await ds.query<RunRow[]>(
            `SELECT status::text, processed_items, total_items, report, (extract(epoch FROM finished_at - created_at) * 1000)::float8 AS db_ms FROM match_runs WHERE id = $1`,
            [runId],
          );
          if (itemsDoneAt === null && r.total_items > 0 && r.processed_items >= r.total_items) itemsDoneAt = Date.now();
          if (Date.now() - lastReport >= 10_000) {
            lastReport = Date.now();
            out(`  ${count} worker(s): ${r.processed_items}/${r.total_items} after ${((Date.now() - started) / 1000).toFixed(0)} s`);
          }
          return r.status === 'COMPLETED' || r.status === 'FAILED' ? r : null;
        },
        timeoutMs,
        100,
        workers,
      );
    } finally {
      clearInterval(sampler);
    }
    const wallMs = Date.now() - started;
    const [{ n: matchesWritten }] = await ds.query<{ n: number }[]>('SELECT count(*)::int AS n FROM matches WHERE run_id = $1', [runId]);
    const processes = workers.map((w) => ({
      pid: w.pid,
      indexLoadMs: w.reconciledAt === null ? null : w.reconciledAt - warmStarted,
      peakRssMb: mb(processMemory(w.pid)?.hwm ?? NaN),
      maxRssDuringRunMb: mb(maxRss.get(w.pid) ?? NaN),
      vacancyJobs: w.vacancyJobs,
    }));
    const report = done.report;
    return {
      workers: count,
      runId,
      status: done.status,
      vacancies: done.total_items,
      wallMs,
      dbMs: Math.round(done.db_ms ?? NaN),
      itemsDoneMs: itemsDoneAt === null ? null : (itemsDoneAt as number) - started,
      finalizeMs: typeof report?.ms === 'number' ? report.ms : null,
      vacanciesPerSecond: Math.round((done.total_items / (wallMs / 1000)) * 10) / 10,
      matchesWritten,
      proposals: typeof report?.proposals === 'number' ? report.proposals : null,
      report,
      processes,
    };
  } finally {
    await Promise.all(workers.map((w) => stopWorker(w)));
  }
}
