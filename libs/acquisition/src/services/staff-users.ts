import { EntityManager, In } from 'typeorm';
import { UserEntity } from '@wsp/auth';
import { Role, ValidationError } from '@wsp/common';
import { isUuid } from './access';

/** The owner of an employer must be an active user with role ACCOUNTMANAGER. */
export async function assertActiveAccountManager(manager: EntityManager, userId: string, field: string): Promise<void> {
  await assertActiveUserWithRole(manager, userId, [Role.ACCOUNTMANAGER], field, 'De eigenaar moet een actieve accountmanager zijn');
}

/** A next action is assigned to an active accountmanager or beheerder. */
export async function assertActiveActionAssignee(manager: EntityManager, userId: string, field: string): Promise<void> {
  await assertActiveUserWithRole(
    manager,
    userId,
    [Role.ACCOUNTMANAGER, Role.ADMIN],
    field,
    'Een vervolgactie kan alleen aan een actieve accountmanager of beheerder worden toegewezen',
  );
}

async function assertActiveUserWithRole(manager: EntityManager, userId: string, roles: Role[], field: string, message: string): Promise<void> {
  const ok = isUuid(userId) && (await manager.exists(UserEntity, { where: { id: userId, active: true, role: In(roles) } }));
  if (!ok) throw new ValidationError(message, field);
}

/** Display names of staff users by id (for the employer's account manager). */
export async function displayNames(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)].filter(isUuid);
  if (unique.length === 0) return new Map();
  const users = await manager.find(UserEntity, { where: { id: In(unique) }, select: { id: true, displayName: true } });
  return new Map(users.map((u) => [u.id, u.displayName]));
}
