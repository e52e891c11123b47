/** Shared set-up for the candidate end-to-end tests (candidates*.test.ts). */
import { EmployerEntity, EmployerSizeClass } from '@wsp/acquisition';
import { todayIn } from '@wsp/common';
import { TestApi } from '@wsp/testing/api';

export const TODAY = todayIn('Europe/Amsterdam');
export function isoDaysFromToday(days: number): string {
  const d = new Date(`${TODAY}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** ESCO v1.1.1 reference data loaded by the migrations. */
export const BAKKER = '1aadb308-432a-4d01-b54b-b4f7f76dd419';
export const SCHOONMAKER = '303a1e34-cb16-4054-b323-81e5eec17397';
export const SKILL_CLEANING_SUPPLIES = '00ec5333-e570-477b-9017-2e95fea0150a';
export const SKILL_HYGIENE = '0162b701-6bb4-400a-b557-7996053d7daf';

/** Fictitious BSNs that pass the elfproef. */
export const BSN = ['100023757', '100039595', '100126704', '100174218', '100372193', '100419707', '100475140', '100601844'];

export const CANDIDATE = `id pseudonym version homePostcode mobility maxTravelMinutes maxTravelReason hoursMin hoursMax availableFrom
  educationLevel drivingLicence skillsKnown consultantId jobCoachId currentLoonwaarde zorg lksStatus beschutIndication
  doelgroepregister benefitType active waitingSince visibleForMatching createdAt updatedAt doelgroep
  homeArea { pc4 place municipalityCode municipalityName }
  wishedOccupations { id labelNl iscoGroup conceptUri }
  skills { id labelEn }`;
export const IDENTITY = 'identity { firstName lastName email phone dateOfBirth externalRef }';

export const CREATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ${CANDIDATE} } }`;
export const UPDATE = `mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { ${CANDIDATE} } }`;
export const GET = `query($id: ID!) { candidate(id: $id) { ${CANDIDATE} } }`;
export const GET_WITH_IDENTITY = `query($id: ID!) { candidate(id: $id) { ${CANDIDATE} ${IDENTITY} } }`;
export const LIST = `query($filter: CandidateFilter, $first: Int, $after: String) { candidates(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id pseudonym doelgroep visibleForMatching consultantId } } }`;
export const SUPPORT = `mutation($input: CandidateSupportStatusInput!) { setCandidateSupportStatus(input: $input) { ${CANDIDATE} } }`;
export const RECORD_LW = `mutation($input: RecordLoonwaardeInput!) { recordLoonwaardeAssessment(input: $input) {
  id candidateId percentage assessedOn method assessor nextReassessmentOn recordedById current } }`;
export const LW_HISTORY = `query($candidateId: ID!, $first: Int, $after: String) { loonwaardeAssessments(candidateId: $candidateId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id percentage assessedOn current } } }`;
export const GRANT = `mutation($input: GrantMatchingConsentInput!) { grantMatchingConsent(input: $input) {
  id candidateId scope municipalityCodes grantedOn recordedById revokedAt active } }`;
export const REVOKE = `mutation($candidateId: ID!) { revokeMatchingConsent(candidateId: $candidateId) { id active revokedAt revokedById } }`;
export const MATCHING_CONSENTS = `query($candidateId: ID!) { matchingConsents(candidateId: $candidateId) { totalCount nodes { id scope municipalityCodes active } } }`;
export const RECORD_IDENTITY = `mutation($input: RecordIdentityConsentInput!) { recordIdentityConsent(input: $input) {
  id candidateId employerId employerName grantedOn documentReference active revokedAt } }`;
export const REVOKE_IDENTITY = `mutation($id: ID!) { revokeIdentityConsent(id: $id) { id active revokedAt revokedById } }`;
export const IDENTITY_CONSENTS = `query($candidateId: ID!) { identityConsents(candidateId: $candidateId) { totalCount nodes { id employerId employerName active } } }`;
export const ACCESS_LOG = `query($candidateId: ID, $actorUserId: ID, $first: Int, $after: String) {
  candidateAccessLog(candidateId: $candidateId, actorUserId: $actorUserId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id at actorUserId actorDisplayName candidateId candidatePseudonym operation fields } } }`;
export const IMPORT = `mutation($input: ImportCandidatesInput!) { importCandidates(input: $input) {
  dryRun totalRows valid invalid created updated unchanged errors { line field message } } }`;

export function candidateInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    firstName: 'Sanne',
    lastName: 'de Vries',
    email: 'Sanne.deVries@example.nl',
    phone: '06-12345678',
    dateOfBirth: '1990-04-12',
    homePostcode: '2511 AB',
    mobility: ['BIKE', 'PUBLIC_TRANSPORT'],
    hoursMin: 16,
    hoursMax: 32,
    availableFrom: isoDaysFromToday(30),
    educationLevel: 'MBO_2',
    occupationIds: [SCHOONMAKER],
    ...overrides,
  };
}

let kvkCounter = 20_000_000 + Math.floor(Math.random() * 70_000_000);

/** An employer row written directly (the acquisition API is another helper's work). */
export async function createEmployer(api: TestApi, ownerId: string, name = 'Bakkerij Test'): Promise<EmployerEntity> {
  kvkCounter += 1;
  return api.dataSource.getRepository(EmployerEntity).save({
    name,
    kvkNumber: String(kvkCounter),
    sbiSection: 'C',
    sizeClass: EmployerSizeClass.SMALL,
    postcode: '2511',
    ownerId,
  });
}

export async function count(api: TestApi, sql: string, params: unknown[] = []): Promise<number> {
  const rows: { n: number }[] = await api.dataSource.query(`SELECT count(*)::int AS n FROM (${sql}) q`, params);
  return rows[0].n;
}

export async function outboxTypes(api: TestApi, candidateId: string): Promise<{ type: string; payload: Record<string, unknown> }[]> {
  return api.dataSource.query(`SELECT type, payload FROM outbox_events WHERE aggregate_id = $1 ORDER BY id`, [candidateId]);
}
