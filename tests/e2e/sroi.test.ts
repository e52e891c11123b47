/**
 * SROI over GraphQL on real PostgreSQL: the worked Haaglanden case of issue 5 (contract €800,000
 * at 5% → €40,000; a doelgroepregister hire 24 h × 8 months → €22,222.22 through a real placement;
 * a BBL level-2 student full time for 6 months → €12,500; €5,277.78 of sociale inkoop → FULFILLED),
 * placement → proposed realisation end to end (idempotent, revalued when the placement ends),
 * the valuation query on two regions' tables, the threshold, reports split by municipality and the
 * CSV export. Forbidden paths: sroi-access.test.ts; the loop with matching: sroi-loop.test.ts.
 */
import { SroiPlacementSync } from '@wsp/sroi';
import { expectErrorCode, TestApi } from '@wsp/testing/api';
import { createCandidate, createEmployer, ok, openVacancy, setUpWorld, TODAY, World } from './arrangements.fixtures';
import {
  ACCEPT,
  ASSIGN,
  confirmedPlacement,
  contractInput,
  CREATE_CONTRACT,
  GET_CONTRACT,
  PROPOSE,
  PURCHASE,
  REFRESH_CONTRACT,
  REPORT,
  REPORT_CSV,
  sroiSnapshot,
  VALUATION,
} from './sroi.fixtures';

