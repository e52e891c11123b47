/**
 * The SROI score component in the matching runs (issue 5), on real PostgreSQL with the demo
 * dataset (its SROI contracts use the Haaglanden table): off by default; switched on for the
 * region, the pairs of a contractor's vacancies carry the component with the candidate's category
 * value, the pipeline still equals brute force in both directions, and a pair scores the same from
 * either side.
 */
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { todayIn } from '@wsp/common';
import { ConfigModule } from '@wsp/config';
import { DatabaseModule } from '@wsp/database';
import { seedDemoData } from '@wsp/demo-data';
import { MatchingEngineModule, MatchingPipeline, SubjectMatches } from '@wsp/matching';
import { QueueModule } from '@wsp/queue';
import { SroiEngineModule, SroiMatchingPolicy, SroiScoreExtensions, relativeCategoryValue } from '@wsp/sroi';
import { createTestDatabase, dropTestDatabase, testConfig } from '@wsp/testing/harness';

const TODAY = todayIn('Europe/Amsterdam');
const WEIGHT = 0.3;

const key = (m: SubjectMatches) => m.matches.map((p) => `${p.vacancyId}/${p.candidateId}@${p.result.score}`);
const sroiOf = (p: SubjectMatches['matches'][number]) => p.result.components.find((c) => c.key === 'sroi');

