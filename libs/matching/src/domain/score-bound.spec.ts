import fc from 'fast-check';
import {
  CandidateProfile,
  DEFAULT_COMPONENTS,
  DEFAULT_MATCHING_PARAMETERS,
  HaversineTravelTimeEstimator,
  MOBILITY_MODES,
  MatchingParameters,
  haversineKm,
  scoreCandidate,
} from '@wsp/matching-core';
import { candidateDocFromProfile, candidateOverlapLevel, candidateQueryForVacancy, matchCandidate } from '@wsp/search';
import { UTRECHT, buildCandidate, buildVacancy } from '../../../matching-core/src/testing/builders';
import { PairScoreBound, canReach, restReachFraction } from './score-bound';

const estimator = new HaversineTravelTimeEstimator();
const REF = '2025-02-01';
const P = DEFAULT_MATCHING_PARAMETERS;

const OCCUPATIONS = [
  { id: 'occ-a', iscoGroup: '9333' },
  { id: 'occ-b', iscoGroup: '9333' },
  { id: 'occ-c', iscoGroup: '9331' },
  { id: 'occ-d', iscoGroup: '5120' },
];
const SKILLS = ['s1', 's2', 's3', 's4', 's5', 's6'];
/** Within about 40 km of Utrecht: some pairs within reach by bike, most by car, some too far. */
const offset = fc.integer({ min: -350_000, max: 350_000 }).map((d) => d / 1e6);

const vacancyArb = fc
  .record({
    dLat: offset,
    dLon: offset,
    occupation: fc.constantFrom(...OCCUPATIONS),
    essential: fc.subarray(SKILLS),
    optional: fc.subarray(SKILLS),
    hoursMin: fc.integer({ min: 8, max: 24 }),
  })
  .map((r) =>
    buildVacancy({
      location: { lat: UTRECHT.lat + r.dLat, lon: UTRECHT.lon + r.dLon },
      occupation: r.occupation,
      essentialSkillIds: r.essential,
      optionalSkillIds: r.optional.filter((s) => !r.essential.includes(s)),
      hoursMin: r.hoursMin,
      hoursMax: r.hoursMin + 8,
    }),
  );

const candidateArb = fc
  .record({
    dLat: offset,
    dLon: offset,
    modes: fc.subarray([...MOBILITY_MODES], { minLength: 1 }),
    maxTravelMinutes: fc.option(fc.integer({ min: 10, max: 120 })),
    wished: fc.subarray(OCCUPATIONS),
    skills: fc.option(fc.array(fc.constantFrom(...SKILLS), { maxLength: 8 }), { freq: 5 }),
    // Mostly 100 (the vacancies are not open to LKS): keeps most pairs eligible.
    loonwaarde: fc.oneof({ arbitrary: fc.constant(100), weight: 4 }, { arbitrary: fc.integer({ min: 30, max: 100 }), weight: 1 }),
    waitingSince: fc.option(fc.constantFrom('2020-01-01', '2023-06-01', '2025-01-01')),
  })
  .map(
    (r): CandidateProfile =>
      buildCandidate({
        home: { lat: UTRECHT.lat + r.dLat, lon: UTRECHT.lon + r.dLon, municipalityCode: 'GM0344' },
        mobilityModes: r.modes,
        maxTravelMinutes: r.maxTravelMinutes,
        wishedOccupations: r.wished,
        skillIds: r.skills,
        loonwaarde: r.loonwaarde,
        waitingSince: r.waitingSince,
      }),
  );

const paramsArb: fc.Arbitrary<MatchingParameters> = fc
  .record({
    skills: fc.integer({ min: 0, max: 5 }),
    occupation: fc.integer({ min: 0, max: 5 }),
    travel: fc.integer({ min: 0, max: 5 }),
  })
  .map((w) => ({ ...P, weights: { ...P.weights, ...w } }));

function levelOf(v: ReturnType<typeof buildVacancy>, c: CandidateProfile) {
  const query = candidateQueryForVacancy(v, { params: P, referenceDate: REF });
  return candidateOverlapLevel(candidateDocFromProfile(c, { params: P, referenceDate: REF }), query.overlap);
}

