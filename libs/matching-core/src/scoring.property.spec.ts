import fc from 'fast-check';
import { DEFAULT_COMPONENTS, componentValue, skillsComponent } from './components';
import { hoursOverlap } from './constraints';
import { deriveDoelgroep } from './doelgroep';
import { selectEffective } from './effective';
import { sumContributions } from './explanation';
import { CandidateProfile, EDUCATION_LEVELS, GeoPoint, LKS_STATUSES, MOBILITY_MODES, MobilityMode, VacancyProfile } from './model';
import { DEFAULT_MATCHING_PARAMETERS } from './parameters';
import { rankCandidates, scoreCandidate } from './scoring';
import { HaversineTravelTimeEstimator, assessTravel, haversineKm } from './travel';

const estimator = new HaversineTravelTimeEstimator();
const P = DEFAULT_MATCHING_PARAMETERS;
const REF = '2025-02-01';

/** `value` four times out of five, otherwise anything from `arb`: keeps enough pairs eligible without fixing any field. */
const mostly = <T>(arb: fc.Arbitrary<T>, value: T) => fc.oneof({ arbitrary: fc.constant(value), weight: 4 }, { arbitrary: arb, weight: 1 });
const dateBetween = (min: number, max: number) =>
  fc.integer({ min, max }).map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));
const date = dateBetween(0, 900);
/** Around Utrecht (±0.25° lat ≈ 28 km, ±0.35° lon ≈ 24 km): some within reach by bike, most by car. */
const point: fc.Arbitrary<GeoPoint> = fc
  .record({ lat: fc.integer({ min: -250_000, max: 250_000 }), lon: fc.integer({ min: -350_000, max: 350_000 }) })
  .map(({ lat, lon }) => ({ lat: 52.09 + lat / 1e6, lon: 5.11 + lon / 1e6 }));
const hours = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
const OCCUPATIONS = [
  { id: 'occ-a', iscoGroup: '9333' },
  { id: 'occ-b', iscoGroup: '9333' },
  { id: 'occ-c', iscoGroup: '9331' },
  { id: 'occ-d', iscoGroup: '5120' },
];
const SKILLS = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'];
const skillSet = fc.subarray(SKILLS);
const loonwaarde = fc.option(fc.integer({ min: 0, max: 100 }), { freq: 4 });

const candidateArb: fc.Arbitrary<CandidateProfile> = fc
  .record({
    id: fc.constantFrom('kand-01', 'kand-02', 'kand-03', 'kand-04', 'kand-05', 'kand-06'),
    home: point,
    modes: mostly<MobilityMode[]>(fc.subarray([...MOBILITY_MODES]), ['BIKE', 'CAR']),
    maxTravelMinutes: fc.option(fc.integer({ min: 10, max: 150 })),
    hours: mostly(hours, [16, 32] as const),
    availableFrom: mostly(date, '2024-06-01'),
    active: mostly(fc.boolean(), true),
    hasActivePlacement: mostly(fc.boolean(), false),
    visibleForMatching: mostly(fc.boolean(), true),
    drivingLicence: mostly(fc.boolean(), true),
    educationLevel: fc.option(fc.constantFrom(...EDUCATION_LEVELS)),
    wishedOccupations: fc.subarray(OCCUPATIONS),
    skillIds: fc.option(skillSet, { freq: 4 }),
    loonwaarde: fc.oneof(fc.constant(100), loonwaarde),
    explicitZorg: mostly(fc.boolean(), false),
    lksStatus: mostly(fc.constantFrom(...LKS_STATUSES), 'NONE'),
    beschutIndication: mostly(fc.boolean(), false),
    doelgroepregister: fc.boolean(),
    waitingSince: fc.option(date),
  })
  .map((r) => ({
    id: r.id,
    home: { ...r.home, municipalityCode: 'GM0344' },
    mobilityModes: r.modes,
    maxTravelMinutes: r.maxTravelMinutes,
    hoursMinPerWeek: r.hours[0],
    hoursMaxPerWeek: r.hours[1],
    availableFrom: r.availableFrom,
    active: r.active,
    hasActivePlacement: r.hasActivePlacement,
    visibleForMatching: r.visibleForMatching,
    drivingLicence: r.drivingLicence,
    educationLevel: r.educationLevel,
    wishedOccupations: r.wishedOccupations,
    skillIds: r.skillIds,
    loonwaarde: r.loonwaarde,
    explicitZorg: r.explicitZorg,
    lksStatus: r.lksStatus,
    beschutIndication: r.beschutIndication,
    doelgroepregister: r.doelgroepregister,
    waitingSince: r.waitingSince,
  }));

