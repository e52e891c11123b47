/**
 * SROI suggestions for a vacancy the contractor has not posted yet (sroiDraftSuggestions), over
 * GraphQL with a real worker in the same process (job `match.preview`) on the same database and a
 * Redis logical database of its own: the draft is matched like a saved vacancy of the contractor
 * (equal to brute force, SROI component included when on), each candidate with its contribution;
 * one job per question; invalid drafts and other roles enqueue nothing; a failed or missing worker
 * is SERVICE_UNAVAILABLE.
 */
import { DataSource } from 'typeorm';
import { RunningWorker, startWorker } from '../../apps/worker/src/bootstrap';
import { seedDemoData } from '@wsp/demo-data';
import { draftVacancyProfile, MatchingPipeline, MatchPreviewData, matchPreviewJobId, MatchPreviewProfile } from '@wsp/matching';
import { createRedis, JOBS, QueueRegistry } from '@wsp/queue';
import { MatchPreviewClient } from '@wsp/sroi';
import { expectErrorCode, GqlResult, TestApi } from '@wsp/testing/api';
import { redisUrl, testConfig } from '@wsp/testing/harness';
import { isoDaysFromToday, ok, setUpWorld, TODAY, World } from './arrangements.fixtures';
import { contractInput, CREATE_CONTRACT, VALUATION } from './sroi.fixtures';

const REDIS_DB = 10;
const TOP_N = 50;

const DRAFT_SUGGESTIONS = `query($id: ID!, $draft: SroiDraftVacancyInput!, $first: Int, $after: String) {
  sroiDraftSuggestions(contractId: $id, draft: $draft, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes {
  vacancyId vacancyTitle candidateId candidatePseudonym matchScore matchRank sroiAdjustedScore category hoursPerWeek expectedStartDate
  remainingContractMonths monthsCounted capApplied bonuses contributionCents shareOfRemaining } } }`;
const SET_MATCHING = `mutation($input: SetSroiRegionMatchingInput!) { setSroiRegionMatching(input: $input) { regionCode matchingComponentEnabled } }`;

interface Node {
  vacancyId: string | null;
  vacancyTitle: string;
  candidateId: string;
  candidatePseudonym: string;
  matchScore: number;
  matchRank: number;
  sroiAdjustedScore: number | null;
  category: string;
  hoursPerWeek: number;
  expectedStartDate: string;
  remainingContractMonths: number;
  monthsCounted: number;
  bonuses: string[];
  contributionCents: number;
  shareOfRemaining: number;
}
type Draft = Record<string, unknown> & { hoursMin: number; hoursMax: number };

