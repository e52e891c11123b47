/**
 * SROI forbidden paths over GraphQL: a contractor's employer users see only their own contracts
 * (and never which candidate a realisation is about); only the SROI coordinator of the
 * commissioning municipality (or an admin) accepts or rejects; only the candidate's consultant
 * (or an accountmanager/admin) corrects a category; a placement is accepted for one contract only;
 * refused and invalid calls change nothing.
 */
import { Role } from '@wsp/common';
import { SroiPlacementSync } from '@wsp/sroi';
import { expectErrorCode, TestApi } from '@wsp/testing/api';
import { createCandidate, ok, openVacancy, setUpWorld, World } from './arrangements.fixtures';
import {
  ACCEPT,
  ACTIVITY,
  ASSIGN,
  confirmedPlacement,
  contractInput,
  CORRECT,
  CREATE_CONTRACT,
  DELETE_CONTRACT,
  GET_CONTRACT,
  LIST_CONTRACTS,
  PURCHASE,
  REJECT,
  REPORT,
  REPORT_CSV,
  sroiSnapshot,
} from './sroi.fixtures';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

describe('SROI access and integrity', () => {
  let api: TestApi;
  let w: World;
  let contractA: string;
  let contractB: string;
  let placementRealisation: string;
  let purchase: string;
  let coordinator: { token: string; userId: string };

  beforeAll(async () => {
    api = await TestApi.start();
    w = await setUpWorld(api);
    coordinator = await api.userToken(Role.ACCOUNTMANAGER);
    ok(await api.gql(ASSIGN, { input: { municipalityCode: 'GM0518', userId: coordinator.userId } }, w.admin.token));
    contractA = ok(await api.gql(CREATE_CONTRACT, { input: contractInput(w.employerA.id) }, w.am.token)).createSroiContract.id;
    contractB = ok(await api.gql(CREATE_CONTRACT, { input: contractInput(w.employerB.id, { municipalityCode: 'GM0503' }) }, w.am.token)).createSroiContract.id;
    const vacancy = await openVacancy(api, w, w.employerA.id);
    const candidate = await createCandidate(api, { consultantId: w.consultant.userId, jobCoachId: w.jobcoach.userId });
    await confirmedPlacement(api, w, { candidateId: candidate.id, vacancyId: vacancy, employerId: w.employerA.id, start: '2025-02-01', hours: 32, endDate: '2025-07-31' });
    await api.app.get(SroiPlacementSync).syncAll();
    const c = ok(await api.gql(GET_CONTRACT, { id: contractA }, w.am.token)).sroiContract;
    placementRealisation = c.realisations.nodes[0].id;
    purchase = ok(await api.gql(PURCHASE, { input: { contractId: contractA, amountCents: 100_000, invoiceDate: '2025-03-01', supplierName: 'Sociaal bedrijf' } }, w.am.token))
      .recordSroiSocialPurchase.id;
  });
  afterAll(async () => {
    await api.stop();
  });

  describe('employer users of the contractor', () => {
    it('see their own contract and its progress, not another contractor’s (FORBIDDEN, also for unknown ids)', async () => {
      const own = ok(await api.gql(GET_CONTRACT, { id: contractA }, w.userA.token)).sroiContract;
      expect(own).toMatchObject({ id: contractA, contractorId: w.employerA.id, obligationCents: 4_000_000 });
      expectErrorCode(await api.gql(GET_CONTRACT, { id: contractA }, w.userB.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(GET_CONTRACT, { id: contractB }, w.userA.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(GET_CONTRACT, { id: NO_SUCH_ID }, w.userA.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(GET_CONTRACT, { id: NO_SUCH_ID }, w.am.token), 'NOT_FOUND');
      expectErrorCode(await api.gql(`query($id: ID!) { sroiRealisation(id: $id) { id } }`, { id: placementRealisation }, w.userB.token), 'FORBIDDEN');
    });

    it('list only their own contracts, whatever the filter says', async () => {
      const a = ok(await api.gql(LIST_CONTRACTS, {}, w.userA.token)).sroiContracts;
      expect(a.nodes.map((n: { id: string }) => n.id)).toEqual([contractA]);
      expect(ok(await api.gql(LIST_CONTRACTS, { filter: { contractorId: w.employerB.id } }, w.userA.token)).sroiContracts.totalCount).toBe(0);
      expect(ok(await api.gql(LIST_CONTRACTS, { filter: { municipalityCode: 'GM0503' } }, w.userA.token)).sroiContracts.totalCount).toBe(0);
      // A malformed filter is bad input, not an error of the database.
      expectErrorCode(await api.gql(LIST_CONTRACTS, { filter: { contractorId: 'not-a-uuid' } }, w.am.token), 'BAD_USER_INPUT');
      expectErrorCode(await api.gql(LIST_CONTRACTS, { filter: { municipalityCode: 'Delft' } }, w.am.token), 'BAD_USER_INPUT');
      expect(ok(await api.gql(LIST_CONTRACTS, {}, w.am.token)).sroiContracts.totalCount).toBe(2);
      expect(ok(await api.gql(LIST_CONTRACTS, {}, w.consultant.token)).sroiContracts.totalCount).toBe(2);
    });

    it('see values and decisions of realisations, but not which placement or candidate they are about', async () => {
      const own = ok(await api.gql(GET_CONTRACT, { id: contractA }, w.userA.token)).sroiContract;
      const p = own.realisations.nodes.find((r: { kind: string }) => r.kind === 'PLACEMENT');
      expect(p).toMatchObject({ placementId: null, candidateId: null, candidatePseudonym: null, category: 'PARTICIPATIEWET', status: 'PENDING' });
      expect(p.valueCents).toBeGreaterThan(0);
      const staff = ok(await api.gql(GET_CONTRACT, { id: contractA }, w.am.token)).sroiContract;
      expect(staff.realisations.nodes.find((r: { kind: string }) => r.kind === 'PLACEMENT').candidatePseudonym).toMatch(/^K-/);
    });

    it('get reports of their own contracts and employer only', async () => {
      expect(ok(await api.gql(REPORT, { input: { scope: 'CONTRACT', id: contractA } }, w.userA.token)).sroiReport.total.contracts).toBe(1);
      expect(ok(await api.gql(REPORT, { input: { scope: 'CONTRACTOR', id: w.employerA.id } }, w.userA.token)).sroiReport.total.contracts).toBe(1);
      expectErrorCode(await api.gql(REPORT, { input: { scope: 'CONTRACT', id: contractB } }, w.userA.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(REPORT, { input: { scope: 'CONTRACTOR', id: w.employerB.id } }, w.userA.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(REPORT_CSV, { input: { scope: 'CONTRACTOR', id: w.employerB.id } }, w.userA.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(REPORT, { input: { scope: 'MUNICIPALITY', id: 'GM0518' } }, w.userA.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(REPORT, { input: { scope: 'REGION', id: 'HAAGLANDEN' } }, w.userA.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(REPORT, { input: { scope: 'REGION', id: 'HAAGLANDEN' } }, w.consultant.token), 'FORBIDDEN');
    });

    it('cannot create, record, decide, see the work list or the suggestions', async () => {
      const before = await sroiSnapshot(api);
      expectErrorCode(await api.gql(CREATE_CONTRACT, { input: contractInput(w.employerA.id) }, w.userA.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(PURCHASE, { input: { contractId: contractA, amountCents: 5_000, invoiceDate: '2025-03-01', supplierName: 'X' } }, w.userA.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(ACCEPT, { input: { id: purchase } }, w.userA.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(DELETE_CONTRACT, { id: contractA }, w.userA.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(`{ sroiAlerts { totalCount } }`, {}, w.userA.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(`query($id: ID!) { sroiSuggestions(contractId: $id) { totalCount } }`, { id: contractA }, w.userA.token), 'FORBIDDEN');
      expect(await sroiSnapshot(api)).toEqual(before);
    });
  });

  describe('decisions by the coordinator only', () => {
    it('refuses everyone but the municipality’s coordinator and admins, changing nothing', async () => {
      // The accountmanager who manages the contract is no coordinator; a coordinator of Delft is not one of The Hague.
      ok(await api.gql(ASSIGN, { input: { municipalityCode: 'GM0503', userId: w.am.userId } }, w.admin.token));
      const before = await sroiSnapshot(api);
      for (const token of [w.am.token, w.otherAm.token, w.consultant.token, w.jobcoach.token, w.userA.token]) {
        expectErrorCode(await api.gql(ACCEPT, { input: { id: placementRealisation } }, token), 'FORBIDDEN');
        expectErrorCode(await api.gql(REJECT, { input: { id: purchase, reason: 'Geen SW-bedrijf' } }, token), 'FORBIDDEN');
      }
      expect(await sroiSnapshot(api)).toEqual(before);
      expectErrorCode(await api.gql(ACCEPT, { input: { id: NO_SUCH_ID } }, coordinator.token), 'NOT_FOUND');
      expectErrorCode(await api.gql(REJECT, { input: { id: purchase, reason: '   ' } }, coordinator.token), 'BAD_USER_INPUT');
      expect(await sroiSnapshot(api)).toEqual(before);
    });

    it('lets the coordinator accept and an admin reject (with a reason), once', async () => {
      const accepted = ok(await api.gql(ACCEPT, { input: { id: placementRealisation } }, coordinator.token)).acceptSroiRealisation;
      expect(accepted).toMatchObject({ status: 'ACCEPTED', decidedById: coordinator.userId, statusReason: null });
      const rejected = ok(await api.gql(REJECT, { input: { id: purchase, reason: 'Leverancier is geen erkende sociale onderneming' } }, w.admin.token)).rejectSroiRealisation;
      expect(rejected).toMatchObject({ status: 'REJECTED', statusReason: 'Leverancier is geen erkende sociale onderneming', decidedById: w.admin.userId });
      expect(rejected.history.map((h: { fromStatus: string | null; toStatus: string }) => `${h.fromStatus}->${h.toStatus}`)).toEqual(['null->PENDING', 'PENDING->REJECTED']);
      expectErrorCode(await api.gql(ACCEPT, { input: { id: purchase } }, coordinator.token), 'CONFLICT');
      const c = ok(await api.gql(GET_CONTRACT, { id: contractA }, w.am.token)).sroiContract;
      expect(c.realisedCents).toBe(accepted.valueCents);
      expect(c.pendingCents).toBe(0);
    });

    it('lets only admins assign coordinators, and only staff who can coordinate', async () => {
      const before = await sroiSnapshot(api);
      expectErrorCode(await api.gql(ASSIGN, { input: { municipalityCode: 'GM0518', userId: w.otherAm.userId } }, w.am.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(ASSIGN, { input: { municipalityCode: 'GM0518', userId: w.consultant.userId } }, w.admin.token), 'BAD_USER_INPUT');
      expectErrorCode(await api.gql(ASSIGN, { input: { municipalityCode: 'GM0518', userId: coordinator.userId } }, w.admin.token), 'CONFLICT');
      expectErrorCode(await api.gql(ASSIGN, { input: { municipalityCode: 'GM9999', userId: w.otherAm.userId } }, w.admin.token), 'BAD_USER_INPUT');
      expect(await sroiSnapshot(api)).toEqual(before);
      const list = ok(await api.gql(`{ sroiCoordinators(first: 10) { totalCount nodes { municipalityCode userId } } }`, {}, w.am.token)).sroiCoordinators;
      expect(list.nodes).toEqual([
        { municipalityCode: 'GM0503', userId: w.am.userId },
        { municipalityCode: 'GM0518', userId: coordinator.userId },
      ]);
    });
  });

  describe('category corrections', () => {
    it('lets the candidate’s own consultant correct the category with a reason; a decided realisation goes back to PENDING', async () => {
      const input = { id: placementRealisation, category: 'WW', reason: 'Kandidaat had nog WW bij de start' };
      const before = await sroiSnapshot(api);
      expectErrorCode(await api.gql(CORRECT, { input }, w.otherConsultant.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(CORRECT, { input }, w.jobcoach.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(CORRECT, { input }, w.userA.token), 'FORBIDDEN');
      expectErrorCode(await api.gql(CORRECT, { input: { ...input, reason: ' ' } }, w.consultant.token), 'BAD_USER_INPUT');
      expectErrorCode(await api.gql(CORRECT, { input: { ...input, category: 'PARTICIPATIEWET' } }, w.consultant.token), 'BAD_USER_INPUT'); // unchanged
      expectErrorCode(await api.gql(CORRECT, { input: { id: purchase, category: 'WW', reason: 'x' } }, w.am.token), 'BAD_USER_INPUT'); // no category on a purchase
      expect(await sroiSnapshot(api)).toEqual(before);

      const r = ok(await api.gql(CORRECT, { input }, w.consultant.token)).correctSroiRealisationCategory;
      // WW 20,000 × 32/36 × 6/12 = 8,888.89 (6 months within the 12-month cap)
      expect(r).toMatchObject({ category: 'WW', derivedCategory: 'PARTICIPATIEWET', valueCents: 888_889, status: 'PENDING', decidedById: null, monthsCounted: 6 });
      expect(r.history.at(-1)).toEqual({ fromStatus: 'ACCEPTED', toStatus: 'PENDING', fromCategory: 'PARTICIPATIEWET', toCategory: 'WW', reason: 'Kandidaat had nog WW bij de start', changedById: w.consultant.userId });
    });
  });

  describe('integrity', () => {
    it('counts a placement for one contract only', async () => {
      // A second contract of the same contractor over the same period proposes the placement again ...
      const second = ok(await api.gql(CREATE_CONTRACT, { input: contractInput(w.employerA.id) }, w.am.token)).createSroiContract;
      const proposed = ok(await api.gql(GET_CONTRACT, { id: second.id }, w.am.token)).sroiContract.realisations.nodes;
      expect(proposed).toHaveLength(1);
      ok(await api.gql(ACCEPT, { input: { id: placementRealisation } }, coordinator.token));
      // ... but it cannot be accepted twice.
      const res = await api.gql(ACCEPT, { input: { id: proposed[0].id } }, coordinator.token);
      expectErrorCode(res, 'CONFLICT');
      expect(res.errors?.[0].extensions?.reason).toBe('PLACEMENT_ALREADY_COUNTED');
      ok(await api.gql(REJECT, { input: { id: proposed[0].id, reason: 'Telt al mee voor een ander contract' } }, coordinator.token));
      ok(await api.gql(DELETE_CONTRACT, { id: second.id }, w.am.token));
      expect((await api.dataSource.query(`SELECT count(*)::int AS n FROM sroi_realisations WHERE contract_id = $1`, [second.id]))[0].n).toBe(0);
    });

    it('refuses to delete a contract with accepted realisations', async () => {
      expectErrorCode(await api.gql(DELETE_CONTRACT, { id: contractA }, w.am.token), 'CONFLICT');
    });

    it('writes nothing for invalid input', async () => {
      const before = await sroiSnapshot(api);
      const bad = async (q: string, input: Record<string, unknown>, field?: string) => {
        const res = await api.gql(q, { input }, w.am.token);
        expectErrorCode(res, 'BAD_USER_INPUT');
        if (field) expect(res.errors?.[0].extensions?.field).toBe(field);
      };
      await bad(CREATE_CONTRACT, contractInput(w.employerA.id, { endDate: '2024-12-31' }), 'endDate');
      await bad(CREATE_CONTRACT, contractInput(w.employerA.id, { sroiPercentage: 0 }), 'sroiPercentage');
      await bad(CREATE_CONTRACT, contractInput(w.employerA.id, { contractValueCents: 12.5 }), 'contractValueCents');
      await bad(CREATE_CONTRACT, contractInput(w.employerA.id, { regionCode: 'NOWHERE' }), 'regionCode');
      await bad(CREATE_CONTRACT, contractInput(w.employerA.id, { municipalityCode: 'GM9999' }), 'municipalityCode');
      await bad(PURCHASE, { contractId: contractA, amountCents: 5_000, invoiceDate: '2024-12-31', supplierName: 'X' }, 'invoiceDate');
      await bad(PURCHASE, { contractId: contractA, amountCents: 5_000, invoiceDate: '2099-01-01', supplierName: 'X' }, 'invoiceDate');
      await bad(PURCHASE, { contractId: contractA, amountCents: -5, invoiceDate: '2025-03-01', supplierName: 'X' }, 'amountCents');
      await bad(ACTIVITY, { contractId: contractA, hours: 0, activityDate: '2025-03-01', description: 'Gastles' }, 'hours');
      await bad(ACTIVITY, { contractId: contractA, hours: 2, activityDate: '2025-03-01', description: '  ' }, 'description');
      await bad(
        `mutation($input: ProposeSroiRealisationInput!) { proposeSroiRealisation(input: $input) { id } }`,
        { contractId: contractA, category: 'BBL_LEVEL_1_2', hoursPerWeek: 36, startDate: '2099-01-01' },
        'startDate',
      );
      expect(await sroiSnapshot(api)).toEqual(before);
      const activity = ok(await api.gql(ACTIVITY, { input: { contractId: contractA, hours: 2.5, activityDate: '2025-03-01', description: 'Gastles op het mbo' } }, w.am.token));
      expect(activity.recordSroiOtherActivity).toMatchObject({ kind: 'OTHER_ACTIVITY', activityHours: 2.5, valueCents: 25_000, status: 'PENDING' });
    });
  });
});
