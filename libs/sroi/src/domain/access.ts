import { Actor, ForbiddenError, Role, WSP_STAFF } from '@wsp/common';

/**
 * Who may do what with SROI (WSP authorisation policy for social return):
 * - contracts: ADMIN and ACCOUNTMANAGER create, change and delete; only an ADMIN sets an explicit
 *   obligation (e.g. below the threshold);
 * - reading contracts, their progress and realisations: every WSP staff role; an EMPLOYER user
 *   only the contracts where their own employer is the contractor (others FORBIDDEN);
 * - recording realisations (sociale inkoop, other activities, manual employment, proposing a
 *   placement): ADMIN and ACCOUNTMANAGER;
 * - accepting/rejecting: the municipality's SROI coordinator only. Coordinators are assigned per
 *   commissioning municipality by an admin (table sroi_coordinators; ADMIN or ACCOUNTMANAGER
 *   users). An ADMIN may always decide; no new role is introduced;
 * - correcting a placement's category: ADMIN, ACCOUNTMANAGER and the candidate's own CONSULTANT;
 * - suggestions, alerts and region-wide reports: ADMIN and ACCOUNTMANAGER; reports of a contract
 *   or of a contractor also for that contractor's EMPLOYER users.
 */
export const SROI_MANAGERS: readonly Role[] = [Role.ADMIN, Role.ACCOUNTMANAGER];
export const SROI_READERS: readonly Role[] = [...WSP_STAFF, Role.EMPLOYER];
export const SROI_CORRECTORS: readonly Role[] = [Role.ADMIN, Role.ACCOUNTMANAGER, Role.CONSULTANT];

export function canReadContract(actor: Actor, contract: { contractorId: string }): boolean {
  if (actor.role === Role.EMPLOYER) return actor.employerId !== null && actor.employerId === contract.contractorId;
  return WSP_STAFF.includes(actor.role);
}

export function assertCanReadContract(actor: Actor, contract: { contractorId: string }): void {
  if (!canReadContract(actor, contract)) throw new ForbiddenError('Alleen de eigen SROI-contracten zijn zichtbaar');
}

export function assertCanManage(actor: Actor): void {
  if (!SROI_MANAGERS.includes(actor.role)) throw new ForbiddenError('Alleen een beheerder of accountmanager kan dit');
}

export function assertCanSetObligation(actor: Actor): void {
  if (actor.role !== Role.ADMIN) throw new ForbiddenError('Alleen een beheerder kan de verplichting zelf vastleggen');
}

/** Accept/reject: an ADMIN, or a user assigned as SROI coordinator of the contract's municipality. */
export function assertIsCoordinator(actor: Actor, contractMunicipality: string, coordinatedMunicipalities: readonly string[]): void {
  if (actor.role === Role.ADMIN) return;
  if (actor.role === Role.ACCOUNTMANAGER && coordinatedMunicipalities.includes(contractMunicipality)) return;
  throw new ForbiddenError('Alleen de SROI-coördinator van de opdrachtgevende gemeente kan realisaties beoordelen');
}

/** Category corrections: ADMIN, ACCOUNTMANAGER, or the consultant of the placed candidate. */
export function assertCanCorrect(actor: Actor, candidate: { consultantId: string } | null): void {
  if (actor.role === Role.ADMIN || actor.role === Role.ACCOUNTMANAGER) return;
  if (actor.role === Role.CONSULTANT && candidate !== null && candidate.consultantId === actor.userId) return;
  throw new ForbiddenError('Alleen de klantmanager van de kandidaat, een accountmanager of een beheerder kan de categorie corrigeren');
}

/** Users that may be assigned as coordinator. */
export const COORDINATOR_ROLES: readonly Role[] = [Role.ADMIN, Role.ACCOUNTMANAGER];