describe('SROI: the worked Haaglanden case and reporting', () => {
  let api: TestApi;
  let w: World;
  let contract: { id: string };
  let vacancy: string;
  let hire: { id: string; pseudonym: string };
  let placementId: string;
  let coordinator: { token: string; userId: string };
  const realisations: Record<string, string> = {};

  beforeAll(async () => {
    api = await TestApi.start();
    w = await setUpWorld(api);
    vacancy = await openVacancy(api, w, w.employerA.id, { numberOfPlaces: 3 });
    hire = await createCandidate(api, { consultantId: w.consultant.userId, jobCoachId: w.jobcoach.userId, doelgroepregister: true, dateOfBirth: '1990-05-01' });
    coordinator = w.otherAm;
    ok(await api.gql(ASSIGN, { input: { municipalityCode: 'GM0518', userId: coordinator.userId } }, w.admin.token));
  });
  afterAll(async () => {
    await api.stop();
  });

  const sync = () => api.app.get(SroiPlacementSync).syncAll();
  const getContract = async (token = w.am.token) => ok(await api.gql(GET_CONTRACT, { id: contract.id }, token)).sroiContract;

  it('values persons with the Haaglanden table and with Utrecht’s (per-region tables)', async () => {
    const hireValue = ok(
      await api.gql(VALUATION, { input: { tableCode: 'HAAGLANDEN-2023', category: 'BANENAFSPRAAK', hoursPerWeek: 24, startDate: '2025-01-01', endDate: '2025-08-31' } }, w.consultant.token),
    ).sroiValuation;
    expect(hireValue).toMatchObject({ valueCents: 2_222_222, categoryYearlyValueCents: 5_000_000, monthsCounted: 8, capApplied: false, capMonths: null, fullTimeHours: 36 });
    expect(hireValue.hoursFactor).toBeCloseTo(24 / 36, 10);
    const bbl = ok(await api.gql(VALUATION, { input: { tableCode: 'HAAGLANDEN-2023', category: 'BBL_LEVEL_1_2', hoursPerWeek: 36, months: 6 } }, w.userA.token)).sroiValuation;
    expect(bbl.valueCents).toBe(1_250_000);
    const capped = ok(
      await api.gql(VALUATION, { input: { tableCode: 'HAAGLANDEN-2023', category: 'PARTICIPATIEWET', hoursPerWeek: 40, months: 30, bonuses: ['AGE', 'PERMANENT_CONTRACT'] } }, w.am.token),
    ).sroiValuation;
    expect(capped).toMatchObject({ valueCents: 10_000_000, monthsCounted: 24, capApplied: true, capMonths: 24, bonusesApplied: ['AGE'], bonusYearlyValueCents: 1_000_000, hoursFactor: 1 });
    const utrecht = ok(
      await api.gql(VALUATION, { input: { tableCode: 'UTRECHT-2024', category: 'BANENAFSPRAAK', hoursPerWeek: 24, months: 8, bonuses: ['AGE', 'PERMANENT_CONTRACT'] } }, w.am.token),
    ).sroiValuation;
    // (35,000 + 5,000 (50+) + 10,000 (vast)) × 24/36 × 8/12 = 22,222.22
    expect(utrecht).toMatchObject({ valueCents: 2_222_222, categoryYearlyValueCents: 3_500_000, bonusYearlyValueCents: 1_500_000, bonusesApplied: ['AGE', 'PERMANENT_CONTRACT'] });
    expectErrorCode(await api.gql(VALUATION, { input: { tableCode: 'UTRECHT-2024', category: 'INTERN_VSO_PRO', hoursPerWeek: 20, months: 3 } }, w.am.token), 'BAD_USER_INPUT');
    expectErrorCode(await api.gql(VALUATION, { input: { tableCode: 'HAAGLANDEN-2023', category: 'WW', hoursPerWeek: 20, months: 3, startDate: '2025-01-01' } }, w.am.token), 'BAD_USER_INPUT');
    expectErrorCode(await api.gql(VALUATION, { input: { tableCode: 'NOPE', category: 'WW', hoursPerWeek: 20, months: 3 } }, w.am.token), 'NOT_FOUND');
  });

  it('gives a contract of €800,000 at 5% an obligation of €40,000', async () => {
    const c = ok(await api.gql(CREATE_CONTRACT, { input: contractInput(w.employerA.id, { reference: 'DH-2025-0042' }) }, w.am.token)).createSroiContract;
    contract = c;
    expect(c).toMatchObject({
      obligationCents: 4_000_000,
      obligationFormulaCents: 4_000_000,
      belowThreshold: false,
      valuationTableCode: 'HAAGLANDEN-2023',
      regionCode: 'HAAGLANDEN',
      municipalityName: "'s-Gravenhage",
      contractorName: 'Bakkerij A',
      realisedCents: 0,
      pendingCents: 0,
      remainingCents: 4_000_000,
      graceEndsOn: '2027-03-31',
    });
    expect(['BEHIND', 'OVERDUE']).toContain(c.status); // nothing realised, the period has begun
    expectErrorCode(await api.gql(CREATE_CONTRACT, { input: contractInput(w.employerA.id, { reference: 'DH-2025-0042' }) }, w.am.token), 'CONFLICT');
  });

  it('proposes the confirmed placement of a doelgroepregister candidate automatically, once, and revalues it when it ends', async () => {
    placementId = await confirmedPlacement(api, w, { candidateId: hire.id, vacancyId: vacancy, employerId: w.employerA.id, start: '2025-01-01', hours: 24 });
    const [event] = await api.dataSource.query<{ payload: Record<string, unknown> }[]>(`SELECT payload FROM outbox_events WHERE type = 'placement.confirmed' AND aggregate_id = $1`, [placementId]);
    expect(event.payload).toMatchObject({ placementId, employerId: w.employerA.id, hoursPerWeek: 24, actualStartDate: '2025-01-01' });

    expect((await sync()).proposed).toBe(1);
    let c = await getContract();
    expect(c.realisations.totalCount).toBe(1);
    const r = c.realisations.nodes[0];
    realisations.hire = r.id;
    expect(r).toMatchObject({
      kind: 'PLACEMENT',
      status: 'PENDING',
      placementId,
      candidateId: hire.id,
      candidatePseudonym: hire.pseudonym,
      category: 'BANENAFSPRAAK',
      derivedCategory: 'BANENAFSPRAAK',
      bonuses: [],
      hoursPerWeek: 24,
      startDate: '2025-01-01',
      endDate: null,
      valuedOn: TODAY,
      createdById: null,
    });
    expect(r.history).toEqual([{ fromStatus: null, toStatus: 'PENDING', fromCategory: null, toCategory: 'BANENAFSPRAAK', reason: 'Automatisch voorgesteld vanuit een plaatsing', changedById: null }]);
    // Running: valued up to today (at most the contract's end).
    const upTo = TODAY < '2026-12-31' ? TODAY : '2026-12-31';
    const running = ok(await api.gql(VALUATION, { input: { tableCode: 'HAAGLANDEN-2023', category: 'BANENAFSPRAAK', hoursPerWeek: 24, startDate: '2025-01-01', endDate: upTo } }, w.am.token));
    expect(r.valueCents).toBe(running.sroiValuation.valueCents);
    expect(c.pendingCents).toBe(r.valueCents);

    // Idempotent: running the consumer again proposes nothing and changes nothing.
    const before = await sroiSnapshot(api);
    expect(await sync()).toEqual({ contracts: 0, proposed: 0, revalued: 0 });
    expect(await sroiSnapshot(api)).toEqual(before);
    expect(ok(await api.gql(PROPOSE, { input: { contractId: contract.id, placementId } }, w.am.token)).proposeSroiRealisation.id).toBe(r.id);
    expect(await sroiSnapshot(api)).toEqual(before);

    // The placement ends after 8 months: 50,000 × 24/36 × 8/12 = 22,222.22.
    ok(await api.gql(`mutation($input: EndPlacementInput!) { endPlacement(input: $input) { id status } }`, { input: { id: placementId, endDate: '2025-08-31', reason: 'CONTRACT_ENDED' } }, w.am.token));
    expect((await sync()).revalued).toBe(1);
    c = await getContract();
    expect(c.realisations.nodes[0]).toMatchObject({ id: r.id, endDate: '2025-08-31', monthsCounted: 8, valueCents: 2_222_222, status: 'PENDING' });
    expect(c.pendingCents).toBe(2_222_222);
  });

  it('records the BBL student (full time, 6 months) and the sociale inkoop', async () => {
    const bbl = ok(
      await api.gql(
        PROPOSE,
        { input: { contractId: contract.id, category: 'BBL_LEVEL_1_2', hoursPerWeek: 36, startDate: '2025-01-01', endDate: '2025-06-30', description: 'BBL-leerling niveau 2, groenvoorziening' } },
        w.am.token,
      ),
    ).proposeSroiRealisation;
    expect(bbl).toMatchObject({ kind: 'EMPLOYMENT', status: 'PENDING', category: 'BBL_LEVEL_1_2', monthsCounted: 6, valueCents: 1_250_000, createdById: w.am.userId, placementId: null });
    realisations.bbl = bbl.id;
    const purchase = ok(
      await api.gql(PURCHASE, { input: { contractId: contract.id, amountCents: 527_778, invoiceDate: '2025-09-15', supplierName: 'Haeghe Groep', invoiceReference: 'F-2025-118' } }, w.am.token),
    ).recordSroiSocialPurchase;
    expect(purchase).toMatchObject({ kind: 'SOCIAL_PURCHASE', status: 'PENDING', purchaseAmountCents: 527_778, valueCents: 527_778, startDate: '2025-09-15' });
    realisations.purchase = purchase.id;
    const c = await getContract();
    expect(c).toMatchObject({ realisedCents: 0, pendingCents: 4_000_000, remainingCents: 4_000_000, forecastCents: expect.any(Number) });
  });

  it('is FULFILLED once the coordinator accepts the three realisations', async () => {
    for (const id of [realisations.hire, realisations.bbl, realisations.purchase]) {
      const r = ok(await api.gql(ACCEPT, { input: { id, reason: 'Gecontroleerd tegen loonstrook/factuur' } }, coordinator.token)).acceptSroiRealisation;
      expect(r).toMatchObject({ status: 'ACCEPTED', decidedById: coordinator.userId, statusReason: 'Gecontroleerd tegen loonstrook/factuur' });
      expect(r.history.map((h: { toStatus: string }) => h.toStatus)).toEqual(['PENDING', 'ACCEPTED']);
    }
    const c = await getContract();
    expect(c).toMatchObject({ obligationCents: 4_000_000, realisedCents: 4_000_000, pendingCents: 0, remainingCents: 0, status: 'FULFILLED', penaltyDue: false, penaltyCents: 0 });
    expect(c.realisations.nodes.map((r: { valueCents: number }) => r.valueCents)).toEqual([2_222_222, 1_250_000, 527_778]);
    expectErrorCode(await api.gql(ACCEPT, { input: { id: realisations.bbl } }, coordinator.token), 'CONFLICT');
  });

  it('refreshes a contract on demand (no change for a settled contract)', async () => {
    const c = ok(await api.gql(REFRESH_CONTRACT, { id: contract.id }, w.am.token)).refreshSroiContract;
    expect(c).toMatchObject({ realisedCents: 4_000_000, status: 'FULFILLED' });
  });

  it('has no obligation below the threshold unless an admin sets one', async () => {
    const small = ok(await api.gql(CREATE_CONTRACT, { input: contractInput(w.employerB.id, { contractValueCents: 15_000_000 }) }, w.am.token)).createSroiContract;
    expect(small).toMatchObject({ obligationCents: 0, obligationFormulaCents: 750_000, belowThreshold: true, status: 'FULFILLED' });
    const before = await sroiSnapshot(api);
    expectErrorCode(await api.gql(CREATE_CONTRACT, { input: contractInput(w.employerB.id, { contractValueCents: 15_000_000, obligationOverrideCents: 750_000 }) }, w.am.token), 'FORBIDDEN');
    expectErrorCode(
      await api.gql(`mutation($input: UpdateSroiContractInput!) { updateSroiContract(input: $input) { id } }`, { input: { id: small.id, obligationOverrideCents: 750_000 } }, w.am.token),
      'FORBIDDEN',
    );
    expect(await sroiSnapshot(api)).toEqual(before);
    const set = ok(
      await api.gql(`mutation($input: UpdateSroiContractInput!) { updateSroiContract(input: $input) { obligationCents obligationOverridden belowThreshold status } }`, { input: { id: small.id, obligationOverrideCents: 750_000 } }, w.admin.token),
    ).updateSroiContract;
    expect(set).toMatchObject({ obligationCents: 750_000, obligationOverridden: true, belowThreshold: true });
    expect(set.status).not.toBe('FULFILLED');
  });

  it('reports per contract, contractor, municipality and region, split by commissioning municipality', async () => {
    // A second contractor in Delft (another budget) and one in Utrecht (another region).
    const delftContractor = await createEmployer(api, w.am.userId, 'Groenbedrijf Delft');
    const delft = ok(await api.gql(CREATE_CONTRACT, { input: contractInput(delftContractor.id, { municipalityCode: 'GM0503', contractValueCents: 40_000_000 }) }, w.am.token)).createSroiContract;
    ok(await api.gql(CREATE_CONTRACT, { input: contractInput(delftContractor.id, { municipalityCode: 'GM0344', regionCode: 'UTRECHT', startDate: '2025-03-01' }) }, w.am.token));

    const one = ok(await api.gql(REPORT, { input: { scope: 'CONTRACT', id: contract.id } }, w.am.token)).sroiReport;
    expect(one.total).toMatchObject({ contracts: 1, obligationCents: 4_000_000, realisedCents: 4_000_000, remainingCents: 0, peoplePlaced: 2, hours: 1768 });
    expect(one.total.lines).toEqual([
      { kind: 'PLACEMENT', category: 'BANENAFSPRAAK', realisedCents: 2_222_222, people: 1, hours: 832 },
      { kind: 'EMPLOYMENT', category: 'BBL_LEVEL_1_2', realisedCents: 1_250_000, people: 1, hours: 936 },
      { kind: 'SOCIAL_PURCHASE', category: null, realisedCents: 527_778, people: 0, hours: 0 },
    ]);

    const region = ok(await api.gql(REPORT, { input: { scope: 'REGION', id: 'HAAGLANDEN' } }, w.am.token)).sroiReport;
    expect(region.subjectName).toBe('Haaglanden');
    expect(region.total.contracts).toBe(3); // the €800k contract, the small one (€7,500 set by the admin) and Delft's
    expect(region.total.obligationCents).toBe(4_000_000 + 750_000 + 2_000_000);
    expect(region.byMunicipality.map((m: { municipalityCode: string; contracts: number; obligationCents: number }) => [m.municipalityCode, m.contracts, m.obligationCents])).toEqual([
      ['GM0503', 1, 2_000_000],
      ['GM0518', 2, 4_750_000],
    ]);
    expect(region.byMunicipality.reduce((s: number, m: { realisedCents: number }) => s + m.realisedCents, 0)).toBe(region.total.realisedCents);

    const municipality = ok(await api.gql(REPORT, { input: { scope: 'MUNICIPALITY', id: 'GM0503' } }, w.admin.token)).sroiReport;
    expect(municipality.total).toMatchObject({ contracts: 1, obligationCents: 2_000_000, realisedCents: 0 });
    expect(municipality.subjectName).toBe('Delft');
    const contractor = ok(await api.gql(REPORT, { input: { scope: 'CONTRACTOR', id: delftContractor.id } }, w.am.token)).sroiReport;
    expect(contractor.byMunicipality.map((m: { municipalityCode: string }) => m.municipalityCode)).toEqual(['GM0344', 'GM0503']);
    expect(contractor.total.contracts).toBe(2);
    expect(delft.obligationCents).toBe(2_000_000);
    expectErrorCode(await api.gql(REPORT, { input: { scope: 'REGION', id: 'NOWHERE' } }, w.am.token), 'NOT_FOUND');
  });

  it('exports every report as CSV, with a row per municipality when asked', async () => {
    const csv: string = ok(await api.gql(REPORT_CSV, { input: { scope: 'CONTRACT', id: contract.id, splitByMunicipality: true } }, w.am.token)).sroiReportCsv;
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    const header = lines[0].split(',');
    const cell = (line: string, col: string) => line.split(',')[header.indexOf(col)];
    expect(header.slice(0, 14)).toEqual([
      'scope', 'subject_id', 'subject', 'as_of', 'municipality_code', 'municipality', 'contracts', 'obligation_eur', 'realised_eur', 'pending_eur', 'remaining_eur',
      'penalty_eur', 'people_placed', 'hours',
    ]);
    for (const line of [lines[1], lines[2]]) {
      expect(cell(line, 'obligation_eur')).toBe('40000.00');
      expect(cell(line, 'realised_eur')).toBe('40000.00');
      expect(cell(line, 'remaining_eur')).toBe('0.00');
      expect(cell(line, 'realised_banenafspraak_eur')).toBe('22222.22');
      expect(cell(line, 'realised_bbl_level_1_2_eur')).toBe('12500.00');
      expect(cell(line, 'realised_social_purchase_eur')).toBe('5277.78');
      expect(cell(line, 'realised_participatiewet_eur')).toBe('0.00');
      expect(cell(line, 'people_placed')).toBe('2');
      expect(cell(line, 'hours')).toBe('1768.0');
    }
    expect(cell(lines[1], 'municipality')).toBe('Totaal');
    expect(cell(lines[1], 'municipality_code')).toBe('');
    expect(cell(lines[2], 'municipality_code')).toBe('GM0518');
    expect(cell(lines[2], 'municipality')).toBe("'s-Gravenhage");

    const region: string = ok(await api.gql(REPORT_CSV, { input: { scope: 'REGION', id: 'HAAGLANDEN', splitByMunicipality: true } }, w.am.token)).sroiReportCsv;
    const rows = region.trimEnd().split('\r\n');
    expect(rows.map((l) => l.split(',')[4])).toEqual(['municipality_code', '', 'GM0503', 'GM0518']);
    const total: string = ok(await api.gql(REPORT_CSV, { input: { scope: 'REGION', id: 'HAAGLANDEN' } }, w.am.token)).sroiReportCsv;
    expect(total.trimEnd().split('\r\n')).toHaveLength(2);
  });
});
