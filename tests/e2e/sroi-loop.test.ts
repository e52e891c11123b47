/**
 * The loop with matching and the work list, over GraphQL: suggestions from the current matches
 * for a contractor's open vacancies with what each placement would contribute; the optional SROI
 * score component (off by default, switched on per region by an admin) re-ranking them and feeding
 * SroiMatchingPolicy; the alerts (behind schedule, ending within 90 days with a gap, pending for
 * more than 30 days).
 */
import { Role } from '@wsp/common';
import { ComponentContext, MATCHING_PARAMETERS_HISTORY, selectEffective, VacancyProfile } from '@wsp/matching-core';
import { SroiMatchingPolicy, SroiScoreExtensions } from '@wsp/sroi';
import { expectErrorCode, TestApi } from '@wsp/testing/api';
import { createCandidate, isoDaysFromToday, ok, openVacancy, setUpWorld, TODAY, World } from './arrangements.fixtures';
import { ASSIGN, confirmedPlacement, contractInput, CREATE_CONTRACT, PURCHASE, sroiSnapshot, VALUATION } from './sroi.fixtures';

const SUGGESTIONS = `query($id: ID!) { sroiSuggestions(contractId: $id, first: 20) { totalCount nodes {
  vacancyId vacancyTitle candidateId candidatePseudonym matchScore matchRank sroiAdjustedScore category hoursPerWeek expectedStartDate
  remainingContractMonths monthsCounted capApplied bonuses contributionCents shareOfRemaining } } }`;
const SET_MATCHING = `mutation($input: SetSroiRegionMatchingInput!) { setSroiRegionMatching(input: $input) { regionCode matchingComponentEnabled matchingWeight } }`;
const SETTINGS = `{ sroiRegionSettings { nodes { regionCode matchingComponentEnabled matchingWeight } } }`;
const ALERTS = `query($municipalityCode: String, $mine: Boolean) { sroiAlerts(municipalityCode: $municipalityCode, mine: $mine, first: 50) { totalCount nodes {
  kind contractId contractReference municipalityCode contractorName contractEndDate contractStatus remainingCents date realisationId realisationKind pendingDays valueCents } } }`;

async function insertMatch(api: TestApi, vacancyId: string, candidateId: string, score: number, rank: number): Promise<void> {
  const [run] = await api.dataSource.query<{ id: string; seq: string }[]>(
    `INSERT INTO match_runs (kind, subject_id, status, trigger) VALUES ('VACANCY', $1, 'COMPLETED', 'test') RETURNING id, seq`,
    [vacancyId],
  );
  const components = [{ code: 'skills', label: 'Vaardigheden', value: score, weight: 1, contribution: score, note: 'test' }];
  await api.dataSource.query(
    `INSERT INTO matches (vacancy_id, candidate_id, run_id, run_seq, score, rank, components, explanation, travel_minutes, travel_mode, distance_km)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, 'test', 20, 'BIKE', 4.2)`,
    [vacancyId, candidateId, run.id, run.seq, score, rank, JSON.stringify(components)],
  );
}

/** Vacancies asked to be matched again because an input of the SROI component changed. */
async function rescoreEvents(api: TestApi): Promise<string[]> {
  const rows = await api.dataSource.query<{ aggregate_id: string }[]>(
    `SELECT aggregate_id FROM outbox_events WHERE type = 'vacancy.sroi_scoring_changed' ORDER BY id`,
  );
  return rows.map((r) => r.aggregate_id);
}

