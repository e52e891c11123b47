import { DataSource } from 'typeorm';
import { PasswordHasher } from '@wsp/auth';
import { Role } from '@wsp/common';
import { createDataSource } from '@wsp/database';
import {
  catalogJobRefs,
  DEMO_ACCOUNTS,
  DEMO_COUNTS,
  DEMO_PASSWORD,
  HAAGLANDEN,
  regionMunicipalityCodes,
  seedDemoData,
  SeedResult,
} from '@wsp/demo-data';
import { TestApi } from '@wsp/testing/api';
import { createTestDatabase, dropTestDatabase } from '@wsp/testing/harness';

const TODAY = '2026-03-15';
const SEED_OPTIONS = { seed: 'integration', today: TODAY };
const TABLES = [
  'users', 'employers', 'employer_contacts', 'employer_stage_changes', 'contact_moments', 'employer_demands',
  'vacancies', 'vacancy_skills', 'vacancy_changes', 'outbox_events',
  'candidates', 'candidate_occupations', 'candidate_skills', 'loonwaarde_assessments', 'matching_consents', 'identity_consents',
  'sroi_contracts', 'sroi_realisations', 'sroi_realisation_changes', 'sroi_coordinators',
];

async function tableCounts(ds: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of TABLES) counts[t] = Number((await ds.query(`SELECT count(*) AS n FROM "${t}"`))[0].n);
  return counts;
}

const count = async (ds: DataSource, sql: string, params: unknown[] = []): Promise<number> => Number((await ds.query(sql, params))[0].n);

/** A second database from the migrated template, without the API. */
async function otherDatabase(): Promise<{ ds: DataSource; drop: () => Promise<void> }> {
  const db = await createTestDatabase();
  const ds = createDataSource({ url: db.url, poolSize: 2, applicationName: 'demo-data-test' });
  await ds.initialize();
  return {
    ds,
    drop: async () => {
      await ds.destroy();
      await dropTestDatabase(db.name);
    },
  };
}

