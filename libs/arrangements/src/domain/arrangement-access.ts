import { Actor, ForbiddenError, NotFoundError, Role } from '@wsp/common';
import { ArrangementStatus } from './arrangement-lifecycle';

/**
 * Who may see and change arrangements (issue 4; candidates' data only as needed, Participatiewet art. 65):
 * - ADMIN: everything.
 * - ACCOUNTMANAGER: reads every arrangement; creates them (and owns what they create); changes
 *   and moves only the arrangements they own.
 * - CONSULTANT, JOBCOACH: read the arrangements of their own candidates (caseload / coaching).
 * - EMPLOYER: reads its own employer's arrangements once proposed (never drafts, never another
 *   employer's), with anonymised candidates unless identity consent for that employer exists;
 *   accepts or declines proposals.
 */
export interface ArrangementAccessFacts {
  employerId: string;
  ownerId: string;
  status: ArrangementStatus;
  /** consultant and job coach of every candidate in the arrangement */
  candidates: readonly { consultantId: string; jobCoachId: string | null }[];
}

export function canManageArrangement(actor: Actor, a: { ownerId: string }): boolean {
  return actor.role === Role.ADMIN || (actor.role === Role.ACCOUNTMANAGER && a.ownerId === actor.userId);
}

export function assertCanManageArrangement(actor: Actor, a: { ownerId: string }): void {
  if (!canManageArrangement(actor, a)) throw new ForbiddenError('Alleen de accountmanager die eigenaar is van dit arrangement (of een beheerder) kan dit doen');
}

/** Throws FORBIDDEN (another employer's, not your candidates) or NOT_FOUND (a draft for its employer). */
export function assertCanReadArrangement(actor: Actor, a: ArrangementAccessFacts, id: string): void {
  switch (actor.role) {
    case Role.ADMIN:
    case Role.ACCOUNTMANAGER:
      return;
    case Role.EMPLOYER:
      if (actor.employerId === null || actor.employerId !== a.employerId) throw new ForbiddenError();
      if (a.status === ArrangementStatus.DRAFT) throw new NotFoundError('Arrangement', id);
      return;
    case Role.CONSULTANT:
      if (!a.candidates.some((c) => c.consultantId === actor.userId)) throw new ForbiddenError();
      return;
    case Role.JOBCOACH:
      if (!a.candidates.some((c) => c.jobCoachId === actor.userId)) throw new ForbiddenError();
      return;
    default:
      throw new ForbiddenError();
  }
}

/** The employer answers proposals for its own vacancies; the owner may record a (signed) answer. */
export function respondentOf(actor: Actor, a: { employerId: string; ownerId: string }): 'EMPLOYER' | 'OWNER' {
  if (actor.role === Role.EMPLOYER) {
    if (actor.employerId !== a.employerId) throw new ForbiddenError();
    return 'EMPLOYER';
  }
  assertCanManageArrangement(actor, a);
  return 'OWNER';
}

/** Staff who may see a candidate's exact loonwaarde on an arrangement (not accountmanagers or employers). */
export function maySeeLoonwaarde(actor: Actor, c: { consultantId: string; jobCoachId: string | null }): boolean {
  return actor.role === Role.ADMIN || (actor.role === Role.CONSULTANT && c.consultantId === actor.userId) || (actor.role === Role.JOBCOACH && c.jobCoachId === actor.userId);
}
