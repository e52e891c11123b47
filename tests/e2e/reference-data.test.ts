import { DomainError, Role } from '@wsp/common';
import { LoadReferenceData1795328011790 } from '../../libs/database/src/migrations/1795328011790-LoadReferenceData';
import { ReferenceDataService } from '@wsp/reference-data';
import { expectErrorCode, TestApi } from '@wsp/testing/api';

const BAKKER = '1aadb308-432a-4d01-b54b-b4f7f76dd419'; // ESCO "bakker" (ISCO 7512)

describe('reference data over GraphQL', () => {
  let api: TestApi;
  let token: string;
  let employerToken: string;

  beforeAll(async () => {
    api = await TestApi.start();
    token = (await api.userToken(Role.CONSULTANT)).token;
    employerToken = (await api.userToken(Role.EMPLOYER)).token;
  });
  afterAll(async () => {
    await api.stop();
  });

  const count = async (sql: string): Promise<number> => Number((await api.dataSource.query<{ n: string }[]>(sql))[0].n);

  it('loads every reference table completely in the data migration', async () => {
    expect(await count('SELECT count(*) AS n FROM municipalities')).toBe(342);
    expect(await count('SELECT count(*) AS n FROM postcodes')).toBe(4077);
    expect(await count('SELECT count(*) AS n FROM isco_groups')).toBe(619);
    expect(await count('SELECT count(*) AS n FROM esco_occupations')).toBe(3007);
    expect(await count('SELECT count(*) AS n FROM esco_skills')).toBe(13896);
    // 123,855 in the file minus 67 relations of an occupation missing from the Dutch export
    expect(await count('SELECT count(*) AS n FROM esco_occupation_skills')).toBe(123788);
    expect(await count('SELECT count(*) AS n FROM esco_occupation_skills WHERE essential')).toBeGreaterThan(60000);

    const res = await api.gql('{ municipalities(first: 1) { totalCount } occupations(first: 1) { totalCount } skills(first: 1) { totalCount } }', {}, token);
    expect(res.data).toEqual({
      municipalities: { totalCount: 342 },
      occupations: { totalCount: 3007 },
      skills: { totalCount: 13896 },
    });
  });

  it('empties the reference tables on down and loads them again on up (inside one transaction)', async () => {
    const migration = new LoadReferenceData1795328011790();
    const runner = api.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const n = async (table: string) => Number(((await runner.query(`SELECT count(*) AS n FROM ${table}`)) as { n: string }[])[0].n);
      await migration.down(runner);
      expect([await n('postcodes'), await n('municipalities'), await n('esco_occupation_skills'), await n('esco_occupations')]).toEqual([0, 0, 0, 0]);
      await migration.up(runner);
      expect([await n('postcodes'), await n('municipalities'), await n('esco_occupation_skills'), await n('isco_groups')]).toEqual([4077, 342, 123788, 619]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('gives every postcode a 2024 municipality and a centroid, and every municipality postcodes and a province', async () => {
    expect(await count('SELECT count(*) AS n FROM postcodes p LEFT JOIN municipalities m ON m.code = p.municipality_code WHERE m.code IS NULL')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM postcodes WHERE latitude NOT BETWEEN 50.7 AND 53.6 OR longitude NOT BETWEEN 3.3 AND 7.3')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM municipalities m WHERE NOT EXISTS (SELECT 1 FROM postcodes p WHERE p.municipality_code = m.code)')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM municipalities WHERE province IS NULL')).toBe(0);
  });

  it('resolves PC4 2511 (with or without letters) to Den Haag, GM0518', async () => {
    const query = 'query($pc4: String!) { postcode(pc4: $pc4) { pc4 place municipalityCode municipalityName latitude longitude } }';
    const res = await api.gql(query, { pc4: ' 2511 ab ' }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.postcode).toMatchObject({ pc4: '2511', place: 'Den Haag', municipalityCode: 'GM0518', municipalityName: "'s-Gravenhage" });
    expect(res.data?.postcode.latitude).toBeCloseTo(52.0785, 3);
    expect(res.data?.postcode.longitude).toBeCloseTo(4.3175, 3);
    const employer = await api.gql(query, { pc4: '2511' }, employerToken);
    expect(employer.data?.postcode.municipalityCode).toBe('GM0518');
  });

  it('maps the PC4s of former municipalities to the merged 2024 municipality', async () => {
    for (const [pc4, code] of [['1381', 'GM0363'], ['1384', 'GM0363'], ['1701', 'GM1980'], ['5831', 'GM1982'], ['3231', 'GM1992'], ['5074', 'GM0855']]) {
      const res = await api.gql('query($pc4: String!) { postcode(pc4: $pc4) { municipalityCode } }', { pc4 }, token);
      expect({ pc4, code: res.data?.postcode.municipalityCode }).toEqual({ pc4, code });
    }
  });

  it('places a PC4 without geometry at its municipality centroid', async () => {
    const res = await api.gql('{ postcode(pc4: "1099") { municipalityCode latitude longitude } }', {}, token);
    expect(res.data?.postcode).toEqual({ municipalityCode: 'GM0363', latitude: 52.35948, longitude: 4.89408 });
  });

  it('refuses malformed and unknown postcodes with BAD_USER_INPUT naming the field', async () => {
    for (const pc4 of ['0000', '12', '2511 SS', '1000']) {
      const res = await api.gql('query($pc4: String!) { postcode(pc4: $pc4) { pc4 } }', { pc4 }, token);
      expectErrorCode(res, 'BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.field).toBe('pc4');
      expect(res.errors?.[0].message).toMatch(pc4 === '1000' ? /^Postcode 1000 bestaat niet/ : /^Ongeldige postcode/);
    }
  });

  it('searches and pages municipalities by name', async () => {
    const q = 'query($s: String, $after: String) { municipalities(search: $s, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { code name province population } } }';
    const first = await api.gql(q, { s: 'berg' }, token);
    const page1 = first.data?.municipalities;
    expect(page1.totalCount).toBeGreaterThan(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await api.gql(q, { s: 'berg', after: page1.pageInfo.endCursor }, token);
    const names = [...page1.nodes, ...(second.data?.municipalities.nodes ?? [])].map((m: { name: string }) => m.name);
    expect(names.every((n) => /berg/i.test(n))).toBe(true);
    const inOnePage = await api.gql('{ municipalities(search: "berg", first: 4) { nodes { name } } }', {}, token);
    expect(inOnePage.data?.municipalities.nodes.map((m: { name: string }) => m.name)).toEqual(names);
    const amsterdam = await api.gql('{ municipalities(search: "GM0363") { nodes { code name province population } } }', {}, token);
    expect(amsterdam.data?.municipalities.nodes).toEqual([{ code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland', population: 892960 }]);
  });

  it('finds occupations by Dutch label and alternative label, exact match first', async () => {
    const q = 'query($s: String, $g: String) { occupations(search: $s, iscoGroup: $g, first: 5) { totalCount nodes { id labelNl iscoGroup iscoGroupLabel } } }';
    const res = await api.gql(q, { s: 'Bakker' }, token);
    expect(res.data?.occupations.nodes[0]).toMatchObject({ id: BAKKER, labelNl: 'bakker', iscoGroup: '7512' });
    expect(res.data?.occupations.nodes[0].iscoGroupLabel).toEqual(expect.any(String));
    const byAlt = await api.gql(q, { s: 'broodbakker' }, token);
    expect(byAlt.data?.occupations.nodes.map((o: { id: string }) => o.id)).toContain(BAKKER);
    const inGroup = await api.gql(q, { s: 'bakker', g: '75' }, token);
    expect(inGroup.data?.occupations.nodes.every((o: { iscoGroup: string }) => o.iscoGroup.startsWith('75'))).toBe(true);
    expect(inGroup.data?.occupations.totalCount).toBeLessThan(res.data?.occupations.totalCount);
    const wildcard = await api.gql(q, { s: '%' }, token);
    expect(wildcard.data?.occupations.totalCount).toBe(0);
    expectErrorCode(await api.gql(q, { g: '12345' }, token), 'BAD_USER_INPUT');
  });

  it('returns an occupation with its essential and optional skills', async () => {
    const q = `query($id: ID!) { occupation(id: $id) { labelNl labelEn altLabelsNl
      essentialSkills(first: 100) { totalCount nodes { id labelEn skillType } }
      optionalSkills(first: 3) { totalCount pageInfo { hasNextPage } nodes { id } } } }`;
    const res = await api.gql(q, { id: BAKKER }, token);
    expect(res.errors).toBeUndefined();
    const occ = res.data?.occupation;
    expect(occ).toMatchObject({ labelNl: 'bakker', labelEn: 'baker' });
    expect(occ.altLabelsNl).toContain('broodbakker');
    const essential = await count(`SELECT count(*) AS n FROM esco_occupation_skills WHERE occupation_id = '${BAKKER}' AND essential`);
    const optional = await count(`SELECT count(*) AS n FROM esco_occupation_skills WHERE occupation_id = '${BAKKER}' AND NOT essential`);
    expect(essential).toBeGreaterThan(0);
    expect(occ.essentialSkills.totalCount).toBe(essential);
    expect(occ.essentialSkills.nodes).toHaveLength(Math.min(essential, 100));
    expect(occ.optionalSkills.totalCount).toBe(optional);
    expect(occ.optionalSkills.nodes.length).toBeLessThanOrEqual(3);

    expectErrorCode(await api.gql(q, { id: '00000000-0000-0000-0000-000000000000' }, token), 'NOT_FOUND');
    expectErrorCode(await api.gql(q, { id: 'not-a-uuid' }, token), 'NOT_FOUND');
  });

  it('searches skills by English label', async () => {
    const res = await api.gql('{ skills(search: "bake", first: 10) { totalCount nodes { labelEn altLabelsEn } } }', {}, token);
    expect(res.data?.skills.totalCount).toBeGreaterThan(0);
    for (const s of res.data?.skills.nodes as { labelEn: string; altLabelsEn: string[] }[]) {
      expect([s.labelEn, ...s.altLabelsEn].some((l) => /bake/i.test(l))).toBe(true);
    }
  });

  it('refuses every reference query without a login', async () => {
    for (const q of ['{ postcode(pc4: "2511") { pc4 } }', '{ municipalities { totalCount } }', '{ occupations { totalCount } }', '{ skills { totalCount } }', `{ occupation(id: "${BAKKER}") { id } }`]) {
      const res = await api.gql(q);
      expectErrorCode(res, 'UNAUTHENTICATED');
      expect(res.data ?? null).toBeNull();
    }
  });

  describe('ReferenceDataService (for other contexts)', () => {
    let service: ReferenceDataService;
    beforeAll(() => {
      service = api.app.get(ReferenceDataService);
    });

    const errorOf = async (p: Promise<unknown>): Promise<DomainError> => {
      try {
        await p;
      } catch (e) {
        if (e instanceof DomainError) return e;
        throw e;
      }
      throw new Error('expected a DomainError');
    };

    it('resolves postcodes and names the field of a bad one', async () => {
      await expect(service.resolvePostcode('1382 AA')).resolves.toMatchObject({ pc4: '1382', municipalityCode: 'GM0363', place: 'Weesp' });
      const err = await errorOf(service.resolvePostcode('1000 AA', 'employer.postcode'));
      expect(err).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'employer.postcode' } });
    });

    it('checks occupation and skill references', async () => {
      await expect(service.assertOccupationExists(BAKKER, 'occupationId')).resolves.toBeUndefined();
      expect(await errorOf(service.assertOccupationExists('00000000-0000-0000-0000-000000000000', 'occupationId'))).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field: 'occupationId' },
      });
      const refs = await service.skillsOfOccupation(BAKKER);
      expect(refs.length).toBe(await count(`SELECT count(*) AS n FROM esco_occupation_skills WHERE occupation_id = '${BAKKER}'`));
      expect(refs[0]).toEqual({ skillId: expect.any(String), essential: true });
      const known = refs.slice(0, 2).map((r) => r.skillId);
      await expect(service.assertSkillsExist(known, 'skillIds')).resolves.toBeUndefined();
      const unknown = ['00000000-0000-0000-0000-000000000000', 'rubbish'];
      const err = await errorOf(service.assertSkillsExist([...known, ...unknown], 'skillIds'));
      expect(err).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'skillIds', unknownIds: unknown } });
      expect(err.message).toContain('rubbish');
    });
  });
});
