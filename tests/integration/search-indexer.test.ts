import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@wsp/config';
import { DatabaseModule } from '@wsp/database';
import { DEFAULT_MATCHING_PARAMETERS, VacancyProfile } from '@wsp/matching-core';
import {
  CandidateSearchQuery,
  SEARCH_PORT,
  SEARCH_SYNC_OPTIONS,
  SearchIndexer,
  SearchModule,
  SearchPort,
  SearchSyncOptions,
  candidateQueryForVacancy,
} from '@wsp/search';
import { createTestDatabase, dropTestDatabase, testConfig } from '@wsp/testing/harness';

interface Proc {
  app: INestApplicationContext;
  port: SearchPort;
  indexer: SearchIndexer;
  options: SearchSyncOptions;
}

/** One "process": its own Nest context with its own embedded index on the shared database. */
async function startProcess(dbUrl: string): Promise<Proc> {
  const options: SearchSyncOptions = { lookbackSeconds: 1, minRefreshIntervalMs: 0, reconcileIntervalMs: 3_600_000, batchSize: 2 };
  const moduleRef = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(testConfig(dbUrl)), DatabaseModule, SearchModule],
  })
    .overrideProvider(SEARCH_SYNC_OPTIONS)
    .useValue(options)
    .compile();
  moduleRef.useLogger(false);
  const app = await moduleRef.init();
  return { app, port: app.get<SearchPort>(SEARCH_PORT), indexer: app.get(SearchIndexer), options };
}

