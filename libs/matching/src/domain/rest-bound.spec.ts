import { DEFAULT_MATCHING_PARAMETERS, HaversineTravelTimeEstimator, scoreCandidate } from '@wsp/matching-core';
import { buildCandidate, buildVacancy } from '../../../matching-core/src/testing/builders';
import { needsRestTier, zeroOverlapUpperBound } from './rest-bound';

describe('zeroOverlapUpperBound', () => {
  it('is 1 − skills − occupation with the default weights', () => {
    expect(zeroOverlapUpperBound(DEFAULT_MATCHING_PARAMETERS)).toBeCloseTo(0.55, 10);
  });

  it('follows the weights in force (only ratios matter)', () => {
    const params = { ...DEFAULT_MATCHING_PARAMETERS, weights: { skills: 2, occupation: 2, travel: 1, hours: 0 } };
    expect(zeroOverlapUpperBound(params)).toBeCloseTo(0.2, 10);
  });

  it('bounds a real score of a pair without any overlap', () => {
    const v = buildVacancy({ occupation: { id: 'occ-v', iscoGroup: '9112' }, essentialSkillIds: ['s1'], optionalSkillIds: ['s2'], educationLevel: null });
    // Best case on every other component: at the workplace, same hours, full loonwaarde, waiting long.
    const c = buildCandidate({
      wishedOccupations: [{ id: 'occ-c', iscoGroup: '5120' }],
      skillIds: ['s9'],
      home: { ...v.location, municipalityCode: 'GM0344' },
      waitingSince: '2020-01-01',
    });
    const r = scoreCandidate(v, c, DEFAULT_MATCHING_PARAMETERS, new HaversineTravelTimeEstimator(), '2025-02-01');
    expect(r.eligible).toBe(true);
    if (r.eligible) {
      expect(r.score).toBeLessThanOrEqual(zeroOverlapUpperBound(DEFAULT_MATCHING_PARAMETERS) + 1e-9);
      expect(r.score).toBeGreaterThan(0.5);
    }
  });
});

describe('needsRestTier', () => {
  it('asks for the rest while the list is short', () => {
    expect(needsRestTier([0.9, 0.8], 3, 0.55)).toBe(true);
  });
  it('skips the rest when the N-th score is above the bound', () => {
    expect(needsRestTier([0.9, 0.8, 0.56], 3, 0.55)).toBe(false);
  });
  it('asks for the rest on a tie (ties are broken by id) and below', () => {
    expect(needsRestTier([0.9, 0.8, 0.55], 3, 0.55)).toBe(true);
    expect(needsRestTier([0.9, 0.8, 0.5], 3, 0.55)).toBe(true);
  });
  it('rounds the bound up to the score precision', () => {
    expect(needsRestTier([0.9, 0.8, 0.5501], 3, 0.55004)).toBe(true);
    expect(needsRestTier([0.9, 0.8, 0.5502], 3, 0.55004)).toBe(false);
  });
});