describe('SROI score component in the matching runs', () => {
  let db: { name: string; url: string };
  let app: INestApplicationContext;
  let pipeline: MatchingPipeline;
  let policy: SroiMatchingPolicy;
  let ds: DataSource;
  /** Open vacancies of contractors with an open obligation, and of other employers. */
  let contractorVacancies: string[];
  let otherVacancies: string[];
  let contractorRegion: string;

  const setRegion = (enabled: boolean) =>
    ds.query(
      `INSERT INTO sroi_region_settings (region_code, matching_component_enabled, matching_weight) VALUES ($1, $2, $3)
       ON CONFLICT (region_code) DO UPDATE SET matching_component_enabled = $2, matching_weight = $3`,
      [contractorRegion, enabled, WEIGHT],
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(testConfig(db.url)),
        DatabaseModule,
        QueueModule,
        MatchingEngineModule.forRoot({ scoreExtensions: SroiScoreExtensions, imports: [SroiEngineModule] }),
        SroiEngineModule,
      ],
    }).compile();
    moduleRef.useLogger(false);
    app = await moduleRef.init();
    ds = app.get(DataSource);
    pipeline = app.get(MatchingPipeline);
    policy = app.get(SroiMatchingPolicy);
    await seedDemoData(ds, { seed: 'matching-sroi', today: TODAY, counts: { employers: 40, vacancies: 120, candidates: 1_500, sroiContracts: 12 }, outboxEvents: false });

    const open = await ds.query<{ id: string; employer_id: string }[]>(`SELECT id::text, employer_id::text FROM vacancies WHERE status = 'OPEN' ORDER BY id`);
    // The component is off everywhere: openContractsOf needs it on to return the contract.
    const regions = await ds.query<{ region_code: string }[]>('SELECT DISTINCT region_code FROM sroi_valuation_tables');
    contractorRegion = 'HAAGLANDEN';
    expect(regions.map((r) => r.region_code)).toContain(contractorRegion);
    await setRegion(true);
    const withObligation = new Set<string>();
    for (const employerId of (await policy.openContractsOf(open.map((v) => v.employer_id), TODAY)).keys()) withObligation.add(employerId);
    await setRegion(false);
    contractorVacancies = open.filter((v) => withObligation.has(v.employer_id)).map((v) => v.id).slice(0, 8);
    otherVacancies = open.filter((v) => !withObligation.has(v.employer_id)).map((v) => v.id).slice(0, 4);
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    if (db) await dropTestDatabase(db.name);
  });

  it('has contractors with an open obligation and open vacancies in the dataset', () => {
    expect(contractorVacancies.length).toBeGreaterThanOrEqual(3);
    expect(otherVacancies.length).toBeGreaterThanOrEqual(2);
  });

  it('is off by default: no SROI component in any pair', async () => {
    for (const id of contractorVacancies) {
      const r = await pipeline.forVacancy(id, { referenceDate: TODAY });
      expect(r.matches.length).toBeGreaterThan(0);
      expect(r.matches.filter(sroiOf)).toEqual([]);
    }
  });

  describe('switched on for the region', () => {
    beforeAll(() => setRegion(true));
    afterAll(() => setRegion(false));

    it('adds the component with the category value to the pairs of contractors, and only theirs', async () => {
      let counting = 0;
      for (const id of contractorVacancies) {
        const r = await pipeline.forVacancy(id, { referenceDate: TODAY });
        const [{ employer_id }] = await ds.query<{ employer_id: string }[]>('SELECT employer_id::text FROM vacancies WHERE id = $1', [id]);
        const open = (await policy.openContractsOf([employer_id], TODAY)).get(employer_id) ?? null;
        const categories = await policy.categoriesOf(r.matches.map((m) => m.candidateId));
        for (const m of r.matches) {
          const c = sroiOf(m);
          expect(c).toBeDefined();
          expect(c!.weight).toBeCloseTo(WEIGHT / (1 + WEIGHT), 6);
          expect(c!.value).toBeCloseTo(relativeCategoryValue(open!.table, categories.get(m.candidateId)!), 4);
          if (c!.value > 0) counting++;
        }
      }
      expect(counting).toBeGreaterThan(0);
      for (const id of otherVacancies) {
        const r = await pipeline.forVacancy(id, { referenceDate: TODAY });
        expect(r.matches.filter(sroiOf)).toEqual([]);
      }
    });

    it('still equals brute force for a vacancy (exact top N with the component in the bounds)', async () => {
      for (const id of [...contractorVacancies, ...otherVacancies]) {
        for (const limit of [50, 5]) {
          const got = await pipeline.forVacancy(id, { referenceDate: TODAY, limit });
          expect({ id, limit, list: key(got) }).toEqual({ id, limit, list: key(await pipeline.bruteForceForVacancy(id, { referenceDate: TODAY, limit })) });
        }
      }
    });

    it('scores a pair the same from the candidate side, which also equals brute force', async () => {
      let compared = 0;
      for (const id of contractorVacancies.slice(0, 4)) {
        const r = await pipeline.forVacancy(id, { referenceDate: TODAY });
        for (const m of r.matches.slice(0, 5)) {
          const all = await pipeline.bruteForceForCandidate(m.candidateId, { referenceDate: TODAY, limit: 10_000 });
          const same = all.matches.find((p) => p.vacancyId === id);
          expect(same?.result.score).toBe(m.result.score);
          const got = await pipeline.forCandidate(m.candidateId, { referenceDate: TODAY, limit: 20 });
          expect(key(got)).toEqual(key(await pipeline.bruteForceForCandidate(m.candidateId, { referenceDate: TODAY, limit: 20 })));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(5);
    });

    it('keeps a candidate who counts more above one who scored lower without the component, and lets some overtake', async () => {
      const id = contractorVacancies[0];
      const before = await pipeline.forVacancy(id, { referenceDate: TODAY, limit: 10_000 });
      await setRegion(false);
      const off = await pipeline.forVacancy(id, { referenceDate: TODAY, limit: 10_000 });
      await setRegion(true);
      // Same pairs; the order moves towards the candidates with the higher category value.
      expect(new Set(before.matches.map((m) => m.candidateId))).toEqual(new Set(off.matches.map((m) => m.candidateId)));
      const offScore = new Map(off.matches.map((m) => [m.candidateId, m.result.score]));
      let kept = 0;
      let overtook = 0;
      for (const a of before.matches) {
        for (const b of before.matches) {
          if (!(sroiOf(a)!.value > sroiOf(b)!.value)) continue;
          // Better without the component and counting more: still at least as high with it.
          if (offScore.get(a.candidateId)! > offScore.get(b.candidateId)!) {
            expect(a.result.score).toBeGreaterThanOrEqual(b.result.score);
            kept++;
          } else if (a.result.score > b.result.score) overtook++;
        }
      }
      expect(kept).toBeGreaterThan(0);
      expect(overtook).toBeGreaterThan(0); // the component changed the order somewhere
    });
  });
});
