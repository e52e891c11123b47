import fc from 'fast-check';
import {
  CandidateProfile,
  DEFAULT_MATCHING_PARAMETERS,
  HaversineTravelTimeEstimator,
  VacancyProfile,
  scoreCandidate,
} from '@wsp/matching-core';
import {
  candidateDocFromProfile,
  candidateQueryForVacancy,
  vacancyDocFromProfile,
  vacancyQueryForCandidate,
} from './eligibility';
import { candidateOverlapLevel, matchesCandidateQuery, matchesVacancyQuery, vacancyOverlapLevel } from './predicates';

const params = DEFAULT_MATCHING_PARAMETERS;
const estimator = new HaversineTravelTimeEstimator();
const OCCS = [
  { id: 'occ-a', iscoGroup: '9112' },
  { id: 'occ-b', iscoGroup: '9112' },
  { id: 'occ-c', iscoGroup: '9113' },
  { id: 'occ-d', iscoGroup: '5223' },
  { id: 'occ-e', iscoGroup: '' },
];
const SKILLS = ['s1', 's2', 's3', 's4', 's5'];
const DATES = ['2025-01-01', '2025-03-01', '2025-03-02', '2025-06-30'];
/** A boolean that is `usual` four times out of five, so that candidates often pass every other rule. */
const mostly = (usual: boolean) => fc.oneof({ arbitrary: fc.constant(usual), weight: 4 }, { arbitrary: fc.constant(!usual), weight: 1 });

const arbCandidate: fc.Arbitrary<CandidateProfile> = fc
  .record({
    lat: fc.double({ min: 52.0, max: 52.6, noNaN: true }),
    lon: fc.double({ min: 4.6, max: 5.4, noNaN: true }),
    modes: fc.subarray(['CAR', 'BIKE', 'PUBLIC_TRANSPORT', 'WALK'] as const),
    maxTravelMinutes: fc.option(fc.integer({ min: 5, max: 240 })),
    hoursA: fc.integer({ min: 0, max: 40 }),
    hoursB: fc.integer({ min: 0, max: 40 }),
    availableFrom: fc.constantFrom(...DATES),
    active: mostly(true),
    hasActivePlacement: mostly(false),
    visibleForMatching: mostly(true),
    drivingLicence: fc.boolean(),
    wished: fc.subarray(OCCS),
    skills: fc.option(fc.subarray(SKILLS)),
    loonwaarde: fc.option(fc.constantFrom(0, 10, 19, 20, 21, 50, 79, 80, 81, 99, 100)),
    explicitZorg: mostly(false),
    lksStatus: fc.constantFrom('NONE', 'NONE', 'LKS_MDP', 'LKS_ZDP'),
    beschutIndication: mostly(false),
  })
  .map((r) => ({
    id: 'cand',
    home: { lat: r.lat, lon: r.lon, municipalityCode: 'GM0363' },
    mobilityModes: r.modes,
    maxTravelMinutes: r.maxTravelMinutes,
    hoursMinPerWeek: Math.min(r.hoursA, r.hoursB),
    hoursMaxPerWeek: Math.max(r.hoursA, r.hoursB),
    availableFrom: r.availableFrom,
    active: r.active,
    hasActivePlacement: r.hasActivePlacement,
    visibleForMatching: r.visibleForMatching,
    drivingLicence: r.drivingLicence,
    educationLevel: null,
    wishedOccupations: r.wished,
    skillIds: r.skills,
    loonwaarde: r.loonwaarde,
    explicitZorg: r.explicitZorg,
    lksStatus: r.lksStatus,
    beschutIndication: r.beschutIndication,
    doelgroepregister: false,
    waitingSince: null,
  }));

