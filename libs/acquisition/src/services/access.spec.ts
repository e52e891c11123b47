import { Actor, ForbiddenError, Role } from '@wsp/common';
import { assertCrmAccess, canManageEmployer, canReadEmployer, isUuid } from './access';

const actor = (role: Role, userId = 'u1', employerId: string | null = null): Actor => ({ role, userId, employerId });

describe('acquisition access rules', () => {
  it('lets only ADMIN and ACCOUNTMANAGER see CRM internals', () => {
    expect(() => assertCrmAccess(actor(Role.ADMIN))).not.toThrow();
    expect(() => assertCrmAccess(actor(Role.ACCOUNTMANAGER))).not.toThrow();
    for (const role of [Role.CONSULTANT, Role.JOBCOACH, Role.EMPLOYER]) {
      expect(() => assertCrmAccess(actor(role))).toThrow(ForbiddenError);
    }
  });

  it('lets an employer user read only their own employer', () => {
    expect(canReadEmployer(actor(Role.EMPLOYER, 'u', 'e1'), 'e1')).toBe(true);
    expect(canReadEmployer(actor(Role.EMPLOYER, 'u', 'e1'), 'e2')).toBe(false);
    expect(canReadEmployer(actor(Role.EMPLOYER, 'u', null), 'e2')).toBe(false);
    expect(canReadEmployer(actor(Role.CONSULTANT), 'e2')).toBe(true);
  });

  it('lets ADMIN and the owning accountmanager manage an employer', () => {
    expect(canManageEmployer(actor(Role.ADMIN), { ownerId: 'other' })).toBe(true);
    expect(canManageEmployer(actor(Role.ACCOUNTMANAGER, 'am1'), { ownerId: 'am1' })).toBe(true);
    expect(canManageEmployer(actor(Role.ACCOUNTMANAGER, 'am1'), { ownerId: 'am2' })).toBe(false);
    expect(canManageEmployer(actor(Role.CONSULTANT, 'am1'), { ownerId: 'am1' })).toBe(false);
    expect(canManageEmployer(actor(Role.EMPLOYER, 'am1', 'e1'), { ownerId: 'am1' })).toBe(false);
  });

  it('recognises uuids', () => {
    expect(isUuid('1aadb308-432a-4d01-b54b-b4f7f76dd419')).toBe(true);
    expect(isUuid('nope')).toBe(false);
    expect(isUuid(undefined)).toBe(false);
  });
});
