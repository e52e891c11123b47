import { Actor, ForbiddenError, isUuid, Role } from '@wsp/common';

/**
 * Authorization rules of the acquisition context (the resolvers' @Roles are the first gate):
 * - ADMIN: everything.
 * - ACCOUNTMANAGER: reads every employer including the CRM internals; creates employers; changes
 *   only employers they own (profile, contacts, stage, contact moments, demands).
 * - CONSULTANT, JOBCOACH: read employer profiles, contacts and demands; no CRM internals.
 * - EMPLOYER: reads only their own employer's profile, contacts and demands; no CRM internals.
 */
export const CRM_ROLES: readonly Role[] = [Role.ADMIN, Role.ACCOUNTMANAGER];

export function isCrmReader(actor: Actor): boolean {
  return CRM_ROLES.includes(actor.role);
}

/** CRM internals: stage and its history, notes, contact moments, next actions, the timeline. */
export function assertCrmAccess(actor: Actor): void {
  if (!isCrmReader(actor)) throw new ForbiddenError('Alleen beheerders en accountmanagers zien de acquisitiegegevens');
}

export function canReadEmployer(actor: Actor, employerId: string): boolean {
  return actor.role !== Role.EMPLOYER || actor.employerId === employerId;
}

export function canManageEmployer(actor: Actor, employer: { ownerId: string }): boolean {
  return actor.role === Role.ADMIN || (actor.role === Role.ACCOUNTMANAGER && employer.ownerId === actor.userId);
}

export { isUuid };
