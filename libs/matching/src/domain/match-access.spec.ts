import { Actor, ErrorCode, Role } from '@wsp/common';
import { MatchRunKind } from '../entities/match-run.entity';
import { assertCanDecide, assertCanReadCandidateMatches, assertCanReadVacancyMatches, assertCanRequestRun, componentsForEmployer } from './match-access';

const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({ userId: 'u1', role, employerId: null, ...extra });
const code = (fn: () => void): string | null => {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as { code: ErrorCode }).code;
  }
};

describe('match access rules', () => {
  const own = { consultantId: 'u1', jobCoachId: null };
  const other = { consultantId: 'u2', jobCoachId: 'u1' };

  it('vacancy matches: staff always, employers only their own (also when the vacancy does not exist)', () => {
    for (const role of [Role.ADMIN, Role.ACCOUNTMANAGER, Role.CONSULTANT, Role.JOBCOACH]) {
      expect(code(() => assertCanReadVacancyMatches(actor(role), { employerId: 'e1' }, 'v'))).toBeNull();
      expect(code(() => assertCanReadVacancyMatches(actor(role), null, 'v'))).toBe(ErrorCode.NOT_FOUND);
    }
    const employer = actor(Role.EMPLOYER, { employerId: 'e1' });
    expect(code(() => assertCanReadVacancyMatches(employer, { employerId: 'e1' }, 'v'))).toBeNull();
    expect(code(() => assertCanReadVacancyMatches(employer, { employerId: 'e2' }, 'v'))).toBe(ErrorCode.FORBIDDEN);
    expect(code(() => assertCanReadVacancyMatches(employer, null, 'v'))).toBe(ErrorCode.FORBIDDEN);
  });

  it('candidate matches follow the candidate access rules', () => {
    expect(code(() => assertCanReadCandidateMatches(actor(Role.CONSULTANT), own, 'c'))).toBeNull();
    expect(code(() => assertCanReadCandidateMatches(actor(Role.CONSULTANT), other, 'c'))).toBe(ErrorCode.FORBIDDEN);
    expect(code(() => assertCanReadCandidateMatches(actor(Role.JOBCOACH), other, 'c'))).toBeNull();
    expect(code(() => assertCanReadCandidateMatches(actor(Role.JOBCOACH), own, 'c'))).toBe(ErrorCode.FORBIDDEN);
    expect(code(() => assertCanReadCandidateMatches(actor(Role.ACCOUNTMANAGER), own, 'c'))).toBe(ErrorCode.FORBIDDEN);
    expect(code(() => assertCanReadCandidateMatches(actor(Role.EMPLOYER, { employerId: 'e1' }), own, 'c'))).toBe(ErrorCode.FORBIDDEN);
    expect(code(() => assertCanReadCandidateMatches(actor(Role.ADMIN), null, 'c'))).toBe(ErrorCode.NOT_FOUND);
  });

  it('runs: FULL only for an admin; CANDIDATE only for a readable candidate', () => {
    expect(code(() => assertCanRequestRun(actor(Role.ADMIN), MatchRunKind.FULL, null))).toBeNull();
    expect(code(() => assertCanRequestRun(actor(Role.ACCOUNTMANAGER), MatchRunKind.FULL, null))).toBe(ErrorCode.FORBIDDEN);
    expect(code(() => assertCanRequestRun(actor(Role.CONSULTANT), MatchRunKind.VACANCY, null))).toBeNull();
    expect(code(() => assertCanRequestRun(actor(Role.CONSULTANT), MatchRunKind.CANDIDATE, own))).toBeNull();
    expect(code(() => assertCanRequestRun(actor(Role.CONSULTANT), MatchRunKind.CANDIDATE, other))).toBe(ErrorCode.FORBIDDEN);
    expect(code(() => assertCanRequestRun(actor(Role.JOBCOACH), MatchRunKind.VACANCY, null))).toBe(ErrorCode.FORBIDDEN);
  });

  it('decisions: admin, accountmanager, and the consultant of the candidate', () => {
    expect(code(() => assertCanDecide(actor(Role.ACCOUNTMANAGER), other))).toBeNull();
    expect(code(() => assertCanDecide(actor(Role.CONSULTANT), own))).toBeNull();
    expect(code(() => assertCanDecide(actor(Role.CONSULTANT), other))).toBe(ErrorCode.FORBIDDEN);
    expect(code(() => assertCanDecide(actor(Role.JOBCOACH), other))).toBe(ErrorCode.FORBIDDEN);
  });

  it('folds the components hidden from employers into one entry so the contributions still add up', () => {
    const c = (code: string, value: number, weight: number, contribution: number) => ({ code, label: code, value, weight, contribution, note: 'n' });
    const stored = [c('skills', 0.5, 0.25, 0.125), c('travel', 0.7031, 0.2, 0.1406), c('loonwaarde', 1, 0.1, 0.1), c('waiting', 0.4, 0.05, 0.02), c('sroi', 0, 0, 0)];
    const score = 0.3856;
    const shown = componentsForEmployer(stored);
    expect(shown.map((x) => x.code)).toEqual(['skills', 'travel', 'other']);
    expect(shown.every((x) => x.note === null)).toBe(true);
    expect(shown[2]).toMatchObject({ weight: 0.15, contribution: 0.12, value: 0.8 });
    expect(Math.round(shown.reduce((s, x) => s + x.contribution, 0) * 10_000)).toBe(Math.round(score * 10_000));
    expect(componentsForEmployer([c('skills', 1, 1, 1)]).map((x) => x.code)).toEqual(['skills']);
  });
});
