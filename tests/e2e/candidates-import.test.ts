import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '@wsp/common';
import { expectErrorCode, TestApi } from '@wsp/testing/api';
import { BAKKER, BSN, count, IMPORT, isoDaysFromToday, SCHOONMAKER, SKILL_HYGIENE } from './candidates.fixtures';

type User = { token: string; userId: string };

const HEADER = 'externalRef;bsn;firstName;lastName;email;dateOfBirth;postcode;mobility;maxTravelMinutes;maxTravelReason;hoursMin;hoursMax;availableFrom;educationLevel;drivingLicence;occupations;skills;lksStatus;benefitType';
const START = isoDaysFromToday(20);

function row(ref: string, overrides: Partial<Record<string, string>> = {}): string {
  const v = {
    bsn: '',
    firstName: 'Piet',
    lastName: `Import ${ref}`,
    email: '',
    dateOfBirth: '12-04-1985',
    postcode: '2511',
    mobility: 'fiets|OV',
    maxTravelMinutes: '',
    maxTravelReason: '',
    hoursMin: '16',
    hoursMax: '32',
    availableFrom: START,
    educationLevel: 'MBO_1',
    drivingLicence: 'nee',
    occupations: SCHOONMAKER,
    skills: '',
    lksStatus: '',
    benefitType: '',
    ...overrides,
  };
  return [ref, v.bsn, v.firstName, v.lastName, v.email, v.dateOfBirth, v.postcode, v.mobility, v.maxTravelMinutes, v.maxTravelReason, v.hoursMin, v.hoursMax, v.availableFrom, v.educationLevel, v.drivingLicence, v.occupations, v.skills, v.lksStatus, v.benefitType].join(';');
}

const csv = (...rows: string[]) => `${HEADER}\n${rows.join('\n')}\n`;

