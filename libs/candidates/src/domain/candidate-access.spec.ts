import { Actor, ForbiddenError, Role, ValidationError } from '@wsp/common';
import { canReadCandidate, canWriteCandidate, caseloadScope, consultantForNewCandidate } from './candidate-access';

const actor = (role: Role, userId = 'me'): Actor => ({ role, userId, employerId: role === Role.EMPLOYER ? 'emp' : null });
const own = { consultantId: 'me', jobCoachId: 'coach' };
const other = { consultantId: 'someone', jobCoachId: null };

describe('candidate access policy', () => {
  it('lets an admin read and write everything', () => {
    expect(canReadCandidate(actor(Role.ADMIN), other)).toBe(true);
    expect(canWriteCandidate(actor(Role.ADMIN), other)).toBe(true);
  });

  it('lets a consultant read and write only their own caseload', () => {
    expect(canReadCandidate(actor(Role.CONSULTANT), own)).toBe(true);
    expect(canWriteCandidate(actor(Role.CONSULTANT), own)).toBe(true);
    expect(canReadCandidate(actor(Role.CONSULTANT), other)).toBe(false);
    expect(canWriteCandidate(actor(Role.CONSULTANT), other)).toBe(false);
  });

  it('lets a job coach read only the candidates they coach, and write none', () => {
    expect(canReadCandidate(actor(Role.JOBCOACH, 'coach'), own)).toBe(true);
    expect(canWriteCandidate(actor(Role.JOBCOACH, 'coach'), own)).toBe(false);
    expect(canReadCandidate(actor(Role.JOBCOACH, 'coach'), other)).toBe(false);
  });

  it('gives accountmanagers and employers no full records', () => {
    for (const role of [Role.ACCOUNTMANAGER, Role.EMPLOYER]) {
      expect(canReadCandidate(actor(role, 'me'), own)).toBe(false);
      expect(canWriteCandidate(actor(role, 'me'), own)).toBe(false);
      expect(() => caseloadScope(actor(role))).toThrow(ForbiddenError);
    }
  });

  it('assigns new candidates to the creating consultant; admins must name one', () => {
    expect(consultantForNewCandidate(actor(Role.CONSULTANT), undefined)).toBe('me');
    expect(consultantForNewCandidate(actor(Role.CONSULTANT), 'me')).toBe('me');
    expect(() => consultantForNewCandidate(actor(Role.CONSULTANT), 'other')).toThrow(ForbiddenError);
    expect(consultantForNewCandidate(actor(Role.ADMIN), 'c1')).toBe('c1');
    expect(() => consultantForNewCandidate(actor(Role.ADMIN), undefined)).toThrow(ValidationError);
    expect(() => consultantForNewCandidate(actor(Role.JOBCOACH), undefined)).toThrow(ForbiddenError);
  });

  it('scopes lists to the caseload', () => {
    expect(caseloadScope(actor(Role.ADMIN))).toEqual({});
    expect(caseloadScope(actor(Role.CONSULTANT))).toEqual({ consultantId: 'me' });
    expect(caseloadScope(actor(Role.JOBCOACH))).toEqual({ jobCoachId: 'me' });
  });
});
