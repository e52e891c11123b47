/**
 * Matching over GraphQL (real HTTP) per role, with a real worker in the same process on the same
 * database and a Redis logical database of its own: matches per vacancy and per candidate, the
 * employer's anonymised view, decisions kept across re-runs, requestMatchRun and matchRun.
 */
import { DataSource } from 'typeorm';
import { RunningWorker, startWorker } from '../../apps/worker/src/bootstrap';
import { Role, todayIn } from '@wsp/common';
import { DEMO_ACCOUNTS, seedDemoData } from '@wsp/demo-data';
import { createRedis, QueueRegistry, QUEUES } from '@wsp/queue';
import { expectErrorCode, GqlResult, TestApi } from '@wsp/testing/api';
import { redisUrl, testConfig } from '@wsp/testing/harness';

const REDIS_DB = 15;
const TODAY = todayIn('Europe/Amsterdam');

const MATCH_FIELDS = `vacancyId vacancyTitle candidateId score rank explanation proposed computedAt
  candidate { pseudonym municipalityName ageBand wishedOccupations skills educationLevel hoursMin hoursMax drivingLicence lksPossible loonwaardeBand doelgroepregister }
  components { code label value weight contribution note }
  travel { minutes mode distanceKm estimated label }
  decision { decision reason scoreAtDecision decidedAt }`;
const FOR_VACANCY = `query($vacancyId: ID!, $first: Int, $after: String) { matchesForVacancy(vacancyId: $vacancyId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { ${MATCH_FIELDS} } } }`;
const FOR_CANDIDATE = `query($candidateId: ID!, $first: Int) { matchesForCandidate(candidateId: $candidateId, first: $first) {
  totalCount nodes { ${MATCH_FIELDS} } } }`;
const REQUEST = `mutation($input: RequestMatchRunInput!) { requestMatchRun(input: $input) { id kind status trigger subjectId processed total } }`;
const RUN = `query($id: ID!) { matchRun(id: $id) { id kind status processed total error
  report { matches superseded proposals optimalTotal greedyRespectingKTotal unconstrainedTotal violationsInUnconstrained failedItems } } }`;
const DECIDE = `mutation($input: SetMatchDecisionInput!) { setMatchDecision(input: $input) { ${MATCH_FIELDS} } }`;

interface MatchNode {
  vacancyId: string;
  candidateId: string | null;
  score: number;
  rank: number;
  proposed: boolean;
  candidate: { pseudonym: string; municipalityName: string };
  components: { code: string; value: number; weight: number; contribution: number; note: string | null }[];
  travel: { minutes: number; mode: string; distanceKm: number; estimated: boolean; label: string };
  decision: { decision: string; reason: string | null; scoreAtDecision: number | null } | null;
}