describe('SearchModule with the embedded engine on Postgres', () => {
  let db: { name: string; url: string };
  let a: Proc;
  let b: Proc;
  let ds: DataSource;
  let consultantId: string;
  let employerId: string;
  let occ: { id: string; iscoGroup: string; label: string }[];
  let skills: string[];

  const insertCandidate = async (over: Record<string, unknown> = {}): Promise<string> => {
    const c = { home_postcode: '3511', hours_min: 16, hours_max: 32, mobility: '{BIKE,CAR}', visible: true, ...over };
    const [row] = await ds.query<{ id: string }[]>(
      `INSERT INTO candidates (pseudonym, first_name, last_name, home_postcode, mobility, hours_min, hours_max, available_from,
                               consultant_id, waiting_since, visible_for_matching, driving_licence, current_loonwaarde, version, skills_known)
       VALUES ($1, 'Jan', 'Geheimnaam', $2, $3::mobility_mode[], $4, $5, '2025-01-01', $6, '2024-06-01', $7, true, 100, 1, true)
       RETURNING id`,
      [`K-${Math.random().toString(36).slice(2, 10)}`, c.home_postcode, c.mobility, c.hours_min, c.hours_max, consultantId, c.visible],
    );
    await ds.query('INSERT INTO candidate_occupations (candidate_id, occupation_id) VALUES ($1, $2)', [row.id, occ[0].id]);
    await ds.query('INSERT INTO candidate_skills (candidate_id, skill_id) VALUES ($1, $2), ($1, $3)', [row.id, skills[0], skills[1]]);
    return row.id;
  };

  const utrechtVacancy = async (): Promise<VacancyProfile> => {
    const [p] = await ds.query<{ latitude: number; longitude: number }[]>("SELECT latitude, longitude FROM postcodes WHERE pc4 = '3511'");
    return {
      id: 'v-test',
      employerId,
      location: { lat: p.latitude, lon: p.longitude },
      hoursMin: 24,
      hoursMax: 32,
      startDate: null,
      drivingLicenceRequired: false,
      educationLevel: null,
      occupation: { id: occ[0].id, iscoGroup: occ[0].iscoGroup },
      essentialSkillIds: [skills[0]],
      optionalSkillIds: [],
      openToLks: false,
      minLoonwaarde: null,
      beschut: false,
    };
  };

  let query: CandidateSearchQuery;
  const found = async (p: Proc, q: CandidateSearchQuery = query) => (await p.port.searchCandidates(q)).hits.map((h) => h.id).sort();

  beforeAll(async () => {
    db = await createTestDatabase();
    a = await startProcess(db.url);
    b = await startProcess(db.url);
    ds = a.app.get(DataSource);
    [{ id: consultantId }] = await ds.query<{ id: string }[]>(
      `INSERT INTO users (email, password_hash, display_name, role) VALUES ('c@test.wsp.nl', 'x', 'C', 'CONSULTANT') RETURNING id`,
    );
    [{ id: employerId }] = await ds.query<{ id: string }[]>(
      `INSERT INTO employers (name, kvk_number, sbi_section, size_class, postcode, owner_id, version)
       VALUES ('Werkgever BV', '12345678', 'C', 'SMALL', '3511', $1, 1) RETURNING id`,
      [consultantId],
    );
    occ = await ds.query(`SELECT id::text, isco_group AS "iscoGroup", label_nl AS label FROM esco_occupations WHERE isco_group ~ '^[0-9]{4}$' ORDER BY id LIMIT 2`);
    skills = (await ds.query<{ id: string }[]>('SELECT id::text FROM esco_skills ORDER BY id LIMIT 3')).map((r) => r.id);
    query = candidateQueryForVacancy(await utrechtVacancy(), { params: DEFAULT_MATCHING_PARAMETERS, referenceDate: '2025-03-01' });
  });

  afterAll(async () => {
    await a?.app.close();
    await b?.app.close();
    if (db) await dropTestDatabase(db.name);
  });

  it('builds documents with profiles from Postgres, filters like the core and holds no names', async () => {
    const near = await insertCandidate();
    const far = await insertCandidate({ home_postcode: '9711', mobility: '{BIKE}' });
    const hidden = await insertCandidate({ visible: false });
    const fewHours = await insertCandidate({ hours_min: 4, hours_max: 8 });

    expect(await found(a)).toEqual([near]);
    const all = await a.port.searchCandidates({ withProfiles: true, overlap: query.overlap });
    expect(all.hits.map((h) => h.id).sort()).toEqual([near, far, hidden, fewHours].sort());
    const hit = all.hits.find((h) => h.id === near)!;
    expect(hit.level).toBe('OCCUPATION');
    expect(hit.profile).toMatchObject({
      id: near,
      mobilityModes: ['BIKE', 'CAR'],
      hoursMinPerWeek: 16,
      hoursMaxPerWeek: 32,
      availableFrom: '2025-01-01',
      waitingSince: '2024-06-01',
      wishedOccupations: [{ id: occ[0].id, iscoGroup: occ[0].iscoGroup }],
      skillIds: [skills[0], skills[1]].sort(),
      loonwaarde: 100,
    });
    expect(JSON.stringify(all.hits)).not.toMatch(/Geheimnaam|Jan/);
    const text = await a.port.searchCandidates({ text: occ[0].label.split(/\s+/)[0] });
    expect(text.hits.map((h) => h.id)).toContain(near);
  });

  it('keeps every process in sync through updated_at, and reconciles deletions', async () => {
    const id = await insertCandidate({ hours_min: 4, hours_max: 8 });
    expect(await found(a)).not.toContain(id);
    expect(await found(b)).not.toContain(id);

    await ds.query('UPDATE candidates SET hours_max = 30, updated_at = now(), version = version + 1 WHERE id = $1', [id]);
    expect(await found(a)).toContain(id);
    expect(await found(b)).toContain(id);

    // A transaction that writes, stays open across refreshes (longer than the lookback) and
    // commits late: its updated_at is its start, long before the commit, and still found.
    const late = ds.createQueryRunner();
    await late.connect();
    await late.startTransaction();
    try {
      await late.query('UPDATE candidates SET hours_max = 8, updated_at = now(), version = version + 1 WHERE id = $1', [id]);
      await new Promise((r) => setTimeout(r, 1_500));
      expect(await found(a)).toContain(id); // not committed yet: the old version
      await new Promise((r) => setTimeout(r, 1_000));
      expect(await found(a)).toContain(id);
      await late.commitTransaction();
    } finally {
      await late.release();
    }
    expect(await found(a)).not.toContain(id);
    expect(await found(b)).not.toContain(id);

    // A version older than the watermark and the lookback without an open transaction (written by
    // hand): only the periodic reconciliation sees it.
    await ds.query("UPDATE candidates SET hours_max = 30, updated_at = now() - interval '20 minutes' WHERE id = $1", [id]);
    expect(await found(a)).not.toContain(id);
    a.options.reconcileIntervalMs = 0;
    expect(await found(a)).toContain(id);

    await ds.query('DELETE FROM candidates WHERE id = $1', [id]);
    expect(await found(a)).not.toContain(id);
    expect(await a.port.listIds('candidates')).not.toContain(id);
    a.options.reconcileIntervalMs = 3_600_000;
  });

  it('indexCandidate and indexVacancy push single documents and remove deleted ones', async () => {
    const id = await insertCandidate();
    await a.indexer.indexCandidate(id);
    const engineStats = await a.port.stats();
    expect(engineStats.engine).toBe('embedded');
    const [v] = await ds.query<{ id: string }[]>(
      `INSERT INTO vacancies (employer_id, title, description, occupation_id, hours_min, hours_max, contract_type, postcode, status,
                              created_by_id, version, open_to_lks)
       VALUES ($1, 'Medewerker', 'Omschrijving', $2, 24, 32, 'PERMANENT', '3511', 'OPEN', $3, 1, true) RETURNING id`,
      [employerId, occ[1].id, consultantId],
    );
    await ds.query('INSERT INTO vacancy_skills (vacancy_id, skill_id, essential) VALUES ($1, $2, true), ($1, $3, false)', [v.id, skills[1], skills[2]]);
    const vq = { geo: { lat: 52.09, lon: 5.12, radiusKm: 30 }, statuses: ['OPEN' as const], withProfiles: true };
    const res = await b.port.searchVacancies(vq);
    expect(res.hits.map((h) => h.id)).toEqual([v.id]);
    expect(res.hits[0].profile).toMatchObject({ essentialSkillIds: [skills[1]], optionalSkillIds: [skills[2]], openToLks: true, startDate: null });
    await ds.query('DELETE FROM vacancies WHERE id = $1', [v.id]);
    await b.indexer.indexVacancy(v.id);
    expect((await b.port.searchVacancies(vq)).hits).toEqual([]);
  });

  it('reindexAll loads everything and drops what is gone', async () => {
    const counts = await b.indexer.reindexAll();
    const [{ n }] = await ds.query<{ n: number }[]>('SELECT count(*)::int AS n FROM candidates');
    expect(counts.candidates).toBe(n);
    expect((await b.port.stats()).candidates).toBe(n);
  });
});