const arbVacancy: fc.Arbitrary<VacancyProfile> = fc
  .record({
    lat: fc.double({ min: 52.0, max: 52.6, noNaN: true }),
    lon: fc.double({ min: 4.6, max: 5.4, noNaN: true }),
    hoursA: fc.integer({ min: 1, max: 40 }),
    hoursB: fc.integer({ min: 1, max: 40 }),
    startDate: fc.option(fc.constantFrom(...DATES)),
    drivingLicenceRequired: mostly(false),
    occupation: fc.constantFrom(...OCCS),
    essential: fc.subarray(SKILLS),
    optional: fc.subarray(SKILLS),
    openToLks: mostly(true),
    minLoonwaarde: fc.option(fc.constantFrom(0, 20, 50, 80, 100)),
    beschut: mostly(false),
  })
  .map((r) => ({
    id: 'vac',
    employerId: 'emp',
    location: { lat: r.lat, lon: r.lon },
    hoursMin: Math.min(r.hoursA, r.hoursB),
    hoursMax: Math.max(r.hoursA, r.hoursB),
    startDate: r.startDate,
    drivingLicenceRequired: r.drivingLicenceRequired,
    educationLevel: null,
    occupation: r.occupation,
    essentialSkillIds: r.essential,
    optionalSkillIds: r.optional,
    openToLks: r.openToLks,
    minLoonwaarde: r.minLoonwaarde,
    beschut: r.beschut,
  }));

const referenceDate = fc.constantFrom(...DATES);

describe('retrieval filters versus the matching core', () => {
  it('never drop an eligible candidate, and drop every candidate failing a non-travel rule (vacancy → candidates)', () => {
    fc.assert(
      fc.property(arbCandidate, arbVacancy, referenceDate, (c, v, ref) => {
        const result = scoreCandidate(v, c, params, estimator, ref);
        const doc = candidateDocFromProfile(c, { params, referenceDate: ref });
        const query = candidateQueryForVacancy(v, { params, referenceDate: ref });
        if (result.eligible) expect(matchesCandidateQuery(doc, query)).toBe(true);
        const nonTravel = result.eligible ? [] : result.failures.filter((f) => f.code !== 'TRAVEL_TOO_LONG');
        expect(matchesCandidateQuery(doc, { ...query, geo: undefined })).toBe(nonTravel.length === 0);
      }),
      { numRuns: 20000 },
    );
  });

  it('never drop an eligible vacancy, and drop every vacancy failing a non-travel rule (candidate → vacancies)', () => {
    fc.assert(
      fc.property(arbCandidate, arbVacancy, referenceDate, (c, v, ref) => {
        const result = scoreCandidate(v, c, params, estimator, ref);
        const doc = vacancyDocFromProfile(v, { status: 'OPEN' });
        const query = vacancyQueryForCandidate(c, { params, referenceDate: ref });
        if (result.eligible) {
          expect(query).not.toBeNull();
          expect(matchesVacancyQuery(doc, query!)).toBe(true);
        }
        const nonTravel = result.eligible ? [] : result.failures.filter((f) => f.code !== 'TRAVEL_TOO_LONG');
        const passes = query !== null && matchesVacancyQuery(doc, { ...query, geo: undefined });
        // A candidate without any mobility mode never passes travel; the query is then null.
        if (c.mobilityModes.length > 0) expect(passes).toBe(nonTravel.length === 0);
        else expect(query).toBeNull();
      }),
      { numRuns: 20000 },
    );
  });

  it('give NONE only to candidates whose occupation and skills components score 0', () => {
    fc.assert(
      fc.property(arbCandidate, arbVacancy, referenceDate, (c, v, ref) => {
        const eligibleC = { ...c, active: true, hasActivePlacement: false, visibleForMatching: true, mobilityModes: ['CAR' as const] };
        const near = { ...v, location: { lat: c.home.lat, lon: c.home.lon }, hoursMin: c.hoursMinPerWeek, hoursMax: c.hoursMaxPerWeek };
        const result = scoreCandidate(near, eligibleC, params, estimator, ref);
        if (!result.eligible) return;
        const doc = candidateDocFromProfile(eligibleC, { params, referenceDate: ref });
        const query = candidateQueryForVacancy(near, { params, referenceDate: ref });
        const level = candidateOverlapLevel(doc, query.overlap);
        const part = (key: string) => result.components.find((x) => x.key === key)?.value ?? 0;
        if (level === 'NONE') {
          expect(part('occupation')).toBe(0);
          expect(part('skills')).toBe(0);
        }
        if (level === 'SKILL') expect(part('occupation')).toBe(0);
        if (level === 'OCCUPATION') expect(part('occupation')).toBe(1);
        // The reverse direction sees the same level.
        const vq = vacancyQueryForCandidate(eligibleC, { params, referenceDate: ref });
        if (vq) expect(vacancyOverlapLevel(vacancyDocFromProfile(near, { status: 'OPEN' }), vq.overlap)).toBe(level);
      }),
      { numRuns: 3000 },
    );
  });
});
