/**
 * Measures the demo data generator on PostgreSQL 15 (not part of the test suite):
 *   1. the launcher's demo seed (seedDemoData with its defaults: Haaglanden, 600 candidates);
 *   2. generate + insert of a benchmark dataset (default: 100,000 candidates, 5,000 vacancies,
 *      2,500 employers in the province Zuid-Holland, by population), in one transaction.
 *
 *   npx ts-node -r tsconfig-paths/register --transpile-only libs/demo-data/scripts/bench-candidates.ts \
 *     [--candidates=100000] [--vacancies=5000] [--employers=2500] [--region=zuid-holland|nl|haaglanden] \
 *     [--no-events] [--skip-demo] [--url=postgres://...]
 *
 * Without --url it starts a throw-away PostgreSQL 15 (scripts/lib/local-postgres.ts), migrates a
 * template database once and clones it for each run. With --url the database must be migrated and
 * empty; only the benchmark runs there.
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { allocatePseudonyms } from '@wsp/candidates';
import { createDataSource, migrate } from '@wsp/database';
import {
  DEFAULT_SEED,
  generateDemoDataset,
  HAAGLANDEN,
  insertDemoDataset,
  loadReferenceSample,
  RegionDefinition,
  regionFromDatabase,
  seedDemoData,
} from '@wsp/demo-data';
import { startLocalPostgres } from '../../../scripts/lib/local-postgres';

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const flag = (name: string): boolean => process.argv.includes(`--${name}`);
const out = (line: string) => process.stdout.write(`${line}\n`);

const TODAY = '2026-03-15';

async function withDataSource<T>(url: string, run: (ds: ReturnType<typeof createDataSource>) => Promise<T>): Promise<T> {
  const ds = createDataSource({ url, poolSize: 2, applicationName: 'bench-demo-data' });
  await ds.initialize();
  try {
    return await run(ds);
  } finally {
    await ds.destroy();
  }
}

async function benchDemoSeed(url: string): Promise<void> {
  await withDataSource(url, async (ds) => {
    const started = Date.now();
    const result = await seedDemoData(ds, { today: TODAY, log: (m) => out(`  ${m}`) });
    out(`demo seed: ${Date.now() - started} ms in total (argon2 hash included): ${JSON.stringify(result.rows)}`);
  });
}

async function benchLarge(url: string): Promise<void> {
  const counts = {
    candidates: Number(arg('candidates') ?? 100_000),
    vacancies: Number(arg('vacancies') ?? 5_000),
    employers: Number(arg('employers') ?? 2_500),
  };
  const regionArg = arg('region') ?? 'zuid-holland';
  await withDataSource(url, async (ds) => {
    const region: RegionDefinition =
      regionArg === 'haaglanden' ? HAAGLANDEN : await regionFromDatabase(ds.manager, regionArg === 'nl' ? null : 'Zuid-Holland');
    const total = Date.now();
    await ds.transaction(async (manager) => {
      let t = Date.now();
      const sample = await loadReferenceSample(manager, region);
      const pseudonyms = await allocatePseudonyms(manager, counts.candidates);
      out(`reference sample (${region.name}: ${region.municipalities.length} municipalities, ${sample.postcodes.length} PC4s, ${sample.ageBands?.size ?? 0} with age bands): ${Date.now() - t} ms`);
      t = Date.now();
      const dataset = generateDemoDataset(sample, {
        seed: DEFAULT_SEED, today: TODAY, region, counts, passwordHash: 'not-a-login', pseudonyms, outboxEvents: !flag('no-events'),
      });
      const generateMs = Date.now() - t;
      out(`generate ${JSON.stringify(counts)}: ${generateMs} ms (heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB)`);
      t = Date.now();
      const rows = await insertDemoDataset(manager, dataset, (table, n, ms) => out(`  insert ${table}: ${n} rows in ${ms} ms`));
      out(`insert: ${Date.now() - t} ms, ${Object.values(rows).reduce((a, b) => a + b, 0)} rows`);
    });
    out(`generate + insert + commit: ${Date.now() - total} ms`);
    const [stats] = await ds.query(
      `SELECT count(*) AS candidates, count(*) FILTER (WHERE visible_for_matching) AS visible,
              (SELECT count(*) FROM candidate_skills) AS skills, (SELECT count(*) FROM vacancies) AS vacancies,
              (SELECT count(DISTINCT consultant_id) FROM candidates) AS consultants, (SELECT count(DISTINCT job_coach_id) FROM candidates) AS coaches
         FROM candidates`,
    );
    out(`in the database: ${JSON.stringify(stats)}`);
  });
}

async function main(): Promise<void> {
  const given = arg('url');
  if (given) {
    await benchLarge(given);
    return;
  }
  const pg = await startLocalPostgres();
  try {
    const admin = new Client({ connectionString: pg.url('postgres') });
    await admin.connect();
    try {
      await admin.query('CREATE DATABASE bench_template');
      const t = Date.now();
      await migrate({ url: pg.url('bench_template'), poolSize: 2 });
      out(`migrated the template in ${Date.now() - t} ms`);
      for (const db of ['bench_demo', 'bench_large']) await admin.query(`CREATE DATABASE ${db} TEMPLATE bench_template`);
      if (!flag('skip-demo')) await benchDemoSeed(pg.url('bench_demo'));
      await benchLarge(pg.url('bench_large'));
    } finally {
      await admin.end();
    }
  } finally {
    await pg.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
