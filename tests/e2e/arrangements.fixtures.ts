/** Shared set-up for the arrangement and placement end-to-end tests (arrangements*.test.ts, placements*.test.ts). */
import { EmployerEntity, EmployerSizeClass } from '@wsp/acquisition';
import { CandidateEntity, IdentityConsentEntity, LksStatus, LoonwaardeAssessmentEntity } from '@wsp/candidates';
import { Role, todayIn } from '@wsp/common';
import { GqlResult, TestApi } from '@wsp/testing/api';
import { baseInput, EscoPick, pickEsco } from './vacancies.fixtures';

export const TODAY = todayIn('Europe/Amsterdam');
export function isoDaysFromToday(days: number): string {
  const d = new Date(`${TODAY}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface User {
  token: string;
  userId: string;
}

export interface World {
  admin: User;
  am: User;
  otherAm: User;
  consultant: User;
  otherConsultant: User;
  jobcoach: User;
  otherJobcoach: User;
  employerA: EmployerEntity;
  employerB: EmployerEntity;
  userA: User;
  userB: User;
  esco: EscoPick;
}

let kvk = 30_000_000 + Math.floor(Math.random() * 60_000_000);
let pseudo = 900_000 + Math.floor(Math.random() * 90_000);

export async function createEmployer(api: TestApi, ownerId: string, name: string): Promise<EmployerEntity> {
  kvk += 1;
  return api.dataSource.getRepository(EmployerEntity).save({ name, kvkNumber: String(kvk), sbiSection: 'C', sizeClass: EmployerSizeClass.SMALL, postcode: '2511', ownerId });
}

export async function setUpWorld(api: TestApi): Promise<World> {
  const am = await api.userToken(Role.ACCOUNTMANAGER);
  const employerA = await createEmployer(api, am.userId, 'Bakkerij A');
  const employerB = await createEmployer(api, am.userId, 'Drukkerij B');
  return {
    admin: await api.userToken(Role.ADMIN),
    am,
    otherAm: await api.userToken(Role.ACCOUNTMANAGER),
    consultant: await api.userToken(Role.CONSULTANT),
    otherConsultant: await api.userToken(Role.CONSULTANT),
    jobcoach: await api.userToken(Role.JOBCOACH),
    otherJobcoach: await api.userToken(Role.JOBCOACH),
    employerA,
    employerB,
    userA: await api.userToken(Role.EMPLOYER, { employerId: employerA.id }),
    userB: await api.userToken(Role.EMPLOYER, { employerId: employerB.id }),
    esco: await pickEsco(api),
  };
}

/** Fails the test with the GraphQL errors when there are any. */
export function ok<T = Record<string, any>>(res: GqlResult<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** An open vacancy of the employer, created and opened over GraphQL by the accountmanager. */
export async function openVacancy(api: TestApi, w: World, employerId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const created = ok(
    await api.gql(`mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }`, { input: { ...baseInput(w.esco, extra), employerId } }, w.am.token),
  );
  const id = created.createVacancy.id as string;
  ok(await api.gql(`mutation($input: OpenVacancyInput!) { openVacancy(input: $input) { id status } }`, { input: { id } }, w.am.token));
  return id;
}

export interface CandidateOptions {
  consultantId: string;
  jobCoachId?: string | null;
  lksStatus?: LksStatus;
  currentLoonwaarde?: number | null;
  doelgroepregister?: boolean;
  visibleForMatching?: boolean;
  dateOfBirth?: string | null;
  firstName?: string;
  lastName?: string;
}

/** A candidate row written directly (the candidate API belongs to another context). */
export async function createCandidate(api: TestApi, o: CandidateOptions): Promise<CandidateEntity> {
  pseudo += 1;
  return api.dataSource.getRepository(CandidateEntity).save({
    pseudonym: `K-${pseudo}`,
    firstName: o.firstName ?? 'Sanne',
    lastName: o.lastName ?? 'de Vries',
    homePostcode: '2511',
    hoursMin: 16,
    hoursMax: 36,
    availableFrom: TODAY,
    waitingSince: '2025-01-01',
    consultantId: o.consultantId,
    jobCoachId: o.jobCoachId ?? null,
    lksStatus: o.lksStatus ?? LksStatus.NONE,
    currentLoonwaarde: o.currentLoonwaarde ?? null,
    doelgroepregister: o.doelgroepregister ?? false,
    visibleForMatching: o.visibleForMatching ?? true,
    dateOfBirth: o.dateOfBirth ?? null,
  });
}

export async function grantIdentityConsent(api: TestApi, candidateId: string, employerId: string, recordedById: string): Promise<IdentityConsentEntity> {
  return api.dataSource.getRepository(IdentityConsentEntity).save({
    candidateId,
    employerId,
    grantedOn: TODAY,
    documentReference: 'DMS-2026-0001',
    recordedById,
    revokedAt: null,
    revokedById: null,
  });
}

export async function recordLoonwaarde(api: TestApi, candidateId: string, recordedById: string, nextReassessmentOn: string | null, percentage = 55): Promise<void> {
  await api.dataSource.getRepository(LoonwaardeAssessmentEntity).save({
    candidateId,
    percentage,
    assessedOn: '2025-06-01',
    method: 'Dariuz',
    assessor: 'Arbeidsdeskundige',
    nextReassessmentOn,
    recordedById,
  });
}

export async function count(api: TestApi, sql: string, params: unknown[] = []): Promise<number> {
  const rows: { n: number }[] = await api.dataSource.query(`SELECT count(*)::int AS n FROM (${sql}) q`, params);
  return rows[0].n;
}

/** Row counts of every table the arrangement and placement contexts write, to prove refused calls change nothing. */
export async function snapshot(api: TestApi): Promise<Record<string, number>> {
  const tables = [
    'arrangements',
    'arrangement_candidates',
    'arrangement_instruments',
    'arrangement_changes',
    'coaching_hours',
    'placements',
    'placement_changes',
    'placement_check_ins',
    'outbox_events',
    'matches',
    'candidate_access_log',
  ];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = await count(api, `SELECT 1 FROM ${t}`);
  const [v] = await api.dataSource.query<{ s: number }[]>(`SELECT coalesce(sum(version), 0)::int AS s FROM vacancies`);
  out.vacancyVersions = v.s;
  const [a] = await api.dataSource.query<{ s: number }[]>(`SELECT coalesce(sum(version), 0)::int AS s FROM arrangements`);
  out.arrangementVersions = a.s;
  const [p] = await api.dataSource.query<{ s: number }[]>(`SELECT coalesce(sum(version), 0)::int AS s FROM placements`);
  out.placementVersions = p.s;
  return out;
}

export const ARRANGEMENT = `id employerId vacancyId jobcarvingTitle ownerId status startDate endDate templateCode templateVersion statusReason version notes
  instruments { __typename
    ... on LksInstrument { kind route fixedStartDate startDate endDate reassessmentAfterMonths reassessmentOn fullTimeHoursPerWeek }
    ... on ProefplaatsInstrument { kind months extensionMonths totalMonths startDate endDate benefitRetained }
    ... on JobcoachingInstrument { kind payer hourlyRateCents totalHoursPerCandidate schedule { fromMonth toMonth hoursPerMonth } }
    ... on NoRiskPolisInstrument { kind note }
    ... on WerkplekaanpassingInstrument { kind description costCents fundedBy }
    ... on DetacheringInstrument { kind leerwerkbedrijf monthlyFeeCents }
    ... on LeerwerkplekInstrument { kind description months }
    ... on BblInstrument { kind educationProvider qualification months } }
  candidates { candidateId pseudonym hoursPerWeek grossMonthlyWageCents loonwaardePercentage identity { firstName lastName } profile { pseudonym lksPossible loonwaardeBand } }`;

export const CREATE_ARRANGEMENT = `mutation($input: CreateArrangementInput!) { createArrangement(input: $input) { ${ARRANGEMENT} } }`;
export const FROM_TEMPLATE = `mutation($input: CreateArrangementFromTemplateInput!) { createArrangementFromTemplate(input: $input) { ${ARRANGEMENT} } }`;
export const GET_ARRANGEMENT = `query($id: ID!) { arrangement(id: $id) { ${ARRANGEMENT} } }`;
export const MOVE = (name: string) => `mutation($input: ArrangementMoveInput!) { ${name}(input: $input) { id status statusReason version } }`;
export const END_ARRANGEMENT = `mutation($input: EndArrangementInput!) { endArrangement(input: $input) { id status endDate statusReason } }`;
export const SET_INSTRUMENTS = `mutation($input: SetArrangementInstrumentsInput!) { setArrangementInstruments(input: $input) { ${ARRANGEMENT} } }`;
export const EXTEND = `mutation($input: ExtendProefplaatsInput!) { extendProefplaats(input: $input) { ${ARRANGEMENT} } }`;
export const LIST_ARRANGEMENTS = `query($filter: ArrangementFilterInput, $first: Int, $after: String) { arrangements(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id employerId status } } }`;
export const HISTORY = `query($id: ID!) { arrangement(id: $id) { history(first: 50) { totalCount nodes { kind fromStatus toStatus reason changedById } } } }`;
export const COST = `query($id: ID!, $months: Int) { arrangement(id: $id) { costOverview(months: $months) {
  assumptions totals { grossWageCents wageCostsCents lksCents jobcoachingCents employerNetCostCents }
  months { month periodStart periodEnd phase grossWageCents wageCostsCents lksCents lksRoute lksRecipient jobcoachingHours jobcoachingCents
           jobcoachingPayer detacheringFeeCents oneOffCostsCents employerNetCostCents notes } } } }`;

export const lksInstrument = (lks: Record<string, unknown> = {}) => ({ kind: 'LKS', lks: { route: 'LOONWAARDE', ...lks } });
export const proefplaatsInstrument = (months = 2, extensionMonths = 0) => ({ kind: 'PROEFPLAATS', proefplaats: { months, extensionMonths } });
export const jobcoachingInstrument = (payer = 'GEMEENTE') => ({
  kind: 'JOBCOACHING',
  jobcoaching: { payer, hourlyRateCents: 7500, schedule: [{ fromMonth: 1, toMonth: 3, hoursPerMonth: 8 }, { fromMonth: 4, toMonth: 12, hoursPerMonth: 4 }] },
});

// ---------------------------------------------------------------------------------------------
// Placements

export const PLACEMENT = `id candidateId vacancyId employerId arrangementId status introducedAt proefplaatsStartDate contractStartDate actualStartDate
  hoursPerWeek grossMonthlyWageCents confirmedAt confirmedById endedOn endReason endNotes version candidatePseudonym employerName vacancyTitle
  candidate { pseudonym lksPossible } candidateIdentity { firstName lastName }
  checkIns { id monthNumber dueOn heldOn status }`;
export const GET_PLACEMENT = `query($id: ID!) { placement(id: $id) { ${PLACEMENT} } }`;
export const PROPOSE = `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { ${PLACEMENT} } }`;
export const INTRODUCE = `mutation($input: PlacementMoveInput!) { introducePlacement(input: $input) { ${PLACEMENT} } }`;
export const PROEFPLAATS = `mutation($input: StartProefplaatsInput!) { startPlacementProefplaats(input: $input) { id status proefplaatsStartDate } }`;
export const CONTRACTED = `mutation($input: MarkContractedInput!) { markPlacementContracted(input: $input) { id status contractStartDate } }`;
export const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { ${PLACEMENT} } }`;
export const END_PLACEMENT = `mutation($input: EndPlacementInput!) { endPlacement(input: $input) { id status endedOn endReason endNotes } }`;
export const LIST_PLACEMENTS = `query($filter: PlacementFilterInput) { placements(filter: $filter, first: 50) { totalCount nodes { id status candidateId } } }`;

