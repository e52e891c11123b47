import { DemoDataset } from './dataset';
import { SqlRunner } from './reference';
import {
  CandidateOccupationRow,
  CandidateRow,
  CandidateSkillRow,
  ContactMomentRow,
  DemandRow,
  EmployerContactRow,
  EmployerRow,
  IdentityConsentRow,
  LoonwaardeAssessmentRow,
  MatchingConsentRow,
  OutboxEventRow,
  SroiContractRow,
  SroiCoordinatorRow,
  SroiRealisationChangeRow,
  SroiRealisationRow,
  StageChangeRow,
  UserRow,
  VacancyChangeRow,
  VacancyRow,
  VacancySkillRow,
} from './rows';

/** A table and how to read each of its columns from a row. */
export interface TableSpec<R> {
  table: string;
  columns: readonly (readonly [column: string, value: (row: R) => unknown])[];
}

/** Every column of `R` whose name is the snake_case of the property (the platform's naming strategy). */
function spec<R>(table: string, props: readonly (keyof R & string)[], convert: Partial<Record<keyof R & string, (v: unknown) => unknown>> = {}): TableSpec<R> {
  return {
    table,
    columns: props.map((p) => {
      const column = p.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      const conv = convert[p];
      return [column, conv ? (row: R) => conv(row[p]) : (row: R) => row[p]] as const;
    }),
  };
}

const json = (v: unknown) => JSON.stringify(v);

export const USERS = spec<UserRow>('users', ['id', 'email', 'passwordHash', 'displayName', 'role', 'employerId', 'active']);
export const EMPLOYERS = spec<EmployerRow>('employers', [
  'id', 'name', 'kvkNumber', 'sbiSection', 'sizeClass', 'postcode', 'ownerId', 'stage', 'lostReason', 'inclusiveEmployer',
  'psoLevel', 'psoExpiresOn', 'website', 'notes', 'createdAt', 'updatedAt', 'version',
]);
export const EMPLOYER_CONTACTS = spec<EmployerContactRow>('employer_contacts', ['id', 'employerId', 'name', 'jobTitle', 'email', 'phone', 'isPrimary', 'createdAt', 'updatedAt']);
export const STAGE_CHANGES = spec<StageChangeRow>('employer_stage_changes', ['id', 'employerId', 'fromStage', 'toStage', 'reason', 'changedById', 'changedAt']);
export const CONTACT_MOMENTS = spec<ContactMomentRow>('contact_moments', [
  'id', 'employerId', 'type', 'occurredAt', 'contactPersonId', 'outcome', 'nextAction', 'nextActionDueOn', 'nextActionAssigneeId',
  'nextActionCompletedAt', 'recordedById', 'createdAt',
]);
export const DEMANDS = spec<DemandRow>('employer_demands', [
  'id', 'employerId', 'title', 'occupationId', 'numberOfPeople', 'startFrom', 'status', 'notes', 'createdById', 'createdAt', 'updatedAt', 'version',
]);
export const VACANCIES = spec<VacancyRow>('vacancies', [
  'id', 'employerId', 'demandId', 'title', 'description', 'occupationId', 'educationLevel', 'drivingLicenceRequired', 'hoursMin', 'hoursMax',
  'contractType', 'startDate', 'closingDate', 'wageMinCents', 'wageMaxCents', 'postcode', 'numberOfPlaces', 'openToLks', 'minLoonwaarde',
  'proefplaatsPossible', 'jobcarvingPossible', 'beschut', 'status', 'openedAt', 'closedAt', 'statusReason', 'createdById', 'createdAt',
  'updatedAt', 'version',
]);
export const VACANCY_SKILLS = spec<VacancySkillRow>('vacancy_skills', ['vacancyId', 'skillId', 'essential']);
export const VACANCY_CHANGES = spec<VacancyChangeRow>('vacancy_changes', ['id', 'vacancyId', 'kind', 'fromStatus', 'toStatus', 'changes', 'reason', 'changedById', 'changedAt'], { changes: json });
/** `id` is GENERATED ALWAYS AS IDENTITY: the database numbers the events in insert order. */
export const OUTBOX_EVENTS = spec<OutboxEventRow>('outbox_events', ['aggregateType', 'aggregateId', 'type', 'payload', 'occurredAt', 'dispatchedAt'], { payload: json });

