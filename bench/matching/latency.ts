/**
 * Per-vacancy latency of the three ways to get a vacancy's top N, and recall@N of the pipeline
 * (and of the SQL query) against brute force. Runs in the bench process against the bench
 * database; nothing else runs meanwhile.
 */
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HaversineTravelTimeEstimator, MATCHING_PARAMETERS_HISTORY, VacancyProfile, rankCandidates } from '@wsp/matching-core';
import { MatchingPipeline } from '@wsp/matching';
import { ActivePlacementSource, SearchDocumentLoader } from '@wsp/search';
import { SqlBaseline } from './sql-baseline';
import { LatencySummary, mean, msSince, out, summarize } from './util';

export interface LatencyOptions {
  referenceDate: string;
  topN: number;
  /** Vacancies (deterministic sample) for brute force, SQL and recall. */
  sample: number;
  /** Vacancies for the pipeline (all open ones when ≥ their number). */
  pipelineVacancies: number;
}

export interface RankedList {
  ids: string[];
  scores: number[];
}

export interface LatencyReport {
  openVacancies: number;
  pipeline: {
    vacancies: number;
    /** First search of the process: loads every candidate and vacancy into the embedded index. */
    indexLoadMs: number;
    latencyMs: LatencySummary;
    /** On the sampled vacancies only (same set as the baselines). */
    latencyOnSampleMs: LatencySummary;
    meanOverlapRetrieved: number;
    meanPairsScored: number;
    restTierUsedShare: number;
    meanEligible: number;
  };
  bruteForce: {
    vacancies: number;
    /** Loading every candidate's profile from Postgres once (not in the per-vacancy latency). */
    profileLoadMs: number;
    profiles: number;
    latencyMs: LatencySummary;
    meanEligible: number;
  };
  sql: {
    vacancies: number;
    prepare: { indexes: string[]; settings: Record<string, string>; boxRadiusKm: number; ms: number };
    warmupVacancies: number;
    latencyMs: LatencySummary;
    /** recall@N of the SQL query against brute force (how closely SQL reproduces the core). */
    recallVsBruteForce: number;
    identicalLists: number;
    maxScoreDifference: number;
    explainSample: string;
  };
  recall: {
    /** Mean recall@N of the pipeline against brute force over the sample. */
    mean: number;
    min: number;
    identicalLists: number;
    vacancies: number;
  };
}

function recallAt(got: readonly string[], want: readonly string[]): number {
  if (want.length === 0) return 1;
  const found = new Set(got);
  return want.filter((id) => found.has(id)).length / want.length;
}

const sameList = (a: RankedList, b: RankedList) =>
  a.ids.length === b.ids.length && a.ids.every((id, i) => id === b.ids[i] && Math.abs(a.scores[i] - b.scores[i]) < 1e-9);