/** A placement of the candidate at the vacancy brought to CONTRACTED (consent recorded on the way). */
export async function contractedPlacement(api: TestApi, w: World, candidateId: string, vacancyId: string, employerId: string, arrangementId?: string): Promise<string> {
  const p = ok(await api.gql(PROPOSE, { input: { candidateId, vacancyId, arrangementId: arrangementId ?? null } }, w.am.token)).proposePlacement;
  const consents = await count(api, `SELECT 1 FROM identity_consents WHERE candidate_id = $1 AND employer_id = $2 AND revoked_at IS NULL`, [candidateId, employerId]);
  if (consents === 0) await grantIdentityConsent(api, candidateId, employerId, w.consultant.userId);
  ok(await api.gql(INTRODUCE, { input: { id: p.id } }, w.am.token));
  ok(await api.gql(CONTRACTED, { input: { id: p.id, contractStartDate: TODAY } }, w.am.token));
  return p.id as string;
}

/** Current match rows (as the matching run would write them) for the candidate at the vacancies. */
export async function insertMatches(api: TestApi, candidateId: string, vacancyIds: string[]): Promise<void> {
  const [run] = await api.dataSource.query<{ id: string; seq: string }[]>(
    `INSERT INTO match_runs (kind, subject_id, status, trigger) VALUES ('CANDIDATE', $1, 'COMPLETED', 'test') RETURNING id, seq`,
    [candidateId],
  );
  for (const [i, vacancyId] of vacancyIds.entries()) {
    await api.dataSource.query(
      `INSERT INTO matches (vacancy_id, candidate_id, run_id, run_seq, score, rank, components, explanation, travel_minutes, travel_mode, distance_km)
       VALUES ($1, $2, $3, $4, 0.8, $5, '[]', 'test', 20, 'BIKE', 4.2)`,
      [vacancyId, candidateId, run.id, run.seq, i + 1],
    );
  }
}