export const CANDIDATES = spec<CandidateRow>('candidates', [
  'id', 'pseudonym', 'externalRef', 'firstName', 'lastName', 'email', 'phone', 'dateOfBirth', 'bsnHash', 'homePostcode', 'mobility',
  'maxTravelMinutes', 'maxTravelReason', 'hoursMin', 'hoursMax', 'availableFrom', 'educationLevel', 'drivingLicence', 'skillsKnown',
  'consultantId', 'jobCoachId', 'currentLoonwaarde', 'zorg', 'lksStatus', 'beschutIndication', 'doelgroepregister', 'benefitType', 'active',
  'waitingSince', 'visibleForMatching', 'createdAt', 'updatedAt', 'version',
]);
export const CANDIDATE_OCCUPATIONS = spec<CandidateOccupationRow>('candidate_occupations', ['candidateId', 'occupationId']);
export const CANDIDATE_SKILLS = spec<CandidateSkillRow>('candidate_skills', ['candidateId', 'skillId']);
export const LOONWAARDE_ASSESSMENTS = spec<LoonwaardeAssessmentRow>('loonwaarde_assessments', [
  'id', 'candidateId', 'percentage', 'assessedOn', 'method', 'assessor', 'nextReassessmentOn', 'recordedById', 'createdAt',
]);
export const MATCHING_CONSENTS = spec<MatchingConsentRow>('matching_consents', [
  'id', 'candidateId', 'scope', 'municipalityCodes', 'grantedOn', 'recordedById', 'revokedAt', 'revokedById', 'createdAt',
]);
export const IDENTITY_CONSENTS = spec<IdentityConsentRow>('identity_consents', [
  'id', 'candidateId', 'employerId', 'grantedOn', 'documentReference', 'recordedById', 'revokedAt', 'revokedById', 'createdAt',
]);

export const SROI_CONTRACTS = spec<SroiContractRow>('sroi_contracts', [
  'id', 'reference', 'description', 'municipalityCode', 'contractorId', 'contractValueCents', 'sroiPercentage', 'startDate', 'endDate',
  'valuationTableId', 'psoDiscountPercentage', 'penaltyPercentage', 'gracePeriodDays', 'obligationOverrideCents', 'createdById', 'createdAt',
  'updatedAt', 'version',
]);
export const SROI_REALISATIONS = spec<SroiRealisationRow>('sroi_realisations', [
  'id', 'contractId', 'kind', 'status', 'placementId', 'candidateId', 'category', 'derivedCategory', 'bonuses', 'hoursPerWeek', 'startDate',
  'endDate', 'monthsCounted', 'purchaseAmountCents', 'supplierName', 'invoiceReference', 'activityHours', 'description', 'valueCents', 'valuedOn',
  'pendingSince', 'statusReason', 'decidedById', 'decidedAt', 'createdById', 'createdAt', 'updatedAt', 'version',
]);
export const SROI_REALISATION_CHANGES = spec<SroiRealisationChangeRow>('sroi_realisation_changes', [
  'id', 'realisationId', 'fromStatus', 'toStatus', 'fromCategory', 'toCategory', 'reason', 'changedById', 'changedAt',
]);
export const SROI_COORDINATORS = spec<SroiCoordinatorRow>('sroi_coordinators', ['id', 'municipalityCode', 'userId', 'assignedById', 'createdAt']);

/** Rows per INSERT statement: a few round trips, yet statements of a few megabytes at most. */
export const ROWS_PER_STATEMENT = 10_000;