describe('SROI: suggestions for a draft vacancy (match.preview)', () => {
  let api: TestApi;
  let worker: RunningWorker | null = null;
  let ds: DataSource;
  let w: World;
  let contract: { id: string; endDate: string; remainingCents: number };
  let metContract: { id: string };
  let occupation: { id: string; isco: string; label: string };
  let skills: string[];
  let location: { lat: number; lon: number };
  let queues: QueueRegistry;

  const draft = (extra: Partial<Draft> = {}): Draft => ({
    occupationId: occupation.id,
    hoursMin: 8,
    hoursMax: 40,
    skills: skills.map((skillId) => ({ skillId, essential: true })),
    ...extra,
  });

  /** The job data the API builds for a draft of `draft()` at the contractor's address (checked against Redis below). */
  const dataFor = (d: Draft, extra: Partial<MatchPreviewProfile> = {}): MatchPreviewData => ({
    employerId: w.employerB.id,
    referenceDate: TODAY,
    limit: TOP_N,
    profile: {
      occupation: { id: occupation.id, iscoGroup: occupation.isco },
      location,
      hoursMin: d.hoursMin,
      hoursMax: d.hoursMax,
      startDate: null,
      drivingLicenceRequired: false,
      educationLevel: null,
      essentialSkillIds: [...skills].sort(),
      optionalSkillIds: [],
      openToLks: false,
      minLoonwaarde: null,
      beschut: false,
      ...extra,
    },
  });

  const ask = (d: Draft, token = w.am.token, id = contract.id, page: { first?: number; after?: string } = { first: 100 }) =>
    api.gql<{ sroiDraftSuggestions: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Node[] } }>(
      DRAFT_SUGGESTIONS,
      { id, draft: d, ...page },
      token,
    );

  const previewJobs = async () => (await queues.get(JOBS.matchPreview.queue).getJobs(['waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized'])).filter((j) => j.name === JOBS.matchPreview.name);

  /** The brute-force top N of the draft (every candidate scored by the core, extensions included), as the API shows it. */
  async function reference(data: MatchPreviewData): Promise<[string, number][]> {
    const { matches } = await worker!.app.get(MatchingPipeline).bruteForceForProfile(draftVacancyProfile(data), { referenceDate: TODAY, limit: TOP_N });
    const shown = await ds.query<{ id: string }[]>(
      `SELECT c.id::text AS id FROM candidates c WHERE c.id = ANY($1::uuid[]) AND c.active
          AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.candidate_id = c.id AND p.status = 'CONFIRMED')`,
      [matches.map((m) => m.candidateId)],
    );
    const keep = new Set(shown.map((r) => r.id));
    return matches.filter((m) => keep.has(m.candidateId)).map((m) => [m.candidateId, m.score]);
  }

  beforeAll(async () => {
    const flush = createRedis(`${redisUrl()}/${REDIS_DB}`, 'worker');
    await flush.flushdb();
    await flush.quit();
    api = await TestApi.start({ REDIS_URL: `${redisUrl()}/${REDIS_DB}` });
    ds = api.dataSource;
    await seedDemoData(ds, { seed: 'sroi-draft-e2e', today: TODAY, counts: { employers: 8, vacancies: 12, candidates: 400 }, outboxEvents: false });
    w = await setUpWorld(api);
    queues = api.app.get(QueueRegistry);
    // The contractor (employer B, PC4 2511) has no vacancies at all.
    contract = ok(await api.gql(CREATE_CONTRACT, { input: contractInput(w.employerB.id, { startDate: isoDaysFromToday(-30), endDate: isoDaysFromToday(700) }) }, w.am.token)).createSroiContract;
    metContract = ok(await api.gql(CREATE_CONTRACT, { input: contractInput(w.employerA.id, { startDate: isoDaysFromToday(-100), endDate: isoDaysFromToday(300), obligationOverrideCents: 0 }) }, w.admin.token)).createSroiContract;
    // The occupation most demo candidates wish for, with two of its essential skills.
    [occupation] = await ds.query<{ id: string; isco: string; label: string }[]>(
      `SELECT o.id::text AS id, o.isco_group AS isco, o.label_nl AS label FROM candidate_occupations co JOIN esco_occupations o ON o.id = co.occupation_id
        GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1`,
    );
    skills = (
      await ds.query<{ id: string }[]>(`SELECT skill_id::text AS id FROM esco_occupation_skills WHERE occupation_id = $1 AND essential ORDER BY skill_id LIMIT 2`, [occupation.id])
    ).map((r) => r.id);
    [location] = await ds.query<{ lat: number; lon: number }[]>(`SELECT latitude AS lat, longitude AS lon FROM postcodes WHERE pc4 = '2511'`);
    worker = await startWorker(testConfig(api.db.url, { REDIS_URL: `${redisUrl()}/${REDIS_DB}` }), { logger: false });
  }, 180_000);

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
  });

  it('suggests the candidates the matching core would (equal to brute force), each with its contribution to the obligation', async () => {
    expect(await ds.query(`SELECT id FROM vacancies WHERE employer_id = $1`, [w.employerB.id])).toEqual([]);
    const res = ok(await ask(draft())).sroiDraftSuggestions;
    const data = dataFor(draft());
    const expected = await reference(data);
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect(res.totalCount).toBe(expected.length);
    expect(res.nodes.map((n) => [n.candidateId, n.matchScore])).toEqual(expected);
    for (let i = 1; i < res.nodes.length; i++) expect(res.nodes[i - 1].matchScore).toBeGreaterThanOrEqual(res.nodes[i].matchScore);
    expect(res.nodes.map((n) => n.matchRank)).toEqual(res.nodes.map((n) => n.matchRank).sort((a, b) => a - b));
    expect(res.nodes[0].matchRank).toBe(1);

    // Every candidate shown can be matched: active, visible for matching, without an occupying placement.
    const ids = res.nodes.map((n) => n.candidateId);
    const facts = await ds.query<{ id: string; pseudonym: string; hours_max: number; active: boolean; visible: boolean }[]>(
      `SELECT id::text, pseudonym, hours_max, active, visible_for_matching AS visible FROM candidates WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(facts.map((f) => [f.id, f]));
    for (const n of res.nodes) {
      const f = byId.get(n.candidateId)!;
      expect(f.active && f.visible).toBe(true);
      expect(n).toMatchObject({
        vacancyId: null,
        vacancyTitle: `Concept: ${occupation.label}`,
        candidatePseudonym: f.pseudonym,
        hoursPerWeek: Math.min(40, f.hours_max), // top of the overlap of the draft's 8-40 and the candidate's hours
        expectedStartDate: TODAY,
        sroiAdjustedScore: null, // the component is off in the region
      });
    }
    // The contribution is what sroiValuation says for the category, hours, remaining contract months and bonuses.
    for (const n of res.nodes.slice(0, 6)) {
      const input = { tableCode: 'HAAGLANDEN-2023', category: n.category, hoursPerWeek: n.hoursPerWeek, startDate: TODAY, endDate: contract.endDate, bonuses: n.bonuses };
      const v = ok(await api.gql(VALUATION, { input }, w.am.token)).sroiValuation;
      expect(v.bonusesApplied).toEqual(n.bonuses);
      expect(n.contributionCents).toBe(v.valueCents);
      expect(n.monthsCounted).toBeCloseTo(v.monthsCounted, 4);
      expect(n.remainingContractMonths).toBeCloseTo(v.monthsRequested, 4);
      expect(n.shareOfRemaining).toBeCloseTo(v.valueCents / contract.remainingCents, 4);
    }
    expect(res.nodes.some((n) => n.contributionCents > 0)).toBe(true);

    // One job, under the deterministic id of exactly this profile.
    const jobs = await previewJobs();
    expect(jobs.map((j) => j.id)).toEqual([matchPreviewJobId(data)]);
    expect(await jobs[0].getState()).toBe('completed');
  });

  it('answers the same question again from the same job, and pages through it', async () => {
    const first = ok(await ask(draft())).sroiDraftSuggestions;
    const again = ok(await ask(draft({ skills: [...skills].reverse().map((skillId) => ({ skillId: skillId.toUpperCase(), essential: true })) }))).sroiDraftSuggestions;
    expect(again).toEqual(first);
    expect((await previewJobs()).length).toBe(1);
    const page1 = ok(await ask(draft(), w.am.token, contract.id, { first: 3 })).sroiDraftSuggestions;
    const page2 = ok(await ask(draft(), w.am.token, contract.id, { first: 3, after: page1.pageInfo.endCursor! })).sroiDraftSuggestions;
    expect([...page1.nodes, ...page2.nodes]).toEqual(first.nodes.slice(0, 6));
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect((await previewJobs()).length).toBe(1);
  });

  it('refuses invalid drafts with BAD_USER_INPUT and enqueues nothing', async () => {
    const before = (await previewJobs()).length;
    const [{ pc4: unknownPc4 }] = await ds.query<{ pc4: string }[]>(
      `SELECT g::text AS pc4 FROM generate_series(1000, 9999) g WHERE NOT EXISTS (SELECT 1 FROM postcodes p WHERE p.pc4 = g::text) ORDER BY g LIMIT 1`,
    );
    const cases: [Draft, string][] = [
      [draft({ postcode: unknownPc4 }), 'postcode'],
      [draft({ occupationId: '0c7f6f8e-3b1a-4d2c-9e5f-7a8b9c0d1e2f' }), 'occupationId'],
      [draft({ hoursMin: 32, hoursMax: 24 }), 'hoursMin'],
      [draft({ hoursMax: 61 }), 'hoursMax'],
      [draft({ skills: [{ skillId: '0c7f6f8e-3b1a-4d2c-9e5f-7a8b9c0d1e2f', essential: true }] }), 'skills'],
      [draft({ minLoonwaarde: 50 }), 'minLoonwaarde'],
      [draft({ startDate: '2026-02-30' }), 'startDate'],
    ];
    for (const [d, field] of cases) {
      const res = await ask(d);
      expectErrorCode(res, 'BAD_USER_INPUT');
      expect(res.errors![0].extensions?.field).toBe(field);
      // Also for a contract without a remaining obligation: invalid input is refused first.
      expectErrorCode(await ask(d, w.am.token, metContract.id), 'BAD_USER_INPUT');
    }
    expect((await previewJobs()).length).toBe(before);
  });

  it('is for admins and accountmanagers only: employer (also of the contractor), consultant and job coach get FORBIDDEN', async () => {
    const before = (await previewJobs()).length;
    const admin = ok(await ask(draft(), w.admin.token)).sroiDraftSuggestions;
    expect(admin.totalCount).toBeGreaterThan(0);
    for (const token of [w.userB.token, w.userA.token, w.consultant.token, w.jobcoach.token]) {
      const res = await ask(draft({ hoursMin: 10 }), token);
      expectErrorCode(res, 'FORBIDDEN');
      expect(res.data?.sroiDraftSuggestions ?? null).toBeNull();
    }
    expectErrorCode(await ask(draft({ hoursMin: 10 }), w.am.token, '0c7f6f8e-3b1a-4d2c-9e5f-7a8b9c0d1e2f'), 'NOT_FOUND');
    expect((await previewJobs()).length).toBe(before);
  });

  it('suggests nothing for a contract without a remaining obligation, without asking the worker', async () => {
    const before = (await previewJobs()).length;
    const res = ok(await ask(draft({ hoursMin: 12 }), w.am.token, metContract.id)).sroiDraftSuggestions;
    expect(res).toMatchObject({ totalCount: 0, nodes: [] });
    expect((await previewJobs()).length).toBe(before);
  });

  it('scores with the region’s SROI component when it is on, as a saved vacancy of the contractor would be', async () => {
    ok(await api.gql(SET_MATCHING, { input: { regionCode: 'HAAGLANDEN', enabled: true, weight: 0.5 } }, w.admin.token));
    try {
      const d = draft({ hoursMin: 16, hoursMax: 36 });
      const res = ok(await ask(d)).sroiDraftSuggestions;
      const expected = await reference(dataFor(d));
      expect(expected.length).toBeGreaterThan(0);
      // The preview carries the component (brute force with the extension), so the adjusted score is the
      // score (re-scored from the components' 4-decimal values and weights: within 0.0001).
      expect(res.nodes.map((n) => [n.candidateId, n.matchScore])).toEqual(expected);
      for (const n of res.nodes) expect(Math.abs(n.sroiAdjustedScore! - n.matchScore)).toBeLessThanOrEqual(0.00011);
      // Without the component the same draft ranks differently or scores lower: the component did apply.
      const { matches: plain } = await worker!.app.get(MatchingPipeline).bruteForceForProfile({ ...draftVacancyProfile(dataFor(d)), employerId: w.employerA.id }, { referenceDate: TODAY, limit: TOP_N });
      expect(plain.map((m) => [m.candidateId, m.score])).not.toEqual(expected);
    } finally {
      ok(await api.gql(SET_MATCHING, { input: { regionCode: 'HAAGLANDEN', enabled: false } }, w.admin.token));
    }
  });

  it('gives SERVICE_UNAVAILABLE when the worker fails the preview', async () => {
    // A job under the id of the next question that the worker will fail (invalid data), due once the API waits for it.
    const d = draft({ hoursMin: 20, hoursMax: 30 });
    const id = matchPreviewJobId(dataFor(d));
    await queues.get(JOBS.matchPreview.queue).add(JOBS.matchPreview.name, { broken: true }, { jobId: id, delay: 5_000, attempts: 1 });
    const res = await ask(d);
    expectErrorCode(res, 'SERVICE_UNAVAILABLE');
    expect(res.errors![0].message).toBe('De matching is nu niet bereikbaar; probeer het over een minuut opnieuw');
    expect(await (await queues.get(JOBS.matchPreview.queue).getJob(id))!.getState()).toBe('failed');
    // Asked again, the failed job is replaced and the preview succeeds.
    expect(ok(await ask(d)).sroiDraftSuggestions.totalCount).toBeGreaterThan(0);
  });

  it('gives SERVICE_UNAVAILABLE within the wait when no worker is running', async () => {
    await worker!.stop();
    worker = null;
    api.app.get(MatchPreviewClient).setWaitTimeout(1_500);
    const started = Date.now();
    const res: GqlResult = await ask(draft({ hoursMin: 24, hoursMax: 32 }));
    const elapsed = Date.now() - started;
    expectErrorCode(res, 'SERVICE_UNAVAILABLE');
    expect(elapsed).toBeGreaterThanOrEqual(1_400);
    expect(elapsed).toBeLessThan(6_000);
    // The question stays queued for the worker's return; nothing else was written.
    const waiting = (await previewJobs()).filter((j) => j.id === matchPreviewJobId(dataFor(draft({ hoursMin: 24, hoursMax: 32 }))));
    expect(waiting.length).toBe(1);
  });
});