describe('demo data seed on PostgreSQL', () => {
  let api: TestApi;
  let ds: DataSource;
  let first: SeedResult;
  let seedMs: number;

  beforeAll(async () => {
    api = await TestApi.start();
    ds = api.dataSource;
    const started = Date.now();
    first = await seedDemoData(ds, { ...SEED_OPTIONS, log: (m) => console.log(`[demo-data] ${m}`) });
    seedMs = Date.now() - started;
    console.log(`[demo-data] seeded the demo size in ${seedMs} ms: ${JSON.stringify(first.rows)}`);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('finds every occupation of the sector catalog in the ESCO reference data', async () => {
    const refs = catalogJobRefs();
    const found = await count(
      ds,
      `SELECT count(*) AS n FROM esco_occupations o
         JOIN unnest($1::text[], $2::text[]) AS r(isco, label) ON o.isco_group = r.isco AND o.label_nl = r.label`,
      [refs.map((r) => r.iscoGroup), refs.map((r) => r.labelNl)],
    );
    expect(found).toBe(refs.length);
  });

  it('creates the demo data once; seeding again changes nothing and returns the same accounts', async () => {
    expect(first.created).toBe(true);
    const before = await tableCounts(ds);
    expect(before.employers).toBe(DEMO_COUNTS.employers);
    expect(before.vacancies).toBe(DEMO_COUNTS.vacancies);
    for (const t of TABLES) expect(before[t]).toBe(first.rows![t]);
    expect(before.vacancy_skills).toBeGreaterThan(before.vacancies * 3);
    expect(before.candidates).toBe(DEMO_COUNTS.candidates);
    expect(before.sroi_contracts).toBe(DEMO_COUNTS.sroiContracts);
    expect(before.sroi_realisations).toBeGreaterThan(before.sroi_contracts * 3);

    const second = await seedDemoData(ds, SEED_OPTIONS);
    expect(second.created).toBe(false);
    expect(second.accounts).toEqual(first.accounts);
    expect(await tableCounts(ds)).toEqual(before);
    // Also with the launcher's defaults (other reference date): the marker is the same.
    expect((await seedDemoData(ds)).created).toBe(false);
    expect(await tableCounts(ds)).toEqual(before);
  });

  it('lists exactly one login per role, and the demo password logs each of them in', async () => {
    expect(first.accounts.map((a) => a.role).sort()).toEqual(Object.values(Role).sort());
    const hasher = new PasswordHasher();
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await ds.query('SELECT password_hash, role, active FROM users WHERE email = $1', [account.email]);
      expect(user).toMatchObject({ role: account.role, active: true });
      expect(await hasher.verify(user.password_hash, DEMO_PASSWORD)).toBe(true);
      const res = await api.gql<{ login: { accessToken: string } }>(
        'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { email: account.email, password: account.password } },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.login.accessToken).toBeTruthy();
    }
    // One hash for all demo users.
    expect(await count(ds, 'SELECT count(DISTINCT password_hash) AS n FROM users')).toBe(1);
  });

  it('places every employer and vacancy in a postcode of the region', async () => {
    const codes = regionMunicipalityCodes(HAAGLANDEN);
    for (const table of ['employers', 'vacancies']) {
      const outside = await count(ds, `SELECT count(*) AS n FROM ${table} t JOIN postcodes p ON p.pc4 = t.postcode WHERE p.municipality_code <> ALL($1::text[])`, [codes]);
      expect(outside).toBe(0);
    }
    // Spread over the region: most municipalities have employers.
    expect(await count(ds, 'SELECT count(DISTINCT p.municipality_code) AS n FROM employers e JOIN postcodes p ON p.pc4 = e.postcode')).toBeGreaterThanOrEqual(7);
  });

  it('asks only for skills that ESCO relates to the vacancy occupation, with the same essential flag', async () => {
    const stray = await count(
      ds,
      `SELECT count(*) AS n FROM vacancy_skills vs JOIN vacancies v ON v.id = vs.vacancy_id
        LEFT JOIN esco_occupation_skills os ON os.occupation_id = v.occupation_id AND os.skill_id = vs.skill_id
        WHERE os.skill_id IS NULL OR os.essential <> vs.essential`,
    );
    expect(stray).toBe(0);
    expect(await count(ds, 'SELECT count(*) AS n FROM vacancies v WHERE NOT EXISTS (SELECT 1 FROM vacancy_skills s WHERE s.vacancy_id = v.id)')).toBe(0);
    // Weighted toward entry-level work (ISCO major groups 4, 5, 7, 8, 9).
    const entry = await count(ds, `SELECT count(*) AS n FROM vacancies v JOIN esco_occupations o ON o.id = v.occupation_id WHERE left(o.isco_group, 1) IN ('4','5','7','8','9')`);
    expect(entry / DEMO_COUNTS.vacancies).toBeGreaterThan(0.8);
  });

  it('gives employers unique KvK numbers', async () => {
    expect(await count(ds, 'SELECT count(DISTINCT kvk_number) AS n FROM employers')).toBe(DEMO_COUNTS.employers);
  });

  it('links the EMPLOYER login to an employer with OPEN vacancies', async () => {
    const employer = DEMO_ACCOUNTS.find((a) => a.role === Role.EMPLOYER)!;
    const open = await count(
      ds,
      `SELECT count(*) AS n FROM users u JOIN employers e ON e.id = u.employer_id JOIN vacancies v ON v.employer_id = e.id
        WHERE u.email = $1 AND u.role = 'EMPLOYER' AND v.status = 'OPEN' AND e.stage = 'ACTIVE'`,
      [employer.email],
    );
    expect(open).toBeGreaterThanOrEqual(3);
  });

  it('gives the demo accountmanager open next actions due today, overdue and later', async () => {
    const rows: { bucket: string; n: string }[] = await ds.query(
      `SELECT CASE WHEN m.next_action_due_on = $2::date THEN 'today' WHEN m.next_action_due_on < $2::date THEN 'overdue' ELSE 'future' END AS bucket, count(*) AS n
         FROM contact_moments m JOIN users u ON u.id = m.next_action_assignee_id
        WHERE u.email = $1 AND m.next_action_completed_at IS NULL AND m.next_action_due_on IS NOT NULL GROUP BY 1`,
      ['accountmanager@demo.wsp.nl', TODAY],
    );
    const buckets = Object.fromEntries(rows.map((r) => [r.bucket, Number(r.n)]));
    expect(buckets).toEqual({ today: expect.any(Number), overdue: expect.any(Number), future: expect.any(Number) });
    for (const n of Object.values(buckets)) expect(n).toBeGreaterThanOrEqual(2);
  });

  it('produces the same rows and ids from the same seed in another database, reusing a demo login that already exists', async () => {
    const other = await otherDatabase();
    try {
      // An admin login left by an earlier version of the seed (random id).
      const [{ id: adminId }] = await other.ds.query(
        `INSERT INTO users (email, password_hash, display_name, role, active) VALUES ($1, 'x', 'Oud', 'ADMIN', true) RETURNING id`,
        ['admin@demo.wsp.nl'],
      );
      const result = await seedDemoData(other.ds, SEED_OPTIONS);
      expect(result.created).toBe(true);
      expect(await count(other.ds, `SELECT count(*) AS n FROM users WHERE email = 'admin@demo.wsp.nl' AND id = $1`, [adminId])).toBe(1);
      const fingerprint = (db: DataSource) =>
        db.query(
          `SELECT (SELECT md5(string_agg(id::text || kvk_number || name || postcode || stage, ',' ORDER BY id)) FROM employers) AS employers,
                  (SELECT md5(string_agg(id::text || occupation_id::text || status || coalesce(wage_min_cents, 0)::text, ',' ORDER BY id)) FROM vacancies) AS vacancies,
                  (SELECT md5(string_agg(vacancy_id::text || skill_id::text, ',' ORDER BY vacancy_id, skill_id)) FROM vacancy_skills) AS skills,
                  (SELECT md5(string_agg(id::text || occurred_at::text, ',' ORDER BY id)) FROM contact_moments) AS moments,
                  (SELECT md5(string_agg(id::text || pseudonym || home_postcode || coalesce(bsn_hash, '') || date_of_birth::text || consultant_id::text, ',' ORDER BY id)) FROM candidates) AS candidates,
                  (SELECT md5(string_agg(candidate_id::text || skill_id::text, ',' ORDER BY candidate_id, skill_id)) FROM candidate_skills) AS candidate_skills,
                  (SELECT md5(string_agg(id::text || percentage::text || assessed_on::text, ',' ORDER BY id)) FROM loonwaarde_assessments) AS assessments,
                  (SELECT md5(string_agg(id::text || reference || contractor_id::text || contract_value_cents::text || start_date::text || end_date::text
                                         || coalesce(pso_discount_percentage::text, '') || created_at::text, ',' ORDER BY id)) FROM sroi_contracts) AS sroi_contracts,
                  (SELECT md5(string_agg(id::text || contract_id::text || kind::text || status::text || value_cents::text || valued_on::text || pending_since::text
                                         || coalesce(decided_by_id::text, ''), ',' ORDER BY id)) FROM sroi_realisations) AS sroi_realisations,
                  (SELECT md5(string_agg(id::text || realisation_id::text || to_status::text || changed_at::text, ',' ORDER BY id)) FROM sroi_realisation_changes) AS sroi_changes,
                  (SELECT md5(string_agg(id::text || municipality_code || user_id::text, ',' ORDER BY id)) FROM sroi_coordinators) AS sroi_coordinators`,
        );
      expect(await fingerprint(other.ds)).toEqual(await fingerprint(ds));
    } finally {
      await other.drop();
    }
  });

  it('writes nothing when it fails (one transaction): a region without reference data', async () => {
    const other = await otherDatabase();
    try {
      const nowhere = { id: 'nergens', name: 'Nergens', municipalities: [{ code: 'GM9999', name: 'Nergens', displayName: 'Nergens', areaCode: '000' }] };
      await expect(seedDemoData(other.ds, { ...SEED_OPTIONS, region: nowhere })).rejects.toThrow(/reference data/);
      expect(await tableCounts(other.ds)).toEqual(Object.fromEntries(TABLES.map((t) => [t, 0])));
    } finally {
      await other.drop();
    }
  });
});
