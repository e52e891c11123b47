/**
 * Where the pipeline's time goes, per phase, on a bench database kept with --keep-db:
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/matching/profile-pipeline.ts \
 *     --url=postgres://.../bench_matching [--vacancies=500]
 * (add --cpu-prof to node for a CPU profile).
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { Clock, SystemClock } from '@wsp/common';
import { ConfigModule, loadConfig } from '@wsp/config';
import { DatabaseModule } from '@wsp/database';
import { DEFAULT_COMPONENTS, HaversineTravelTimeEstimator, MATCHING_PARAMETERS_HISTORY, selectEffective } from '@wsp/matching-core';
import { MatchingPipeline, needsRestTier, zeroOverlapUpperBound } from '@wsp/matching';
import { PairScoreBound, restReachFraction } from '../../libs/matching/src/domain/score-bound';
import { BoundedRanking, BoundedRankingContext, RankingHit } from '../../libs/matching/src/pipeline/bounded-ranking';
import { PlacementActivePlacementSource } from '@wsp/placements';
import { ActivePlacementSource, OVERLAP_TIER, REST_TIER, SEARCH_PORT, SearchDocumentLoader, SearchPort, candidateQueryForVacancy } from '@wsp/search';
import { MatchingEngineModule } from '@wsp/matching';
import { QueueModule } from '@wsp/queue';
import { arg, msSince, numArg, out, summarize } from './util';
// --only-pipeline: time forVacancy only (for a CPU profile of the pipeline itself).

const REF = '2026-03-15';

async function main(): Promise<void> {
  const url = arg('url');
  if (!url) throw new Error('--url is required');
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, REDIS_URL: arg('redis') ?? 'redis://127.0.0.1:1', JWT_SECRET: 'x'.repeat(32), LOG_LEVEL: 'error' });
  @Module({
    imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, MatchingEngineModule.forRoot({ activePlacements: PlacementActivePlacementSource })],
    providers: [{ provide: Clock, useClass: SystemClock }],
  })
  class ProfileModule {}
  const app = await NestFactory.createApplicationContext(ProfileModule, { logger: false });
  const ds = app.get(DataSource);
  const pipeline = app.get(MatchingPipeline);
  const search = app.get<SearchPort>(SEARCH_PORT);
  const placements = (pipeline as unknown as { placements: ActivePlacementSource }).placements;
  const loader = new SearchDocumentLoader(ds, placements, MATCHING_PARAMETERS_HISTORY);
  const params = selectEffective(MATCHING_PARAMETERS_HISTORY, REF);
  const estimator = new HaversineTravelTimeEstimator();
  const ids = (await ds.query<{ id: string }[]>(`SELECT id::text FROM vacancies WHERE status = 'OPEN' ORDER BY id LIMIT $1`, [numArg('vacancies', 500)])).map((r) => r.id);
  await pipeline.forVacancy(ids[0], { referenceDate: REF });
  const phases: Record<string, number[]> = { load: [], overlapSearch: [], overlapRank: [], restSearch: [], restRank: [], placements: [], total: [], pipeline: [] };
  const hits: Record<string, number[]> = { overlap: [], overlapScored: [], rest: [], restScored: [], fraction: [] };
  for (const id of ids) {
    let t = process.hrtime.bigint();
    await pipeline.forVacancy(id, { referenceDate: REF });
    phases.pipeline.push(msSince(t));
    if (process.argv.includes('--only-pipeline')) continue;
    const t0 = process.hrtime.bigint();
    t = process.hrtime.bigint();
    const { docs } = await loader.vacancies([id]);
    const vacancy = docs[0].profile!;
    phases.load.push(msSince(t));
    const bound = new PairScoreBound(vacancy, params, estimator, DEFAULT_COMPONENTS, REF);
    const plain = candidateQueryForVacancy(vacancy, { params, referenceDate: REF });
    const query = { ...plain, overlap: { ...plain.overlap, ...bound.skillTerms() } };
    const ctx: BoundedRankingContext = { vacancy, params, components: DEFAULT_COMPONENTS, estimator, referenceDate: REF, limit: 50, bound };
    const stats = { evaluated: 0, eligible: 0 };
    // The phases of MatchingPipeline.forProfile (without the loop for placements found in the list).
    t = process.hrtime.bigint();
    const overlap = await search.searchCandidates({ ...query, levels: OVERLAP_TIER, withProfiles: true, sort: 'none' });
    phases.overlapSearch.push(msSince(t));
    hits.overlap.push(overlap.hits.length);
    t = process.hrtime.bigint();
    const ranking = new BoundedRanking(ctx, stats);
    ranking.add(overlap.hits as RankingHit[]);
    ranking.run();
    phases.overlapRank.push(msSince(t));
    hits.overlapScored.push(stats.evaluated);
    if (needsRestTier(ranking.top().map((m) => m.score), 50, zeroOverlapUpperBound(params))) {
      const nth = ranking.nthScore();
      const reachFraction = nth === null ? 1 : restReachFraction(nth, params);
      t = process.hrtime.bigint();
      const rest = await search.searchCandidates({ ...query, geo: { ...query.geo!, reachFraction }, levels: REST_TIER, withProfiles: true, sort: 'none' });
      phases.restSearch.push(msSince(t));
      hits.rest.push(rest.hits.length);
      const before = stats.evaluated;
      t = process.hrtime.bigint();
      ranking.add(rest.hits as RankingHit[]);
      ranking.run();
      phases.restRank.push(msSince(t));
      hits.restScored.push(stats.evaluated - before);
      hits.fraction.push(reachFraction);
    }
    t = process.hrtime.bigint();
    await placements.withActivePlacement(ranking.top().map((m) => m.candidateId));
    phases.placements.push(msSince(t));
    phases.total.push(msSince(t0));
  }
  for (const [k, v] of Object.entries(phases)) out(`${k.padEnd(18)} ${JSON.stringify(summarize(v))}`);
  for (const [k, v] of Object.entries(hits)) out(`hits ${k.padEnd(13)} ${JSON.stringify(summarize(v))}`);
  await app.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