export async function measureLatency(app: INestApplicationContext, sql: SqlBaseline, opts: LatencyOptions): Promise<LatencyReport> {
  const ds = app.get(DataSource);
  const pipeline = app.get(MatchingPipeline);
  const ref = opts.referenceDate;
  const limit = opts.topN;
  const allIds = (await ds.query<{ id: string }[]>(`SELECT id::text FROM vacancies WHERE status = 'OPEN' ORDER BY id`)).map((r) => r.id);
  const sampleIds = (
    await ds.query<{ id: string }[]>(`SELECT id::text FROM vacancies WHERE status = 'OPEN' ORDER BY md5(id::text) LIMIT $1`, [opts.sample])
  ).map((r) => r.id);
  const inSample = new Set(sampleIds);
  const pipelineIds = allIds.slice(0, Math.min(allIds.length, opts.pipelineVacancies));
  for (const id of sampleIds) if (!pipelineIds.includes(id)) pipelineIds.push(id);

  // (a) The pipeline, every vacancy once. The first call loads the embedded index.
  let t0 = process.hrtime.bigint();
  await pipeline.forVacancy(pipelineIds[0], { referenceDate: ref, limit });
  const indexLoadMs = msSince(t0);
  out(`  pipeline: embedded index loaded by the first search in ${indexLoadMs.toFixed(0)} ms`);
  const pipelineMs: number[] = [];
  const pipelineSampleMs: number[] = [];
  const pipelineLists = new Map<string, RankedList>();
  const overlap: number[] = [];
  const scored: number[] = [];
  const eligible: number[] = [];
  let restUsed = 0;
  for (const id of pipelineIds) {
    t0 = process.hrtime.bigint();
    const r = await pipeline.forVacancy(id, { referenceDate: ref, limit });
    const ms = msSince(t0);
    pipelineMs.push(ms);
    overlap.push(r.stats.overlapRetrieved);
    scored.push(r.stats.evaluated);
    eligible.push(r.stats.eligible);
    if (r.stats.restTierUsed) restUsed++;
    if (inSample.has(id)) {
      pipelineSampleMs.push(ms);
      pipelineLists.set(id, { ids: r.matches.map((m) => m.candidateId), scores: r.matches.map((m) => m.result.score) });
    }
    if (pipelineMs.length % 1000 === 0) out(`  pipeline: ${pipelineMs.length}/${pipelineIds.length} vacancies`);
  }
  const pipelineSummary = summarize(pipelineMs);
  out(`  pipeline: ${pipelineIds.length} vacancies, p50 ${pipelineSummary.p50} ms, p95 ${pipelineSummary.p95} ms`);

  // (b) Brute force: every candidate's profile in memory (loaded once), scored by the core per vacancy.
  const loader = new SearchDocumentLoader(ds, app.get(ActivePlacementSource), MATCHING_PARAMETERS_HISTORY);
  const params = pipeline.params(ref);
  const estimator = new HaversineTravelTimeEstimator();
  t0 = process.hrtime.bigint();
  const profiles = await pipeline.allCandidateProfiles(ref);
  const profileLoadMs = msSince(t0);
  out(`  brute force: ${profiles.length} profiles loaded from Postgres in ${profileLoadMs.toFixed(0)} ms`);
  const loadVacancy = async (id: string): Promise<VacancyProfile> => {
    const { docs } = await loader.vacancies([id]);
    if (!docs[0]?.profile) throw new Error(`vacancy ${id} has no profile`);
    return docs[0].profile;
  };
  for (const id of sampleIds.slice(0, 3)) rankCandidates(await loadVacancy(id), profiles, params, estimator, { referenceDate: ref, limit }); // JIT warm-up
  const bruteMs: number[] = [];
  const bruteLists = new Map<string, RankedList>();
  const bruteEligible: number[] = [];
  for (const id of sampleIds) {
    t0 = process.hrtime.bigint();
    const vacancy = await loadVacancy(id);
    const ranking = rankCandidates(vacancy, profiles, params, estimator, { referenceDate: ref, limit });
    bruteMs.push(msSince(t0));
    bruteEligible.push(ranking.eligibleCount);
    bruteLists.set(id, { ids: ranking.matches.map((m) => m.candidateId), scores: ranking.matches.map((m) => m.score) });
  }
  const bruteSummary = summarize(bruteMs);
  out(`  brute force: ${sampleIds.length} vacancies, p50 ${bruteSummary.p50} ms, p95 ${bruteSummary.p95} ms`);

  // (c) SQL: prepared statement, warm cache (a warm-up pass first).
  const prepare = await sql.prepare(params, ref);
  out(`  sql: indexes and settings in ${prepare.ms} ms (bounding box ${prepare.boxRadiusKm} km)`);
  const warmup = Math.min(sampleIds.length, 20);
  for (const id of sampleIds.slice(0, warmup)) await sql.topN(id, ref, limit);
  const sqlMs: number[] = [];
  let sqlRecall = 0;
  let sqlSame = 0;
  let maxDiff = 0;
  for (const id of sampleIds) {
    t0 = process.hrtime.bigint();
    const rows = await sql.topN(id, ref, limit);
    sqlMs.push(msSince(t0));
    const want = bruteLists.get(id)!;
    const got: RankedList = { ids: rows.map((r) => r.candidateId), scores: rows.map((r) => r.score) };
    sqlRecall += recallAt(got.ids, want.ids);
    if (sameList(got, want)) sqlSame++;
    for (let i = 0; i < Math.min(got.scores.length, want.scores.length); i++) maxDiff = Math.max(maxDiff, Math.abs(got.scores[i] - want.scores[i]));
  }
  const sqlSummary = summarize(sqlMs);
  out(`  sql: ${sampleIds.length} vacancies, p50 ${sqlSummary.p50} ms, p95 ${sqlSummary.p95} ms`);
  const explainSample = await sql.explain(sampleIds[0], ref, limit);
  await sql.cleanUp();

  // Recall of the pipeline against brute force.
  const recalls = sampleIds.map((id) => recallAt(pipelineLists.get(id)!.ids, bruteLists.get(id)!.ids));
  const identical = sampleIds.filter((id) => sameList(pipelineLists.get(id)!, bruteLists.get(id)!)).length;

  return {
    openVacancies: allIds.length,
    pipeline: {
      vacancies: pipelineIds.length,
      indexLoadMs: Math.round(indexLoadMs),
      latencyMs: pipelineSummary,
      latencyOnSampleMs: summarize(pipelineSampleMs),
      meanOverlapRetrieved: Math.round(mean(overlap)),
      meanPairsScored: Math.round(mean(scored)),
      restTierUsedShare: Math.round((restUsed / pipelineIds.length) * 1000) / 1000,
      meanEligible: Math.round(mean(eligible)),
    },
    bruteForce: {
      vacancies: sampleIds.length,
      profileLoadMs: Math.round(profileLoadMs),
      profiles: profiles.length,
      latencyMs: bruteSummary,
      meanEligible: Math.round(mean(bruteEligible)),
    },
    sql: {
      vacancies: sampleIds.length,
      prepare,
      warmupVacancies: warmup,
      latencyMs: sqlSummary,
      recallVsBruteForce: Math.round((sqlRecall / sampleIds.length) * 10000) / 10000,
      identicalLists: sqlSame,
      maxScoreDifference: maxDiff,
      explainSample,
    },
    recall: {
      mean: Math.round(mean(recalls) * 10000) / 10000,
      min: Math.min(...recalls),
      identicalLists: identical,
      vacancies: sampleIds.length,
    },
  };
}
