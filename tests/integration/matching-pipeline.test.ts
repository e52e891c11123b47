/**
 * The matching pipeline (search port retrieval in tiers + the pure core) against brute force
 * (every candidate in Postgres scored by the core) on a seeded dataset from @wsp/demo-data:
 * ~2,000 candidates × 50 open vacancies, both directions, for the configured N (50) and a small N
 * (where the rest tier is skipped more often). recall@N must be 1.0: the lists are equal.
 */
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { todayIn } from '@wsp/common';
import { ConfigModule } from '@wsp/config';
import { DatabaseModule } from '@wsp/database';
import { seedDemoData } from '@wsp/demo-data';
import { MatchingEngineModule, MatchingPipeline, SubjectMatches } from '@wsp/matching';
import { PlacementActivePlacementSource } from '@wsp/placements';
import { QueueModule } from '@wsp/queue';
import { createTestDatabase, dropTestDatabase, testConfig } from '@wsp/testing/harness';

const TODAY = todayIn('Europe/Amsterdam');
const COUNTS = { employers: 40, vacancies: 80, candidates: 2_000 };

const key = (m: SubjectMatches) => m.matches.map((p) => `${p.vacancyId}/${p.candidateId}@${p.result.score}`);

function recall(pipeline: SubjectMatches, brute: SubjectMatches): number {
  if (brute.matches.length === 0) return 1;
  const got = new Set(pipeline.matches.map((p) => `${p.vacancyId}/${p.candidateId}`));
  return brute.matches.filter((p) => got.has(`${p.vacancyId}/${p.candidateId}`)).length / brute.matches.length;
}

