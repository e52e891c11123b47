/**
 * `npm run bench:matching` (not part of the test suite): the matching at benchmark size on a
 * fresh PostgreSQL 15 and a private Redis.
 *
 *   1. generates 100,000 candidates and 5,000 vacancies (libs/demo-data, real PC4 geography and
 *      ESCO data, Zuid-Holland) and inserts them into a freshly migrated database;
 *   2. per-vacancy latency of (a) the pipeline, (b) brute force, (c) the best SQL query, and recall@50;
 *   3. a FULL run through BullMQ with one and with two worker processes (wall time, peak RSS);
 *   4. writes bench/results/matching.json and the generated section of bench/README.md.
 *
 * Options: --candidates=100000 --vacancies=5000 --employers=2500 --region=Zuid-Holland|nl
 *   --sample=200 --top=50 --workers=1,2 --skip-workers --dry (no files written)
 *   --server=postgres://user@host:port (use a running server instead of starting one; a new
 *   database is created there and dropped at the end unless --keep-db) --data-only (stop after
 *   loading the data; with --keep-db for profiling: bench/matching/profile-pipeline.ts)
 */
import 'reflect-metadata';
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { Clock, SystemClock } from '@wsp/common';
import { ConfigModule, loadConfig } from '@wsp/config';
import { DatabaseModule, migrate } from '@wsp/database';
import { MatchingEngineModule } from '@wsp/matching';
import { PlacementActivePlacementSource } from '@wsp/placements';
import { QueueModule } from '@wsp/queue';
import { startLocalPostgres } from '../../scripts/lib/local-postgres';
import { startLocalRedis } from '../../scripts/lib/local-redis';
import { DatasetReport, loadDataset } from './dataset';
import { FullRunReport, measureFullRun } from './full-run';
import { LatencyReport, measureLatency } from './latency';
import { addActivePlacements } from './placements';
import { BenchResults, MachineInfo, evaluateTargets, renderMarkdown, writeResults } from './report';
import { SqlBaseline } from './sql-baseline';
import { arg, flag, numArg, out } from './util';

/** Fixed reference date: the same data and the same matches on every run (the generator's "today"). */
const REFERENCE_DATE = '2026-03-15';
const SEED = 'wsp-bench-matching-1';
const DB_NAME = 'bench_matching';

function repoRoot(): string {
  let dir = __dirname;
  while (dir !== dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'wsp-platform') return dir;
    dir = dirname(dir);
  }
  throw new Error('repository root not found');
}

async function createBenchApp(databaseUrl: string, redisUrl: string): Promise<INestApplicationContext> {
  const config = loadConfig({
    NODE_ENV: 'production',
    BSN_HMAC_KEY: 'bench-only-bsn-hmac-key-0123456789abcdef',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: 'bench-only-jwt-secret-0123456789abcdef0123',
    LOG_LEVEL: 'error',
  });

  @Module({
    imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, MatchingEngineModule.forRoot({ activePlacements: PlacementActivePlacementSource })],
    providers: [{ provide: Clock, useClass: SystemClock }],
  })
  class BenchModule {}

  return NestFactory.createApplicationContext(BenchModule, { logger: false });
}

