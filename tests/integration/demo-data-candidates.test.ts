import { DataSource } from 'typeorm';
import { Role } from '@wsp/common';
import {
  DEFAULT_SEED,
  DEMO_ACCOUNTS,
  DEMO_COUNTS,
  DEMO_INTRODUCTIONS,
  generateDemoDataset,
  HAAGLANDEN,
  loadReferenceSample,
  regionFromDatabase,
  regionMunicipalityCodes,
  seedDemoData,
  SeedResult,
} from '@wsp/demo-data';
import { TestApi } from '@wsp/testing/api';

const TODAY = '2026-03-15';
const SEED_OPTIONS = { seed: 'integration', today: TODAY };
const N = DEMO_COUNTS.candidates;

const count = async (ds: DataSource, sql: string, params: unknown[] = []): Promise<number> => Number((await ds.query(sql, params))[0].n);

const account = (role: Role) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

describe('demo data: candidates on PostgreSQL', () => {
  let api: TestApi;
  let ds: DataSource;
  let first: SeedResult;

  async function login(role: Role): Promise<string> {
    const a = account(role);
    const res = await api.gql<{ login: { accessToken: string } }>('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: a.email, password: a.password },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.login.accessToken;
  }

  beforeAll(async () => {
    api = await TestApi.start();
    ds = api.dataSource;
    const started = Date.now();
    first = await seedDemoData(ds, { ...SEED_OPTIONS, log: (m) => console.log(`[demo-data] ${m}`) });
    console.log(`[demo-data] demo seed with candidates in ${Date.now() - started} ms: ${JSON.stringify(first.rows)}`);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('inserts the demo number of candidates with their records once; a second seed changes nothing', async () => {
    expect(first.created).toBe(true);
    expect(await count(ds, 'SELECT count(*) AS n FROM candidates')).toBe(N);
    for (const t of ['candidates', 'candidate_occupations', 'candidate_skills', 'loonwaarde_assessments', 'matching_consents', 'identity_consents']) {
      expect(await count(ds, `SELECT count(*) AS n FROM "${t}"`)).toBe(first.rows![t]);
    }
    expect(first.rows!.loonwaarde_assessments).toBeGreaterThan(N / 2);
    const before = await count(ds, 'SELECT count(*) AS n FROM candidates');
    const again = await seedDemoData(ds, SEED_OPTIONS);
    expect(again.created).toBe(false);
    expect(again.accounts).toEqual(first.accounts);
    expect(await count(ds, 'SELECT count(*) AS n FROM candidates')).toBe(before);
  });

  it('houses every candidate in a postcode of the region, spread over its municipalities', async () => {
    const codes = regionMunicipalityCodes(HAAGLANDEN);
    expect(await count(ds, `SELECT count(*) AS n FROM candidates c JOIN postcodes p ON p.pc4 = c.home_postcode WHERE p.municipality_code <> ALL($1::text[])`, [codes])).toBe(0);
    expect(await count(ds, 'SELECT count(DISTINCT p.municipality_code) AS n FROM candidates c JOIN postcodes p ON p.pc4 = c.home_postcode')).toBeGreaterThanOrEqual(8);
    expect(await count(ds, `SELECT count(*) AS n FROM candidates WHERE date_of_birth > $1::date - interval '18 years' OR date_of_birth <= $1::date - interval '67 years'`, [TODAY])).toBe(0);
  });

  it('gives candidates only skills that ESCO relates to one of their wished occupations, and wishes the vacancies ask for', async () => {
    const stray = await count(
      ds,
      `SELECT count(*) AS n FROM candidate_skills cs
        WHERE NOT EXISTS (SELECT 1 FROM candidate_occupations co JOIN esco_occupation_skills os ON os.occupation_id = co.occupation_id
                           WHERE co.candidate_id = cs.candidate_id AND os.skill_id = cs.skill_id)`,
    );
    expect(stray).toBe(0);
    expect(await count(ds, 'SELECT count(*) AS n FROM candidates c WHERE NOT EXISTS (SELECT 1 FROM candidate_occupations o WHERE o.candidate_id = c.id)')).toBe(0);
    expect(await count(ds, 'SELECT count(*) AS n FROM candidates c WHERE NOT c.skills_known AND EXISTS (SELECT 1 FROM candidate_skills s WHERE s.candidate_id = c.id)')).toBe(0);
    const unknown = await count(ds, 'SELECT count(*) AS n FROM candidates WHERE NOT skills_known');
    expect(unknown / N).toBeGreaterThan(0.05);
    expect(unknown / N).toBeLessThan(0.16);
    // Matches can exist: most candidates wish an occupation of an OPEN vacancy.
    const wishingOpen = await count(
      ds,
      `SELECT count(DISTINCT co.candidate_id) AS n FROM candidate_occupations co JOIN vacancies v ON v.occupation_id = co.occupation_id AND v.status = 'OPEN'`,
    );
    expect(wishingOpen / N).toBeGreaterThan(0.6);
  });

  it('keeps current_loonwaarde equal to the latest assessment, and LKS only below 100 %', async () => {
    const mismatched = await count(
      ds,
      `SELECT count(*) AS n FROM candidates c
         LEFT JOIN LATERAL (SELECT percentage FROM loonwaarde_assessments a WHERE a.candidate_id = c.id
                             ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC LIMIT 1) l ON true
        WHERE c.current_loonwaarde IS DISTINCT FROM l.percentage`,
    );
    expect(mismatched).toBe(0);
    expect(await count(ds, `SELECT count(*) AS n FROM candidates WHERE lks_status <> 'NONE' AND (current_loonwaarde IS NULL OR current_loonwaarde >= 100)`)).toBe(0);
    expect(await count(ds, `SELECT count(*) AS n FROM loonwaarde_assessments WHERE assessed_on >= $1::date OR next_reassessment_on <= assessed_on`, [TODAY])).toBe(0);
  });

  it('makes a candidate visible for matching exactly when an unrevoked consent exists', async () => {
    const wrong = await count(
      ds,
      `SELECT count(*) AS n FROM candidates c
        WHERE c.visible_for_matching <> EXISTS (SELECT 1 FROM matching_consents m WHERE m.candidate_id = c.id AND m.revoked_at IS NULL)`,
    );
    expect(wrong).toBe(0);
    expect(await count(ds, 'SELECT count(*) AS n FROM (SELECT candidate_id FROM matching_consents WHERE revoked_at IS NULL GROUP BY 1 HAVING count(*) > 1) x')).toBe(0);
    const visible = await count(ds, 'SELECT count(*) AS n FROM candidates WHERE visible_for_matching');
    expect(visible / N).toBeGreaterThan(0.72);
    expect(visible / N).toBeLessThan(0.88);
  });

  it('stores unique BSN hashes, pseudonyms K-000001.. and client numbers', async () => {
    expect(await count(ds, 'SELECT count(DISTINCT bsn_hash) AS n FROM candidates')).toBe(await count(ds, 'SELECT count(bsn_hash) AS n FROM candidates'));
    expect(await count(ds, `SELECT count(*) AS n FROM candidates WHERE bsn_hash !~ '^[0-9a-f]{64}$'`)).toBe(0);
    expect(await count(ds, 'SELECT count(DISTINCT pseudonym) AS n FROM candidates')).toBe(N);
    expect(await count(ds, `SELECT max(substring(pseudonym FROM 3)::int) AS n FROM candidates`)).toBe(N);
    expect(await count(ds, 'SELECT count(DISTINCT external_ref) AS n FROM candidates')).toBe(await count(ds, 'SELECT count(external_ref) AS n FROM candidates'));
  });

  it('gives the demo CONSULTANT about 100 candidates and the demo JOBCOACH about 40, as their lists show', async () => {
    const list = 'query { candidates(first: 5) { totalCount nodes { id pseudonym consultantId } } }';
    const consultant = await api.gql<{ candidates: { totalCount: number } }>(list, {}, await login(Role.CONSULTANT));
    expect(consultant.errors).toBeUndefined();
    expect(consultant.data!.candidates.totalCount).toBeGreaterThan(60);
    expect(consultant.data!.candidates.totalCount).toBeLessThan(160);
    const coach = await api.gql<{ candidates: { totalCount: number } }>(list, {}, await login(Role.JOBCOACH));
    expect(coach.errors).toBeUndefined();
    expect(coach.data!.candidates.totalCount).toBeGreaterThan(20);
    expect(coach.data!.candidates.totalCount).toBeLessThan(70);
    // Reassessments on the job coach's work list: overdue and due within a month.
    const due: { overdue: string; soon: string }[] = await ds.query(
      `SELECT count(*) FILTER (WHERE l.next_reassessment_on < $2::date) AS overdue,
              count(*) FILTER (WHERE l.next_reassessment_on BETWEEN $2::date AND $2::date + 30) AS soon
         FROM candidates c JOIN users u ON u.id = c.job_coach_id
         JOIN LATERAL (SELECT next_reassessment_on FROM loonwaarde_assessments a WHERE a.candidate_id = c.id ORDER BY a.assessed_on DESC LIMIT 1) l ON true
        WHERE u.email = $1`,
      [account(Role.JOBCOACH).email, TODAY],
    );
    expect(Number(due[0].overdue)).toBeGreaterThanOrEqual(2);
    expect(Number(due[0].soon)).toBeGreaterThanOrEqual(3);
    // Every consultant and job coach of the generated caseloads is an active user with that role.
    expect(await count(ds, `SELECT count(*) AS n FROM candidates c JOIN users u ON u.id = c.consultant_id WHERE u.role <> 'CONSULTANT' OR NOT u.active`)).toBe(0);
    expect(await count(ds, `SELECT count(*) AS n FROM candidates c JOIN users u ON u.id = c.job_coach_id WHERE u.role <> 'JOBCOACH' OR NOT u.active`)).toBe(0);
  });

  it('lets the demo consultant introduce candidates to the demo employer: identity consents for an OPEN vacancy occupation', async () => {
    const rows: { candidate_id: string; visible: boolean; wishes_open: boolean; own: boolean }[] = await ds.query(
      `SELECT i.candidate_id, c.visible_for_matching AS visible, cu.email = $2 AS own,
              EXISTS (SELECT 1 FROM candidate_occupations co JOIN vacancies v ON v.occupation_id = co.occupation_id
                       WHERE co.candidate_id = c.id AND v.employer_id = u.employer_id AND v.status = 'OPEN') AS wishes_open
         FROM identity_consents i JOIN users u ON u.employer_id = i.employer_id AND u.email = $1
         JOIN candidates c ON c.id = i.candidate_id JOIN users cu ON cu.id = c.consultant_id
        WHERE i.revoked_at IS NULL`,
      [account(Role.EMPLOYER).email, account(Role.CONSULTANT).email],
    );
    expect(rows).toHaveLength(DEMO_INTRODUCTIONS);
    for (const r of rows) expect(r).toMatchObject({ visible: true, wishes_open: true, own: true });
  });

  it('gives a candidate created through the API after the seed the next pseudonym', async () => {
    const token = await login(Role.CONSULTANT);
    const res = await api.gql<{ createCandidate: { pseudonym: string } }>(
      'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id pseudonym } }',
      { input: { firstName: 'Test', lastName: 'Persoon', homePostcode: '2511', mobility: ['BIKE'], hoursMin: 16, hoursMax: 24, availableFrom: TODAY } },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createCandidate.pseudonym).toBe(`K-${String(N + 1).padStart(6, '0')}`);
    expect(await count(ds, 'SELECT count(DISTINCT pseudonym) AS n FROM candidates')).toBe(N + 1);
  });

  it('generates the same candidates twice in memory from the reference data, and the same as in the database', async () => {
    const sample = await loadReferenceSample(ds.manager, HAAGLANDEN);
    expect(sample.ageBands?.size).toBeGreaterThan(50);
    const opts = { ...SEED_OPTIONS, passwordHash: 'x' };
    const a = generateDemoDataset(sample, opts);
    const b = generateDemoDataset(sample, opts);
    expect(JSON.stringify(a.candidates)).toBe(JSON.stringify(b.candidates));
    const stored: { id: string; pseudonym: string; home_postcode: string; bsn_hash: string | null; current_loonwaarde: number | null }[] = await ds.query(
      `SELECT id, pseudonym, home_postcode, bsn_hash, current_loonwaarde FROM candidates WHERE pseudonym <= $1 ORDER BY pseudonym`,
      [`K-${String(N).padStart(6, '0')}`],
    );
    expect(stored).toEqual(a.candidates.candidates.map((c) => ({ id: c.id, pseudonym: c.pseudonym, home_postcode: c.homePostcode, bsn_hash: c.bsnHash, current_loonwaarde: c.currentLoonwaarde })));
  });

  it('builds wider regions from the reference data for benchmarks (a province, the whole country)', async () => {
    const zh = await regionFromDatabase(ds.manager, 'Zuid-Holland');
    const codes = zh.municipalities.map((m) => m.code);
    for (const code of regionMunicipalityCodes(HAAGLANDEN)) expect(codes).toContain(code);
    expect(zh.municipalities.find((m) => m.code === 'GM0518')?.displayName).toBe('Den Haag');
    expect(codes).toContain('GM0599'); // Rotterdam
    const nl = await regionFromDatabase(ds.manager, null);
    expect(nl.municipalities).toHaveLength(342);
    const sample = await loadReferenceSample(ds.manager, zh);
    const d = generateDemoDataset(sample, { seed: DEFAULT_SEED, today: TODAY, region: zh, passwordHash: 'x', counts: { employers: 40, vacancies: 60, candidates: 300 } });
    const inRegion = new Set(sample.postcodes.map((p) => p.pc4));
    for (const c of d.candidates.candidates) expect(inRegion.has(c.homePostcode)).toBe(true);
    expect(new Set(d.candidates.candidates.map((c) => sample.postcodes.find((p) => p.pc4 === c.homePostcode)!.municipalityCode)).size).toBeGreaterThan(10);
  });
});
