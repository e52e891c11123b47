import fc from 'fast-check';
import { MatchingConfigurationError } from './effective';
import { allocateContributions, buildSentence, sumContributions, verdict } from './explanation';

const raw = (values: number[], weights: number[]) =>
  values.map((value, i) => ({ key: `k${i}`, label: `K${i}`, value, weight: weights[i], note: '' }));

describe('allocateContributions', () => {
  it('splits a score into 0.0001 units that add up exactly (largest remainder)', () => {
    const { score, components } = allocateContributions(raw([1, 1, 1], [1, 1, 1]));
    expect(score).toBe(1);
    expect(components.map((c) => c.contribution)).toEqual([0.3334, 0.3333, 0.3333]);
    expect(sumContributions(components)).toBe(1);
    expect(components.map((c) => c.weight)).toEqual([0.333333, 0.333333, 0.333333]);
  });

  it('normalises weights so only their ratio matters', () => {
    const a = allocateContributions(raw([0.2, 0.9], [2, 6]));
    const b = allocateContributions(raw([0.2, 0.9], [0.25, 0.75]));
    expect(a).toEqual(b);
    expect(a.score).toBe(0.725);
  });

  it('holds for arbitrary values and weights (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true })), { minLength: 1, maxLength: 9 }),
        (pairs) => {
          fc.pre(pairs.some(([, w]) => w > 1e-6));
          const { score, components } = allocateContributions(raw(pairs.map((p) => p[0]), pairs.map((p) => p[1])));
          const total = pairs.reduce((s, [, w]) => s + w, 0);
          const exact = pairs.reduce((s, [v, w]) => s + (v * w) / total, 0);
          expect(Math.abs(score - exact)).toBeLessThanOrEqual(0.00005 + 1e-12);
          expect(sumContributions(components)).toBe(score);
          expect(Number.isInteger(Math.round(score * 1e4))).toBe(true);
          components.forEach((c, i) => {
            expect(c.contribution).toBeGreaterThanOrEqual(0);
            expect(Math.abs(c.contribution - (pairs[i][0] * pairs[i][1]) / total)).toBeLessThan(0.0001 + 1e-9);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('needs a positive weight', () => {
    expect(() => allocateContributions(raw([1], [0]))).toThrow(MatchingConfigurationError);
  });
});

describe('sentence', () => {
  it.each([
    [0.95, 'Past zeer goed'],
    [0.8, 'Past zeer goed'],
    [0.7999, 'Past goed'],
    [0.6, 'Past goed'],
    [0.45, 'Past redelijk'],
    [0.1, 'Past beperkt'],
  ])('score %d → %s', (score, text) => expect(verdict(score)).toBe(text));

  it('joins the phrases and skips empty ones', () => {
    expect(buildSentence(0.65, ['a', null, 'b', ''])).toBe('Past goed: a, b.');
    expect(buildSentence(0.3, [null])).toBe('Past beperkt.');
  });
});