describe('matching pipeline equals brute force (recall@N = 1.0)', () => {
  let db: { name: string; url: string };
  let app: INestApplicationContext;
  let pipeline: MatchingPipeline;
  let ds: DataSource;
  let vacancyIds: string[];
  let candidateIds: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(testConfig(db.url)), DatabaseModule, QueueModule, MatchingEngineModule.forRoot()],
    }).compile();
    moduleRef.useLogger(false);
    app = await moduleRef.init();
    ds = app.get(DataSource);
    pipeline = app.get(MatchingPipeline);
    const started = Date.now();
    const seeded = await seedDemoData(ds, { seed: 'matching-pipeline', today: TODAY, counts: COUNTS, outboxEvents: false });
    console.log(`[matching] seeded ${JSON.stringify(seeded.rows && { vacancies: seeded.rows.vacancies, candidates: seeded.rows.candidates })} in ${Date.now() - started} ms`);
    vacancyIds = (await ds.query<{ id: string }[]>(`SELECT id::text FROM vacancies WHERE status = 'OPEN' ORDER BY id LIMIT 50`)).map((r) => r.id);
    candidateIds = (
      await ds.query<{ id: string }[]>(`SELECT id::text FROM candidates WHERE visible_for_matching AND active ORDER BY id LIMIT 50`)
    ).map((r) => r.id);
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    if (db) await dropTestDatabase(db.name);
  });

  it('has a dataset worth the name', async () => {
    const [c] = await ds.query<{ n: number; visible: number }[]>('SELECT count(*)::int AS n, count(*) FILTER (WHERE visible_for_matching)::int AS visible FROM candidates');
    expect(c.n).toBe(COUNTS.candidates);
    expect(c.visible).toBeGreaterThan(1_000);
    expect(vacancyIds).toHaveLength(50);
    expect(candidateIds).toHaveLength(50);
  });

  it.each([50, 5])('vacancy → candidates, N = %i: same top N as scoring every candidate', async (limit) => {
    let pipelineMs = 0;
    let bruteMs = 0;
    let restUsed = 0;
    let evaluated = 0;
    let totalMatches = 0;
    let recallSum = 0;
    for (const id of vacancyIds) {
      let t = Date.now();
      const got = await pipeline.forVacancy(id, { referenceDate: TODAY, limit });
      pipelineMs += Date.now() - t;
      t = Date.now();
      const want = await pipeline.bruteForceForVacancy(id, { referenceDate: TODAY, limit });
      bruteMs += Date.now() - t;
      expect(key(got)).toEqual(key(want));
      expect(got.matches.map((m) => m.result.explanation)).toEqual(want.matches.map((m) => m.result.explanation));
      recallSum += recall(got, want);
      if (got.stats.restTierUsed) restUsed++;
      evaluated += got.stats.evaluated;
      totalMatches += got.matches.length;
    }
    const meanRecall = recallSum / vacancyIds.length;
    console.log(
      `[matching] N=${limit}: ${vacancyIds.length} vacancies, ${totalMatches} matches, recall@${limit} = ${meanRecall}, rest tier used ${restUsed}×, ` +
        `scored ${evaluated} pairs (brute force ${vacancyIds.length * COUNTS.candidates}); pipeline ${pipelineMs} ms, brute force ${bruteMs} ms`,
    );
    expect(meanRecall).toBe(1);
    expect(totalMatches).toBeGreaterThan(vacancyIds.length); // not trivially empty
    expect(evaluated).toBeLessThan(vacancyIds.length * COUNTS.candidates);
  });

  it.each([50, 3])('candidate → open vacancies, N = %i: same as scoring every open vacancy', async (limit) => {
    let totalMatches = 0;
    let restUsed = 0;
    for (const id of candidateIds) {
      const got = await pipeline.forCandidate(id, { referenceDate: TODAY, limit });
      const want = await pipeline.bruteForceForCandidate(id, { referenceDate: TODAY, limit });
      expect(key(got)).toEqual(key(want));
      expect(recall(got, want)).toBe(1);
      totalMatches += got.matches.length;
      if (got.stats.restTierUsed) restUsed++;
    }
    console.log(`[matching] candidates N=${limit}: ${candidateIds.length} candidates, ${totalMatches} matches, rest tier used ${restUsed}×`);
    expect(totalMatches).toBeGreaterThan(0);
  });

  it.each([
    [10, 0],
    [45, 5],
  ])('stays exact when the placements found after ranking knock out the top %i of five vacancies', async (knockedOut, from) => {
    // Placed: the top candidates of each of five vacancies as the pipeline ranks them without
    // placements. 45 of 50 lowers the N-th score far: the rest tier must then reach further.
    const sample = vacancyIds.slice(from, from + 5);
    const placed = new Set<string>();
    for (const v of sample) for (const m of (await pipeline.forVacancy(v, { referenceDate: TODAY })).matches.slice(0, knockedOut)) placed.add(m.candidateId);
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(testConfig(db.url)),
        DatabaseModule,
        QueueModule,
        MatchingEngineModule.forRoot({ activePlacements: PlacementActivePlacementSource }),
      ],
    }).compile();
    moduleRef.useLogger(false);
    const other = await moduleRef.init();
    const p = other.get(MatchingPipeline);
    // The index is loaded first (the placed candidates are still free in it), then each gets a
    // running proefplaats in Postgres without touching the candidate: only the lookup of the
    // final list (PlacementActivePlacementSource) can find them.
    await p.forVacancy(sample[0], { referenceDate: TODAY });
    await ds.query(
      `INSERT INTO placements (candidate_id, vacancy_id, employer_id, status, proposed_by_id, introduced_at, proefplaats_start_date, version)
       SELECT c.id, $2::uuid, v.employer_id, 'PROEFPLAATS', c.consultant_id, now() - interval '20 days', current_date - 10, 1
         FROM candidates c JOIN vacancies v ON v.id = $2::uuid WHERE c.id = ANY($1::uuid[])`,
      [[...placed], sample[0]],
    );
    try {
      for (const v of sample) {
        const got = await p.forVacancy(v, { referenceDate: TODAY });
        expect(got.matches.some((m) => placed.has(m.candidateId))).toBe(false);
        expect({ v, list: key(got) }).toEqual({ v, list: key(await p.bruteForceForVacancy(v, { referenceDate: TODAY })) });
      }
    } finally {
      await ds.query('DELETE FROM placements WHERE candidate_id = ANY($1::uuid[])', [[...placed]]);
      await other.close();
    }
  });

  it('excludes candidates with an active placement (ActivePlacementSource), in both directions', async () => {
    const [vacancy] = vacancyIds;
    const before = await pipeline.forVacancy(vacancy, { referenceDate: TODAY });
    expect(before.matches.length).toBeGreaterThan(0);
    const placed = before.matches[0].candidateId;
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(testConfig(db.url)),
        DatabaseModule,
        QueueModule,
        MatchingEngineModule.forRoot({ activePlacements: PlacementActivePlacementSource }),
      ],
    }).compile();
    moduleRef.useLogger(false);
    const other = await moduleRef.init();
    const p = other.get(MatchingPipeline);
    await p.forVacancy(vacancy, { referenceDate: TODAY }); // index loaded while the candidate is still free
    await ds.query(
      `INSERT INTO placements (candidate_id, vacancy_id, employer_id, status, proposed_by_id, introduced_at, proefplaats_start_date, version)
       SELECT c.id, v.id, v.employer_id, 'PROEFPLAATS', c.consultant_id, now() - interval '20 days', current_date - 10, 1
         FROM candidates c, vacancies v WHERE c.id = $1 AND v.id = $2`,
      [placed, vacancy],
    );
    try {
      const after = await p.forVacancy(vacancy, { referenceDate: TODAY });
      expect(after.matches.map((m) => m.candidateId)).not.toContain(placed);
      expect(key(after)).toEqual(key(await p.bruteForceForVacancy(vacancy, { referenceDate: TODAY })));
      expect((await p.forCandidate(placed, { referenceDate: TODAY })).matches).toEqual([]);
    } finally {
      await ds.query('DELETE FROM placements WHERE candidate_id = $1', [placed]);
      await other.close();
    }
  });
});
