import { DomainError, ErrorCode } from '@wsp/common';
import { VacancyStatus as S } from '../entities/vacancy.entity';
import { assertEditable, assertTransition, transitionRule, TransitionActor, VACANCY_TRANSITIONS } from './vacancy-lifecycle';

const ALL = Object.values(S);

/** The documented lifecycle, written out independently of the table: [from, to, by, reason required, event]. */
const EXPECTED: [S, S, TransitionActor, boolean, string | null][] = [
  [S.DRAFT, S.OPEN, 'USER', false, 'vacancy.opened'],
  [S.DRAFT, S.CLOSED, 'USER', false, null],
  [S.OPEN, S.FILLED, 'SYSTEM', false, 'vacancy.filled'],
  [S.OPEN, S.CLOSED, 'USER', true, 'vacancy.closed'],
  [S.OPEN, S.EXPIRED, 'SYSTEM', false, 'vacancy.expired'],
  [S.CLOSED, S.OPEN, 'USER', false, 'vacancy.opened'],
  [S.EXPIRED, S.OPEN, 'USER', false, 'vacancy.opened'],
];

function codeOf(fn: () => unknown): ErrorCode | 'none' {
  try {
    fn();
    return 'none';
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}

describe('vacancy lifecycle transition table', () => {
  const pairs = ALL.flatMap((from) => ALL.flatMap((to) => (['USER', 'SYSTEM'] as const).map((by) => [from, to, by] as const)));

  it.each(pairs)('%s → %s by %s is allowed exactly when documented', (from, to, by) => {
    const expected = EXPECTED.find(([f, t, b]) => f === from && t === to && b === by);
    const rule = transitionRule(from, to, by);
    if (!expected) {
      expect(rule).toBeNull();
      expect(codeOf(() => assertTransition(from, to, by, 'een reden'))).toBe(ErrorCode.CONFLICT);
      return;
    }
    expect(rule).toEqual({ by, reasonRequired: expected[3], event: expected[4] });
    expect(codeOf(() => assertTransition(from, to, by, 'een reden'))).toBe('none');
    expect(codeOf(() => assertTransition(from, to, by, '  '))).toBe(expected[3] ? ErrorCode.BAD_USER_INPUT : 'none');
    expect(codeOf(() => assertTransition(from, to, by, null))).toBe(expected[3] ? ErrorCode.BAD_USER_INPUT : 'none');
  });

  it('has no other entries than the documented ones', () => {
    const entries = ALL.flatMap((from) => Object.keys(VACANCY_TRANSITIONS[from]).map((to) => `${from}->${to}`));
    expect(entries.sort()).toEqual(EXPECTED.map(([f, t]) => `${f}->${t}`).sort());
  });

  it('makes FILLED final and never lets a user fill or expire a vacancy', () => {
    expect(Object.keys(VACANCY_TRANSITIONS[S.FILLED])).toHaveLength(0);
    for (const from of ALL) {
      expect(transitionRule(from, S.FILLED, 'USER')).toBeNull();
      expect(transitionRule(from, S.EXPIRED, 'USER')).toBeNull();
    }
  });

  it('names the missing reason field when closing an open vacancy', () => {
    try {
      assertTransition(S.OPEN, S.CLOSED, 'USER', '');
      throw new Error('expected a ValidationError');
    } catch (e) {
      expect((e as DomainError).details).toEqual({ field: 'reason' });
    }
  });

  it.each(ALL)('allows editing %s only when DRAFT or OPEN', (status) => {
    expect(codeOf(() => assertEditable(status))).toBe(status === S.DRAFT || status === S.OPEN ? 'none' : ErrorCode.CONFLICT);
  });
});