describe('SROI: suggestions from matching, the matching component, alerts', () => {
  let api: TestApi;
  let w: World;
  let contract: { id: string; endDate: string; remainingCents: number };
  let vacancy: string;
  let participatiewet: { id: string; pseudonym: string };
  let banenafspraak: { id: string; pseudonym: string };
  let placed: { id: string };

  /**
   * How the matching runs score the vacancy's pairs (SroiScoreExtensions, as bound in the worker):
   * the SROI weight and each candidate's contribution; null when the core's scoring applies.
   */
  async function sroiScoringOf(vacancyId: string, candidateIds: string[]): Promise<{ weight: number; contributions: Map<string, number> } | null> {
    const [v] = await api.dataSource.query<{ employer_id: string }[]>('SELECT employer_id::text FROM vacancies WHERE id = $1', [vacancyId]);
    const profile = { id: vacancyId, employerId: v.employer_id } as VacancyProfile; // the extension reads these two fields
    const extensions = new SroiScoreExtensions(api.app.get(SroiMatchingPolicy));
    const scoring = (await extensions.forVacancies([profile], selectEffective(MATCHING_PARAMETERS_HISTORY, TODAY), TODAY)).get(vacancyId);
    if (!scoring) return null;
    await scoring.load(candidateIds);
    const sroi = scoring.components.find((c) => c.key === 'sroi')!;
    const valueOf = (id: string) => sroi.evaluate({ vacancy: profile, candidate: { id } } as ComponentContext).value;
    return { weight: scoring.params.weights.sroi ?? 0, contributions: new Map(candidateIds.map((id) => [id, valueOf(id)])) };
  }

  beforeAll(async () => {
    api = await TestApi.start();
    w = await setUpWorld(api);
    contract = ok(
      await api.gql(CREATE_CONTRACT, { input: contractInput(w.employerB.id, { startDate: isoDaysFromToday(-200), endDate: isoDaysFromToday(400) }) }, w.am.token),
    ).createSroiContract;
    vacancy = await openVacancy(api, w, w.employerB.id);
    participatiewet = await createCandidate(api, { consultantId: w.consultant.userId });
    banenafspraak = await createCandidate(api, { consultantId: w.consultant.userId, doelgroepregister: true });
    placed = await createCandidate(api, { consultantId: w.consultant.userId, jobCoachId: w.jobcoach.userId });
    await confirmedPlacement(api, w, { candidateId: placed.id, vacancyId: await openVacancy(api, w, w.employerA.id), employerId: w.employerA.id, start: TODAY, hours: 20 });
    await insertMatch(api, vacancy, participatiewet.id, 0.8, 1);
    await insertMatch(api, vacancy, banenafspraak.id, 0.78, 2);
    await insertMatch(api, vacancy, placed.id, 0.9, 3); // has a confirmed placement: never suggested
  });
  afterAll(async () => {
    await api.stop();
  });

  const valuation = async (category: string, hours: number) =>
    ok(await api.gql(VALUATION, { input: { tableCode: 'HAAGLANDEN-2023', category, hoursPerWeek: hours, startDate: TODAY, endDate: contract.endDate } }, w.am.token)).sroiValuation;

  it('suggests matched candidates for the contractor’s open vacancies with their contribution (component off: match order)', async () => {
    const s = ok(await api.gql(SUGGESTIONS, { id: contract.id }, w.am.token)).sroiSuggestions;
    expect(s.nodes.map((n: { candidateId: string }) => n.candidateId)).toEqual([participatiewet.id, banenafspraak.id]);
    const [p, d] = s.nodes;
    const pv = await valuation('PARTICIPATIEWET', 32);
    const dv = await valuation('BANENAFSPRAAK', 32);
    expect(p).toMatchObject({
      vacancyId: vacancy,
      vacancyTitle: 'Medewerker productie',
      candidatePseudonym: participatiewet.pseudonym,
      matchScore: 0.8,
      sroiAdjustedScore: null,
      category: 'PARTICIPATIEWET',
      hoursPerWeek: 32, // top of the overlap of 24–32 (vacancy) and 16–36 (candidate)
      expectedStartDate: TODAY,
      bonuses: [],
      contributionCents: pv.valueCents,
    });
    expect(p.monthsCounted).toBeCloseTo(pv.monthsCounted, 4);
    expect(p.remainingContractMonths).toBeGreaterThan(13);
    expect(d).toMatchObject({ category: 'BANENAFSPRAAK', contributionCents: dv.valueCents, capApplied: false });
    expect(d.contributionCents).toBeGreaterThan(p.contributionCents);
    expect(p.shareOfRemaining).toBeCloseTo(pv.valueCents / contract.remainingCents, 3);
    expectErrorCode(await api.gql(SUGGESTIONS, { id: contract.id }, w.consultant.token), 'FORBIDDEN');
  });

  it('keeps the SROI matching component off by default and lets only an admin switch it on per region', async () => {
    expect(await sroiScoringOf(vacancy, [participatiewet.id, banenafspraak.id])).toBeNull();
    expect(ok(await api.gql(SETTINGS, {}, w.am.token)).sroiRegionSettings.nodes).toEqual([
      { regionCode: 'HAAGLANDEN', matchingComponentEnabled: false, matchingWeight: 0.1 },
      { regionCode: 'UTRECHT', matchingComponentEnabled: false, matchingWeight: 0.1 },
    ]);
    const before = await sroiSnapshot(api);
    expectErrorCode(await api.gql(SET_MATCHING, { input: { regionCode: 'HAAGLANDEN', enabled: true } }, w.am.token), 'FORBIDDEN');
    expectErrorCode(await api.gql(SET_MATCHING, { input: { regionCode: 'HAAGLANDEN', enabled: true, weight: 1.5 } }, w.admin.token), 'BAD_USER_INPUT');
    expectErrorCode(await api.gql(SET_MATCHING, { input: { regionCode: 'NOWHERE', enabled: true } }, w.admin.token), 'BAD_USER_INPUT');
    expect(await sroiSnapshot(api)).toEqual(before);
    expect(await rescoreEvents(api)).toEqual([]);

    expect(ok(await api.gql(SET_MATCHING, { input: { regionCode: 'HAAGLANDEN', enabled: true, weight: 0.5 } }, w.admin.token)).setSroiRegionMatching).toEqual({
      regionCode: 'HAAGLANDEN',
      matchingComponentEnabled: true,
      matchingWeight: 0.5,
    });
    // The contractor's open vacancy is matched again with the component (the others are not concerned).
    expect(await rescoreEvents(api)).toEqual([vacancy]);
    // Saving the same setting again changes no score.
    ok(await api.gql(SET_MATCHING, { input: { regionCode: 'HAAGLANDEN', enabled: true, weight: 0.5 } }, w.admin.token));
    expect(await rescoreEvents(api)).toEqual([vacancy]);
    const scoring = await sroiScoringOf(vacancy, [participatiewet.id, banenafspraak.id]);
    expect(scoring?.weight).toBe(0.5);
    expect(scoring?.contributions.get(participatiewet.id)).toBe(0.8);
    expect(scoring?.contributions.get(banenafspraak.id)).toBe(1);
    // An employer without an open obligation: matching stays as it is.
    expect(await sroiScoringOf(await openVacancy(api, w, w.employerA.id), [participatiewet.id])).toBeNull();
  });

  it('re-ranks the suggestions with the component on: the banenafspraak candidate counts more', async () => {
    const s = ok(await api.gql(SUGGESTIONS, { id: contract.id }, w.am.token)).sroiSuggestions;
    expect(s.nodes.map((n: { candidateId: string; sroiAdjustedScore: number }) => [n.candidateId, n.sroiAdjustedScore])).toEqual([
      [banenafspraak.id, 0.8533], // (0.78 × 1 + 1 × 0.5) / 1.5
      [participatiewet.id, 0.8], // (0.8 × 1 + 0.8 × 0.5) / 1.5
    ]);
    ok(await api.gql(SET_MATCHING, { input: { regionCode: 'HAAGLANDEN', enabled: false } }, w.admin.token));
    expect(await rescoreEvents(api)).toEqual([vacancy, vacancy]);
    const off = ok(await api.gql(SUGGESTIONS, { id: contract.id }, w.am.token)).sroiSuggestions;
    expect(off.nodes[0].candidateId).toBe(participatiewet.id);
    expect(await sroiScoringOf(vacancy, [participatiewet.id])).toBeNull();
  });

  it('puts contracts behind schedule, ending with a gap and realisations pending too long on the work list', async () => {
    const ending = ok(
      await api.gql(CREATE_CONTRACT, { input: contractInput(w.employerA.id, { municipalityCode: 'GM0503', startDate: isoDaysFromToday(-300), endDate: isoDaysFromToday(30) }) }, w.am.token),
    ).createSroiContract;
    const purchase = ok(
      await api.gql(PURCHASE, { input: { contractId: contract.id, amountCents: 200_000, invoiceDate: isoDaysFromToday(-45), supplierName: 'Sociaal bedrijf' } }, w.am.token),
    ).recordSroiSocialPurchase;
    await api.dataSource.query(`UPDATE sroi_realisations SET pending_since = ($2::date + time '12:00') AT TIME ZONE 'Europe/Amsterdam' WHERE id = $1`, [
      purchase.id,
      isoDaysFromToday(-40),
    ]);
    const recent = ok(await api.gql(PURCHASE, { input: { contractId: contract.id, amountCents: 100_000, invoiceDate: TODAY, supplierName: 'Sociaal bedrijf' } }, w.am.token))
      .recordSroiSocialPurchase;

    const all = ok(await api.gql(ALERTS, {}, w.am.token)).sroiAlerts;
    expect(all.nodes.map((a: { kind: string; contractId: string; realisationId: string | null }) => [a.kind, a.contractId, a.realisationId])).toEqual([
      ['ENDING_WITH_GAP', ending.id, null],
      ['CONTRACT_BEHIND', ending.id, null],
      ['CONTRACT_BEHIND', contract.id, null],
      ['PENDING_TOO_LONG', contract.id, purchase.id],
    ]);
    expect(all.nodes[0]).toMatchObject({ municipalityCode: 'GM0503', contractorName: 'Bakkerij A', contractEndDate: isoDaysFromToday(30), remainingCents: 4_000_000, contractStatus: 'BEHIND' });
    expect(all.nodes[3]).toMatchObject({ realisationKind: 'SOCIAL_PURCHASE', pendingDays: 40, valueCents: 200_000, date: isoDaysFromToday(-40) });
    expect(all.nodes.some((a: { realisationId: string | null }) => a.realisationId === recent.id)).toBe(false);

    const delft = ok(await api.gql(ALERTS, { municipalityCode: 'GM0503' }, w.am.token)).sroiAlerts;
    expect(delft.nodes.every((a: { municipalityCode: string }) => a.municipalityCode === 'GM0503')).toBe(true);
    const coordinator = await api.userToken(Role.ACCOUNTMANAGER);
    ok(await api.gql(ASSIGN, { input: { municipalityCode: 'GM0518', userId: coordinator.userId } }, w.admin.token));
    const mine = ok(await api.gql(ALERTS, { mine: true }, coordinator.token)).sroiAlerts;
    expect(mine.nodes.map((a: { contractId: string }) => a.contractId)).toEqual([contract.id, contract.id]);
    expectErrorCode(await api.gql(ALERTS, {}, w.consultant.token), 'FORBIDDEN');
  });

  it('suggests nothing once the obligation is met; with the component on, the contractor’s vacancies are matched again', async () => {
    const admin = await api.userToken(Role.ADMIN);
    ok(await api.gql(SET_MATCHING, { input: { regionCode: 'HAAGLANDEN', enabled: true } }, w.admin.token));
    const events = (await rescoreEvents(api)).length;
    const UPDATE = `mutation($input: UpdateSroiContractInput!) { updateSroiContract(input: $input) { id } }`;
    // A new description changes no obligation: no vacancy is matched again.
    ok(await api.gql(UPDATE, { input: { id: contract.id, description: 'Onderhoud openbare ruimte, perceel 2' } }, admin.token));
    expect(await rescoreEvents(api)).toHaveLength(events);
    ok(await api.gql(UPDATE, { input: { id: contract.id, obligationOverrideCents: 0 } }, admin.token));
    expect(ok(await api.gql(SUGGESTIONS, { id: contract.id }, w.am.token)).sroiSuggestions.totalCount).toBe(0);
    // No open obligation any more: the component drops out of the contractor's vacancy at its next run.
    expect((await rescoreEvents(api)).slice(events)).toEqual([vacancy]);
    expect(await sroiScoringOf(vacancy, [participatiewet.id])).toBeNull();
  });
});
