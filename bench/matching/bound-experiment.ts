/** Temporary experiment: how many hits could branch-and-bound skip? */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { Clock, SystemClock } from '@wsp/common';
import { ConfigModule, loadConfig } from '@wsp/config';
import { DatabaseModule } from '@wsp/database';
import { HaversineTravelTimeEstimator, MATCHING_PARAMETERS_HISTORY, assessTravel, maxStraightLineRadiusKm, selectEffective, travelDecay } from '@wsp/matching-core';
import { MatchingEngineModule, MatchingPipeline } from '@wsp/matching';
import { PlacementActivePlacementSource } from '@wsp/placements';
import { OVERLAP_TIER, REST_TIER, SEARCH_PORT, SearchDocumentLoader, SearchPort, candidateQueryForVacancy } from '@wsp/search';
import { QueueModule } from '@wsp/queue';
import { arg, numArg, out, summarize } from './util';

const REF = '2026-03-15';
async function main(): Promise<void> {
  const url = arg('url')!;
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, REDIS_URL: 'redis://127.0.0.1:1', JWT_SECRET: 'x'.repeat(32), LOG_LEVEL: 'error' });
  @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, MatchingEngineModule.forRoot({ activePlacements: PlacementActivePlacementSource })], providers: [{ provide: Clock, useClass: SystemClock }] })
  class M {}
  const app = await NestFactory.createApplicationContext(M, { logger: false });
  const ds = app.get(DataSource);
  const pipeline = app.get(MatchingPipeline);
  const search = app.get<SearchPort>(SEARCH_PORT);
  const loader = new SearchDocumentLoader(ds, (pipeline as any).placements, MATCHING_PARAMETERS_HISTORY);
  const params = selectEffective(MATCHING_PARAMETERS_HISTORY, REF);
  const est = new HaversineTravelTimeEstimator();
  const ids = (await ds.query<{ id: string }[]>(`SELECT id::text FROM vacancies ORDER BY md5(id::text) LIMIT $1`, [numArg('vacancies', 300)])).map((r) => r.id);
  const fixed: Record<string, number> = { OCCUPATION: 0.2 + 0.35, ISCO_UNIT: 0.12 + 0.35, ISCO_MINOR: 0.06 + 0.35, SKILL: 0.35, NONE: 0.35 };
  const acc: Record<string, number[]> = { overlapHits: [], overlapNeeded: [], restHits: [], restNeeded: [], restInFraction: [], nth: [], restUsed: [], f: [] };
  for (const id of ids) {
    const r = await pipeline.forVacancy(id, { referenceDate: REF });
    const nth = r.matches.length >= 50 ? r.matches[49].result.score : 0;
    acc.nth.push(nth);
    acc.restUsed.push(r.stats.restTierUsed ? 1 : 0);
    const v = (await loader.vacancies([id])).docs[0].profile!;
    const q = candidateQueryForVacancy(v, { params, referenceDate: REF });
    const tau = (nth - 0.35) / 0.2;
    const sw = new Map<string, number>();
    for (const x of v.optionalSkillIds) sw.set(x, 1);
    for (const x of v.essentialSkillIds) sw.set(x, 2);
    let den = 0;
    for (const w of sw.values()) den += w;
    const f = Math.max(0, 1 - tau);
    for (const [tier, levels] of [['overlap', OVERLAP_TIER], ['rest', REST_TIER]] as const) {
      const res = await search.searchCandidates({ ...q, levels, withProfiles: true, sort: 'none' });
      let needed = 0;
      let inF = 0;
      for (const h of res.hits) {
        const c = h.profile!;
        const lim = c.maxTravelMinutes ?? 90;
        const t = assessTravel(c.home, v.location, c.mobilityModes, lim, est);
        if (!t.best || t.best.minutes > lim) continue;
        const tv = travelDecay(t.best.minutes / lim, params.travel.decay);
        let num = 0;
        for (const x of c.skillIds ?? []) num += sw.get(x) ?? 0;
        const skills = c.skillIds === null || den === 0 ? 0 : num / den;
        if (fixed[h.level] + 0.25 * skills + 0.2 * tv >= nth) needed++;
        if (tier === 'rest' && h.distanceKm! <= f * maxStraightLineRadiusKm(lim, c.mobilityModes)) inF++;
      }
      acc[`${tier}Hits`].push(res.hits.length);
      acc[`${tier}Needed`].push(needed);
      if (tier === 'rest') { acc.restInFraction.push(inF); acc.f.push(f); }
    }
  }
  for (const [k, v] of Object.entries(acc)) out(`${k.padEnd(16)} ${JSON.stringify(summarize(v))}`);
  await app.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
