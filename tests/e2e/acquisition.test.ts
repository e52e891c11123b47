/**
 * Acquisition over HTTP: employer records (KvK, SBI, PC4, owner, PSO), contact persons, employer
 * demands and employer search. Pipeline and CRM: acquisition-pipeline.test.ts; authorization per
 * role: acquisition-access.test.ts.
 */
import { Role } from '@wsp/common';
import { expectErrorCode, TestApi } from '@wsp/testing/api';
import {
  Actors,
  count,
  CREATE,
  CREATE_DEMAND,
  createEmployer,
  DEMAND,
  employerInput,
  employerRow,
  GET,
  GET_CRM,
  HISTORY,
  isoDaysFromToday,
  nextKvk,
  ok,
  SEARCH,
  setUpActors,
  tableCounts,
  unknownPc4,
  UPDATE,
} from './acquisition.fixtures';

describe('acquisition: employer records, contacts, demands and search', () => {
  let api: TestApi;
  let a: Actors;

  beforeAll(async () => {
    api = await TestApi.start();
    a = await setUpActors(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  describe('employer record', () => {
    it('creates an employer as an accountmanager, who becomes the owner; PC4 resolves to municipality and coordinates', async () => {
      const kvk = nextKvk();
      const e = await createEmployer(api, a.am.token, {
        kvkNumber: ` ${kvk.slice(0, 4)} ${kvk.slice(4)} `,
        sbiSection: 'I',
        website: 'www.korenschoof.nl',
        inclusiveEmployer: true,
        psoLevel: 'TREDE_2',
        psoExpiresOn: isoDaysFromToday(365),
        notes: 'Wil graag praten over leerwerkplekken',
      });
      expect(e).toMatchObject({
        name: 'Bakkerij De Korenschoof',
        kvkNumber: kvk,
        sbiSection: 'I',
        sectorName: 'Logies-, maaltijd- en drankverstrekking',
        sizeClass: 'SMALL',
        postcode: '2511',
        municipalityCode: 'GM0518',
        municipalityName: "'s-Gravenhage",
        inclusiveEmployer: true,
        psoLevel: 'TREDE_2',
        psoCertificateValid: true,
        website: 'https://www.korenschoof.nl',
        ownerId: a.am.userId,
        accountManager: { id: a.am.userId, displayName: 'Test ACCOUNTMANAGER' },
        stage: 'PROSPECT',
        lostReason: null,
        notes: 'Wil graag praten over leerwerkplekken',
      });
      expect(e.latitude).toBeGreaterThan(52);
      expect(e.latitude).toBeLessThan(52.2);
      expect(e.longitude).toBeGreaterThan(4.2);
      expect(e.longitude).toBeLessThan(4.4);
      // The first history row is written with the employer.
      const history = ok(await api.gql(HISTORY, { id: e.id }, a.am.token)).employer.stageHistory;
      expect(history.totalCount).toBe(1);
      expect(history.nodes[0]).toMatchObject({ fromStage: null, toStage: 'PROSPECT', reason: null, changedById: a.am.userId });
    });

    it('refuses a second employer with the same KvK number as CONFLICT, also when the spacing differs, keeping one row', async () => {
      const kvk = nextKvk();
      await createEmployer(api, a.am.token, { kvkNumber: kvk });
      const before = await tableCounts(api);
      const res = await api.gql(CREATE, { input: employerInput({ kvkNumber: `${kvk.slice(0, 2)} ${kvk.slice(2)}`, name: 'Ander bedrijf' }) }, a.otherAm.token);
      expectErrorCode(res, 'CONFLICT');
      expect(res.errors?.[0].extensions?.field).toBe('kvkNumber');
      expect(await count(api, 'SELECT count(*) AS n FROM employers WHERE kvk_number = $1', [kvk])).toBe(1);
      expect(await tableCounts(api)).toEqual(before);
    });

    it('lets exactly one of two simultaneous creations with the same KvK number win (unique index)', async () => {
      const kvk = nextKvk();
      const results = await Promise.all(
        [a.am, a.otherAm, a.am].map((actor, i) => api.gql(CREATE, { input: employerInput({ kvkNumber: kvk, name: `Race ${i}` }) }, actor.token)),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const r of results.filter((x) => x.errors)) expectErrorCode(r, 'CONFLICT');
      expect(await count(api, 'SELECT count(*) AS n FROM employers WHERE kvk_number = $1', [kvk])).toBe(1);
      const id = results.find((r) => !r.errors)!.data!.createEmployer.id;
      expect(await count(api, 'SELECT count(*) AS n FROM employer_stage_changes WHERE employer_id = $1', [id])).toBe(1);
    });

    it('refuses an unknown PC4 with BAD_USER_INPUT on field postcode, writing nothing', async () => {
      const before = await tableCounts(api);
      const res = await api.gql(CREATE, { input: employerInput({ postcode: await unknownPc4(api) }) }, a.am.token);
      expectErrorCode(res, 'BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.field).toBe('postcode');
      const malformed = await api.gql(CREATE, { input: employerInput({ postcode: '0123' }) }, a.am.token);
      expectErrorCode(malformed, 'BAD_USER_INPUT');
      expect(malformed.errors?.[0].extensions?.field).toBe('postcode');
      expect(await tableCounts(api)).toEqual(before);
    });

    it.each([
      ['a 7-digit KvK number', { kvkNumber: '1234567' }, 'kvkNumber'],
      ['a KvK number with letters', { kvkNumber: '1234567A' }, 'kvkNumber'],
      ['a PSO level without expiry date', { psoLevel: 'TREDE_1' }, 'psoExpiresOn'],
      ['a PSO expiry date without level', { psoExpiresOn: '2030-01-01' }, 'psoLevel'],
      ['an impossible PSO expiry date', { psoLevel: 'TREDE_1', psoExpiresOn: '2030-02-30' }, 'psoExpiresOn'],
      ['a non-http website', { website: 'ftp://bakkerij.nl' }, 'website'],
      ['a blank name', { name: '   ' }, 'name'],
    ])('refuses %s with BAD_USER_INPUT on its field, writing nothing', async (_label, extra, field) => {
      const before = await tableCounts(api);
      const res = await api.gql(CREATE, { input: employerInput(extra) }, a.am.token);
      expectErrorCode(res, 'BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.field).toBe(field);
      expect(await tableCounts(api)).toEqual(before);
    });

    it('refuses an SBI letter outside A-U', async () => {
      const before = await tableCounts(api);
      expectErrorCode(await api.gql(CREATE, { input: employerInput({ sbiSection: 'V' }) }, a.am.token), 'BAD_USER_INPUT');
      expect(await tableCounts(api)).toEqual(before);
      const sections = ok(await api.gql('{ sbiSections { code name } }', {}, a.consultant.token)).sbiSections;
      expect(sections).toHaveLength(21);
      expect(sections[5]).toEqual({ code: 'F', name: 'Bouwnijverheid' });
    });

    it('needs an owner when a beheerder creates an employer, and the owner must be an active accountmanager', async () => {
      const before = await tableCounts(api);
      const noOwner = await api.gql(CREATE, { input: employerInput() }, a.admin.token);
      expectErrorCode(noOwner, 'BAD_USER_INPUT');
      expect(noOwner.errors?.[0].extensions?.field).toBe('ownerId');
      const consultantOwner = await api.gql(CREATE, { input: employerInput({ ownerId: a.consultant.userId }) }, a.admin.token);
      expectErrorCode(consultantOwner, 'BAD_USER_INPUT');
      await api.dataSource.query('UPDATE users SET active = false WHERE id = $1', [a.otherAm.userId]);
      try {
        expectErrorCode(await api.gql(CREATE, { input: employerInput({ ownerId: a.otherAm.userId }) }, a.admin.token), 'BAD_USER_INPUT');
      } finally {
        await api.dataSource.query('UPDATE users SET active = true WHERE id = $1', [a.otherAm.userId]);
      }
      // An accountmanager cannot hand a new employer to a colleague.
      expectErrorCode(await api.gql(CREATE, { input: employerInput({ ownerId: a.otherAm.userId }) }, a.am.token), 'FORBIDDEN');
      expect(await tableCounts(api)).toEqual(before);

      const e = ok(await api.gql(CREATE, { input: employerInput({ ownerId: a.otherAm.userId }) }, a.admin.token)).createEmployer;
      expect(e.ownerId).toBe(a.otherAm.userId);
    });

    it('updates the profile (owner), clears nullable fields with null and keeps PSO consistent', async () => {
      const e = await createEmployer(api, a.am.token, { psoLevel: 'TREDE_1', psoExpiresOn: isoDaysFromToday(10), website: 'bakker.nl' });
      const res = ok(
        await api.gql(UPDATE, { id: e.id, input: { name: 'Bakkerij Korenschoof B.V.', postcode: '1012', website: null, sizeClass: 'MEDIUM' } }, a.am.token),
      ).updateEmployer;
      expect(res).toMatchObject({ name: 'Bakkerij Korenschoof B.V.', postcode: '1012', municipalityCode: 'GM0363', website: null, sizeClass: 'MEDIUM' });
      const version = (await employerRow(api, e.id)).version;
      expect(version).toBe(2);

      // Clearing only the expiry date would leave a level without a date.
      const bad = await api.gql(UPDATE, { id: e.id, input: { psoExpiresOn: null } }, a.am.token);
      expectErrorCode(bad, 'BAD_USER_INPUT');
      expect(bad.errors?.[0].extensions?.field).toBe('psoExpiresOn');
      const cleared = ok(await api.gql(UPDATE, { id: e.id, input: { psoLevel: null, psoExpiresOn: null } }, a.am.token)).updateEmployer;
      expect(cleared).toMatchObject({ psoLevel: null, psoExpiresOn: null, psoCertificateValid: false });

      // A required field cannot be set to null.
      expectErrorCode(await api.gql(UPDATE, { id: e.id, input: { name: null } }, a.am.token), 'BAD_USER_INPUT');
      const unknownPostcode = await api.gql(UPDATE, { id: e.id, input: { postcode: await unknownPc4(api) } }, a.am.token);
      expectErrorCode(unknownPostcode, 'BAD_USER_INPUT');
      expect((await employerRow(api, e.id)).postcode).toBe('1012');
    });

    it('refuses changing the KvK number to one that is taken (CONFLICT)', async () => {
      const first = await createEmployer(api, a.am.token);
      const second = await createEmployer(api, a.am.token);
      const res = await api.gql(UPDATE, { id: second.id, input: { kvkNumber: first.kvkNumber } }, a.am.token);
      expectErrorCode(res, 'CONFLICT');
      expect((await employerRow(api, second.id)).kvk_number).toBe(second.kvkNumber);
    });

    it('lets only a beheerder reassign the owner, to an active accountmanager', async () => {
      const e = await createEmployer(api, a.am.token);
      const ASSIGN = 'mutation($e: ID!, $o: ID!) { assignEmployerOwner(employerId: $e, ownerId: $o) { id ownerId } }';
      expectErrorCode(await api.gql(ASSIGN, { e: e.id, o: a.otherAm.userId }, a.am.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(ASSIGN, { e: e.id, o: a.jobcoach.userId }, a.admin.token), 'BAD_USER_INPUT');
      expect((await employerRow(api, e.id)).owner_id).toBe(a.am.userId);
      expect(ok(await api.gql(ASSIGN, { e: e.id, o: a.otherAm.userId }, a.admin.token)).assignEmployerOwner.ownerId).toBe(a.otherAm.userId);
      // The previous owner no longer manages it; the new one does.
      expectErrorCode(await api.gql(UPDATE, { id: e.id, input: { name: 'X' } }, a.am.token), 'FORBIDDEN');
      expect(ok(await api.gql(UPDATE, { id: e.id, input: { name: 'Nieuw' } }, a.otherAm.token)).updateEmployer.name).toBe('Nieuw');
    });

    it('answers NOT_FOUND for an unknown or malformed id', async () => {
      expectErrorCode(await api.gql(GET, { id: '00000000-0000-4000-8000-000000000000' }, a.consultant.token), 'NOT_FOUND');
      expectErrorCode(await api.gql(GET, { id: 'not-a-uuid' }, a.consultant.token), 'NOT_FOUND');
    });
  });

  describe('contact persons', () => {
    const ADD = `mutation($e: ID!, $input: EmployerContactInput!) { addEmployerContact(employerId: $e, input: $input) { id name email isPrimary } }`;
    const EDIT = `mutation($id: ID!, $input: UpdateEmployerContactInput!) { updateEmployerContact(id: $id, input: $input) { id name jobTitle isPrimary } }`;
    const REMOVE = `mutation($id: ID!) { removeEmployerContact(id: $id) }`;

    it('adds, updates and removes contacts with at most one primary contact', async () => {
      const e = await createEmployer(api, a.am.token);
      const anna = ok(await api.gql(ADD, { e: e.id, input: { name: 'Anna de Vries', email: 'Anna@Korenschoof.nl', isPrimary: true } }, a.am.token)).addEmployerContact;
      expect(anna).toMatchObject({ name: 'Anna de Vries', email: 'anna@korenschoof.nl', isPrimary: true });
      const bram = ok(await api.gql(ADD, { e: e.id, input: { name: 'Bram Jansen', phone: '+31 70 123 4567', isPrimary: true } }, a.am.token)).addEmployerContact;
      expect(bram.isPrimary).toBe(true);
      const contacts = async () => ok(await api.gql(GET, { id: e.id }, a.am.token)).employer.contacts;
      expect(await contacts()).toEqual([
        { id: bram.id, name: 'Bram Jansen', email: null, isPrimary: true },
        { id: anna.id, name: 'Anna de Vries', email: 'anna@korenschoof.nl', isPrimary: false },
      ]);
      ok(await api.gql(EDIT, { id: anna.id, input: { isPrimary: true, jobTitle: 'HR-adviseur' } }, a.am.token));
      expect(await count(api, 'SELECT count(*) AS n FROM employer_contacts WHERE employer_id = $1 AND is_primary', [e.id])).toBe(1);
      expect((await contacts())[0]).toMatchObject({ id: anna.id, isPrimary: true });

      expectErrorCode(await api.gql(ADD, { e: e.id, input: { name: 'X', email: 'geen-mail' } }, a.am.token), 'BAD_USER_INPUT');
      expectErrorCode(await api.gql(EDIT, { id: anna.id, input: { name: null } }, a.am.token), 'BAD_USER_INPUT');

      expect(ok(await api.gql(REMOVE, { id: bram.id }, a.am.token)).removeEmployerContact).toBe(bram.id);
      expect((await contacts()).map((c: { id: string }) => c.id)).toEqual([anna.id]);
      expectErrorCode(await api.gql(REMOVE, { id: bram.id }, a.am.token), 'NOT_FOUND');
    });

    it('keeps one primary contact when two are made primary at the same time', async () => {
      const e = await createEmployer(api, a.am.token);
      await Promise.all(
        ['Carla', 'Dirk', 'Eva'].map((name) => api.gql(ADD, { e: e.id, input: { name, isPrimary: true } }, a.am.token)),
      );
      expect(await count(api, 'SELECT count(*) AS n FROM employer_contacts WHERE employer_id = $1', [e.id])).toBe(3);
      expect(await count(api, 'SELECT count(*) AS n FROM employer_contacts WHERE employer_id = $1 AND is_primary', [e.id])).toBe(1);
    });
  });

  describe('employer demands', () => {
    const STATUS = `mutation($id: ID!, $status: DemandStatus!) { changeEmployerDemandStatus(id: $id, status: $status) { id status } }`;
    const UPDATE_DEMAND = `mutation($id: ID!, $input: UpdateEmployerDemandInput!) { updateEmployerDemand(id: $id, input: $input) { ${DEMAND} } }`;
    const BAKKER = '1aadb308-432a-4d01-b54b-b4f7f76dd419'; // ESCO "bakker"

    it('runs a demand through OPEN → IN_PROGRESS → FULFILLED and refuses other moves', async () => {
      const e = await createEmployer(api, a.am.token);
      const d = ok(
        await api.gql(
          CREATE_DEMAND,
          { input: { employerId: e.id, title: 'Twee bakkers', occupationId: BAKKER, numberOfPeople: 2, startFrom: isoDaysFromToday(14), notes: 'Vroege diensten' } },
          a.am.token,
        ),
      ).createEmployerDemand;
      expect(d).toMatchObject({ employerId: e.id, title: 'Twee bakkers', occupationId: BAKKER, occupationLabel: 'bakker', numberOfPeople: 2, status: 'OPEN' });

      const updated = ok(await api.gql(UPDATE_DEMAND, { id: d.id, input: { numberOfPeople: 3, occupationId: null } }, a.am.token)).updateEmployerDemand;
      expect(updated).toMatchObject({ numberOfPeople: 3, occupationId: null, occupationLabel: null });

      expectErrorCode(await api.gql(STATUS, { id: d.id, status: 'FULFILLED' }, a.am.token), 'BAD_USER_INPUT');
      expect(ok(await api.gql(STATUS, { id: d.id, status: 'IN_PROGRESS' }, a.am.token)).changeEmployerDemandStatus.status).toBe('IN_PROGRESS');
      expectErrorCode(await api.gql(STATUS, { id: d.id, status: 'OPEN' }, a.am.token), 'BAD_USER_INPUT');
      expect(ok(await api.gql(STATUS, { id: d.id, status: 'FULFILLED' }, a.am.token)).changeEmployerDemandStatus.status).toBe('FULFILLED');
      expectErrorCode(await api.gql(STATUS, { id: d.id, status: 'CANCELLED' }, a.am.token), 'BAD_USER_INPUT');
      expectErrorCode(await api.gql(UPDATE_DEMAND, { id: d.id, input: { title: 'Later' } }, a.am.token), 'BAD_USER_INPUT');

      const list = ok(
        await api.gql(`query($id: ID!) { employer(id: $id) { demands(status: FULFILLED) { totalCount nodes { id status } } } }`, { id: e.id }, a.consultant.token),
      ).employer.demands;
      expect(list).toEqual({ totalCount: 1, nodes: [{ id: d.id, status: 'FULFILLED' }] });
    });

    it('cancels an open demand', async () => {
      const e = await createEmployer(api, a.am.token);
      const d = ok(
        await api.gql(CREATE_DEMAND, { input: { employerId: e.id, title: 'Schoonmaker', numberOfPeople: 1, startFrom: isoDaysFromToday(0) } }, a.am.token),
      ).createEmployerDemand;
      expect(ok(await api.gql(STATUS, { id: d.id, status: 'CANCELLED' }, a.am.token)).changeEmployerDemandStatus.status).toBe('CANCELLED');
    });

    it.each([
      ['an unknown ESCO occupation', { occupationId: '00000000-0000-4000-8000-000000000000' }, 'occupationId'],
      ['a start date in the past', { startFrom: isoDaysFromToday(-1) }, 'startFrom'],
      ['an impossible date', { startFrom: '2031-02-29' }, 'startFrom'],
    ])('refuses %s, writing nothing', async (_label, extra, field) => {
      const e = await createEmployer(api, a.am.token);
      const before = await tableCounts(api);
      const res = await api.gql(
        CREATE_DEMAND,
        { input: { employerId: e.id, title: 'Vraag', numberOfPeople: 1, startFrom: isoDaysFromToday(7), ...extra } },
        a.am.token,
      );
      expectErrorCode(res, 'BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.field).toBe(field);
      expect(await tableCounts(api)).toEqual(before);
    });

    it('refuses 0 or more than 1000 people', async () => {
      const e = await createEmployer(api, a.am.token);
      for (const numberOfPeople of [0, 1001]) {
        expectErrorCode(
          await api.gql(CREATE_DEMAND, { input: { employerId: e.id, title: 'Vraag', numberOfPeople, startFrom: isoDaysFromToday(7) } }, a.am.token),
          'BAD_USER_INPUT',
        );
      }
      expect(await count(api, 'SELECT count(*) AS n FROM employer_demands WHERE employer_id = $1', [e.id])).toBe(0);
    });
  });

  describe('search', () => {
    let ids: Record<string, string>;
    let kvkOfZeta: string;

    beforeAll(async () => {
      // A separate owner so that the ownerId filter isolates exactly these employers.
      const owner = await api.userToken(Role.ACCOUNTMANAGER);
      const make = (name: string, extra: Record<string, unknown> = {}) => createEmployer(api, owner.token, { name, ...extra });
      const alfa = await make('Zoek Alfa Zorg', { postcode: '2511', inclusiveEmployer: true });
      const beta = await make('Zoek Beta Bouw', { postcode: '1012' });
      const gamma = await make('zoek gamma 100% groen', { postcode: '2511' });
      const zeta = await make('Zoek Zeta Zuivel', { postcode: '1012', inclusiveEmployer: true });
      kvkOfZeta = zeta.kvkNumber;
      ids = { alfa: alfa.id, beta: beta.id, gamma: gamma.id, zeta: zeta.id, owner: owner.userId };
    });

    const search = async (filter: Record<string, unknown>, first = 20, after?: string, token = a.consultant.token) =>
      ok(await api.gql(SEARCH, { filter, first, after }, token)).employers;

    it('filters by owner and sorts by name (case-insensitive) then id', async () => {
      const res = await search({ ownerId: ids.owner });
      expect(res.totalCount).toBe(4);
      expect(res.nodes.map((n: { id: string }) => n.id)).toEqual([ids.alfa, ids.beta, ids.gamma, ids.zeta]);
    });

    it('paginates with totalCount, hasNextPage and the after cursor, without overlap', async () => {
      const page1 = await search({ ownerId: ids.owner }, 3);
      expect(page1.totalCount).toBe(4);
      expect(page1.nodes.map((n: { id: string }) => n.id)).toEqual([ids.alfa, ids.beta, ids.gamma]);
      expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(page1.pageInfo.endCursor).toBe(page1.edges[2].cursor);
      const page2 = await search({ ownerId: ids.owner }, 3, page1.pageInfo.endCursor);
      expect(page2.nodes.map((n: { id: string }) => n.id)).toEqual([ids.zeta]);
      expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expectErrorCode(await api.gql(SEARCH, { filter: {}, first: 0 }, a.consultant.token), 'BAD_USER_INPUT');
      expectErrorCode(await api.gql(SEARCH, { filter: {}, after: 'garbage' }, a.consultant.token), 'BAD_USER_INPUT');
    });

    it('searches on part of the name (case-insensitive, % taken literally) or on the KvK number', async () => {
      expect((await search({ search: 'BETA', ownerId: ids.owner })).nodes.map((n: { id: string }) => n.id)).toEqual([ids.beta]);
      expect((await search({ search: '100%', ownerId: ids.owner })).nodes.map((n: { id: string }) => n.id)).toEqual([ids.gamma]);
      expect((await search({ search: '%', ownerId: ids.owner })).nodes.map((n: { id: string }) => n.id)).toEqual([ids.gamma]);
      const byKvk = await search({ search: `${kvkOfZeta.slice(0, 4)} ${kvkOfZeta.slice(4)}` });
      expect(byKvk.nodes.map((n: { id: string }) => n.id)).toEqual([ids.zeta]);
    });

    it('filters by municipality code and by inclusive employer, combined', async () => {
      const inAmsterdam = await search({ ownerId: ids.owner, municipalityCode: 'gm0363' });
      expect(inAmsterdam.nodes.map((n: { id: string }) => n.id)).toEqual([ids.beta, ids.zeta]);
      expect(inAmsterdam.nodes[0].municipalityCode).toBe('GM0363');
      const inclusiveInDenHaag = await search({ ownerId: ids.owner, municipalityCode: 'GM0518', inclusiveEmployer: true });
      expect(inclusiveInDenHaag.nodes.map((n: { id: string }) => n.id)).toEqual([ids.alfa]);
      const notInclusive = await search({ ownerId: ids.owner, inclusiveEmployer: false });
      expect(notInclusive.totalCount).toBe(2);
      expectErrorCode(await api.gql(SEARCH, { filter: { municipalityCode: 'Den Haag' } }, a.consultant.token), 'BAD_USER_INPUT');
    });

    it('filters by stage for accountmanagers, but not for consultants (CRM information)', async () => {
      const res = await search({ ownerId: ids.owner, stage: 'PROSPECT' }, 20, undefined, a.am.token);
      expect(res.totalCount).toBe(4);
      expect((await search({ ownerId: ids.owner, stage: 'ACTIVE' }, 20, undefined, a.am.token)).totalCount).toBe(0);
      expectErrorCode(await api.gql(SEARCH, { filter: { stage: 'PROSPECT' } }, a.consultant.token), 'FORBIDDEN');
    });

    it('shows CRM fields to accountmanagers of employers they do not own (read all)', async () => {
      const crm = ok(await api.gql(GET_CRM, { id: ids.alfa }, a.am.token)).employer;
      expect(crm).toMatchObject({ id: ids.alfa, stage: 'PROSPECT' });
    });
  });
});