const vacancyArb: fc.Arbitrary<VacancyProfile> = fc
  .record({
    location: point,
    hours,
    startDate: fc.option(dateBetween(100, 900)),
    drivingLicenceRequired: mostly(fc.boolean(), false),
    educationLevel: fc.option(fc.constantFrom(...EDUCATION_LEVELS)),
    occupation: fc.constantFrom(...OCCUPATIONS),
    essential: skillSet,
    optional: skillSet,
    openToLks: fc.boolean(),
    minLoonwaarde: fc.option(fc.integer({ min: 0, max: 100 }), { freq: 3 }),
    beschut: mostly(fc.boolean(), false),
  })
  .map((r) => ({
    id: 'vac-1',
    employerId: 'emp-1',
    location: r.location,
    hoursMin: r.hours[0],
    hoursMax: r.hours[1],
    startDate: r.startDate,
    drivingLicenceRequired: r.drivingLicenceRequired,
    educationLevel: r.educationLevel,
    occupation: r.occupation,
    essentialSkillIds: r.essential,
    optionalSkillIds: r.optional,
    openToLks: r.openToLks,
    minLoonwaarde: r.minLoonwaarde,
    beschut: r.beschut,
  }));

/** Independent restatement of the hard rules (README "Hard constraints"); returns the rules broken. */
function brokenRules(v: VacancyProfile, c: CandidateProfile, ref: string): string[] {
  const broken: string[] = [];
  const lw = c.loonwaarde;
  const minutes = Math.min(...c.mobilityModes.map((m) => estimator.estimate(c.home, v.location, m).minutes));
  if (!c.active) broken.push('active');
  if (c.availableFrom > (v.startDate ?? ref)) broken.push('available');
  if (c.hasActivePlacement) broken.push('placement');
  if (!c.visibleForMatching) broken.push('consent');
  if (!(minutes <= (c.maxTravelMinutes ?? 90))) broken.push('travel');
  if (Math.max(c.hoursMinPerWeek, v.hoursMin) > Math.min(c.hoursMaxPerWeek, v.hoursMax)) broken.push('hours');
  if (v.drivingLicenceRequired && !c.drivingLicence) broken.push('licence');
  if (!v.openToLks && (lw === null || lw < 100 || c.lksStatus !== 'NONE')) broken.push('lks');
  if (v.minLoonwaarde !== null && (lw === null || lw < v.minLoonwaarde)) broken.push('minimum');
  if ((c.beschutIndication || (!c.explicitZorg && lw !== null && lw < 20)) && !v.beschut) broken.push('beschut-only');
  if (v.beschut && !c.beschutIndication) broken.push('indication');
  if (c.explicitZorg) broken.push('zorg');
  return broken;
}