/** A PostgreSQL array literal of text elements: {"a","b\\"c",NULL}. */
function arrayLiteral(items: readonly unknown[]): string {
  return `{${items.map((v) => (v === null || v === undefined ? 'NULL' : `"${textOf(v)!.replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}

/** The text form PostgreSQL reads for a value of a row (its input syntax). */
function textOf(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return arrayLiteral(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return JSON.stringify(v);
}

/** SQL type per column, from the catalog; null for string types (assigned from text with their length checks). */
async function castsOf(db: SqlRunner, table: string, columns: readonly string[]): Promise<(string | null)[]> {
  const rows = (await db.query(
    `SELECT a.attname AS name, format_type(a.atttypid, NULL) AS type, t.typcategory = 'S' AS string
       FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
    [`"${table}"`],
  )) as { name: string; type: string; string: boolean }[];
  const byName = new Map(rows.map((r) => [r.name, r]));
  return columns.map((c) => {
    const column = byName.get(c);
    if (!column) throw new Error(`${table}.${c}: no such column`);
    return column.string ? null : column.type;
  });
}

/**
 * Inserts rows in bulk: per statement up to `rowsPerStatement` rows, sent as one text array per
 * column and spread with unnest() (`INSERT ... SELECT u.c1::uuid, ... FROM unnest($1::text[], ...)`),
 * so a statement has as many parameters as the table has columns, whatever the number of rows.
 * Much faster than multi-row VALUES for 100,000s of rows; works on PGlite too. Returns the number of rows.
 */
export async function insertRows<R>(db: SqlRunner, table: TableSpec<R>, rows: readonly R[], rowsPerStatement = ROWS_PER_STATEMENT): Promise<number> {
  if (rows.length === 0) return 0;
  const width = table.columns.length;
  const names = table.columns.map(([c]) => c);
  const casts = await castsOf(db, table.table, names);
  const select = names.map((c, i) => (casts[i] ? `u.c${i}::${casts[i]}` : `u.c${i}`)).join(', ');
  const sql =
    `INSERT INTO "${table.table}" (${names.map((c) => `"${c}"`).join(', ')}) ` +
    `SELECT ${select} FROM unnest(${names.map((_, i) => `$${i + 1}::text[]`).join(', ')}) AS u(${names.map((_, i) => `c${i}`).join(', ')})`;
  const size = Math.max(1, rowsPerStatement);
  const batch = (start: number): (string | null)[][] => {
    const end = Math.min(rows.length, start + size);
    const params: (string | null)[][] = Array.from({ length: width }, () => new Array<string | null>(end - start));
    for (let i = start; i < end; i++) {
      for (let c = 0; c < width; c++) params[c][i - start] = textOf(table.columns[c][1](rows[i]));
    }
    return params;
  };
  // The next batch is prepared while the database works on the previous one.
  let running: Promise<unknown> | null = null;
  for (let start = 0; start < rows.length; start += size) {
    const params = batch(start);
    if (running) await running;
    running = db.query(sql, params);
  }
  await running;
  return rows.length;
}

/**
 * Inserts a dataset in foreign-key order; returns the rows per table. Run it inside a transaction.
 * `onTable` hears how long each table took (benchmarks).
 */
export async function insertDemoDataset(
  db: SqlRunner,
  d: DemoDataset,
  onTable?: (table: string, rows: number, ms: number) => void,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const put = async <R>(table: TableSpec<R>, rows: readonly R[]) => {
    const started = Date.now();
    counts[table.table] = (counts[table.table] ?? 0) + (await insertRows(db, table, rows));
    onTable?.(table.table, rows.length, Date.now() - started);
  };
  await put(USERS, d.staffUsers);
  await put(EMPLOYERS, d.acquisition.employers);
  // EMPLOYER logins refer to their employer, and create some of its vacancies.
  await put(USERS, d.employerUsers);
  await put(EMPLOYER_CONTACTS, d.acquisition.contacts);
  await put(STAGE_CHANGES, d.acquisition.stageChanges);
  await put(CONTACT_MOMENTS, d.acquisition.contactMoments);
  await put(DEMANDS, d.acquisition.demands);
  await put(VACANCIES, d.vacancies.vacancies);
  await put(VACANCY_SKILLS, d.vacancies.skills);
  await put(VACANCY_CHANGES, d.vacancies.changes);
  await put(OUTBOX_EVENTS, d.vacancies.events);
  const c = d.candidates;
  await put(CANDIDATES, c.candidates);
  await put(CANDIDATE_OCCUPATIONS, c.occupations);
  await put(CANDIDATE_SKILLS, c.skills);
  await put(LOONWAARDE_ASSESSMENTS, c.assessments);
  await put(MATCHING_CONSENTS, c.matchingConsents);
  await put(IDENTITY_CONSENTS, c.identityConsents);
  await put(OUTBOX_EVENTS, c.events);
  const s = d.sroi;
  await put(SROI_COORDINATORS, s.coordinators);
  await put(SROI_CONTRACTS, s.contracts);
  await put(SROI_REALISATIONS, s.realisations);
  await put(SROI_REALISATION_CHANGES, s.changes);
  return counts;
}
