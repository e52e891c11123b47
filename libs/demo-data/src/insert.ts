import { DemoDataset } from './dataset';
import { SqlRunner } from './reference';
import {
  ContactMomentRow,
  DemandRow,
  EmployerContactRow,
  EmployerRow,
  OutboxEventRow,
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

/** PostgreSQL's limit of bind parameters per statement. */
export const MAX_PARAMETERS = 65_535;

/**
 * Inserts rows with parameterised multi-row INSERT statements, as many rows per statement as the
 * parameter limit allows (few round trips; also fast over PGlite). Returns the number of rows.
 */
export async function insertRows<R>(db: SqlRunner, table: TableSpec<R>, rows: readonly R[], maxParameters = MAX_PARAMETERS): Promise<number> {
  const width = table.columns.length;
  const batchSize = Math.max(1, Math.floor(Math.min(maxParameters, MAX_PARAMETERS) / width));
  const head = `INSERT INTO "${table.table}" (${table.columns.map(([c]) => `"${c}"`).join(', ')}) VALUES `;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const params: unknown[] = new Array<unknown>(batch.length * width);
    const tuples: string[] = new Array<string>(batch.length);
    for (let i = 0; i < batch.length; i++) {
      const placeholders: string[] = new Array<string>(width);
      for (let c = 0; c < width; c++) {
        const p = i * width + c;
        params[p] = table.columns[c][1](batch[i]);
        placeholders[c] = `$${p + 1}`;
      }
      tuples[i] = `(${placeholders.join(', ')})`;
    }
    await db.query(head + tuples.join(', '), params);
  }
  return rows.length;
}

/** Inserts a dataset in foreign-key order; returns the rows per table. Run it inside a transaction. */
export async function insertDemoDataset(db: SqlRunner, d: DemoDataset): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const put = async <R>(table: TableSpec<R>, rows: readonly R[]) => {
    counts[table.table] = (counts[table.table] ?? 0) + (await insertRows(db, table, rows));
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
  return counts;
}
