import { EntityManager, In } from 'typeorm';
import { CandidateEntity, LksStatus } from '@wsp/candidates';
import { isUuid, NotFoundError } from '@wsp/common';
import { DomainEvent } from '@wsp/events';
import {
  ArrangementCandidateEntity,
  ArrangementChangeEntity,
  ArrangementEntity,
  ArrangementInstrumentEntity,
} from '../entities/arrangement.entity';
import { ArrangementStatus } from '../domain/arrangement-lifecycle';
import { Instrument, InstrumentCandidateFacts, InstrumentKind } from '../domain/instruments';

/**
 * Persistence helpers shared by the arrangement services. Every function takes the caller's
 * EntityManager so that it runs inside the caller's transaction.
 */

export const ARRANGEMENT_AGGREGATE = 'arrangement';

export { isUuid };

export async function findArrangement(manager: EntityManager, id: string): Promise<ArrangementEntity> {
  const arrangement = isUuid(id) ? await manager.findOne(ArrangementEntity, { where: { id } }) : null;
  if (!arrangement) throw new NotFoundError('Arrangement', id);
  return arrangement;
}

/** The arrangement row locked until the transaction ends (every write goes through this). */
export async function lockArrangement(manager: EntityManager, id: string): Promise<ArrangementEntity> {
  const arrangement = isUuid(id) ? await manager.findOne(ArrangementEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!arrangement) throw new NotFoundError('Arrangement', id);
  return arrangement;
}

export function toInstrument(row: ArrangementInstrumentEntity): Instrument {
  return { ...(row.details as object), kind: row.kind } as Instrument;
}

export async function loadInstruments(manager: EntityManager, arrangementIds: readonly string[]): Promise<Map<string, Instrument[]>> {
  const result = new Map<string, Instrument[]>(arrangementIds.map((id) => [id, []]));
  if (arrangementIds.length === 0) return result;
  const rows = await manager.find(ArrangementInstrumentEntity, { where: { arrangementId: In([...arrangementIds]) } });
  const order = Object.values(InstrumentKind);
  for (const r of rows.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))) result.get(r.arrangementId)?.push(toInstrument(r));
  return result;
}

export async function instrumentsOf(manager: EntityManager, arrangementId: string): Promise<Instrument[]> {
  return (await loadInstruments(manager, [arrangementId])).get(arrangementId) ?? [];
}

export async function replaceInstruments(manager: EntityManager, arrangementId: string, instruments: readonly Instrument[]): Promise<void> {
  await manager.delete(ArrangementInstrumentEntity, { arrangementId });
  if (instruments.length === 0) return;
  await manager.insert(
    ArrangementInstrumentEntity,
    instruments.map(({ kind, ...details }) => ({ arrangementId, kind, details: details as never })),
  );
}

export async function candidatesOf(manager: EntityManager, arrangementId: string): Promise<ArrangementCandidateEntity[]> {
  return manager.find(ArrangementCandidateEntity, { where: { arrangementId }, order: { addedAt: 'ASC', candidateId: 'ASC' } });
}

/** What the arrangement rules and access checks need of a candidate; no names or contact details. */
export interface CandidateFacts extends InstrumentCandidateFacts {
  id: string;
  lksStatus: LksStatus;
  consultantId: string;
  jobCoachId: string | null;
  active: boolean;
  visibleForMatching: boolean;
  /** For the youth wage in the cost overview only; never returned. */
  dateOfBirth: string | null;
}

export async function candidateFacts(manager: EntityManager, ids: readonly string[]): Promise<Map<string, CandidateFacts>> {
  const wanted = [...new Set(ids)].filter(isUuid);
  if (wanted.length === 0) return new Map();
  const rows = await manager.find(CandidateEntity, {
    where: { id: In(wanted) },
    select: {
      id: true,
      pseudonym: true,
      lksStatus: true,
      doelgroepregister: true,
      currentLoonwaarde: true,
      consultantId: true,
      jobCoachId: true,
      active: true,
      visibleForMatching: true,
      dateOfBirth: true,
    },
  });
  return new Map(
    rows.map((c) => [
      c.id,
      {
        id: c.id,
        pseudonym: c.pseudonym,
        lksStatus: c.lksStatus,
        hasLksStatus: c.lksStatus !== LksStatus.NONE,
        doelgroepregister: c.doelgroepregister,
        loonwaardePercentage: c.currentLoonwaarde,
        consultantId: c.consultantId,
        jobCoachId: c.jobCoachId,
        active: c.active,
        visibleForMatching: c.visibleForMatching,
        dateOfBirth: c.dateOfBirth,
      },
    ]),
  );
}

/** Facts of the arrangement's candidates, with the loonwaarde as recorded on the arrangement. */
export async function arrangementCandidateFacts(manager: EntityManager, arrangementId: string): Promise<CandidateFacts[]> {
  const links = await candidatesOf(manager, arrangementId);
  const facts = await candidateFacts(manager, links.map((l) => l.candidateId));
  return links.map((l) => ({ ...facts.get(l.candidateId)!, loonwaardePercentage: l.loonwaardePercentage }));
}

export async function recordChange(
  manager: EntityManager,
  arrangement: { id: string },
  change: { kind: string; fromStatus: ArrangementStatus | null; toStatus: ArrangementStatus; reason?: string | null; changedById: string | null },
): Promise<void> {
  await manager.insert(ArrangementChangeEntity, {
    arrangementId: arrangement.id,
    kind: change.kind,
    fromStatus: change.fromStatus,
    toStatus: change.toStatus,
    reason: change.reason ?? null,
    changedById: change.changedById,
  });
}

/** Outbox event about an arrangement: ids and field names only. */
export function arrangementEvent(type: string, a: { id: string; employerId: string; vacancyId: string | null }, extra: Record<string, unknown> = {}): DomainEvent {
  return {
    aggregateType: ARRANGEMENT_AGGREGATE,
    aggregateId: a.id,
    type,
    payload: { arrangementId: a.id, employerId: a.employerId, vacancyId: a.vacancyId, ...extra },
  };
}

/** Bumps version and updated_at of the arrangement after a change to its candidates or instruments. */
export async function touch(manager: EntityManager, arrangementId: string): Promise<void> {
  await manager.query('UPDATE arrangements SET version = version + 1, updated_at = now() WHERE id = $1', [arrangementId]);
}
