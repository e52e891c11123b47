/**
 * The matching pipeline (search port + tiers + core) against brute force (every candidate loaded
 * from Postgres and scored) on a demo-data dataset in a throw-away PostgreSQL 15. Not part of the
 * test suite:
 *
 *   npx ts-node -r tsconfig-paths/register --transpile-only libs/matching/bench/pipeline-vs-brute-force.ts \
 *     [--candidates=20000] [--vacancies=1000] [--employers=500] [--sample=100] [--region=zuid-holland|haaglanden|nl]
 *
 * Prints recall@N (must be 1.0), how often the rest tier was needed, pairs scored and timings.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { Clock, SystemClock } from '@wsp/common';
import { ConfigModule, loadConfig } from '@wsp/config';
import { DatabaseModule, migrate } from '@wsp/database';
import { HAAGLANDEN, regionFromDatabase, seedDemoData } from '@wsp/demo-data';
import { MatchingPipeline, SubjectMatches } from '@wsp/matching';
import { ActivePlacementSource, NoActivePlacements, SearchModule } from '@wsp/search';
import { startLocalPostgres } from '../../../scripts/lib/local-postgres';

const arg = (name: string, def: number): number => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def);
const regionArg = process.argv.find((a) => a.startsWith('--region='))?.split('=')[1] ?? 'zuid-holland';
const out = (line: string) => process.stdout.write(`${line}\n`);
const TODAY = '2026-03-15';

async function main(): Promise<void> {
  const counts = { candidates: arg('candidates', 20_000), vacancies: arg('vacancies', 1_000), employers: arg('employers', 500) };
  const sample = arg('sample', 100);
  const pg = await startLocalPostgres();
  try {
    const url = pg.url('postgres');
    await migrate({ url, poolSize: 2 });
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, REDIS_URL: 'redis://127.0.0.1:1', JWT_SECRET: 'x'.repeat(32), LOG_LEVEL: 'error' });

    @Module({
      imports: [ConfigModule.forRoot(config), DatabaseModule, SearchModule],
      providers: [{ provide: Clock, useClass: SystemClock }, { provide: ActivePlacementSource, useClass: NoActivePlacements }, MatchingPipeline],
    })
    class BenchModule {}

    const app = await NestFactory.createApplicationContext(BenchModule, { logger: false });
    const ds = app.get(DataSource);
    const region = regionArg === 'haaglanden' ? HAAGLANDEN : await regionFromDatabase(ds.manager, regionArg === 'nl' ? null : 'Zuid-Holland');
    let t = Date.now();
    await seedDemoData(ds, { today: TODAY, counts, region, outboxEvents: false });
    out(`seeded ${JSON.stringify(counts)} (${regionArg}) in ${Date.now() - t} ms`);

    const pipeline = app.get(MatchingPipeline);
    const ids = (await ds.query<{ id: string }[]>(`SELECT id::text FROM vacancies WHERE status = 'OPEN' ORDER BY md5(id::text) LIMIT $1`, [sample])).map((r) => r.id);
    t = Date.now();
    await pipeline.forVacancy(ids[0], { referenceDate: TODAY });
    out(`first search (loads the embedded index): ${Date.now() - t} ms`);
    t = Date.now();
    const all = await pipeline.allCandidateProfiles(TODAY);
    out(`brute force: ${all.length} profiles loaded from Postgres in ${Date.now() - t} ms (once per vacancy below)`);

    const key = (m: SubjectMatches) => m.matches.map((p) => `${p.candidateId}@${p.result.score}`).join(',');
    let pipelineMs = 0;
    let bruteMs = 0;
    let same = 0;
    let recallSum = 0;
    let restUsed = 0;
    let evaluated = 0;
    for (const id of ids) {
      t = Date.now();
      const got = await pipeline.forVacancy(id, { referenceDate: TODAY });
      pipelineMs += Date.now() - t;
      t = Date.now();
      const want = await pipeline.bruteForceForVacancy(id, { referenceDate: TODAY });
      bruteMs += Date.now() - t;
      if (key(got) === key(want)) same++;
      const found = new Set(got.matches.map((m) => m.candidateId));
      recallSum += want.matches.length === 0 ? 1 : want.matches.filter((m) => found.has(m.candidateId)).length / want.matches.length;
      if (got.stats.restTierUsed) restUsed++;
      evaluated += got.stats.evaluated;
    }
    out(`${ids.length} vacancies: identical lists ${same}/${ids.length}, mean recall@N ${(recallSum / ids.length).toFixed(4)}, rest tier used ${restUsed}×`);
    out(`pipeline: ${(pipelineMs / ids.length).toFixed(1)} ms/vacancy, ${(evaluated / ids.length).toFixed(0)} pairs scored per vacancy`);
    out(`brute force: ${(bruteMs / ids.length).toFixed(1)} ms/vacancy, ${all.length} pairs scored per vacancy`);
    await app.close();
  } finally {
    await pg.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
