/** Shared set-up for the vacancy end-to-end tests (vacancies*.test.ts). */
import { EmployerDemandEntity, EmployerEntity, EmployerSizeClass } from '@wsp/acquisition';
import { Role, todayIn } from '@wsp/common';
import { TestApi } from '@wsp/testing/api';

export const VACANCY = `id employerId demandId status version title description occupationId educationLevel drivingLicenceRequired
  hoursMin hoursMax contractType startDate closingDate wageMinCents wageMaxCents postcode numberOfPlaces
  openToLks minLoonwaarde proefplaatsPossible jobcarvingPossible beschut openedAt closedAt statusReason
  location { pc4 place municipalityCode municipalityName }
  skills { skillId essential labelEn }
  health { daysOpen matchCount introductionCount placementCount }`;

export const CREATE = `mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { ${VACANCY} } }`;
export const UPDATE = `mutation($input: UpdateVacancyInput!) { updateVacancy(input: $input) { ${VACANCY} } }`;
export const OPEN = `mutation($input: OpenVacancyInput!) { openVacancy(input: $input) { ${VACANCY} } }`;
export const CLOSE = `mutation($input: CloseVacancyInput!) { closeVacancy(input: $input) { ${VACANCY} } }`;
export const GET = `query($id: ID!) { vacancy(id: $id) { ${VACANCY} } }`;
export const HISTORY = `query($id: ID!, $first: Int, $after: String) { vacancyHistory(id: $id, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { id kind fromStatus toStatus reason changedById changedAt changes { field from to } } } }`;
export const LIST = `query($filter: VacancyFilterInput, $first: Int, $after: String) { vacancies(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id employerId status title occupationId postcode } } }`;

export const TODAY = todayIn('Europe/Amsterdam');
export function isoDaysFromToday(days: number): string {
  const d = new Date(`${TODAY}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

let kvkCounter = 10_000_000 + Math.floor(Math.random() * 80_000_000);

/** An employer row written directly (the acquisition API is another helper's work). */
export async function createEmployer(api: TestApi, ownerId: string, postcode: string, name = 'Testbedrijf'): Promise<EmployerEntity> {
  kvkCounter += 1;
  return api.dataSource.getRepository(EmployerEntity).save({
    name,
    kvkNumber: String(kvkCounter),
    sbiSection: 'C',
    sizeClass: EmployerSizeClass.SMALL,
    postcode,
    ownerId,
  });
}

export async function createDemand(api: TestApi, employerId: string, createdById: string): Promise<EmployerDemandEntity> {
  return api.dataSource.getRepository(EmployerDemandEntity).save({
    employerId,
    title: 'Vijf productiemedewerkers',
    numberOfPeople: 5,
    startFrom: isoDaysFromToday(30),
    createdById,
  });
}

export interface EscoPick {
  occupationId: string;
  otherOccupationId: string;
  essential: string[];
  optional: string[];
  /** Number of skills (essential + optional) of occupationId. */
  occupationSkillCount: number;
}

/** Real ESCO ids from the loaded reference data: an occupation with several essential and optional skills. */
export async function pickEsco(api: TestApi): Promise<EscoPick> {
  const occ = await api.dataSource.query<{ occupation_id: string; n: number }[]>(
    `SELECT occupation_id, count(*)::int AS n FROM esco_occupation_skills GROUP BY occupation_id
      HAVING count(*) FILTER (WHERE essential) >= 3 AND count(*) FILTER (WHERE NOT essential) >= 2
      ORDER BY occupation_id LIMIT 2`,
  );
  const skills = await api.dataSource.query<{ skill_id: string; essential: boolean }[]>(
    `SELECT skill_id, essential FROM esco_occupation_skills WHERE occupation_id = $1 ORDER BY skill_id`,
    [occ[0].occupation_id],
  );
  return {
    occupationId: occ[0].occupation_id,
    otherOccupationId: occ[1].occupation_id,
    essential: skills.filter((s) => s.essential).map((s) => s.skill_id),
    optional: skills.filter((s) => !s.essential).map((s) => s.skill_id),
    occupationSkillCount: occ[0].n,
  };
}

export function baseInput(esco: EscoPick, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Medewerker productie',
    description: 'Inpakken en controleren van producten',
    occupationId: esco.occupationId,
    skills: [
      { skillId: esco.essential[0], essential: true },
      { skillId: esco.optional[0], essential: false },
    ],
    hoursMin: 24,
    hoursMax: 32,
    contractType: 'FIXED_TERM',
    closingDate: isoDaysFromToday(30),
    ...extra,
  };
}

/** Row counts that a refused call must leave unchanged. */
export async function snapshot(api: TestApi): Promise<{ vacancies: number; changes: number; events: number; skills: number }> {
  const [row] = await api.dataSource.query<{ vacancies: number; changes: number; events: number; skills: number }[]>(
    `SELECT (SELECT count(*)::int FROM vacancies) AS vacancies, (SELECT count(*)::int FROM vacancy_changes) AS changes,
            (SELECT count(*)::int FROM outbox_events) AS events, (SELECT count(*)::int FROM vacancy_skills) AS skills`,
  );
  return row;
}

export async function vacancyRow(api: TestApi, id: string): Promise<Record<string, unknown>> {
  const [row] = await api.dataSource.query<Record<string, unknown>[]>('SELECT * FROM vacancies WHERE id = $1', [id]);
  return row;
}

export async function historyRows(api: TestApi, id: string): Promise<{ kind: string; changes: Record<string, unknown> }[]> {
  return api.dataSource.query('SELECT kind, from_status, to_status, changes, reason, changed_by_id FROM vacancy_changes WHERE vacancy_id = $1 ORDER BY changed_at, id', [id]);
}

export async function events(api: TestApi, id: string): Promise<{ type: string; payload: Record<string, unknown> }[]> {
  return api.dataSource.query('SELECT type, payload FROM outbox_events WHERE aggregate_id = $1 ORDER BY id', [id]);
}

export interface Actors {
  am: { token: string; userId: string };
  consultant: { token: string; userId: string };
  jobcoach: { token: string; userId: string };
  admin: { token: string; userId: string };
  employerA: EmployerEntity;
  employerB: EmployerEntity;
  userA: { token: string; userId: string };
  userB: { token: string; userId: string };
}

/** Two employers (A in Den Haag 2511, B in Amsterdam 1011) with one employer user each, and staff. */
export async function setUpActors(api: TestApi): Promise<Actors> {
  const am = await api.userToken(Role.ACCOUNTMANAGER);
  const employerA = await createEmployer(api, am.userId, '2511', 'Bakkerij A');
  const employerB = await createEmployer(api, am.userId, '1011', 'Drukkerij B');
  return {
    am,
    consultant: await api.userToken(Role.CONSULTANT),
    jobcoach: await api.userToken(Role.JOBCOACH),
    admin: await api.userToken(Role.ADMIN),
    employerA,
    employerB,
    userA: await api.userToken(Role.EMPLOYER, { employerId: employerA.id }),
    userB: await api.userToken(Role.EMPLOYER, { employerId: employerB.id }),
  };
}
