/**
 * Authorization of the acquisition context per role, over HTTP. Every refused call is checked to
 * change nothing.
 */
import { Role } from '@wsp/common';
import { expectErrorCode, TestApi } from '@wsp/testing/api';
import {
  Actor,
  Actors,
  CREATE,
  CREATE_DEMAND,
  createEmployer,
  employerInput,
  employerRow,
  GET,
  GET_CRM,
  isoDaysFromToday,
  MOVE,
  MY_ACTIONS,
  ok,
  RECORD,
  SEARCH,
  setUpActors,
  tableCounts,
  TIMELINE,
  UPDATE,
} from './acquisition.fixtures';

const PROFILE_CONTACTS_DEMANDS = `query($id: ID!) { employer(id: $id) { id name municipalityName contacts { id name } demands { totalCount nodes { id title } } } }`;
const DEMAND_BY_ID = `query($id: ID!) { employerDemand(id: $id) { id title employer { id name } } }`;
const CRM_FIELDS: [string, string][] = [
  ['stage', 'stage'],
  ['lostReason', 'lostReason'],
  ['notes', 'notes'],
  ['stageHistory', 'stageHistory { totalCount }'],
  ['contactMoments', 'contactMoments { totalCount }'],
];

describe('acquisition: authorization per role', () => {
  let api: TestApi;
  let a: Actors;
  let owned: Record<string, any>;
  let other: Record<string, any>;
  let contactId: string;
  let demandId: string;
  let otherDemandId: string;
  let momentId: string;
  let employerUser: Actor;

  beforeAll(async () => {
    api = await TestApi.start();
    a = await setUpActors(api);
    owned = await createEmployer(api, a.am.token, { name: 'Eigen Werkgever', notes: 'Interne notitie' });
    other = await createEmployer(api, a.otherAm.token, { name: 'Andere Werkgever' });
    contactId = ok(
      await api.gql(`mutation($e: ID!) { addEmployerContact(employerId: $e, input: { name: "Gerrit Visser", isPrimary: true }) { id } }`, { e: owned.id }, a.am.token),
    ).addEmployerContact.id;
    const demand = (employerId: string, token: string) =>
      api.gql(CREATE_DEMAND, { input: { employerId, title: 'Twee chauffeurs', numberOfPeople: 2, startFrom: isoDaysFromToday(10) } }, token);
    demandId = ok(await demand(owned.id, a.am.token)).createEmployerDemand.id;
    otherDemandId = ok(await demand(other.id, a.otherAm.token)).createEmployerDemand.id;
    momentId = ok(
      await api.gql(
        RECORD,
        { input: { employerId: owned.id, type: 'CALL', occurredAt: new Date(Date.now() - 60_000).toISOString(), outcome: 'Gebeld', nextAction: 'Mailen', nextActionDueOn: isoDaysFromToday(1) } },
        a.am.token,
      ),
    ).recordContactMoment.id;
    employerUser = await api.userToken(Role.EMPLOYER, { employerId: owned.id });
  });
  afterAll(async () => {
    await api.stop();
  });

  /** Every change an accountmanager can make to an employer they own. */
  const writes = (): [string, string, Record<string, unknown>][] => [
    ['updateEmployer', UPDATE, { id: owned.id, input: { name: 'Gekaapt', notes: 'x' } }],
    ['moveEmployerStage', MOVE, { input: { employerId: owned.id, fromStage: 'PROSPECT', toStage: 'CONTACTED' } }],
    ['addEmployerContact', `mutation($e: ID!) { addEmployerContact(employerId: $e, input: { name: "X" }) { id } }`, { e: owned.id }],
    ['updateEmployerContact', `mutation($id: ID!) { updateEmployerContact(id: $id, input: { name: "Y", isPrimary: false }) { id } }`, { id: contactId }],
    ['removeEmployerContact', `mutation($id: ID!) { removeEmployerContact(id: $id) }`, { id: contactId }],
    ['recordContactMoment', RECORD, { input: { employerId: owned.id, type: 'EMAIL', occurredAt: new Date().toISOString(), outcome: 'x' } }],
    ['completeNextAction', `mutation($id: ID!) { completeNextAction(contactMomentId: $id) { id } }`, { id: momentId }],
    ['createEmployerDemand', CREATE_DEMAND, { input: { employerId: owned.id, title: 'x', numberOfPeople: 1, startFrom: isoDaysFromToday(5) } }],
    ['updateEmployerDemand', `mutation($id: ID!) { updateEmployerDemand(id: $id, input: { title: "x" }) { id } }`, { id: demandId }],
    ['changeEmployerDemandStatus', `mutation($id: ID!) { changeEmployerDemandStatus(id: $id, status: CANCELLED) { id } }`, { id: demandId }],
  ];

  async function state() {
    return {
      counts: await tableCounts(api),
      employer: await employerRow(api, owned.id),
      contacts: await api.dataSource.query('SELECT * FROM employer_contacts WHERE employer_id = $1 ORDER BY id', [owned.id]),
      demands: await api.dataSource.query('SELECT * FROM employer_demands WHERE employer_id = $1 ORDER BY id', [owned.id]),
      moments: await api.dataSource.query('SELECT * FROM contact_moments WHERE employer_id = $1 ORDER BY id', [owned.id]),
    };
  }

  it.each(['otherAm', 'consultant', 'jobcoach', 'employer'] as const)('refuses every change by %s with FORBIDDEN and changes nothing', async (who) => {
    const token = who === 'employer' ? employerUser.token : a[who].token;
    const before = await state();
    for (const [name, query, vars] of writes()) {
      const res = await api.gql(query, vars, token);
      if (!res.errors?.some((e) => e.extensions?.code === 'FORBIDDEN')) throw new Error(`${who} ${name}: ${JSON.stringify(res)}`);
    }
    // Accountmanagers may create employers; the other roles may not.
    if (who !== 'otherAm') expectErrorCode(await api.gql(CREATE, { input: employerInput() }, token), 'FORBIDDEN');
    expect(await state()).toEqual(before);
  });

  it('lets the owner and a beheerder change the employer', async () => {
    expect(ok(await api.gql(UPDATE, { id: owned.id, input: { website: 'eigen.nl' } }, a.am.token)).updateEmployer.website).toBe('https://eigen.nl');
    expect(ok(await api.gql(UPDATE, { id: other.id, input: { website: 'ander.nl' } }, a.admin.token)).updateEmployer.website).toBe('https://ander.nl');
    const moved = ok(await api.gql(MOVE, { input: { employerId: other.id, fromStage: 'PROSPECT', toStage: 'CONTACTED' } }, a.admin.token));
    expect(moved.moveEmployerStage.stage).toBe('CONTACTED');
  });

  describe('consultants and job coaches', () => {
    it.each(['consultant', 'jobcoach'] as const)('%s reads profiles, contacts and demands of every employer', async (who) => {
      const res = ok(await api.gql(PROFILE_CONTACTS_DEMANDS, { id: owned.id }, a[who].token)).employer;
      expect(res).toMatchObject({ id: owned.id, name: 'Eigen Werkgever', municipalityName: "'s-Gravenhage" });
      expect(res.contacts.map((c: { id: string }) => c.id)).toEqual([contactId]);
      expect(res.demands.nodes.map((d: { id: string }) => d.id)).toEqual([demandId]);
      expect(ok(await api.gql(SEARCH, { filter: { search: 'Werkgever' } }, a[who].token)).employers.totalCount).toBe(2);
      expect(ok(await api.gql(DEMAND_BY_ID, { id: otherDemandId }, a[who].token)).employerDemand.employer.id).toBe(other.id);
    });

    it.each(['consultant', 'jobcoach'] as const)('%s gets FORBIDDEN for every CRM internal', async (who) => {
      for (const [field, selection] of CRM_FIELDS) {
        const res = await api.gql(`query($id: ID!) { employer(id: $id) { id ${selection} } }`, { id: owned.id }, a[who].token);
        expectErrorCode(res, 'FORBIDDEN');
        expect(res.errors?.[0].path).toEqual(['employer', field]);
        expect(res.data?.employer?.[field] ?? null).toBeNull();
      }
      expectErrorCode(await api.gql(TIMELINE, { employerId: owned.id }, a[who].token), 'FORBIDDEN');
      expectErrorCode(await api.gql(MY_ACTIONS, {}, a[who].token), 'FORBIDDEN');
    });
  });

  describe('employer users', () => {
    it('read their own employer: profile, contacts and demands, also via myEmployer and employerDemand', async () => {
      const res = ok(await api.gql(PROFILE_CONTACTS_DEMANDS, { id: owned.id }, employerUser.token)).employer;
      expect(res.id).toBe(owned.id);
      expect(res.contacts).toHaveLength(1);
      expect(res.demands.totalCount).toBe(1);
      expect(ok(await api.gql('{ myEmployer { id name } }', {}, employerUser.token)).myEmployer).toEqual({ id: owned.id, name: 'Eigen Werkgever' });
      expect(ok(await api.gql(DEMAND_BY_ID, { id: demandId }, employerUser.token)).employerDemand).toMatchObject({ id: demandId, employer: { id: owned.id } });
      expect(ok(await api.gql(GET, { id: owned.id }, employerUser.token)).employer.id).toBe(owned.id);
    });

    it('never read another employer or its demands (FORBIDDEN), nor list employers', async () => {
      for (const query of [GET, PROFILE_CONTACTS_DEMANDS]) {
        const res = await api.gql(query, { id: other.id }, employerUser.token);
        expectErrorCode(res, 'FORBIDDEN');
        expect(res.data?.employer ?? null).toBeNull();
      }
      // Even an id that does not exist is FORBIDDEN rather than NOT_FOUND: ids cannot be probed.
      expectErrorCode(await api.gql(GET, { id: '00000000-0000-4000-8000-000000000000' }, employerUser.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(DEMAND_BY_ID, { id: otherDemandId }, employerUser.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(SEARCH, {}, employerUser.token), 'FORBIDDEN');
    });

    it('never read the CRM internals of their own employer (FORBIDDEN)', async () => {
      for (const [field, selection] of CRM_FIELDS) {
        const res = await api.gql(`query($id: ID!) { employer(id: $id) { id ${selection} } }`, { id: owned.id }, employerUser.token);
        expectErrorCode(res, 'FORBIDDEN');
        expect(res.errors?.[0].path).toEqual(['employer', field]);
        expect(JSON.stringify(res.data)).not.toContain('Interne notitie');
      }
      const viaMine = await api.gql('{ myEmployer { id notes stage } }', {}, employerUser.token);
      expectErrorCode(viaMine, 'FORBIDDEN');
      expect(JSON.stringify(viaMine.data)).not.toContain('Interne notitie');
      expectErrorCode(await api.gql(GET_CRM, { id: owned.id }, employerUser.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(TIMELINE, { employerId: owned.id }, employerUser.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(MY_ACTIONS, {}, employerUser.token), 'FORBIDDEN');
    });
  });

  it('refuses everything without a token (UNAUTHENTICATED)', async () => {
    expectErrorCode(await api.gql(GET, { id: owned.id }), 'UNAUTHENTICATED');
    expectErrorCode(await api.gql(CREATE, { input: employerInput() }), 'UNAUTHENTICATED');
  });

  it('lets a beheerder read the CRM internals and the timeline of every employer', async () => {
    const res = ok(await api.gql(GET_CRM, { id: owned.id }, a.admin.token)).employer;
    expect(res).toMatchObject({ stage: 'PROSPECT', notes: 'Interne notitie' });
    const timeline = ok(await api.gql(TIMELINE, { employerId: owned.id }, a.admin.token)).employerTimeline;
    expect(timeline.totalCount).toBe(3); // creation, demand, contact moment
  });

  it('lets an accountmanager create an employer for themselves but not for a colleague', async () => {
    const before = await tableCounts(api);
    expectErrorCode(await api.gql(CREATE, { input: employerInput({ ownerId: a.otherAm.userId }) }, a.am.token), 'FORBIDDEN');
    expect(await tableCounts(api)).toEqual(before);
    const own = ok(await api.gql(CREATE, { input: employerInput({ ownerId: a.am.userId }) }, a.am.token)).createEmployer;
    expect(own.ownerId).toBe(a.am.userId);
  });
});
