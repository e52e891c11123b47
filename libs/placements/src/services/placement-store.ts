import { EntityManager, QueryFailedError } from 'typeorm';
import { CandidateEntity } from '@wsp/candidates';
import { NotFoundError } from '@wsp/common';
import { DomainEvent } from '@wsp/events';
import { PlacementChangeEntity, PlacementEntity } from '../entities/placement.entity';
import { OCCUPYING_STATUSES, PlacementStatus } from '../domain/placement-status';

export const PLACEMENT_AGGREGATE = 'placement';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: unknown): id is string => typeof id === 'string' && UUID.test(id);

export async function findPlacement(manager: EntityManager, id: string): Promise<PlacementEntity> {
  const p = isUuid(id) ? await manager.findOne(PlacementEntity, { where: { id } }) : null;
  if (!p) throw new NotFoundError('Plaatsing', id);
  return p;
}

export async function lockPlacement(manager: EntityManager, id: string): Promise<PlacementEntity> {
  const p = isUuid(id) ? await manager.findOne(PlacementEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!p) throw new NotFoundError('Plaatsing', id);
  return p;
}

/** What the placement rules need of the candidate (no names). */
export interface PlacementCandidateFacts {
  id: string;
  pseudonym: string;
  consultantId: string;
  jobCoachId: string | null;
  active: boolean;
  visibleForMatching: boolean;
}

export async function placementCandidate(manager: EntityManager, id: string): Promise<PlacementCandidateFacts> {
  const c = isUuid(id)
    ? await manager.findOne(CandidateEntity, {
        where: { id },
        select: { id: true, pseudonym: true, consultantId: true, jobCoachId: true, active: true, visibleForMatching: true },
      })
    : null;
  if (!c) throw new NotFoundError('Kandidaat', id);
  return c;
}

export async function recordPlacementChange(
  manager: EntityManager,
  placementId: string,
  change: { fromStatus: PlacementStatus | null; toStatus: PlacementStatus; reason?: string | null; changedById: string },
): Promise<void> {
  await manager.insert(PlacementChangeEntity, { placementId, fromStatus: change.fromStatus, toStatus: change.toStatus, reason: change.reason ?? null, changedById: change.changedById });
}

/** Outbox event about a placement: ids, dates and hours only. */
/**
 * A placement event. `occupancyChanged`: whether the event moved the placement into or out of an
 * occupying status (OCCUPYING_STATUSES: the candidate's hard constraint ACTIVE_PLACEMENT), so that
 * matching re-matches the candidate only then.
 */
export function placementEvent(
  type: string,
  p: PlacementEntity,
  extra: Record<string, unknown> & { fromStatus?: PlacementStatus; toStatus?: PlacementStatus } = {},
): DomainEvent {
  const occupies = (s: PlacementStatus | undefined) => s !== undefined && OCCUPYING_STATUSES.includes(s);
  return {
    aggregateType: PLACEMENT_AGGREGATE,
    aggregateId: p.id,
    type,
    payload: {
      placementId: p.id,
      candidateId: p.candidateId,
      vacancyId: p.vacancyId,
      employerId: p.employerId,
      arrangementId: p.arrangementId,
      occupancyChanged: occupies(extra.fromStatus) !== occupies(extra.toStatus),
      ...extra,
    },
  };
}

/** The named unique index that was violated (SQLSTATE 23505), or null for any other error. */
export function violatedUniqueIndex(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driver = error.driverError as { code?: string; constraint?: string } | undefined;
  return driver?.code === '23505' ? (driver.constraint ?? '') : null;
}

/**
 * A placement that starts or ends changes the candidate's availability for matching: touch the
 * candidate's updated_at so the search indexes pick it up (see @wsp/search ActivePlacementSource).
 */
export async function touchCandidate(manager: EntityManager, candidateId: string): Promise<void> {
  await manager.query('UPDATE candidates SET updated_at = now() WHERE id = $1', [candidateId]);
}
