import { Actor, DomainError, ErrorCode, Role } from '@wsp/common';
import { canManageVacanciesOf, canReadVacanciesOf, employerForNewVacancy, listScope } from './vacancy-access';
import { daysOpen } from './vacancy-health';

const E1 = '11111111-1111-4111-8111-111111111111';
const E2 = '22222222-2222-4222-8222-222222222222';
const actor = (role: Role, employerId: string | null = null): Actor => ({ userId: 'u', role, employerId });

function code(fn: () => unknown): ErrorCode | 'none' {
  try {
    fn();
    return 'none';
  } catch (e) {
    return (e as DomainError).code;
  }
}

describe('vacancy permissions', () => {
  it.each([
    [Role.ADMIN, true, true],
    [Role.ACCOUNTMANAGER, true, true],
    [Role.CONSULTANT, true, false],
    [Role.JOBCOACH, true, false],
  ])('%s reads any vacancy: %s, manages any: %s', (role, read, manage) => {
    expect(canReadVacanciesOf(actor(role), E1)).toBe(read);
    expect(canManageVacanciesOf(actor(role), E1)).toBe(manage);
  });

  it('lets an employer user read and manage only their own employer', () => {
    expect(canReadVacanciesOf(actor(Role.EMPLOYER, E1), E1)).toBe(true);
    expect(canManageVacanciesOf(actor(Role.EMPLOYER, E1), E1)).toBe(true);
    expect(canReadVacanciesOf(actor(Role.EMPLOYER, E1), E2)).toBe(false);
    expect(canManageVacanciesOf(actor(Role.EMPLOYER, E1), E2)).toBe(false);
    expect(canReadVacanciesOf(actor(Role.EMPLOYER, null), E1)).toBe(false);
  });

  it('takes a new vacancy’s employer from the employer user, refusing another one', () => {
    expect(employerForNewVacancy(actor(Role.EMPLOYER, E1), undefined)).toBe(E1);
    expect(employerForNewVacancy(actor(Role.EMPLOYER, E1), E1)).toBe(E1);
    expect(code(() => employerForNewVacancy(actor(Role.EMPLOYER, E1), E2))).toBe(ErrorCode.FORBIDDEN);
    expect(employerForNewVacancy(actor(Role.ACCOUNTMANAGER), E2)).toBe(E2);
    expect(code(() => employerForNewVacancy(actor(Role.ACCOUNTMANAGER), null))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(code(() => employerForNewVacancy(actor(Role.CONSULTANT), E2))).toBe(ErrorCode.FORBIDDEN);
  });

  it('scopes lists of an employer user to their employer', () => {
    expect(listScope(actor(Role.EMPLOYER, E1))).toEqual({ employerId: E1 });
    expect(listScope(actor(Role.JOBCOACH))).toEqual({ employerId: null });
  });
});

describe('daysOpen', () => {
  const tz = 'Europe/Amsterdam';
  it('is null for a vacancy never opened', () => {
    expect(daysOpen(null, null, new Date(), tz)).toBeNull();
  });
  it('counts calendar days in Amsterdam until today while open', () => {
    // 23:30 UTC on 1 March is already 2 March in Amsterdam.
    expect(daysOpen(new Date('2030-03-01T23:30:00Z'), null, new Date('2030-03-05T10:00:00Z'), tz)).toBe(3);
    expect(daysOpen(new Date('2030-03-05T08:00:00Z'), null, new Date('2030-03-05T10:00:00Z'), tz)).toBe(0);
  });
  it('stops counting at the closing moment', () => {
    expect(daysOpen(new Date('2030-03-01T10:00:00Z'), new Date('2030-03-11T10:00:00Z'), new Date('2030-05-01T10:00:00Z'), tz)).toBe(10);
  });
});