function gitCommit(root: string): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const root = repoRoot();
  const options = {
    candidates: numArg('candidates', 100_000),
    vacancies: numArg('vacancies', 5_000),
    employers: numArg('employers', 2_500),
    region: arg('region') ?? 'Zuid-Holland',
    sample: numArg('sample', 200),
    topN: numArg('top', 50),
    workers: (arg('workers') ?? '1,2').split(',').map(Number),
    skipWorkers: flag('skip-workers'),
    activePlacementShare: 0.01,
    referenceDate: REFERENCE_DATE,
    seed: SEED,
  };
  const dry = flag('dry');
  const load: Record<string, number> = { start: loadavg()[0] };
  out(`bench:matching ${JSON.stringify(options)}`);

  const server = arg('server');
  const pg = server ? null : await startLocalPostgres();
  const baseUrl = (db: string) => (pg ? pg.url(db) : `${server!.replace(/\/+$/, '')}/${db}`);
  const redis = await startLocalRedis();
  let app: INestApplicationContext | null = null;
  const admin = new Client({ connectionString: baseUrl('postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DB_NAME}`);
    const url = baseUrl(DB_NAME);
    let t = Date.now();
    await migrate({ url, poolSize: 2 });
    out(`migrated in ${Date.now() - t} ms`);

    out('dataset:');
    load.dataset = loadavg()[0];
    const dataset: DatasetReport = await loadDataset(url, {
      candidates: options.candidates,
      vacancies: options.vacancies,
      employers: options.employers,
      province: options.region.toLowerCase() === 'nl' ? null : options.region,
      seed: SEED,
      referenceDate: REFERENCE_DATE,
    });
    out(`  ${dataset.rowsInserted} rows: generated in ${dataset.generateMs} ms, inserted in ${dataset.insertMs} ms (${dataset.totalMs} ms with the commit)`);
    out(`  rows per table: ${JSON.stringify(dataset.rowsPerTable)}`);
    const placements = await addActivePlacements(url, options.activePlacementShare);
    dataset.inDatabase.placements = placements;
    out(`  ${placements} candidates in a proefplaats (active placement); ${JSON.stringify(dataset.inDatabase)}`);

    if (flag('data-only')) return;

    app = await createBenchApp(url, redis.url);
    out('latency:');
    load.latency = loadavg()[0];
    const sqlClient = new Client({ connectionString: url, application_name: 'bench-matching-sql' });
    await sqlClient.connect();
    let latency: LatencyReport;
    try {
      latency = await measureLatency(app, new SqlBaseline(sqlClient), {
        referenceDate: REFERENCE_DATE,
        topN: options.topN,
        sample: options.sample,
        pipelineVacancies: Number.MAX_SAFE_INTEGER,
      });
    } finally {
      await sqlClient.end();
    }
    out(`  recall@${options.topN}: ${latency.recall.mean} (${latency.recall.identicalLists}/${latency.recall.vacancies} identical)`);

    const fullRuns: FullRunReport[] = [];
    if (!options.skipWorkers) {
      const workerMain = join(root, 'dist', 'apps', 'worker', 'src', 'main.js');
      for (const n of options.workers) {
        out(`full run with ${n} worker process(es):`);
        t = Date.now();
        load[`fullRun${n}`] = loadavg()[0];
        const run = await measureFullRun(app, { databaseUrl: url, redisUrl: redis.url, workerMain, cwd: root }, n, REFERENCE_DATE, 30 * 60_000);
        fullRuns.push(run);
        out(
          `  ${run.status}: ${run.vacancies} vacancies in ${run.wallMs} ms (items done ${run.itemsDoneMs} ms, assignment ${run.finalizeMs} ms), ` +
            `${run.matchesWritten} matches, peak RSS ${run.processes.map((p) => `${p.peakRssMb} MB`).join(', ')}`,
        );
      }
    }

    const machine: MachineInfo = {
      date: new Date().toISOString(),
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      postgres: ((await admin.query<{ version: string }>('SELECT version()')).rows[0]?.version ?? '').trim(),
      redis: redisVersion(),
      platform: `${platform()} ${release()}`,
      gitCommit: gitCommit(root),
      loadAverage: Object.fromEntries(Object.entries(load).map(([k, v]) => [k, Math.round(v * 100) / 100])),
    };
    const results: BenchResults = { machine, options, dataset, latency, fullRuns, targets: evaluateTargets(latency, fullRuns), totalMs: Date.now() - started };
    out('');
    out(renderMarkdown(results));
    if (!dry) {
      writeResults(results, resolve(root, 'bench/results/matching.json'), resolve(root, 'bench/README.md'));
      out('\nwrote bench/results/matching.json and bench/README.md');
    }
  } finally {
    await app?.close();
    if (!flag('keep-db')) await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await redis.stop();
    await pg?.stop();
  }
}

function redisVersion(): string {
  try {
    return /v=(\S+)/.exec(execFileSync('redis-server', ['--version'], { encoding: 'utf8' }))?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