describe('PairScoreBound', () => {
  it('is never below the core score of an eligible pair, and null only for pairs the travel rule excludes', () => {
    let eligible = 0;
    fc.assert(
      fc.property(vacancyArb, candidateArb, paramsArb, (v, c, params) => {
        const upper = new PairScoreBound(v, params, estimator, DEFAULT_COMPONENTS, REF).assess(c, levelOf(v, c))?.upper ?? null;
        const result = scoreCandidate(v, c, params, estimator, REF);
        if (upper === null) {
          expect(result.eligible).toBe(false);
          if (!result.eligible) expect(result.failures.map((f) => f.code)).toContain('TRAVEL_TOO_LONG');
        } else if (result.eligible) {
          expect(canReach(upper, result.score)).toBe(true);
          eligible++;
        }
      }),
      { numRuns: 3000, seed: 20261122 },
    );
    expect(eligible).toBeGreaterThan(300);
  });

  it("bounds from the search's data alone (coarse) are never below the bound with the travel (assess)", () => {
    let compared = 0;
    fc.assert(
      fc.property(vacancyArb, candidateArb, paramsArb, (v, c, params) => {
        if (!Object.values(params.weights).some((w) => (w ?? 0) > 0)) return;
        const bound = new PairScoreBound(v, params, estimator, DEFAULT_COMPONENTS, REF);
        // The hit as the search port gives it for the pipeline's query (reference semantics).
        const plain = candidateQueryForVacancy(v, { params: P, referenceDate: REF });
        const query = { ...plain, overlap: { ...plain.overlap, ...bound.skillTerms() } };
        const hit = matchCandidate(candidateDocFromProfile(c, { params: P, referenceDate: REF }), query);
        if (hit === null) return;
        const assessed = bound.assess(c, hit.level, hit.skillWeight);
        if (assessed === null) return;
        expect(hit.level).toBe(levelOf(v, c));
        expect(hit.reachShare).toBeDefined();
        expect(bound.coarse(hit.level, hit.skillWeight, hit.reachShare)).toBeGreaterThanOrEqual(assessed.upper - 1e-12);
        // Without what the search may leave out: still a bound.
        expect(bound.coarse(hit.level, undefined, undefined)).toBeGreaterThanOrEqual(assessed.upper - 1e-12);
        compared++;
      }),
      { numRuns: 3000, seed: 11 },
    );
    expect(compared).toBeGreaterThan(300);
  });

  it('refines to the core score of an eligible pair (before rounding), never above the bound', () => {
    let compared = 0;
    fc.assert(
      fc.property(vacancyArb, candidateArb, paramsArb, (v, c, params) => {
        if (!Object.values(params.weights).some((w) => (w ?? 0) > 0)) return;
        const bound = new PairScoreBound(v, params, estimator, DEFAULT_COMPONENTS, REF);
        const assessed = bound.assess(c, levelOf(v, c));
        const result = scoreCandidate(v, c, params, estimator, REF);
        if (assessed === null || !result.eligible) return;
        const exact = bound.refine(c, assessed.travel);
        expect(exact).not.toBeNull();
        expect(Math.abs(Math.round(exact! * 10_000) / 10_000 - result.score)).toBeLessThanOrEqual(1e-4 + 1e-9);
        expect(canReach(exact!, result.score)).toBe(true);
        expect(exact!).toBeLessThanOrEqual(assessed.upper + 1e-9);
        compared++;
      }),
      { numRuns: 3000, seed: 7 },
    );
    expect(compared).toBeGreaterThan(300);
  });

  it('is tight for a pair that is perfect on every other component', () => {
    const v = buildVacancy({ educationLevel: null });
    const c = buildCandidate({ home: { ...v.location, municipalityCode: 'GM0344' }, skillIds: [...v.essentialSkillIds, ...v.optionalSkillIds], waitingSince: '2015-01-01' });
    const result = scoreCandidate(v, c, P, estimator, REF);
    const upper = new PairScoreBound(v, P, estimator, DEFAULT_COMPONENTS, REF).assess(c, levelOf(v, c))?.upper ?? null;
    expect(result.eligible).toBe(true);
    if (result.eligible) expect(upper).toBeCloseTo(result.score, 3);
  });
});

describe('restReachFraction', () => {
  it('excludes only pairs without overlap that cannot reach the N-th score', () => {
    let closeCalls = 0;
    fc.assert(
      fc.property(
        vacancyArb,
        candidateArb,
        // The range where the fraction is strictly between 0 and 1 with the default weights.
        fc.integer({ min: 3_000, max: 5_600 }).map((x) => x / 10_000),
        (vacancy, raw, nth) => {
          let v = vacancy;
          // No occupation or skill overlap with the vacancy, and at their best on every other
          // component, so that excluded pairs come close to the N-th score.
          const c = { ...raw, wishedOccupations: [{ id: 'occ-z', iscoGroup: '2511' }], skillIds: ['s-none'], loonwaarde: 100, waitingSince: '2015-01-01', hoursMinPerWeek: vacancy.hoursMin, hoursMaxPerWeek: vacancy.hoursMax };
          v = { ...v, educationLevel: null };
          const f = restReachFraction(nth, P);
          expect(f).toBeGreaterThan(0);
          expect(f).toBeLessThanOrEqual(1);
          const reach = candidateDocFromProfile(c, { params: P, referenceDate: REF }).reachKm;
          if (haversineKm(v.location, c.home) <= f * reach) return;
          const result = scoreCandidate(v, c, P, estimator, REF);
          if (result.eligible) {
            expect(canReach(result.score, nth)).toBe(false);
            closeCalls += result.score > nth - 0.02 ? 1 : 0;
          }
        },
      ),
      { numRuns: 3000, seed: 11 },
    );
    // Not vacuous: some excluded pairs score within 0.02 of the N-th score.
    expect(closeCalls).toBeGreaterThan(10);
  });

  it('keeps the whole reach when every pair can still reach the N-th score', () => {
    expect(restReachFraction(0, P)).toBe(1);
    expect(restReachFraction(0.3, { ...P, weights: { ...P.weights, travel: 0 } })).toBe(1);
  });

  it('shrinks as the N-th score rises', () => {
    const low = restReachFraction(0.45, P);
    const high = restReachFraction(0.52, P);
    expect(high).toBeLessThanOrEqual(low);
    expect(high).toBeLessThan(1);
  });
});
