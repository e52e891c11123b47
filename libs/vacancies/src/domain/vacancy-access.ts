import { Actor, ForbiddenError, Role, ValidationError } from '@wsp/common';

/**
 * Who may do what with vacancies (WSP authorisation policy):
 * - ADMIN and ACCOUNTMANAGER: read and manage every employer's vacancies (on the employer's behalf);
 * - CONSULTANT and JOBCOACH: read every vacancy, change none;
 * - EMPLOYER: read and manage only the vacancies of their own employer.
 */
const MANAGERS: readonly Role[] = [Role.ADMIN, Role.ACCOUNTMANAGER];
const READERS: readonly Role[] = [Role.ADMIN, Role.ACCOUNTMANAGER, Role.CONSULTANT, Role.JOBCOACH];

function isOwnEmployer(actor: Actor, employerId: string): boolean {
  return actor.role === Role.EMPLOYER && actor.employerId !== null && actor.employerId === employerId;
}

export function canReadVacanciesOf(actor: Actor, employerId: string): boolean {
  return READERS.includes(actor.role) || isOwnEmployer(actor, employerId);
}

export function canManageVacanciesOf(actor: Actor, employerId: string): boolean {
  return MANAGERS.includes(actor.role) || isOwnEmployer(actor, employerId);
}

export function assertCanRead(actor: Actor, employerId: string): void {
  if (!canReadVacanciesOf(actor, employerId)) throw new ForbiddenError();
}

export function assertCanManage(actor: Actor, employerId: string): void {
  if (!canManageVacanciesOf(actor, employerId)) throw new ForbiddenError();
}

/**
 * The employer a new vacancy belongs to: an employer user's own employer (naming another one is
 * FORBIDDEN); staff who may manage vacancies must name it.
 */
export function employerForNewVacancy(actor: Actor, requested: string | null | undefined): string {
  if (actor.role === Role.EMPLOYER) {
    if (!actor.employerId) throw new ForbiddenError();
    if (requested && requested !== actor.employerId) throw new ForbiddenError();
    return actor.employerId;
  }
  if (!MANAGERS.includes(actor.role)) throw new ForbiddenError();
  if (!requested) throw new ValidationError('Kies de werkgever van de vacature', 'employerId');
  return requested;
}

/**
 * The one employer whose vacancies a list may show, whatever filter was asked for: an employer
 * user's own employer, or null (no restriction) for staff.
 */
export function listScope(actor: Actor): { employerId: string | null } {
  if (actor.role === Role.EMPLOYER) {
    if (!actor.employerId) throw new ForbiddenError();
    return { employerId: actor.employerId };
  }
  if (!READERS.includes(actor.role)) throw new ForbiddenError();
  return { employerId: null };
}