describe('CSV import of candidates', () => {
  let api: TestApi;
  let consultant: User;
  let otherConsultant: User;

  beforeAll(async () => {
    api = await TestApi.start();
    [consultant, otherConsultant] = await Promise.all([api.userToken(Role.CONSULTANT), api.userToken(Role.CONSULTANT)]);
  });
  afterAll(async () => {
    await api.stop();
  });

  const run = async (text: string, dryRun: boolean, user: User = consultant) => {
    const res = await api.gql(IMPORT, { input: { csv: text, dryRun } }, user.token);
    expect(res.errors).toBeUndefined();
    return res.data!.importCandidates as {
      dryRun: boolean; totalRows: number; valid: number; invalid: number; created: number; updated: number; unchanged: number;
      errors: { line: number; field: string | null; message: string }[];
    };
  };
  const state = () =>
    api.dataSource.query(`SELECT external_ref, version, updated_at, hours_max FROM candidates WHERE external_ref LIKE 'IMP-%' ORDER BY external_ref`);

  const MIXED = csv(
    row('IMP-1', { bsn: BSN[2], skills: SKILL_HYGIENE, lksStatus: 'LKS_MDP' }),
    row('IMP-2', { postcode: '1000' }), // line 3: unknown postcode
    row('IMP-3', { bsn: '123456789', mobility: 'raket' }), // line 4: two bad cells
    row('IMP-4', { occupations: `${BAKKER}|http://data.europa.eu/esco/occupation/${SCHOONMAKER}`, skills: 'GEEN', maxTravelMinutes: '45', maxTravelReason: 'Afgesproken met klant' }),
    row('IMP-1'), // line 6: duplicate client number
    row('IMP-6', { maxTravelMinutes: '45' }), // line 7: no reason
    'IMP-7;too;few', // line 8: wrong number of cells
  );

  it('dry run: reports every invalid row with line and column, counts what would happen, writes nothing', async () => {
    const report = await run(MIXED, true);
    expect(report).toMatchObject({ dryRun: true, totalRows: 7, valid: 2, invalid: 5, created: 2, updated: 0, unchanged: 0 });
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'postcode'],
      [4, 'bsn'],
      [4, 'mobility'],
      [6, 'externalRef'],
      [7, 'maxTravelReason'],
      [8, null],
    ]);
    expect(JSON.stringify(report)).not.toContain('123456789');
    expect(JSON.stringify(report)).not.toContain(BSN[2]);
    expect(await count(api, `SELECT 1 FROM candidates WHERE external_ref LIKE 'IMP-%'`)).toBe(0);
    expect(await count(api, `SELECT 1 FROM outbox_events`)).toBe(0);
  });

  it('real import: writes the valid rows (owned by the consultant) with events, and reports the rest', async () => {
    const report = await run(MIXED, false);
    expect(report).toMatchObject({ dryRun: false, totalRows: 7, valid: 2, invalid: 5, created: 2, updated: 0, unchanged: 0 });
    const rows = await api.dataSource.query(
      `SELECT external_ref, consultant_id, pseudonym, skills_known, lks_status, max_travel_minutes, bsn_hash IS NOT NULL AS has_bsn,
              (SELECT count(*)::int FROM candidate_occupations o WHERE o.candidate_id = c.id) AS occupations
         FROM candidates c WHERE external_ref LIKE 'IMP-%' ORDER BY external_ref`,
    );
    expect(rows).toEqual([
      expect.objectContaining({ external_ref: 'IMP-1', consultant_id: consultant.userId, skills_known: true, lks_status: 'LKS_MDP', has_bsn: true, occupations: 1 }),
      expect.objectContaining({ external_ref: 'IMP-4', consultant_id: consultant.userId, skills_known: true, max_travel_minutes: 45, has_bsn: false, occupations: 2 }),
    ]);
    expect(rows[0].pseudonym).toMatch(/^K-\d{6}$/);
    expect(await count(api, `SELECT 1 FROM outbox_events WHERE type = 'candidate.changed' AND (payload->>'created')::boolean`)).toBe(2);
  });

  it('re-importing the same file changes nothing: no writes, no version bump, no events', async () => {
    const before = await state();
    const events = await count(api, 'SELECT 1 FROM outbox_events');
    const report = await run(MIXED, false);
    expect(report).toMatchObject({ totalRows: 7, valid: 2, invalid: 5, created: 0, updated: 0, unchanged: 2 });
    expect(await state()).toEqual(before);
    expect(await count(api, 'SELECT 1 FROM outbox_events')).toBe(events);
  });

  it('updates a changed row (matched on client number, or on BSN) and publishes the changed fields', async () => {
    const before = await state();
    const report = await run(csv(row('IMP-1', { bsn: BSN[2], skills: SKILL_HYGIENE, lksStatus: 'LKS_MDP', hoursMax: '24' })), false);
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 0, invalid: 0 });
    const after = await state();
    expect(after[0]).toMatchObject({ external_ref: 'IMP-1', version: before[0].version + 1, hours_max: 24 });
    expect(after[1]).toEqual(before[1]);
    const [event] = await api.dataSource.query(`SELECT payload FROM outbox_events ORDER BY id DESC LIMIT 1`);
    expect(event.payload.changedFields).toEqual(['hoursMax']);

    // The same person under a new client number is refused, not duplicated.
    const clash = await run(csv(row('IMP-NEW', { bsn: BSN[2] })), false);
    expect(clash.errors).toEqual([expect.objectContaining({ line: 2, field: 'externalRef' })]);
    expect(await count(api, `SELECT 1 FROM candidates WHERE external_ref = 'IMP-NEW'`)).toBe(0);
  });

  it('refuses rows of candidates of another consultant, changing nothing', async () => {
    const before = await state();
    const report = await run(csv(row('IMP-1', { hoursMax: '8' }), row('IMP-OTHER-1')), false, otherConsultant);
    expect(report).toMatchObject({ created: 1, updated: 0, invalid: 1 });
    expect(report.errors).toEqual([{ line: 2, field: null, message: 'Deze klant hoort bij een andere klantmanager' }]);
    expect((await state()).filter((r: { external_ref: string }) => r.external_ref !== 'IMP-OTHER-1')).toEqual(before);
    const [created] = await api.dataSource.query(`SELECT consultant_id FROM candidates WHERE external_ref = 'IMP-OTHER-1'`);
    expect(created.consultant_id).toBe(otherConsultant.userId);
  });

  it('writes all valid rows in one transaction: a database failure half-way leaves nothing', async () => {
    // A real failure inside the transaction: the third insert is refused by the database.
    await api.dataSource.query(`
      CREATE FUNCTION test_fail_import() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.external_ref = 'IMP-BOOM' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER test_fail_import BEFORE INSERT ON candidates FOR EACH ROW EXECUTE FUNCTION test_fail_import();`);
    try {
      const candidates = await count(api, 'SELECT 1 FROM candidates');
      const events = await count(api, 'SELECT 1 FROM outbox_events');
      const res = await api.gql(IMPORT, { input: { csv: csv(row('IMP-A1'), row('IMP-A2'), row('IMP-BOOM'), row('IMP-A4')), dryRun: false } }, consultant.token);
      expectErrorCode(res, 'INTERNAL_SERVER_ERROR');
      expect(await count(api, 'SELECT 1 FROM candidates')).toBe(candidates);
      expect(await count(api, 'SELECT 1 FROM outbox_events')).toBe(events);
      expect(await count(api, `SELECT 1 FROM candidate_occupations o JOIN candidates c ON c.id = o.candidate_id WHERE c.external_ref LIKE 'IMP-A%'`)).toBe(0);
    } finally {
      await api.dataSource.query('DROP TRIGGER test_fail_import ON candidates; DROP FUNCTION test_fail_import();');
    }
  });

  it('imports the documented example file cleanly, twice', async () => {
    const text = readFileSync(join(__dirname, '../../libs/candidates/fixtures/candidates-example.csv'), 'utf8');
    const first = await run(text, false);
    expect(first).toMatchObject({ totalRows: 3, valid: 3, invalid: 0, created: 3, errors: [] });
    const second = await run(text, false);
    expect(second).toMatchObject({ totalRows: 3, created: 0, updated: 0, unchanged: 3 });
  });

  it('refuses a file over 5 MB, a wrong header, and roles without candidate access', async () => {
    const big = await api.gql(IMPORT, { input: { csv: `${HEADER}\n${'x'.repeat(5 * 1024 * 1024)}`, dryRun: true } }, consultant.token);
    expectErrorCode(big, 'BAD_USER_INPUT');
    const header = await api.gql(IMPORT, { input: { csv: 'naam;leeftijd\nx;1\n', dryRun: true } }, consultant.token);
    expectErrorCode(header, 'BAD_USER_INPUT');
    expect(header.errors?.[0].message).toMatch(/Onbekende kolom "naam"/);
    for (const role of [Role.ACCOUNTMANAGER, Role.EMPLOYER, Role.JOBCOACH]) {
      const user = await api.userToken(role);
      expectErrorCode(await api.gql(IMPORT, { input: { csv: csv(row('IMP-X')), dryRun: false } }, user.token), 'FORBIDDEN');
    }
    expect(await count(api, `SELECT 1 FROM candidates WHERE external_ref = 'IMP-X'`)).toBe(0);
  });
});
