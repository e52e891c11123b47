import { DomainError } from '@wsp/common';
import { ArrangementStatus as S, assertArrangementTransition, assertEditable } from './arrangement-lifecycle';

function code(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as DomainError).code;
  }
}

describe('arrangement lifecycle', () => {
  it('allows the documented moves for the right mover', () => {
    expect(assertArrangementTransition(S.DRAFT, S.PROPOSED, 'OWNER').event).toBe('arrangement.proposed');
    expect(assertArrangementTransition(S.PROPOSED, S.AGREED, 'EMPLOYER').event).toBe('arrangement.agreed');
    expect(assertArrangementTransition(S.PROPOSED, S.DRAFT, 'EMPLOYER', 'Te weinig uren').event).toBe('arrangement.declined');
    expect(assertArrangementTransition(S.AGREED, S.ACTIVE, 'SYSTEM').event).toBe('arrangement.activated');
    for (const from of [S.DRAFT, S.PROPOSED, S.AGREED, S.ACTIVE]) expect(assertArrangementTransition(from, S.ENDED, 'OWNER', 'klaar').to).toBe(S.ENDED);
  });

  it('refuses other moves with CONFLICT and a missing reason with BAD_USER_INPUT', () => {
    expect(code(() => assertArrangementTransition(S.DRAFT, S.AGREED, 'OWNER'))).toBe('CONFLICT');
    expect(code(() => assertArrangementTransition(S.DRAFT, S.PROPOSED, 'EMPLOYER'))).toBe('CONFLICT');
    expect(code(() => assertArrangementTransition(S.ENDED, S.ACTIVE, 'OWNER'))).toBe('CONFLICT');
    expect(code(() => assertArrangementTransition(S.ACTIVE, S.ENDED, 'EMPLOYER', 'x'))).toBe('CONFLICT');
    expect(code(() => assertArrangementTransition(S.PROPOSED, S.DRAFT, 'EMPLOYER', '  '))).toBe('BAD_USER_INPUT');
    expect(code(() => assertArrangementTransition(S.ACTIVE, S.ENDED, 'OWNER'))).toBe('BAD_USER_INPUT');
  });

  it('allows content changes only in DRAFT', () => {
    expect(code(() => assertEditable(S.DRAFT))).toBeNull();
    expect(code(() => assertEditable(S.PROPOSED))).toBe('CONFLICT');
  });
});