describe('scoring properties', () => {
  it('a returned match never breaks a hard constraint, and every candidate that breaks none is returned', () => {
    let matched = 0;
    fc.assert(
      fc.property(vacancyArb, fc.uniqueArray(candidateArb, { selector: (c) => c.id, maxLength: 6 }), (vacancy, candidates) => {
        const ranking = rankCandidates(vacancy, candidates, P, estimator, { referenceDate: REF });
        const returned = new Set(ranking.matches.map((m) => m.candidateId));
        for (const c of candidates) {
          const broken = brokenRules(vacancy, c, REF);
          expect({ id: c.id, eligible: returned.has(c.id) }).toEqual({ id: c.id, eligible: broken.length === 0 });
        }
        matched += returned.size;
      }),
      { numRuns: 1500 },
    );
    expect(matched).toBeGreaterThan(200); // the generators really produce matches
  });

  it('closer is never worse, all else equal', () => {
    let compared = 0;
    fc.assert(
      fc.property(vacancyArb, candidateArb, fc.integer({ min: 0, max: 1000 }), (vacancy, candidate, permille) => {
        const t = permille / 1000;
        const moved: CandidateProfile = {
          ...candidate,
          home: {
            ...candidate.home,
            lat: candidate.home.lat + t * (vacancy.location.lat - candidate.home.lat),
            lon: candidate.home.lon + t * (vacancy.location.lon - candidate.home.lon),
          },
        };
        const [near, far] =
          haversineKm(moved.home, vacancy.location) <= haversineKm(candidate.home, vacancy.location) ? [moved, candidate] : [candidate, moved];
        const rFar = scoreCandidate(vacancy, far, P, estimator, REF);
        const rNear = scoreCandidate(vacancy, near, P, estimator, REF);
        if (!rFar.eligible) return;
        expect(rNear.eligible).toBe(true);
        if (rNear.eligible) expect(rNear.score).toBeGreaterThanOrEqual(rFar.score);
        compared++;
      }),
      { numRuns: 3000 },
    );
    expect(compared).toBeGreaterThan(75);
  });

  it('explanation contributions add up to the score; weights to 1; no candidate id in the sentence', () => {
    let checked = 0;
    fc.assert(
      fc.property(vacancyArb, candidateArb, (vacancy, candidate) => {
        const r = scoreCandidate(vacancy, candidate, P, estimator, REF);
        if (!r.eligible) return;
        expect(sumContributions(r.components)).toBe(r.score);
        expect(Math.abs(r.components.reduce((s, c) => s + c.contribution, 0) - r.score)).toBeLessThan(1e-9);
        expect(r.components.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 5);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        for (const c of r.components) expect(Math.abs(c.contribution - c.value * c.weight)).toBeLessThan(0.00015);
        expect(r.explanation).not.toContain(candidate.id);
        expect(r.explanation).toMatch(/^Past (zeer goed|goed|redelijk|beperkt)[:.]/);
        checked++;
      }),
      { numRuns: 3000 },
    );
    expect(checked).toBeGreaterThan(75);
  });

  it("each built-in component's value equals the value of its explanation", () => {
    let checked = 0;
    fc.assert(
      fc.property(vacancyArb, candidateArb, (vacancy, candidate) => {
        const limit = candidate.maxTravelMinutes ?? P.defaultMaxTravelMinutes;
        const travel = assessTravel(candidate.home, vacancy.location, candidate.mobilityModes, limit, estimator).best;
        const hours = hoursOverlap(candidate, vacancy);
        if (travel === null || hours === null) return;
        const doelgroep = deriveDoelgroep(candidate.loonwaarde, candidate.explicitZorg, selectEffective(P.doelgroepBands, REF));
        const ctx = { vacancy, candidate, params: P, referenceDate: REF, doelgroep, travel, travelLimitMinutes: limit, hours };
        for (const component of DEFAULT_COMPONENTS) {
          expect(component.value).toBeDefined();
          expect([component.key, componentValue(component, ctx)]).toEqual([component.key, component.evaluate(ctx).value]);
        }
        checked++;
      }),
      { numRuns: 2000 },
    );
    expect(checked).toBeGreaterThan(500);
  });

  it('the skills value counts distinct skills, also with repeated ids and more than 32 vacancy skills', () => {
    const many = Array.from({ length: 40 }, (_, i) => `skill-${i}`);
    const list = fc.array(fc.constantFrom(...many), { maxLength: 30 });
    fc.assert(
      fc.property(vacancyArb, candidateArb, list, list, list, (base, candidate, essential, optional, has) => {
        const vacancy = { ...base, essentialSkillIds: essential, optionalSkillIds: optional };
        // Restatement of the rule (README "Soft components"): distinct skills, an id both essential and optional counts as essential.
        const e = new Set(essential);
        const o = new Set(optional.filter((id) => !e.has(id)));
        const h = new Set(has);
        const we = P.skills.essentialWeight;
        const wo = P.skills.optionalWeight;
        const want = e.size + o.size === 0 ? 0 : (we * [...e].filter((id) => h.has(id)).length + wo * [...o].filter((id) => h.has(id)).length) / (we * e.size + wo * o.size);
        const travel = { minutes: 10, distanceKm: 5, estimated: true as const, method: 'haversine', mode: 'BIKE' as const };
        const ctx = { vacancy, candidate: { ...candidate, skillIds: has }, params: P, referenceDate: REF, doelgroep: null, travel, travelLimitMinutes: 90, hours: { min: 16, max: 32 } };
        expect(skillsComponent.value!(ctx)).toBeCloseTo(want, 12);
        expect(skillsComponent.evaluate(ctx).value).toBe(skillsComponent.value!(ctx));
      }),
      { numRuns: 1000 },
    );
  });
});
