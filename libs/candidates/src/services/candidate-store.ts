import { EntityManager, In } from 'typeorm';
import { UserEntity } from '@wsp/auth';
import { NotFoundError, Role, ValidationError } from '@wsp/common';
import { DomainEvent } from '@wsp/events';
import { CandidateOccupationEntity, CandidateSkillEntity } from '../entities/candidate-links.entity';
import { CandidateEntity } from '../entities/candidate.entity';
import { CandidateField, CandidateState, columnsOf, matchingRelevant, stateOf } from '../domain/candidate-state';

/**
 * Persistence helpers shared by the candidate services. Every function takes the caller's
 * EntityManager, so that it runs inside the caller's transaction.
 */

export const CANDIDATE_AGGREGATE = 'candidate';

/** Serialises pseudonym allocation (transaction-scoped advisory lock; released at commit). */
const PSEUDONYM_LOCK = 7_305_146_201;
export const PSEUDONYM_PREFIX = 'K-';

export function formatPseudonym(n: number): string {
  return `${PSEUDONYM_PREFIX}${String(n).padStart(6, '0')}`;
}

/**
 * The next `count` pseudonyms (K-000001, K-000002, ...). Collision-safe: taken under an advisory
 * lock held until the transaction ends, continuing after the highest one in use.
 */
export async function allocatePseudonyms(manager: EntityManager, count: number): Promise<string[]> {
  if (count === 0) return [];
  await manager.query('SELECT pg_advisory_xact_lock($1)', [PSEUDONYM_LOCK]);
  const [row] = await manager.query<{ n: number | null }[]>(
    `SELECT max(substring(pseudonym FROM 3)::int) AS n FROM candidates WHERE pseudonym ~ '^K-[0-9]{1,9}$'`,
  );
  const start = (row?.n ?? 0) + 1;
  return Array.from({ length: count }, (_, i) => formatPseudonym(start + i));
}

export async function findCandidate(manager: EntityManager, id: string): Promise<CandidateEntity> {
  const candidate = isUuid(id) ? await manager.findOne(CandidateEntity, { where: { id } }) : null;
  if (!candidate) throw new NotFoundError('Kandidaat', id);
  return candidate;
}

/** The candidate row locked for update until the transaction ends. */
export async function lockCandidate(manager: EntityManager, id: string): Promise<CandidateEntity> {
  const candidate = isUuid(id)
    ? await manager.findOne(CandidateEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!candidate) throw new NotFoundError('Kandidaat', id);
  return candidate;
}

export interface CandidateLinks {
  occupationIds: string[];
  skillIds: string[];
}

export async function linksOf(manager: EntityManager, ids: readonly string[]): Promise<Map<string, CandidateLinks>> {
  const result = new Map<string, CandidateLinks>(ids.map((id) => [id, { occupationIds: [], skillIds: [] }]));
  if (ids.length === 0) return result;
  const [occupations, skills] = await Promise.all([
    manager.find(CandidateOccupationEntity, { where: { candidateId: In([...ids]) } }),
    manager.find(CandidateSkillEntity, { where: { candidateId: In([...ids]) } }),
  ]);
  for (const o of occupations) result.get(o.candidateId)?.occupationIds.push(o.occupationId);
  for (const s of skills) result.get(s.candidateId)?.skillIds.push(s.skillId);
  return result;
}

export async function loadState(manager: EntityManager, candidate: CandidateEntity): Promise<CandidateState> {
  const links = (await linksOf(manager, [candidate.id])).get(candidate.id)!;
  return stateOf(candidate, links.occupationIds, links.skillIds);
}

async function replaceLinks(manager: EntityManager, candidateId: string, state: CandidateState, before: CandidateState | null): Promise<void> {
  if (!before || JSON.stringify(before.occupationIds) !== JSON.stringify(state.occupationIds)) {
    if (before) await manager.delete(CandidateOccupationEntity, { candidateId });
    if (state.occupationIds.length) {
      await manager.insert(CandidateOccupationEntity, state.occupationIds.map((occupationId) => ({ candidateId, occupationId })));
    }
  }
  if (!before || JSON.stringify(before.skillIds) !== JSON.stringify(state.skillIds)) {
    if (before) await manager.delete(CandidateSkillEntity, { candidateId });
    if (state.skillIds.length) {
      await manager.insert(CandidateSkillEntity, state.skillIds.map((skillId) => ({ candidateId, skillId })));
    }
  }
}

/** Inserts a new candidate with its links; returns its id. */
export async function insertCandidate(
  manager: EntityManager,
  state: CandidateState,
  pseudonym: string,
  bsnHash: string | null,
): Promise<string> {
  const result = await manager.insert(CandidateEntity, { ...columnsOf(state), pseudonym, bsnHash, currentLoonwaarde: null, visibleForMatching: false });
  const id = (result.identifiers[0] as { id: string }).id;
  await replaceLinks(manager, id, state, null);
  return id;
}

/**
 * Writes the changed columns and links of an existing candidate. Updating the row bumps its
 * version and updated_at (TypeORM adds both to every entity update).
 */
export async function updateCandidateRow(
  manager: EntityManager,
  id: string,
  before: CandidateState,
  after: CandidateState,
  changed: readonly CandidateField[],
  bsnHash?: string,
): Promise<void> {
  const columns = columnsOf(after) as Record<string, unknown>;
  const patch: Record<string, unknown> = {};
  for (const f of changed) if (f in columns) patch[f] = columns[f];
  if (bsnHash !== undefined) patch.bsnHash = bsnHash;
  // Link-only changes still touch the row, so that version and updated_at say "changed".
  await manager.update(CandidateEntity, { id }, Object.keys(patch).length ? patch : { skillsKnown: after.skillsKnown });
  await replaceLinks(manager, id, after, before);
}

/** `candidate.changed` with the matching-relevant field names (no values, no personal data), or none. */
export function candidateChangedEvents(candidateId: string, changed: readonly CandidateField[], created = false): DomainEvent[] {
  const relevant = matchingRelevant(changed);
  if (!created && relevant.length === 0) return [];
  return [{ aggregateType: CANDIDATE_AGGREGATE, aggregateId: candidateId, type: 'candidate.changed', payload: { candidateId, created, changedFields: relevant } }];
}

/** Refuses a user who is not an active user with `role` (e.g. the job coach to assign). */
export async function assertActiveUserWithRole(manager: EntityManager, userId: string, role: Role, field: string, label: string): Promise<void> {
  const user = isUuid(userId) ? await manager.findOne(UserEntity, { where: { id: userId } }) : null;
  if (!user || !user.active || user.role !== role) throw new ValidationError(`Kies een actieve ${label}`, field);
}

/** Ids of candidates (other than `exceptId`) that hold this BSN hash. */
export async function candidateWithBsnHash(manager: EntityManager, bsnHash: string, exceptId?: string): Promise<string | null> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT id FROM candidates WHERE bsn_hash = $1 AND ($2::uuid IS NULL OR id <> $2::uuid) LIMIT 1`,
    [bsnHash, exceptId ?? null],
  );
  return rows[0]?.id ?? null;
}

export async function candidateWithExternalRef(manager: EntityManager, externalRef: string, exceptId?: string): Promise<string | null> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT id FROM candidates WHERE external_ref = $1 AND ($2::uuid IS NULL OR id <> $2::uuid) LIMIT 1`,
    [externalRef, exceptId ?? null],
  );
  return rows[0]?.id ?? null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);
