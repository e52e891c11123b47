import { Actor, ForbiddenError, Role, ValidationError } from '@wsp/common';

/**
 * Who may see and change full candidate records (WSP privacy policy; candidate data is
 * special-category personal data, AVG art. 9, and is shared only as needed, Participatiewet art. 65):
 * - ADMIN: everything, including reassigning the consultant;
 * - CONSULTANT (klantmanager): read and write the candidates of their own caseload;
 * - JOBCOACH: read (identity included, logged) the candidates they coach; no edits;
 * - ACCOUNTMANAGER and EMPLOYER: no full records; they see anonymised profiles through matches.
 */
export interface CandidateOwnership {
  consultantId: string;
  jobCoachId: string | null;
}

export function canReadCandidate(actor: Actor, c: CandidateOwnership): boolean {
  switch (actor.role) {
    case Role.ADMIN:
      return true;
    case Role.CONSULTANT:
      return c.consultantId === actor.userId;
    case Role.JOBCOACH:
      return c.jobCoachId !== null && c.jobCoachId === actor.userId;
    default:
      return false;
  }
}

export function canWriteCandidate(actor: Actor, c: CandidateOwnership): boolean {
  return actor.role === Role.ADMIN || (actor.role === Role.CONSULTANT && c.consultantId === actor.userId);
}

export function assertCanRead(actor: Actor, c: CandidateOwnership): void {
  if (!canReadCandidate(actor, c)) throw new ForbiddenError();
}

export function assertCanWrite(actor: Actor, c: CandidateOwnership): void {
  if (!canWriteCandidate(actor, c)) throw new ForbiddenError();
}

/**
 * The consultant of a new candidate: a consultant creates for themselves (naming someone else is
 * FORBIDDEN); an admin must name the consultant.
 */
export function consultantForNewCandidate(actor: Actor, requested: string | null | undefined, field = 'consultantId'): string {
  if (actor.role === Role.CONSULTANT) {
    if (requested && requested !== actor.userId) throw new ForbiddenError('Alleen een beheerder kan een kandidaat aan een andere klantmanager toewijzen');
    return actor.userId;
  }
  if (actor.role !== Role.ADMIN) throw new ForbiddenError();
  if (!requested) throw new ValidationError('Kies de klantmanager van de kandidaat', field);
  return requested;
}

/** Which candidates a list may show: `{ consultantId }` or `{ jobCoachId }` for the caseload, `{}` for an admin. */
export function caseloadScope(actor: Actor): { consultantId?: string; jobCoachId?: string } {
  switch (actor.role) {
    case Role.ADMIN:
      return {};
    case Role.CONSULTANT:
      return { consultantId: actor.userId };
    case Role.JOBCOACH:
      return { jobCoachId: actor.userId };
    default:
      throw new ForbiddenError();
  }
}

/** Searching candidates by name is only for a consultant within their own caseload (and logged). */
export function maySearchByName(actor: Actor): boolean {
  return actor.role === Role.CONSULTANT;
}
