import { PipelineStage as S } from '../entities/employer.entity';
import { decideStageMove, stageMoveRule } from './pipeline';

/**
 * The full rule table, written out literally (row = from, column = to) so that the test does not
 * re-derive the rules from the code under test:
 *   F = forward one step, K = skip ahead (needs a contact moment), B = backward (needs a reason),
 *   L = lose (needs a reason), R = reopen, - = refused (same stage), X = refused (reopen target).
 */
const STAGES = [S.PROSPECT, S.CONTACTED, S.MEETING, S.AGREEMENT, S.ACTIVE, S.LOST];
const TABLE: Record<S, string> = {
  //               P  C  M  A  V  L
  [S.PROSPECT]:  '- F K K K L',
  [S.CONTACTED]: 'B - F K K L',
  [S.MEETING]:   'B B - F K L',
  [S.AGREEMENT]: 'B B B - F L',
  [S.ACTIVE]:    'B B B B - L',
  [S.LOST]:      'R R X X X -',
};

const pairs = STAGES.flatMap((from) => {
  const row = TABLE[from].split(' ');
  return STAGES.map((to, i) => ({ from, to, cell: row[i] }));
});

describe('pipeline rule table', () => {
  it('covers all 36 pairs', () => {
    expect(pairs).toHaveLength(36);
  });

  it.each(pairs)('$from → $to is "$cell"', ({ from, to, cell }) => {
    const rule = stageMoveRule(from, to);
    const noContact = { hasContactMoment: false, reason: null };
    const withContact = { hasContactMoment: true, reason: null };
    const withReason = { hasContactMoment: false, reason: 'Geen budget meer' };
    const blankReason = { hasContactMoment: true, reason: '   ' };
    switch (cell) {
      case 'F':
        expect(rule.kind).toBe('FORWARD');
        expect(decideStageMove(from, to, noContact)).toEqual({ allowed: true, kind: 'FORWARD' });
        break;
      case 'K':
        expect(rule.kind).toBe('SKIP_AHEAD');
        expect(decideStageMove(from, to, noContact)).toMatchObject({ allowed: false, refusal: 'NEEDS_CONTACT_MOMENT', field: 'toStage' });
        expect(decideStageMove(from, to, withReason)).toMatchObject({ allowed: false, refusal: 'NEEDS_CONTACT_MOMENT' });
        expect(decideStageMove(from, to, withContact)).toEqual({ allowed: true, kind: 'SKIP_AHEAD' });
        break;
      case 'B':
      case 'L': {
        const kind = cell === 'B' ? 'BACKWARD' : 'LOSE';
        expect(rule.kind).toBe(kind);
        expect(decideStageMove(from, to, withContact)).toMatchObject({ allowed: false, refusal: 'NEEDS_REASON', field: 'reason' });
        expect(decideStageMove(from, to, blankReason)).toMatchObject({ allowed: false, refusal: 'NEEDS_REASON' });
        expect(decideStageMove(from, to, withReason)).toEqual({ allowed: true, kind });
        break;
      }
      case 'R':
        expect(rule.kind).toBe('REOPEN');
        expect(decideStageMove(from, to, noContact)).toEqual({ allowed: true, kind: 'REOPEN' });
        break;
      case '-':
        expect(decideStageMove(from, to, { hasContactMoment: true, reason: 'x' })).toMatchObject({ allowed: false, refusal: 'SAME_STAGE' });
        break;
      case 'X':
        expect(decideStageMove(from, to, { hasContactMoment: true, reason: 'x' })).toMatchObject({ allowed: false, refusal: 'REOPEN_TARGET' });
        break;
      default:
        throw new Error(`bad table cell ${cell}`);
    }
  });

  it('never allows a refused pair, whatever the context', () => {
    for (const { from, to, cell } of pairs.filter((p) => p.cell === '-' || p.cell === 'X')) {
      for (const hasContactMoment of [false, true]) {
        for (const reason of [null, 'reden']) {
          expect(decideStageMove(from, to, { hasContactMoment, reason }).allowed).toBe(false);
        }
      }
      expect(cell).toMatch(/[-X]/);
    }
  });
});
