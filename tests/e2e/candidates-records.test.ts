import { Role } from '@wsp/common';
import { expectErrorCode, TestApi } from '@wsp/testing/api';
import {
  candidateInput,
  count,
  CREATE,
  createEmployer,
  GET,
  GRANT,
  IDENTITY_CONSENTS,
  isoDaysFromToday,
  LIST,
  LW_HISTORY,
  MATCHING_CONSENTS,
  outboxTypes,
  RECORD_IDENTITY,
  RECORD_LW,
  REVOKE,
  REVOKE_IDENTITY,
  SUPPORT,
  TODAY,
} from './candidates.fixtures';

type User = { token: string; userId: string };

describe('loonwaarde, doelgroep and consents of candidates', () => {
  let api: TestApi;
  let consultant: User;
  let coach: User;

  beforeAll(async () => {
    api = await TestApi.start();
    [consultant, coach] = await Promise.all([api.userToken(Role.CONSULTANT), api.userToken(Role.JOBCOACH)]);
  });
  afterAll(async () => {
    await api.stop();
  });

  const create = async (overrides: Record<string, unknown> = {}) => {
    const res = await api.gql(CREATE, { input: candidateInput(overrides) }, consultant.token);
    expect(res.errors).toBeUndefined();
    return res.data!.createCandidate as Record<string, any>;
  };
  const assess = (candidateId: string, percentage: number, assessedOn: string, extra: Record<string, unknown> = {}, user: User = consultant) =>
    api.gql(RECORD_LW, { input: { candidateId, percentage, assessedOn, method: 'Dariuz', assessor: 'Loonwaardebureau Zuid', ...extra } }, user.token);
  const current = async (id: string) => (await api.gql(GET, { id }, consultant.token)).data!.candidate as Record<string, any>;

  describe('loonwaarde assessments', () => {
    it('keeps a history; the latest by date is current and drives the doelgroep (bands 19/20/80/81)', async () => {
      const c = await create();
      const first = await assess(c.id, 45, isoDaysFromToday(-200), { nextReassessmentOn: isoDaysFromToday(165) });
      expect(first.errors).toBeUndefined();
      expect(first.data?.recordLoonwaardeAssessment).toMatchObject({ percentage: 45, current: true, recordedById: consultant.userId });
      expect(await current(c.id)).toMatchObject({ currentLoonwaarde: 45, doelgroep: 'BEPERKT', version: 2 });

      // An older assessment recorded later does not become current.
      const older = await assess(c.id, 90, isoDaysFromToday(-400));
      expect(older.data?.recordLoonwaardeAssessment.current).toBe(false);
      expect(await current(c.id)).toMatchObject({ currentLoonwaarde: 45, version: 2 });

      for (const [pct, doelgroep] of [[19, 'BESCHUT'], [20, 'BEPERKT'], [80, 'BEPERKT'], [81, 'VOLLEDIG']] as const) {
        expect((await assess(c.id, pct, TODAY)).errors).toBeUndefined();
        expect(await current(c.id)).toMatchObject({ currentLoonwaarde: pct, doelgroep });
      }

      const history = await api.gql(LW_HISTORY, { candidateId: c.id, first: 3 }, consultant.token);
      expect(history.data?.loonwaardeAssessments.totalCount).toBe(6);
      expect(history.data?.loonwaardeAssessments.nodes.map((n: any) => [n.percentage, n.current])).toEqual([
        [81, true],
        [80, false],
        [20, false],
      ]);
      const events = (await outboxTypes(api, c.id)).filter((e) => e.type === 'candidate.loonwaarde_assessed');
      expect(events).toHaveLength(6);
      expect(events[1].payload).toMatchObject({ candidateId: c.id, isCurrent: false, currentLoonwaardeChanged: false });
      // Ids and flags only: never the percentage (health-related data).
      for (const e of events) expect(Object.keys(e.payload).sort()).toEqual(['assessmentId', 'candidateId', 'currentLoonwaardeChanged', 'isCurrent']);
    });

    it('refuses invalid assessments and writes nothing', async () => {
      const c = await create();
      const cases: [number, string, Record<string, unknown>, string][] = [
        [101, TODAY, {}, 'percentage'],
        [-1, TODAY, {}, 'percentage'],
        [50, isoDaysFromToday(1), {}, 'assessedOn'],
        [50, '2024-02-30', {}, 'assessedOn'],
        [50, TODAY, { nextReassessmentOn: TODAY }, 'nextReassessmentOn'],
        [50, TODAY, { method: '  ' }, 'method'],
      ];
      for (const [pct, on, extra, field] of cases) {
        const res = await assess(c.id, pct, on, extra);
        expectErrorCode(res, 'BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.field).toBe(field);
      }
      expectErrorCode(await api.gql(RECORD_LW, { input: { candidateId: c.id, percentage: 50.5, assessedOn: TODAY, method: 'x', assessor: 'y' } }, consultant.token), 'BAD_USER_INPUT');
      expect(await count(api, 'SELECT 1 FROM loonwaarde_assessments WHERE candidate_id = $1', [c.id])).toBe(0);
      expect(await current(c.id)).toMatchObject({ currentLoonwaarde: null, doelgroep: null, version: 1 });
    });

    it('lets the job coach read the history but not record', async () => {
      const c = await create({ jobCoachId: coach.userId });
      await assess(c.id, 60, TODAY);
      expect((await api.gql(LW_HISTORY, { candidateId: c.id }, coach.token)).data?.loonwaardeAssessments.totalCount).toBe(1);
      expectErrorCode(await assess(c.id, 70, TODAY, {}, coach), 'FORBIDDEN');
      expect(await count(api, 'SELECT 1 FROM loonwaarde_assessments WHERE candidate_id = $1', [c.id])).toBe(1);
    });
  });

  describe('support status and doelgroep', () => {
    it('sets LKS, ZORG, beschut and doelgroepregister with optimistic concurrency; ZORG wins; filters by doelgroep', async () => {
      const c = await create();
      await assess(c.id, 85, TODAY);
      const res = await api.gql(SUPPORT, { input: { candidateId: c.id, expectedVersion: 2, lksStatus: 'LKS_ZDP', zorg: true, beschutIndication: true, doelgroepregister: true } }, consultant.token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.setCandidateSupportStatus).toMatchObject({ lksStatus: 'LKS_ZDP', zorg: true, beschutIndication: true, doelgroepregister: true, doelgroep: 'ZORG', currentLoonwaarde: 85, version: 3 });
      expectErrorCode(await api.gql(SUPPORT, { input: { candidateId: c.id, expectedVersion: 2, zorg: false } }, consultant.token), 'CONFLICT');
      const last = (await outboxTypes(api, c.id)).pop()!;
      expect(last).toEqual({ type: 'candidate.changed', payload: { candidateId: c.id, created: false, changedFields: ['lksStatus', 'zorg', 'beschutIndication', 'doelgroepregister'] } });

      const zorg = await api.gql(LIST, { filter: { doelgroep: 'ZORG' }, first: 100 }, consultant.token);
      expect(zorg.data?.candidates.nodes.map((n: any) => n.id)).toContain(c.id);
      const volledig = await api.gql(LIST, { filter: { doelgroep: 'VOLLEDIG' }, first: 100 }, consultant.token);
      expect(volledig.data?.candidates.nodes.map((n: any) => n.id)).not.toContain(c.id);
      expect(volledig.data?.candidates.nodes.every((n: any) => n.doelgroep === 'VOLLEDIG')).toBe(true);
      const lks = await api.gql(LIST, { filter: { lksStatus: 'LKS_ZDP', municipalityCode: 'GM0518' }, first: 100 }, consultant.token);
      expect(lks.data?.candidates.nodes.map((n: any) => n.id)).toEqual([c.id]);
      expect((await api.gql(LIST, { filter: { municipalityCode: 'GM0599' } }, consultant.token)).data?.candidates.totalCount).toBe(0);
    });
  });

  describe('matching consent', () => {
    it('grant and revoke toggle visibleForMatching in the same transaction, with events and history', async () => {
      const c = await create();
      const granted = await api.gql(GRANT, { input: { candidateId: c.id, grantedOn: TODAY, scope: 'REGION' } }, consultant.token);
      expect(granted.errors).toBeUndefined();
      expect(granted.data?.grantMatchingConsent).toMatchObject({ scope: 'REGION', municipalityCodes: [], active: true, recordedById: consultant.userId });
      expect(await current(c.id)).toMatchObject({ visibleForMatching: true });
      expect((await api.gql(LIST, { filter: { visibleForMatching: true }, first: 100 }, consultant.token)).data?.candidates.nodes.map((n: any) => n.id)).toContain(c.id);

      // A new grant replaces the active one.
      const narrowed = await api.gql(GRANT, { input: { candidateId: c.id, grantedOn: TODAY, scope: 'MUNICIPALITIES', municipalityCodes: ['gm0518', 'GM0599'] } }, consultant.token);
      expect(narrowed.data?.grantMatchingConsent).toMatchObject({ scope: 'MUNICIPALITIES', municipalityCodes: ['GM0518', 'GM0599'] });
      const history = await api.gql(MATCHING_CONSENTS, { candidateId: c.id }, consultant.token);
      expect(history.data?.matchingConsents.nodes.map((n: any) => [n.scope, n.active])).toEqual([
        ['MUNICIPALITIES', true],
        ['REGION', false],
      ]);

      const revoked = await api.gql(REVOKE, { candidateId: c.id }, consultant.token);
      expect(revoked.data?.revokeMatchingConsent).toMatchObject({ active: false, revokedById: consultant.userId });
      expect(await current(c.id)).toMatchObject({ visibleForMatching: false });
      expectErrorCode(await api.gql(REVOKE, { candidateId: c.id }, consultant.token), 'CONFLICT');

      const events = (await outboxTypes(api, c.id)).filter((e) => e.type === 'candidate.visibility_changed');
      expect(events.map((e) => e.payload)).toEqual([
        { candidateId: c.id, visibleForMatching: true, scope: 'REGION', municipalityCodes: [] },
        { candidateId: c.id, visibleForMatching: true, scope: 'MUNICIPALITIES', municipalityCodes: ['GM0518', 'GM0599'] },
        { candidateId: c.id, visibleForMatching: false, scope: null, municipalityCodes: [] },
      ]);
    });

    it('refuses an invalid scope or date and changes nothing', async () => {
      const c = await create();
      const cases: [Record<string, unknown>, string][] = [
        [{ scope: 'MUNICIPALITIES' }, 'municipalityCodes'],
        [{ scope: 'MUNICIPALITIES', municipalityCodes: ['GM9999'] }, 'municipalityCodes'],
        [{ scope: 'REGION', municipalityCodes: ['GM0518'] }, 'municipalityCodes'],
        [{ scope: 'REGION', grantedOn: isoDaysFromToday(1) }, 'grantedOn'],
      ];
      for (const [input, field] of cases) {
        const res = await api.gql(GRANT, { input: { candidateId: c.id, grantedOn: TODAY, ...input } }, consultant.token);
        expectErrorCode(res, 'BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.field).toBe(field);
      }
      expect(await count(api, 'SELECT 1 FROM matching_consents WHERE candidate_id = $1', [c.id])).toBe(0);
      expect(await current(c.id)).toMatchObject({ visibleForMatching: false, version: 1 });
    });
  });

  describe('identity consent', () => {
    it('records written consent per employer, refuses duplicates, and revokes', async () => {
      const c = await create();
      const am = await api.userToken(Role.ACCOUNTMANAGER);
      const employer = await createEmployer(api, am.userId, 'Bakkerij De Korenschoof');
      const input = { candidateId: c.id, employerId: employer.id, grantedOn: TODAY, documentReference: 'DMS-2025-000123' };
      const recorded = await api.gql(RECORD_IDENTITY, { input }, consultant.token);
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data?.recordIdentityConsent).toMatchObject({ employerId: employer.id, employerName: 'Bakkerij De Korenschoof', active: true, documentReference: 'DMS-2025-000123' });
      expectErrorCode(await api.gql(RECORD_IDENTITY, { input }, consultant.token), 'CONFLICT');
      expectErrorCode(await api.gql(RECORD_IDENTITY, { input: { ...input, documentReference: ' ' } }, consultant.token), 'BAD_USER_INPUT');
      expectErrorCode(await api.gql(RECORD_IDENTITY, { input: { ...input, employerId: '00000000-0000-4000-8000-000000000000' } }, consultant.token), 'NOT_FOUND');

      const other = await api.userToken(Role.CONSULTANT);
      const consentId = recorded.data?.recordIdentityConsent.id as string;
      expectErrorCode(await api.gql(REVOKE_IDENTITY, { id: consentId }, other.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(RECORD_IDENTITY, { input }, other.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(RECORD_IDENTITY, { input }, am.token), 'FORBIDDEN');

      const revoked = await api.gql(REVOKE_IDENTITY, { id: consentId }, consultant.token);
      expect(revoked.data?.revokeIdentityConsent).toMatchObject({ active: false, revokedById: consultant.userId });
      expectErrorCode(await api.gql(REVOKE_IDENTITY, { id: consentId }, consultant.token), 'CONFLICT');
      // After revocation a new consent may be recorded; the history keeps both.
      expect((await api.gql(RECORD_IDENTITY, { input }, consultant.token)).errors).toBeUndefined();
      const list = await api.gql(IDENTITY_CONSENTS, { candidateId: c.id }, consultant.token);
      expect(list.data?.identityConsents.nodes.map((n: any) => n.active)).toEqual([true, false]);
    });
  });
});
