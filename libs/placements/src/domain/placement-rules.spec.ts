import { Actor, DomainError, Role } from '@wsp/common';
import {
  assertCanProgress,
  assertCanPropose,
  assertIsJobCoachOf,
  assertPlaceLeft,
  assertPlacementTransition,
  canReadPlacement,
  checkInSchedule,
  validateConfirmation,
} from './placement-rules';
import { PlacementStatus as S } from './placement-status';

const actor = (role: Role, userId = 'u1', employerId: string | null = null): Actor => ({ role, userId, employerId });
const candidate = { consultantId: 'consultant', jobCoachId: 'coach' };

function code(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as DomainError).code;
  }
}

describe('placement workflow', () => {
  it('follows PROPOSED → INTRODUCED → (PROEFPLAATS →) CONTRACTED → CONFIRMED → ENDED', () => {
    expect(code(() => assertPlacementTransition(S.PROPOSED, S.INTRODUCED))).toBeNull();
    expect(code(() => assertPlacementTransition(S.INTRODUCED, S.CONTRACTED))).toBeNull();
    expect(code(() => assertPlacementTransition(S.INTRODUCED, S.PROEFPLAATS))).toBeNull();
    expect(code(() => assertPlacementTransition(S.PROEFPLAATS, S.CONTRACTED))).toBeNull();
    expect(code(() => assertPlacementTransition(S.CONTRACTED, S.CONFIRMED))).toBeNull();
    expect(code(() => assertPlacementTransition(S.CONFIRMED, S.ENDED))).toBeNull();
    expect(code(() => assertPlacementTransition(S.PROPOSED, S.ENDED))).toBeNull();
  });

  it('refuses skipping steps and leaving ENDED', () => {
    expect(code(() => assertPlacementTransition(S.PROPOSED, S.CONTRACTED))).toBe('CONFLICT');
    expect(code(() => assertPlacementTransition(S.INTRODUCED, S.CONFIRMED))).toBe('CONFLICT');
    expect(code(() => assertPlacementTransition(S.ENDED, S.PROPOSED))).toBe('CONFLICT');
    expect(code(() => assertPlacementTransition(S.CONFIRMED, S.CONFIRMED))).toBe('CONFLICT');
  });
});

describe('placement access', () => {
  it('lets only the candidate’s own job coach confirm', () => {
    expect(code(() => assertIsJobCoachOf(actor(Role.JOBCOACH, 'coach'), candidate))).toBeNull();
    expect(code(() => assertIsJobCoachOf(actor(Role.JOBCOACH, 'other'), candidate))).toBe('FORBIDDEN');
    expect(code(() => assertIsJobCoachOf(actor(Role.ADMIN, 'coach'), candidate))).toBe('FORBIDDEN');
    expect(code(() => assertIsJobCoachOf(actor(Role.JOBCOACH, 'coach'), { ...candidate, jobCoachId: null }))).toBe('FORBIDDEN');
  });

  it('lets accountmanagers, admins and the own consultant propose; job coaches record progress', () => {
    expect(code(() => assertCanPropose(actor(Role.ACCOUNTMANAGER), candidate))).toBeNull();
    expect(code(() => assertCanPropose(actor(Role.CONSULTANT, 'consultant'), candidate))).toBeNull();
    expect(code(() => assertCanPropose(actor(Role.CONSULTANT, 'other'), candidate))).toBe('FORBIDDEN');
    expect(code(() => assertCanPropose(actor(Role.JOBCOACH, 'coach'), candidate))).toBe('FORBIDDEN');
    expect(code(() => assertCanProgress(actor(Role.JOBCOACH, 'coach'), candidate))).toBeNull();
    expect(code(() => assertCanProgress(actor(Role.EMPLOYER, 'e', 'emp'), candidate))).toBe('FORBIDDEN');
  });

  it('shows an employer only its own placements, and only once introduced', () => {
    const p = { employerId: 'emp', introducedAt: new Date() };
    expect(canReadPlacement(actor(Role.EMPLOYER, 'x', 'emp'), p, candidate)).toBe(true);
    expect(canReadPlacement(actor(Role.EMPLOYER, 'x', 'other'), p, candidate)).toBe(false);
    expect(canReadPlacement(actor(Role.EMPLOYER, 'x', 'emp'), { ...p, introducedAt: null }, candidate)).toBe(false);
    expect(canReadPlacement(actor(Role.JOBCOACH, 'other'), p, candidate)).toBe(false);
    expect(canReadPlacement(actor(Role.CONSULTANT, 'consultant'), p, candidate)).toBe(true);
  });
});

describe('confirmation and follow-up', () => {
  it('validates the actual start, hours and wage', () => {
    expect(validateConfirmation({ actualStartDate: '2026-03-02', hoursPerWeek: 24.5, grossMonthlyWageCents: 200_000 }, '2026-03-02')).toEqual({
      actualStartDate: '2026-03-02',
      hoursPerWeek: 24.5,
      grossMonthlyWageCents: 200_000,
    });
    expect(code(() => validateConfirmation({ actualStartDate: '2026-03-03', hoursPerWeek: 24, grossMonthlyWageCents: 1 }, '2026-03-02'))).toBe('BAD_USER_INPUT');
    expect(code(() => validateConfirmation({ actualStartDate: '2026-03-01', hoursPerWeek: 0, grossMonthlyWageCents: 1 }, '2026-03-02'))).toBe('BAD_USER_INPUT');
    expect(code(() => validateConfirmation({ actualStartDate: '2026-03-01', hoursPerWeek: 20, grossMonthlyWageCents: 0 }, '2026-03-02'))).toBe('BAD_USER_INPUT');
  });

  it('schedules check-ins at 1, 3, 6 and 12 months', () => {
    expect(checkInSchedule('2026-01-31')).toEqual([
      { monthNumber: 1, dueOn: '2026-03-01' },
      { monthNumber: 3, dueOn: '2026-05-01' },
      { monthNumber: 6, dueOn: '2026-07-31' },
      { monthNumber: 12, dueOn: '2027-01-31' },
    ]);
  });

  it('refuses over-filling a vacancy', () => {
    expect(code(() => assertPlaceLeft(1, 2))).toBeNull();
    expect(code(() => assertPlaceLeft(2, 2))).toBe('CONFLICT');
  });
});
