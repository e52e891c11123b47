import { createHmac } from 'node:crypto';
import { INSECURE_DEV_BSN_HMAC_KEY } from '@wsp/config';
import { Role } from '@wsp/common';
import { expectErrorCode, GqlResult, TestApi } from '@wsp/testing/api';
import {
  ACCESS_LOG,
  BSN,
  CANDIDATE,
  candidateInput,
  count,
  CREATE,
  GET,
  GET_WITH_IDENTITY,
  IDENTITY,
  isoDaysFromToday,
  LIST,
  outboxTypes,
  SKILL_CLEANING_SUPPLIES,
  SKILL_HYGIENE,
  UPDATE,
} from './candidates.fixtures';

type User = { token: string; userId: string };

describe('candidate profiles over GraphQL', () => {
  let api: TestApi;
  let consultant: User;
  let otherConsultant: User;
  let admin: User;
  let coach: User;

  beforeAll(async () => {
    api = await TestApi.start();
    [consultant, otherConsultant, admin, coach] = await Promise.all([
      api.userToken(Role.CONSULTANT),
      api.userToken(Role.CONSULTANT),
      api.userToken(Role.ADMIN),
      api.userToken(Role.JOBCOACH),
    ]);
  });
  afterAll(async () => {
    await api.stop();
  });

  const create = async (overrides: Record<string, unknown> = {}, user: User = consultant) => {
    const res = await api.gql(CREATE, { input: candidateInput(overrides) }, user.token);
    expect(res.errors).toBeUndefined();
    return res.data!.createCandidate as Record<string, any>;
  };
  const logRows = (candidateId: string) =>
    api.dataSource.query(`SELECT actor_user_id AS "actorUserId", operation, fields FROM candidate_access_log WHERE candidate_id = $1 ORDER BY id`, [candidateId]);

  it('creates a candidate owned by the consultant, with a pseudonym, defaults and an outbox event', async () => {
    const c = await create({ skillIds: [SKILL_HYGIENE] });
    expect(c.pseudonym).toMatch(/^K-\d{6}$/);
    expect(c).toMatchObject({
      version: 1,
      consultantId: consultant.userId,
      homePostcode: '2511',
      homeArea: { pc4: '2511', municipalityCode: 'GM0518' },
      mobility: ['BIKE', 'PUBLIC_TRANSPORT'],
      maxTravelMinutes: 90,
      maxTravelReason: null,
      skillsKnown: true,
      skills: [{ id: SKILL_HYGIENE, labelEn: 'maintain personal hygiene standards when cleaning' }],
      wishedOccupations: [{ labelNl: 'schoonmaker gebouwen', iscoGroup: '9112' }],
      currentLoonwaarde: null,
      doelgroep: null,
      lksStatus: 'NONE',
      benefitType: 'PARTICIPATIEWET',
      active: true,
      visibleForMatching: false,
    });
    const events = await outboxTypes(api, c.id);
    expect(events).toHaveLength(1);
    expect(events[0].type).toBe('candidate.changed');
    expect(events[0].payload).toMatchObject({ candidateId: c.id, created: true });
    expect(JSON.stringify(events[0].payload)).not.toMatch(/Sanne|Vries|example\.nl/);
    // Nothing identifying was selected: nothing logged.
    expect(await logRows(c.id)).toEqual([]);
  });

  it('gives every new candidate the next pseudonym', async () => {
    const a = await create();
    const b = await create();
    expect(Number(b.pseudonym.slice(2))).toBe(Number(a.pseudonym.slice(2)) + 1);
    // Concurrent creations never collide.
    const many = await Promise.all(Array.from({ length: 6 }, () => create()));
    expect(new Set(many.map((c) => c.pseudonym)).size).toBe(6);
  });

  it('logs an identity read: exactly one row per candidate per operation, naming the fields read', async () => {
    const c = await create();
    const res = await api.gql(
      `query($id: ID!) { candidate(id: $id) { id a: identity { firstName } b: identity { lastName email } } }`,
      { id: c.id },
      consultant.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.candidate.a.firstName).toBe('Sanne');
    expect(res.data?.candidate.b.email).toBe('sanne.devries@example.nl');
    expect(await logRows(c.id)).toEqual([{ actorUserId: consultant.userId, operation: 'query candidate', fields: ['email', 'firstName', 'lastName'] }]);

    // Every read is a new row, also through a fragment and through the list.
    await api.gql(`query Detail($id: ID!) { candidate(id: $id) { ...Who } } fragment Who on Candidate { identity { dateOfBirth } }`, { id: c.id }, consultant.token);
    await api.gql(`{ candidates(first: 100) { nodes { id identity { phone } } } }`, {}, consultant.token);
    const rows = await logRows(c.id);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual({ actorUserId: consultant.userId, operation: 'query candidate [Detail]', fields: ['dateOfBirth'] });
    expect(rows[2]).toEqual({ actorUserId: consultant.userId, operation: 'query candidates', fields: ['phone'] });

    // A mutation returning identity is logged too.
    await api.gql(`mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { id ${IDENTITY} } }`, { input: { id: c.id, expectedVersion: 1 } }, consultant.token);
    expect((await logRows(c.id))[3]).toMatchObject({ operation: 'mutation updateCandidate', fields: ['dateOfBirth', 'email', 'externalRef', 'firstName', 'lastName', 'phone'] });
  });

  it('never returns or stores the BSN; a second candidate with the same BSN is a CONFLICT', async () => {
    const res = await api.gql(
      `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ${CANDIDATE} ${IDENTITY} anonymised { pseudonym } } }`,
      { input: candidateInput({ bsn: BSN[0], externalRef: 'KL-1001X' }) },
      consultant.token,
    );
    expect(res.errors).toBeUndefined();
    const id = res.data!.createCandidate.id as string;
    const read = await api.gql(`query($id: ID!) { candidate(id: $id) { ${CANDIDATE} ${IDENTITY} } candidates(first: 100) { nodes { ${CANDIDATE} ${IDENTITY} } } }`, { id }, consultant.token);
    const expectedHash = createHmac('sha256', INSECURE_DEV_BSN_HMAC_KEY).update(BSN[0]).digest('hex');
    for (const raw of [JSON.stringify(res), JSON.stringify(read)]) {
      expect(raw).not.toContain(BSN[0]);
      expect(raw).not.toContain(expectedHash);
      expect(raw).not.toMatch(/bsn/i);
    }
    const [stored] = await api.dataSource.query(`SELECT bsn_hash FROM candidates WHERE id = $1`, [id]);
    expect(stored.bsn_hash).toBe(expectedHash);
    expect(await count(api, `SELECT 1 FROM candidates WHERE bsn_hash = $1 OR external_ref = $1`, [BSN[0]])).toBe(0);

    const before = await count(api, 'SELECT 1 FROM candidates');
    const dup = await api.gql(CREATE, { input: candidateInput({ bsn: `${BSN[0].slice(0, 3)} ${BSN[0].slice(3, 6)} ${BSN[0].slice(6)}` }) }, otherConsultant.token);
    expectErrorCode(dup, 'CONFLICT');
    expect(dup.errors?.[0].extensions?.field).toBe('bsn');
    expect(JSON.stringify(dup)).not.toContain(BSN[0]);
    const invalid = await api.gql(CREATE, { input: candidateInput({ bsn: '123456789' }) }, consultant.token);
    expectErrorCode(invalid, 'BAD_USER_INPUT');
    expect(invalid.errors?.[0].extensions?.field).toBe('bsn');
    expect(JSON.stringify(invalid)).not.toContain('123456789');
    expect(await count(api, 'SELECT 1 FROM candidates')).toBe(before);

    // Setting a BSN later: another candidate's BSN is a CONFLICT, a new one is stored as its hash only.
    const other = await create();
    expectErrorCode(await api.gql(UPDATE, { input: { id: other.id, expectedVersion: 1, bsn: BSN[0] } }, consultant.token), 'CONFLICT');
    const set = await api.gql(UPDATE, { input: { id: other.id, expectedVersion: 1, bsn: BSN[3] } }, consultant.token);
    expect(set.data?.updateCandidate.version).toBe(2);
    expect(JSON.stringify(set)).not.toContain(BSN[3]);
    const [hash] = await api.dataSource.query(`SELECT bsn_hash FROM candidates WHERE id = $1`, [other.id]);
    expect(hash.bsn_hash).toBe(createHmac('sha256', INSECURE_DEV_BSN_HMAC_KEY).update(BSN[3]).digest('hex'));
    const again = await api.gql(UPDATE, { input: { id: other.id, expectedVersion: 2, bsn: BSN[3] } }, consultant.token);
    expect(again.data?.updateCandidate.version).toBe(2);
  });

  it('refuses invalid profiles and writes nothing', async () => {
    const before = await count(api, 'SELECT 1 FROM candidates');
    const cases: [Record<string, unknown>, string][] = [
      [{ maxTravelMinutes: 60 }, 'maxTravelReason'],
      [{ homePostcode: '1000' }, 'homePostcode'],
      [{ mobility: [] }, 'mobility'],
      [{ hoursMin: 40, hoursMax: 32 }, 'hoursMin'],
      [{ firstName: '   ' }, 'firstName'],
      [{ email: 'no-at-sign' }, 'email'],
      [{ dateOfBirth: isoDaysFromToday(1) }, 'dateOfBirth'],
      [{ waitingSince: isoDaysFromToday(1) }, 'waitingSince'],
      [{ occupationIds: ['00000000-0000-4000-8000-000000000000'] }, 'occupationIds[0]'],
      [{ skillIds: ['00000000-0000-4000-8000-000000000000'] }, 'skillIds'],
      [{ jobCoachId: consultant.userId }, 'jobCoachId'],
    ];
    for (const [overrides, field] of cases) {
      const res = await api.gql(CREATE, { input: candidateInput(overrides) }, consultant.token);
      expectErrorCode(res, 'BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.field).toBe(field);
    }
    expect(await count(api, 'SELECT 1 FROM candidates')).toBe(before);
    const withReason = await create({ maxTravelMinutes: 60, maxTravelReason: 'Mantelzorg: moet binnen een uur thuis kunnen zijn' });
    expect(withReason).toMatchObject({ maxTravelMinutes: 60, maxTravelReason: 'Mantelzorg: moet binnen een uur thuis kunnen zijn' });
  });

  it('updates with optimistic concurrency, without a version bump when nothing changes', async () => {
    const c = await create();
    const same = await api.gql(UPDATE, { input: { id: c.id, expectedVersion: 1, hoursMin: 16 } }, consultant.token);
    expect(same.data?.updateCandidate.version).toBe(1);
    expect(same.data?.updateCandidate.updatedAt).toBe(c.updatedAt);

    const res = await api.gql(UPDATE, { input: { id: c.id, expectedVersion: 1, hoursMax: 24, firstName: 'Anna' } }, consultant.token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateCandidate).toMatchObject({ version: 2, hoursMax: 24 });
    const stale = await api.gql(UPDATE, { input: { id: c.id, expectedVersion: 1, hoursMax: 20 } }, consultant.token);
    expectErrorCode(stale, 'CONFLICT');
    expect((await api.gql(GET, { id: c.id }, consultant.token)).data?.candidate).toMatchObject({ version: 2, hoursMax: 24 });

    const events = await outboxTypes(api, c.id);
    expect(events.map((e) => e.type)).toEqual(['candidate.changed', 'candidate.changed']);
    expect(events[1].payload).toEqual({ candidateId: c.id, created: false, changedFields: ['hoursMax'] });

    // A change of name only is not matching-relevant: no event.
    await api.gql(UPDATE, { input: { id: c.id, expectedVersion: 2, lastName: 'Jansen' } }, consultant.token);
    expect(await outboxTypes(api, c.id)).toHaveLength(2);
  });

  it('distinguishes skills recorded as none from skills not recorded', async () => {
    const c = await create();
    expect(c).toMatchObject({ skillsKnown: false, skills: null });
    const none = await api.gql(UPDATE, { input: { id: c.id, expectedVersion: 1, skillIds: [] } }, consultant.token);
    expect(none.data?.updateCandidate).toMatchObject({ skillsKnown: true, skills: [], version: 2 });
    const some = await api.gql(UPDATE, { input: { id: c.id, expectedVersion: 2, skillIds: [SKILL_CLEANING_SUPPLIES, SKILL_HYGIENE] } }, consultant.token);
    expect(some.data?.updateCandidate.skills.map((s: { id: string }) => s.id).sort()).toEqual([SKILL_CLEANING_SUPPLIES, SKILL_HYGIENE].sort());
    const unknown = await api.gql(UPDATE, { input: { id: c.id, expectedVersion: 3, skillsKnown: false } }, consultant.token);
    expect(unknown.data?.updateCandidate).toMatchObject({ skillsKnown: false, skills: null });
    expect(await count(api, 'SELECT 1 FROM candidate_skills WHERE candidate_id = $1', [c.id])).toBe(0);
  });

  it('assigns an active job coach, who may read (logged) but not edit', async () => {
    const c = await create();
    const assigned = await api.gql(UPDATE, { input: { id: c.id, expectedVersion: 1, jobCoachId: coach.userId } }, consultant.token);
    expect(assigned.data?.updateCandidate.jobCoachId).toBe(coach.userId);
    const read = await api.gql(GET_WITH_IDENTITY, { id: c.id }, coach.token);
    expect(read.errors).toBeUndefined();
    expect(read.data?.candidate.identity.lastName).toBe('de Vries');
    expect(await logRows(c.id)).toEqual([{ actorUserId: coach.userId, operation: 'query candidate', fields: ['dateOfBirth', 'email', 'externalRef', 'firstName', 'lastName', 'phone'] }]);
    const list = await api.gql(LIST, {}, coach.token);
    expect(list.data?.candidates.nodes.map((n: { id: string }) => n.id)).toEqual([c.id]);
    expectErrorCode(await api.gql(UPDATE, { input: { id: c.id, expectedVersion: 2, hoursMax: 20 } }, coach.token), 'FORBIDDEN');
    const other = await create();
    expectErrorCode(await api.gql(GET, { id: other.id }, coach.token), 'FORBIDDEN');
  });

  describe('authorisation', () => {
    let c: Record<string, any>;
    beforeAll(async () => {
      c = await create();
    });

    const snapshot = async () => api.dataSource.query(`SELECT version, updated_at, hours_max FROM candidates WHERE id = $1`, [c.id]);

    it('refuses another consultant every read and write, and changes nothing', async () => {
      const before = await snapshot();
      const logBefore = await count(api, 'SELECT 1 FROM candidate_access_log');
      const attempts: GqlResult[] = [
        await api.gql(GET_WITH_IDENTITY, { id: c.id }, otherConsultant.token),
        await api.gql(UPDATE, { input: { id: c.id, expectedVersion: 1, hoursMax: 10 } }, otherConsultant.token),
        await api.gql(`mutation($i: CandidateSupportStatusInput!) { setCandidateSupportStatus(input: $i) { id } }`, { i: { candidateId: c.id, expectedVersion: 1, zorg: true } }, otherConsultant.token),
        await api.gql(`mutation($i: RecordLoonwaardeInput!) { recordLoonwaardeAssessment(input: $i) { id } }`, { i: { candidateId: c.id, percentage: 50, assessedOn: isoDaysFromToday(-1), method: 'Dariuz', assessor: 'X' } }, otherConsultant.token),
        await api.gql(`mutation($i: GrantMatchingConsentInput!) { grantMatchingConsent(input: $i) { id } }`, { i: { candidateId: c.id, grantedOn: isoDaysFromToday(0), scope: 'REGION' } }, otherConsultant.token),
        await api.gql(`query($id: ID!) { loonwaardeAssessments(candidateId: $id) { totalCount } }`, { id: c.id }, otherConsultant.token),
        await api.gql(`query($id: ID!) { matchingConsents(candidateId: $id) { totalCount } }`, { id: c.id }, otherConsultant.token),
      ];
      for (const res of attempts) expectErrorCode(res, 'FORBIDDEN');
      expect(await snapshot()).toEqual(before);
      expect(await count(api, 'SELECT 1 FROM loonwaarde_assessments WHERE candidate_id = $1', [c.id])).toBe(0);
      expect(await count(api, 'SELECT 1 FROM matching_consents WHERE candidate_id = $1', [c.id])).toBe(0);
      expect(await count(api, 'SELECT 1 FROM candidate_access_log')).toBe(logBefore);
      const list = await api.gql(LIST, {}, otherConsultant.token);
      expect(list.data?.candidates.nodes.map((n: { id: string }) => n.id)).not.toContain(c.id);
      expectErrorCode(await api.gql(LIST, { filter: { consultantId: consultant.userId } }, otherConsultant.token), 'FORBIDDEN');
    });

    it('refuses accountmanagers and employers any full candidate record', async () => {
      const am = await api.userToken(Role.ACCOUNTMANAGER);
      const employer = await api.userToken(Role.EMPLOYER, { employerId: undefined });
      const before = await snapshot();
      for (const user of [am, employer]) {
        expectErrorCode(await api.gql(GET, { id: c.id }, user.token), 'FORBIDDEN');
        expectErrorCode(await api.gql(LIST, {}, user.token), 'FORBIDDEN');
        expectErrorCode(await api.gql(CREATE, { input: candidateInput() }, user.token), 'FORBIDDEN');
        expectErrorCode(await api.gql(UPDATE, { input: { id: c.id, expectedVersion: 1, hoursMax: 10 } }, user.token), 'FORBIDDEN');
        expectErrorCode(await api.gql(ACCESS_LOG, {}, user.token), 'FORBIDDEN');
      }
      expect(await snapshot()).toEqual(before);
    });

    it('lets only an admin reassign the consultant (to an active consultant)', async () => {
      expectErrorCode(await api.gql(UPDATE, { input: { id: c.id, expectedVersion: 1, consultantId: otherConsultant.userId } }, consultant.token), 'FORBIDDEN');
      const bad = await api.gql(UPDATE, { input: { id: c.id, expectedVersion: 1, consultantId: coach.userId } }, admin.token);
      expectErrorCode(bad, 'BAD_USER_INPUT');
      const res = await api.gql(UPDATE, { input: { id: c.id, expectedVersion: 1, consultantId: otherConsultant.userId } }, admin.token);
      expect(res.data?.updateCandidate.consultantId).toBe(otherConsultant.userId);
      expectErrorCode(await api.gql(GET, { id: c.id }, consultant.token), 'FORBIDDEN');
      expect((await api.gql(GET, { id: c.id }, otherConsultant.token)).data?.candidate.id).toBe(c.id);
    });

    it('lets an admin create a candidate for a named consultant only', async () => {
      expectErrorCode(await api.gql(CREATE, { input: candidateInput() }, admin.token), 'BAD_USER_INPUT');
      const res = await api.gql(CREATE, { input: candidateInput({ consultantId: consultant.userId }) }, admin.token);
      expect(res.data?.createCandidate.consultantId).toBe(consultant.userId);
      expectErrorCode(await api.gql(CREATE, { input: candidateInput({ consultantId: otherConsultant.userId }) }, consultant.token), 'FORBIDDEN');
    });
  });

  describe('search and the access log', () => {
    it('lets the owning consultant search by name (logged), others only by pseudonym or client number', async () => {
      const c = await create({ firstName: 'Wilhelmina', lastName: 'Zoekmans', externalRef: 'KL-ZOEK-1' });
      const byName = await api.gql(LIST, { filter: { search: 'zoekmans' } }, consultant.token);
      expect(byName.data?.candidates.nodes.map((n: { id: string }) => n.id)).toEqual([c.id]);
      expect(await logRows(c.id)).toEqual([{ actorUserId: consultant.userId, operation: 'query candidates', fields: ['firstName', 'lastName'] }]);

      const byPseudonym = await api.gql(LIST, { filter: { search: c.pseudonym } }, consultant.token);
      expect(byPseudonym.data?.candidates.totalCount).toBe(1);
      expect(await logRows(c.id)).toHaveLength(1);

      expect((await api.gql(LIST, { filter: { search: 'Zoekmans' } }, admin.token)).data?.candidates.totalCount).toBe(0);
      const byRef = await api.gql(LIST, { filter: { search: 'kl-zoek-1' } }, admin.token);
      expect(byRef.data?.candidates.nodes.map((n: { id: string }) => n.id)).toEqual([c.id]);
      expect((await logRows(c.id))[1]).toEqual({ actorUserId: admin.userId, operation: 'query candidates', fields: ['externalRef'] });
    });

    it('lists the access log for admins, newest first, filtered and paginated', async () => {
      const c = await create();
      for (let i = 0; i < 3; i++) await api.gql(GET_WITH_IDENTITY, { id: c.id }, consultant.token);
      await api.gql(GET_WITH_IDENTITY, { id: c.id }, admin.token);
      const page1 = await api.gql(ACCESS_LOG, { candidateId: c.id, first: 3 }, admin.token);
      expect(page1.errors).toBeUndefined();
      expect(page1.data?.candidateAccessLog.totalCount).toBe(4);
      expect(page1.data?.candidateAccessLog.nodes[0]).toMatchObject({ actorUserId: admin.userId, candidateId: c.id, candidatePseudonym: c.pseudonym, actorDisplayName: 'Test ADMIN' });
      const page2 = await api.gql(ACCESS_LOG, { candidateId: c.id, first: 3, after: page1.data?.candidateAccessLog.pageInfo.endCursor }, admin.token);
      expect(page2.data?.candidateAccessLog.nodes).toHaveLength(1);
      const byActor = await api.gql(ACCESS_LOG, { candidateId: c.id, actorUserId: consultant.userId }, admin.token);
      expect(byActor.data?.candidateAccessLog.totalCount).toBe(3);
      expectErrorCode(await api.gql(ACCESS_LOG, {}, consultant.token), 'FORBIDDEN');
    });
  });

  it('exposes identifying fields only on CandidateIdentity and nothing named like a BSN anywhere in the schema', async () => {
    const res = await api.gql(`{ __schema { types { name fields { name } } } }`, {}, consultant.token);
    const types = res.data!.__schema.types as { name: string; fields: { name: string }[] | null }[];
    const fieldsOf = (name: string) => (types.find((t) => t.name === name)?.fields ?? []).map((f) => f.name);
    const identifying = ['firstName', 'lastName', 'email', 'phone', 'dateOfBirth', 'externalRef'];
    expect(fieldsOf('CandidateIdentity').sort()).toEqual([...identifying].sort());
    for (const type of ['Candidate', 'AnonymisedCandidate', 'CandidateAccessLogEntry', 'CandidateImportReport']) {
      expect(fieldsOf(type).filter((f) => identifying.includes(f))).toEqual([]);
    }
    expect(fieldsOf('AnonymisedCandidate').filter((f) => /postcode|birth|loonwaarde$|zorg|beschut/i.test(f))).toEqual([]);
    const bsnFields = types.flatMap((t) => (t.fields ?? []).filter((f) => /bsn/i.test(f.name)).map((f) => `${t.name}.${f.name}`));
    expect(bsnFields).toEqual([]);
  });

  it('shows an anonymised profile without anything identifying', async () => {
    const c = await create({ externalRef: 'KL-ANON-1', bsn: BSN[1], skillIds: [SKILL_HYGIENE] });
    const res = await api.gql(
      `query($id: ID!) { candidate(id: $id) { anonymised { pseudonym municipalityName ageBand wishedOccupations skills educationLevel hoursMin hoursMax drivingLicence lksPossible loonwaardeBand doelgroepregister } } }`,
      { id: c.id },
      consultant.token,
    );
    expect(res.data?.candidate.anonymised).toEqual({
      pseudonym: c.pseudonym,
      municipalityName: "'s-Gravenhage",
      ageBand: expect.stringMatching(/^\d{2}–\d{2}$/),
      wishedOccupations: ['schoonmaker gebouwen'],
      skills: ['maintain personal hygiene standards when cleaning'],
      educationLevel: 'MBO_2',
      hoursMin: 16,
      hoursMax: 32,
      drivingLicence: false,
      lksPossible: false,
      loonwaardeBand: null,
      doelgroepregister: false,
    });
    expect(JSON.stringify(res)).not.toMatch(/Sanne|Vries|example|2511|1990|KL-ANON|100039595/);
  });
});