describe('matching over GraphQL', () => {
  let api: TestApi;
  let worker: RunningWorker;
  let ds: DataSource;
  const tokens = {} as Record<Role, string>;
  let employerVacancy: string;
  let otherVacancy: string;
  let consultantId: string;
  let ownCandidate: string;
  let otherCandidate: string;

  async function login(role: Role): Promise<string> {
    const a = DEMO_ACCOUNTS.find((x) => x.role === role)!;
    const res = await api.gql<{ login: { accessToken: string } }>('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: a.email, password: a.password },
    });
    return res.data!.login.accessToken;
  }

  async function settle(timeoutMs = 60_000): Promise<void> {
    const queues = worker.app.get(QueueRegistry);
    const deadline = Date.now() + timeoutMs;
    let quiet = 0;
    while (Date.now() < deadline) {
      const [{ n }] = await ds.query<{ n: number }[]>('SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL');
      let busy = n;
      for (const name of [QUEUES.matching, QUEUES.search]) {
        const q = queues.get(name);
        busy += Object.values(await q.getJobCounts('waiting', 'active', 'prioritized')).reduce((s, x) => s + x, 0);
        busy += (await q.getDelayed()).filter((j) => !j.id?.startsWith('repeat:')).length;
      }
      quiet = busy === 0 ? quiet + 1 : 0;
      if (quiet >= 2) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('worker did not settle');
  }

  async function waitForRun(id: string, token: string): Promise<Record<string, any>> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const res = await api.gql<{ matchRun: Record<string, any> }>(RUN, { id }, token);
      expect(res.errors).toBeUndefined();
      if (['COMPLETED', 'FAILED'].includes(res.data!.matchRun.status)) return res.data!.matchRun;
      await new Promise((r) => setTimeout(r, 150));
    }
    throw new Error('run did not finish');
  }

  const count = async (sql: string, params: unknown[] = []) => (await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM (${sql}) q`, params))[0].n;

  beforeAll(async () => {
    const flush = createRedis(`${redisUrl()}/${REDIS_DB}`, 'worker');
    await flush.flushdb();
    await flush.quit();
    api = await TestApi.start({ REDIS_URL: `${redisUrl()}/${REDIS_DB}` });
    ds = api.dataSource;
    await seedDemoData(ds, { seed: 'matching-e2e', today: TODAY, counts: { employers: 12, vacancies: 40, candidates: 400 } });
    worker = await startWorker(testConfig(api.db.url, { REDIS_URL: `${redisUrl()}/${REDIS_DB}`, OUTBOX_DISPATCH_INTERVAL_MS: '300' }), { logger: false });
    for (const role of [Role.ADMIN, Role.ACCOUNTMANAGER, Role.CONSULTANT, Role.JOBCOACH, Role.EMPLOYER]) tokens[role] = await login(role);
    await settle();
    const [employer] = await ds.query<{ employer_id: string }[]>(`SELECT employer_id::text FROM users WHERE email = 'werkgever@demo.wsp.nl'`);
    // The demo employer's open vacancy with the most matches, and one of another employer.
    [{ id: employerVacancy }] = await ds.query<{ id: string }[]>(
      `SELECT v.id::text FROM vacancies v JOIN matches m ON m.vacancy_id = v.id WHERE v.employer_id = $1 AND v.status = 'OPEN'
        GROUP BY v.id ORDER BY count(*) DESC, v.id LIMIT 1`,
      [employer.employer_id],
    );
    [{ id: otherVacancy }] = await ds.query<{ id: string }[]>(
      `SELECT v.id::text FROM vacancies v JOIN matches m ON m.vacancy_id = v.id WHERE v.employer_id <> $1 GROUP BY v.id ORDER BY v.id LIMIT 1`,
      [employer.employer_id],
    );
    [{ id: consultantId }] = await ds.query<{ id: string }[]>(`SELECT id::text FROM users WHERE email = 'consultant@demo.wsp.nl'`);
    [{ candidate_id: ownCandidate }] = await ds.query<{ candidate_id: string }[]>(
      `SELECT m.candidate_id::text FROM matches m JOIN candidates c ON c.id = m.candidate_id WHERE c.consultant_id = $1
        GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      [consultantId],
    );
    [{ candidate_id: otherCandidate }] = await ds.query<{ candidate_id: string }[]>(
      `SELECT m.candidate_id::text FROM matches m JOIN candidates c ON c.id = m.candidate_id WHERE c.consultant_id <> $1 AND c.job_coach_id IS DISTINCT FROM
         (SELECT id FROM users WHERE email = 'jobcoach@demo.wsp.nl') ORDER BY 1 LIMIT 1`,
      [consultantId],
    );
  }, 180_000);

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
  });

  it('shows staff the matches of a vacancy: candidate id, anonymised profile, components, travel estimate, pages', async () => {
    const all = await api.gql<{ matchesForVacancy: { totalCount: number; nodes: MatchNode[] } }>(FOR_VACANCY, { vacancyId: employerVacancy, first: 100 }, tokens[Role.ADMIN]);
    expect(all.errors).toBeUndefined();
    const { nodes, totalCount } = all.data!.matchesForVacancy;
    expect(totalCount).toBe(await count('SELECT 1 FROM matches WHERE vacancy_id = $1', [employerVacancy]));
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    expect(nodes.map((n) => n.rank)).toEqual(nodes.map((_, i) => i + 1));
    for (let i = 1; i < nodes.length; i++) expect(nodes[i - 1].score).toBeGreaterThanOrEqual(nodes[i].score);
    const top = nodes[0];
    expect(top.candidateId).toMatch(/^[0-9a-f-]{36}$/);
    expect(top.candidate.pseudonym).toMatch(/^K-\d+/);
    const sum = top.components.reduce((s, c) => s + Math.round(c.contribution * 10_000), 0) / 10_000;
    expect(sum).toBe(top.score);
    expect(top.components.map((c) => c.code)).toEqual(expect.arrayContaining(['skills', 'occupation', 'travel', 'hours', 'loonwaarde', 'waiting']));
    expect(top.components.every((c) => typeof c.note === 'string')).toBe(true);
    expect(top.travel.estimated).toBe(true);
    expect(top.travel.label).toMatch(/^ongeveer \d+ minuten .+ \(schatting\)$/);

    const page1 = await api.gql<{ matchesForVacancy: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: MatchNode[] } }>(
      FOR_VACANCY,
      { vacancyId: employerVacancy, first: 1 },
      tokens[Role.CONSULTANT],
    );
    const page2 = await api.gql<{ matchesForVacancy: { nodes: MatchNode[] } }>(
      FOR_VACANCY,
      { vacancyId: employerVacancy, first: 1, after: page1.data!.matchesForVacancy.pageInfo.endCursor },
      tokens[Role.JOBCOACH],
    );
    expect(page1.data!.matchesForVacancy.pageInfo.hasNextPage).toBe(true);
    expect([page1.data!.matchesForVacancy.nodes[0].candidateId, page2.data!.matchesForVacancy.nodes[0].candidateId]).toEqual([nodes[0].candidateId, nodes[1].candidateId]);
    expectErrorCode(await api.gql(FOR_VACANCY, { vacancyId: '00000000-0000-4000-8000-000000000001' }, tokens[Role.ACCOUNTMANAGER]), 'NOT_FOUND');
    expectErrorCode(await api.gql(FOR_VACANCY, { vacancyId: 'not-a-uuid' }, tokens[Role.ADMIN]), 'BAD_USER_INPUT');
  });

  it("gives an employer only its own vacancies' matches, anonymised, with nothing identifying in the raw JSON", async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[Role.EMPLOYER]}` },
      body: JSON.stringify({ query: FOR_VACANCY, variables: { vacancyId: employerVacancy, first: 100 } }),
    });
    const raw = await res.text();
    const body = JSON.parse(raw) as GqlResult<{ matchesForVacancy: { nodes: MatchNode[] } }>;
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.matchesForVacancy.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) {
      expect(n.candidateId).toBeNull();
      expect(n.components.map((c) => c.code)).not.toEqual(expect.arrayContaining(['loonwaarde']));
      expect(n.components.some((c) => ['loonwaarde', 'waiting', 'sroi'].includes(c.code))).toBe(false);
      expect(n.components.every((c) => c.note === null)).toBe(true);
      // The hidden components are folded into "other", so what the employer sees still adds up.
      const sum = n.components.reduce((s, c) => s + Math.round(c.contribution * 10_000), 0);
      expect(sum).toBe(Math.round(n.score * 10_000));
    }
    const people = await ds.query<{ id: string; first_name: string; last_name: string; email: string | null; phone: string | null; dob: string | null; lw: number | null }[]>(
      `SELECT c.id::text, c.first_name, c.last_name, c.email, c.phone, to_char(c.date_of_birth, 'YYYY-MM-DD') AS dob, c.current_loonwaarde AS lw
         FROM matches m JOIN candidates c ON c.id = m.candidate_id WHERE m.vacancy_id = $1`,
      [employerVacancy],
    );
    expect(people.length).toBe(nodes.length);
    for (const p of people) {
      for (const secret of [p.id, p.first_name, p.last_name, p.email, p.phone, p.dob]) if (secret) expect(raw).not.toContain(secret);
    }
    for (const key of ['firstName', 'lastName', 'email', 'phone', 'dateOfBirth', 'bsn', 'homePostcode', 'currentLoonwaarde', 'loonwaarde"', 'identity']) {
      expect(raw).not.toContain(`"${key}`);
    }

    expectErrorCode(await api.gql(FOR_VACANCY, { vacancyId: otherVacancy }, tokens[Role.EMPLOYER]), 'FORBIDDEN');
    expectErrorCode(await api.gql(FOR_VACANCY, { vacancyId: '00000000-0000-4000-8000-000000000001' }, tokens[Role.EMPLOYER]), 'FORBIDDEN');
    expectErrorCode(await api.gql(FOR_CANDIDATE, { candidateId: ownCandidate }, tokens[Role.EMPLOYER]), 'FORBIDDEN');
  });

  it('shows the matches of a candidate only to who may read the candidate', async () => {
    const own = await api.gql<{ matchesForCandidate: { totalCount: number; nodes: MatchNode[] } }>(FOR_CANDIDATE, { candidateId: ownCandidate, first: 50 }, tokens[Role.CONSULTANT]);
    expect(own.errors).toBeUndefined();
    expect(own.data!.matchesForCandidate.totalCount).toBe(await count('SELECT 1 FROM matches WHERE candidate_id = $1', [ownCandidate]));
    expect(own.data!.matchesForCandidate.nodes.every((n) => n.candidateId === ownCandidate)).toBe(true);
    expectErrorCode(await api.gql(FOR_CANDIDATE, { candidateId: otherCandidate }, tokens[Role.CONSULTANT]), 'FORBIDDEN');
    expectErrorCode(await api.gql(FOR_CANDIDATE, { candidateId: otherCandidate }, tokens[Role.ACCOUNTMANAGER]), 'FORBIDDEN');
    expectErrorCode(await api.gql(FOR_CANDIDATE, { candidateId: otherCandidate }, tokens[Role.JOBCOACH]), 'FORBIDDEN');
    expect((await api.gql(FOR_CANDIDATE, { candidateId: otherCandidate }, tokens[Role.ADMIN])).errors).toBeUndefined();
  });

  it('runs a vacancy, a candidate and a full run on request, with progress, per role', async () => {
    const runsBefore = await count('SELECT 1 FROM match_runs');
    for (const role of [Role.ACCOUNTMANAGER, Role.CONSULTANT]) {
      expectErrorCode(await api.gql(REQUEST, { input: { kind: 'FULL' } }, tokens[role]), 'FORBIDDEN');
    }
    for (const role of [Role.JOBCOACH, Role.EMPLOYER]) {
      expectErrorCode(await api.gql(REQUEST, { input: { kind: 'VACANCY', vacancyId: employerVacancy } }, tokens[role]), 'FORBIDDEN');
    }
    expectErrorCode(await api.gql(REQUEST, { input: { kind: 'VACANCY' } }, tokens[Role.ADMIN]), 'BAD_USER_INPUT');
    expectErrorCode(await api.gql(REQUEST, { input: { kind: 'VACANCY', vacancyId: employerVacancy, candidateId: ownCandidate } }, tokens[Role.ADMIN]), 'BAD_USER_INPUT');
    expectErrorCode(await api.gql(REQUEST, { input: { kind: 'CANDIDATE', candidateId: otherCandidate } }, tokens[Role.CONSULTANT]), 'FORBIDDEN');
    expectErrorCode(await api.gql(REQUEST, { input: { kind: 'VACANCY', vacancyId: '00000000-0000-4000-8000-000000000001' } }, tokens[Role.ADMIN]), 'NOT_FOUND');
    expect(await count('SELECT 1 FROM match_runs')).toBe(runsBefore);

    const v = await api.gql<{ requestMatchRun: Record<string, any> }>(REQUEST, { input: { kind: 'VACANCY', vacancyId: employerVacancy } }, tokens[Role.ACCOUNTMANAGER]);
    expect(v.errors).toBeUndefined();
    expect(v.data!.requestMatchRun).toMatchObject({ kind: 'VACANCY', trigger: 'manual', subjectId: employerVacancy, total: 1 });
    const vDone = await waitForRun(v.data!.requestMatchRun.id, tokens[Role.ACCOUNTMANAGER]);
    expect(vDone).toMatchObject({ status: 'COMPLETED', processed: 1, total: 1 });
    expect(vDone.report.superseded).toBe(false);
    expect(vDone.report.matches).toBe(await count('SELECT 1 FROM matches WHERE vacancy_id = $1', [employerVacancy]));

    const c = await api.gql<{ requestMatchRun: Record<string, any> }>(REQUEST, { input: { kind: 'CANDIDATE', candidateId: ownCandidate } }, tokens[Role.CONSULTANT]);
    expect(c.errors).toBeUndefined();
    expect((await waitForRun(c.data!.requestMatchRun.id, tokens[Role.CONSULTANT])).status).toBe('COMPLETED');
    // A run of another consultant's candidate: the run (its subject, its error) is theirs too.
    const foreign = await api.gql<{ requestMatchRun: Record<string, any> }>(REQUEST, { input: { kind: 'CANDIDATE', candidateId: otherCandidate } }, tokens[Role.ADMIN]);
    expect(foreign.errors).toBeUndefined();
    expectErrorCode(await api.gql(RUN, { id: foreign.data!.requestMatchRun.id }, tokens[Role.CONSULTANT]), 'FORBIDDEN');
    expect((await waitForRun(foreign.data!.requestMatchRun.id, tokens[Role.ADMIN])).status).toBe('COMPLETED');

    // The matching queue paused: the run cannot finish before the second request (which must conflict).
    const matchingQueue = worker.app.get(QueueRegistry).get(QUEUES.matching);
    await matchingQueue.pause();
    const full = await api.gql<{ requestMatchRun: Record<string, any> }>(REQUEST, { input: { kind: 'FULL' } }, tokens[Role.ADMIN]);
    expect(full.errors).toBeUndefined();
    expect(full.data!.requestMatchRun.status).toBe('QUEUED');
    const runsNow = await count('SELECT 1 FROM match_runs');
    expectErrorCode(await api.gql(REQUEST, { input: { kind: 'FULL' } }, tokens[Role.ADMIN]), 'CONFLICT');
    expect(await count('SELECT 1 FROM match_runs')).toBe(runsNow);
    await matchingQueue.resume();
    const done = await waitForRun(full.data!.requestMatchRun.id, tokens[Role.ADMIN]);
    expect(done.status).toBe('COMPLETED');
    expect(done.total).toBe(await count(`SELECT 1 FROM vacancies WHERE status = 'OPEN'`));
    expect(done.processed).toBe(done.total);
    expect(done.report.proposals).toBe(await count('SELECT 1 FROM matches WHERE proposed'));
    expect(done.report.optimalTotal).toBeGreaterThanOrEqual(done.report.greedyRespectingKTotal);
    expect(done.report.failedItems).toBe(0);
    expect(done.report.proposals).toBeGreaterThan(0); // the caps below are checked on real proposals
    const [caps] = await ds.query<{ v: number; c: number }[]>(
      `SELECT (SELECT coalesce(max(n), 0)::int FROM (SELECT count(*) AS n FROM matches WHERE proposed GROUP BY vacancy_id) a) AS v,
              (SELECT coalesce(max(n), 0)::int FROM (SELECT count(*) AS n FROM matches WHERE proposed GROUP BY candidate_id) b) AS c`,
    );
    expect(caps.v).toBeLessThanOrEqual(10);
    expect(caps.c).toBeLessThanOrEqual(3);
    expectErrorCode(await api.gql(RUN, { id: '00000000-0000-4000-8000-000000000001' }, tokens[Role.ADMIN]), 'NOT_FOUND');
    expectErrorCode(await api.gql(RUN, { id: done.id }, tokens[Role.EMPLOYER]), 'FORBIDDEN');
  });

  it('keeps decisions as history, shows the latest, and keeps them across a re-run', async () => {
    const [pair] = await ds.query<{ vacancy_id: string; score: number }[]>(
      'SELECT vacancy_id::text, score FROM matches WHERE candidate_id = $1 ORDER BY score DESC LIMIT 1',
      [ownCandidate],
    );
    const input = { vacancyId: pair.vacancy_id, candidateId: ownCandidate };
    const feedbackBefore = await count('SELECT 1 FROM match_feedback');
    expectErrorCode(await api.gql(DECIDE, { input: { ...input, decision: 'SHORTLISTED', reason: '   ' } }, tokens[Role.CONSULTANT]), 'BAD_USER_INPUT');
    expectErrorCode(await api.gql(DECIDE, { input: { ...input, decision: 'SHORTLISTED', reason: 'x' } }, tokens[Role.JOBCOACH]), 'FORBIDDEN');
    expectErrorCode(await api.gql(DECIDE, { input: { ...input, decision: 'SHORTLISTED', reason: 'x' } }, tokens[Role.EMPLOYER]), 'FORBIDDEN');
    const [otherPair] = await ds.query<{ vacancy_id: string }[]>('SELECT vacancy_id::text FROM matches WHERE candidate_id = $1 LIMIT 1', [otherCandidate]);
    expectErrorCode(
      await api.gql(DECIDE, { input: { vacancyId: otherPair.vacancy_id, candidateId: otherCandidate, decision: 'REJECTED', reason: 'x' } }, tokens[Role.CONSULTANT]),
      'FORBIDDEN',
    );
    const [unmatched] = await ds.query<{ id: string }[]>(
      'SELECT id::text FROM vacancies WHERE id NOT IN (SELECT vacancy_id FROM matches WHERE candidate_id = $1) ORDER BY id LIMIT 1',
      [ownCandidate],
    );
    expectErrorCode(await api.gql(DECIDE, { input: { vacancyId: unmatched.id, candidateId: ownCandidate, decision: 'REJECTED', reason: 'x' } }, tokens[Role.CONSULTANT]), 'NOT_FOUND');
    expect(await count('SELECT 1 FROM match_feedback')).toBe(feedbackBefore);

    const shortlisted = await api.gql<{ setMatchDecision: MatchNode }>(DECIDE, { input: { ...input, decision: 'SHORTLISTED', reason: 'Past goed bij de wens' } }, tokens[Role.CONSULTANT]);
    expect(shortlisted.errors).toBeUndefined();
    expect(shortlisted.data!.setMatchDecision.decision).toMatchObject({ decision: 'SHORTLISTED', reason: 'Past goed bij de wens', scoreAtDecision: pair.score });
    const rejected = await api.gql<{ setMatchDecision: MatchNode }>(DECIDE, { input: { ...input, decision: 'REJECTED', reason: 'Werkgever zoekt ervaring' } }, tokens[Role.ACCOUNTMANAGER]);
    expect(rejected.data!.setMatchDecision.decision).toMatchObject({ decision: 'REJECTED', reason: 'Werkgever zoekt ervaring' });
    const history = await ds.query<{ decision: string; decided_by_id: string }[]>(
      'SELECT decision::text, decided_by_id::text FROM match_feedback WHERE vacancy_id = $1 AND candidate_id = $2 ORDER BY decided_at',
      [pair.vacancy_id, ownCandidate],
    );
    expect(history.map((h) => h.decision)).toEqual(['SHORTLISTED', 'REJECTED']);
    expect(history[0].decided_by_id).toBe(consultantId);

    // A re-run of the vacancy replaces the match rows; the decision stays with the pair.
    const rerun = await api.gql<{ requestMatchRun: { id: string } }>(REQUEST, { input: { kind: 'VACANCY', vacancyId: pair.vacancy_id } }, tokens[Role.ADMIN]);
    expect((await waitForRun(rerun.data!.requestMatchRun.id, tokens[Role.ADMIN])).status).toBe('COMPLETED');
    const [row] = await ds.query<{ run_id: string }[]>('SELECT run_id::text FROM matches WHERE vacancy_id = $1 AND candidate_id = $2', [pair.vacancy_id, ownCandidate]);
    expect(row.run_id).toBe(rerun.data!.requestMatchRun.id);
    const after = await api.gql<{ matchesForCandidate: { nodes: MatchNode[] } }>(FOR_CANDIDATE, { candidateId: ownCandidate, first: 50 }, tokens[Role.CONSULTANT]);
    const decided = after.data!.matchesForCandidate.nodes.find((n) => n.vacancyId === pair.vacancy_id)!;
    expect(decided.decision).toMatchObject({ decision: 'REJECTED', reason: 'Werkgever zoekt ervaring' });
  });
});
