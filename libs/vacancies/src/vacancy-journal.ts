import { EntityManager } from 'typeorm';
import { DomainEvent } from '@wsp/events';
import { ConflictError, isUuid, NotFoundError } from '@wsp/common';
import { VacancyChangeEntity, VacancyChangeKind, VacancyEntity, VacancySkillEntity, VacancyStatus } from './entities';
import { FieldChanges } from './domain/vacancy-diff';
import { VacancyEventType } from './domain/vacancy-lifecycle';
import { normalizeSkills, VacancyFields } from './domain/vacancy-fields';

export { isUuid };

export const VACANCY_AGGREGATE = 'vacancy';

/** Outbox event about a vacancy. Payload: ids and field names only, never personal data. */
export function vacancyEvent(type: VacancyEventType, vacancy: { id: string; employerId: string }, extra: Record<string, unknown> = {}): DomainEvent {
  return { aggregateType: VACANCY_AGGREGATE, aggregateId: vacancy.id, type, payload: { vacancyId: vacancy.id, employerId: vacancy.employerId, ...extra } };
}

/** Reads a vacancy (no lock): for access checks and validation before a write. */
export async function findVacancy(manager: EntityManager, id: string): Promise<VacancyEntity> {
  const vacancy = isUuid(id) ? await manager.findOne(VacancyEntity, { where: { id } }) : null;
  if (!vacancy) throw new NotFoundError('Vacature', id);
  return vacancy;
}

/** Reads a vacancy and locks its row until the transaction ends (for every write). */
export async function lockVacancy(manager: EntityManager, id: string): Promise<VacancyEntity> {
  const vacancy = isUuid(id) ? await manager.findOne(VacancyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!vacancy) throw new NotFoundError('Vacature', id);
  return vacancy;
}

/** Optimistic concurrency: a stale `expectedVersion` is a CONFLICT (nothing is overwritten). */
export function assertVersion(vacancy: VacancyEntity, expectedVersion: number | null | undefined): void {
  if (expectedVersion !== undefined && expectedVersion !== null && vacancy.version !== expectedVersion) {
    throw new ConflictError('De vacature is intussen door iemand anders gewijzigd; laad haar opnieuw', {
      field: 'expectedVersion',
      currentVersion: vacancy.version,
    });
  }
}

export async function loadSkills(manager: EntityManager, vacancyId: string): Promise<VacancyFields['skills']> {
  const rows = await manager.find(VacancySkillEntity, { where: { vacancyId } });
  return normalizeSkills(rows.map((r) => ({ skillId: r.skillId, essential: r.essential })));
}

/** The editable content of a stored vacancy. */
export function fieldsOf(v: VacancyEntity, skills: VacancyFields['skills']): VacancyFields {
  return {
    title: v.title,
    description: v.description,
    occupationId: v.occupationId,
    skills,
    educationLevel: v.educationLevel,
    drivingLicenceRequired: v.drivingLicenceRequired,
    hoursMin: v.hoursMin,
    hoursMax: v.hoursMax,
    contractType: v.contractType,
    startDate: v.startDate,
    closingDate: v.closingDate,
    wageMinCents: v.wageMinCents,
    wageMaxCents: v.wageMaxCents,
    postcode: v.postcode,
    numberOfPlaces: v.numberOfPlaces,
    demandId: v.demandId,
    openToLks: v.openToLks,
    minLoonwaarde: v.minLoonwaarde,
    proefplaatsPossible: v.proefplaatsPossible,
    jobcarvingPossible: v.jobcarvingPossible,
    beschut: v.beschut,
  };
}

export async function replaceSkills(manager: EntityManager, vacancyId: string, skills: VacancyFields['skills']): Promise<void> {
  await manager.delete(VacancySkillEntity, { vacancyId });
  if (skills.length) await manager.insert(VacancySkillEntity, skills.map((s) => ({ vacancyId, skillId: s.skillId, essential: s.essential })));
}

export interface HistoryEntry {
  kind: VacancyChangeKind;
  fromStatus?: VacancyStatus | null;
  toStatus?: VacancyStatus | null;
  changes?: FieldChanges;
  reason?: string | null;
  /** Null: the system made the change. */
  changedById: string | null;
}

export async function recordHistory(manager: EntityManager, vacancyIds: readonly string[], entry: HistoryEntry): Promise<void> {
  if (vacancyIds.length === 0) return;
  await manager.insert(
    VacancyChangeEntity,
    vacancyIds.map((vacancyId) => ({
      vacancyId,
      kind: entry.kind,
      fromStatus: entry.fromStatus ?? null,
      toStatus: entry.toStatus ?? null,
      changes: (entry.changes ?? {}) as never,
      reason: entry.reason ?? null,
      changedById: entry.changedById,
    })),
  );
}
