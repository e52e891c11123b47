/** Shared set-up for the acquisition end-to-end tests (acquisition*.test.ts). */
import { Role, todayIn } from '@wsp/common';
import { GqlResult, TestApi } from '@wsp/testing/api';

export const TZ = 'Europe/Amsterdam';

export const EMPLOYER = `id name kvkNumber sbiSection sectorName sizeClass postcode place municipalityCode municipalityName
  latitude longitude inclusiveEmployer psoLevel psoExpiresOn psoCertificateValid website ownerId accountManager { id displayName }`;
export const EMPLOYER_CRM = `${EMPLOYER} stage lostReason notes`;

export const CREATE = `mutation($input: CreateEmployerInput!) { createEmployer(input: $input) { ${EMPLOYER_CRM} } }`;
export const UPDATE = `mutation($id: ID!, $input: UpdateEmployerInput!) { updateEmployer(id: $id, input: $input) { ${EMPLOYER_CRM} } }`;
export const GET = `query($id: ID!) { employer(id: $id) { ${EMPLOYER} contacts { id name email isPrimary } } }`;
export const GET_CRM = `query($id: ID!) { employer(id: $id) { ${EMPLOYER_CRM} } }`;
export const MOVE = `mutation($input: MoveEmployerStageInput!) { moveEmployerStage(input: $input) { id stage lostReason } }`;
export const HISTORY = `query($id: ID!, $first: Int, $after: String) { employer(id: $id) { stageHistory(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { fromStage toStage reason changedById changedAt } } } }`;
export const RECORD = `mutation($input: RecordContactMomentInput!) { recordContactMoment(input: $input) {
  id employerId type occurredAt contactPersonId outcome nextAction nextActionDueOn nextActionAssigneeId nextActionCompletedAt
  nextActionStatus recordedById contactPerson { id } } }`;
export const MY_ACTIONS = `query($status: ActionsFilter, $first: Int, $after: String) { myActions(status: $status, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { contactMomentId employerId employerName action dueOn status assigneeId } } }`;
export const TIMELINE = `query($employerId: ID!, $first: Int, $after: String) { employerTimeline(employerId: $employerId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { __typename id at
    ... on ContactMomentEntry { contactMoment { id outcome } }
    ... on StageChangeEntry { stageChange { fromStage toStage } }
    ... on DemandCreatedEntry { demand { id title } } } } }`;
export const DEMAND = `id employerId title occupationId occupationLabel numberOfPeople startFrom status notes`;
export const CREATE_DEMAND = `mutation($input: CreateEmployerDemandInput!) { createEmployerDemand(input: $input) { ${DEMAND} } }`;
export const SEARCH = `query($filter: EmployerFilterInput, $first: Int, $after: String) { employers(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor } nodes { id name kvkNumber municipalityCode } } }`;

export const TODAY = todayIn(TZ);

export function isoDaysFromToday(days: number): string {
  const d = new Date(`${TODAY}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** An instant `days` days ago (negative: in the past). */
export function instantDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString();
}

let kvkCounter = 10_000_000 + Math.floor(Math.random() * 80_000_000);
export function nextKvk(): string {
  kvkCounter += 1;
  return String(kvkCounter);
}

export function employerInput(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'Bakkerij De Korenschoof', kvkNumber: nextKvk(), sbiSection: 'C', sizeClass: 'SMALL', postcode: '2511 AB', ...extra };
}

export interface Actor {
  token: string;
  userId: string;
}

export interface Actors {
  admin: Actor;
  am: Actor;
  otherAm: Actor;
  consultant: Actor;
  jobcoach: Actor;
}

export async function setUpActors(api: TestApi): Promise<Actors> {
  return {
    admin: await api.userToken(Role.ADMIN),
    am: await api.userToken(Role.ACCOUNTMANAGER),
    otherAm: await api.userToken(Role.ACCOUNTMANAGER),
    consultant: await api.userToken(Role.CONSULTANT),
    jobcoach: await api.userToken(Role.JOBCOACH),
  };
}

/** Fails the test with the GraphQL errors when there are any. */
export function ok<T>(res: GqlResult<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export async function createEmployer(api: TestApi, token: string, extra: Record<string, unknown> = {}): Promise<Record<string, any>> {
  return ok(await api.gql<Record<string, any>>(CREATE, { input: employerInput(extra) }, token)).createEmployer;
}

export async function count(api: TestApi, sql: string, params: unknown[] = []): Promise<number> {
  return Number((await api.dataSource.query<{ n: string }[]>(sql, params))[0].n);
}

/** A well-formed PC4 that does not exist in the CBS data. */
export async function unknownPc4(api: TestApi): Promise<string> {
  const rows = await api.dataSource.query<{ pc4: string }[]>(
    `SELECT g::text AS pc4 FROM generate_series(1000, 9999) g WHERE NOT EXISTS (SELECT 1 FROM postcodes p WHERE p.pc4 = g::text) LIMIT 1`,
  );
  return rows[0].pc4;
}

/** Snapshot of every acquisition table's row count, to prove that refused calls change nothing. */
export async function tableCounts(api: TestApi): Promise<Record<string, number>> {
  const tables = ['employers', 'employer_contacts', 'employer_stage_changes', 'contact_moments', 'employer_demands'];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = await count(api, `SELECT count(*) AS n FROM ${t}`);
  return out;
}

export async function employerRow(api: TestApi, id: string): Promise<Record<string, unknown>> {
  const rows = await api.dataSource.query<Record<string, unknown>[]>('SELECT * FROM employers WHERE id = $1', [id]);
  return rows[0];
}
