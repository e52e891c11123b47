import fc from 'fast-check';
import { MOBILITY_MODES, MobilityMode } from './model';
import { UTRECHT, northOf } from './testing/builders';
import {
  DEFAULT_MODE_PROFILES,
  HaversineTravelTimeEstimator,
  assessTravel,
  displayMinutes,
  fastestTravel,
  haversineKm,
  maxStraightLineRadiusKm,
} from './travel';

const estimator = new HaversineTravelTimeEstimator();

describe('haversineKm', () => {
  it('Amsterdam Centraal – Utrecht Centraal is about 35 km in a straight line', () => {
    const km = haversineKm({ lat: 52.3791, lon: 4.9003 }, UTRECHT);
    expect(km).toBeGreaterThan(34);
    expect(km).toBeLessThan(36);
  });

  it('is 0 for the same point and symmetric', () => {
    const a = { lat: 51.44, lon: 5.47 };
    const b = { lat: 53.22, lon: 6.57 };
    expect(haversineKm(a, a)).toBe(0);
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
  });
});

describe('HaversineTravelTimeEstimator (NL defaults)', () => {
  const tenKm = northOf(UTRECHT, 10);

  it.each<[MobilityMode, number, number]>([
    // minutes = access + km × detour / speed × 60
    ['CAR', 5 + (10 * 1.3 * 60) / 50, 13],
    ['BIKE', 2 + (10 * 1.25 * 60) / 15, 12.5],
    ['PUBLIC_TRANSPORT', 12 + (10 * 1.4 * 60) / 30, 14],
    ['WALK', (10 * 1.2 * 60) / 5, 12],
  ])('%s over 10 km: %d minutes, %d km by road, labelled as an estimate', (mode, minutes, roadKm) => {
    const t = estimator.estimate(UTRECHT, tenKm, mode);
    expect(t.minutes).toBeCloseTo(minutes, 2);
    expect(t.distanceKm).toBeCloseTo(roadKm, 2);
    expect(t.estimated).toBe(true);
    expect(t.method).toBe('haversine');
  });

  it('at zero distance the access time remains', () => {
    expect(estimator.estimate(UTRECHT, UTRECHT, 'PUBLIC_TRANSPORT').minutes).toBe(12);
    expect(estimator.estimate(UTRECHT, UTRECHT, 'WALK').minutes).toBe(0);
  });

  it('can be parameterised per mode', () => {
    const slowCar = new HaversineTravelTimeEstimator({ ...DEFAULT_MODE_PROFILES, CAR: { detourFactor: 1, speedKmh: 30, accessMinutes: 0 } });
    expect(slowCar.estimate(UTRECHT, tenKm, 'CAR').minutes).toBeCloseTo(20, 2);
  });
});

describe('assessTravel', () => {
  it('keeps the fastest of the candidate modes', () => {
    const t = assessTravel(UTRECHT, northOf(UTRECHT, 20), ['WALK', 'BIKE', 'PUBLIC_TRANSPORT'], 90, estimator);
    expect(t.perMode.map((m) => m.mode)).toEqual(['WALK', 'BIKE', 'PUBLIC_TRANSPORT']);
    expect(t.best?.mode).toBe('PUBLIC_TRANSPORT'); // 12 + 56 = 68 min vs bike 102 min
    expect(t.limitMinutes).toBe(90);
  });

  it('has no best mode when the candidate has none', () => {
    expect(assessTravel(UTRECHT, UTRECHT, [], 90, estimator).best).toBeNull();
  });
});

describe('fastestTravel', () => {
  const modes = fc.array(fc.constantFrom(...MOBILITY_MODES), { maxLength: 5 });
  const km = fc.double({ min: 0, max: 150, noNaN: true });

  it("equals assessTravel's best mode exactly, with and without the estimator's one-distance shortcut", () => {
    const perModeOnly = { estimate: estimator.estimate.bind(estimator) };
    fc.assert(
      fc.property(modes, km, (ms, d) => {
        const to = northOf(UTRECHT, d);
        const want = assessTravel(UTRECHT, to, ms, 90, estimator).best;
        expect(fastestTravel(UTRECHT, to, ms, estimator)).toEqual(want);
        expect(fastestTravel(UTRECHT, to, ms, perModeOnly)).toEqual(want);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the first listed of two equally fast modes, and is null without modes', () => {
    const same = new HaversineTravelTimeEstimator({ ...DEFAULT_MODE_PROFILES, BIKE: DEFAULT_MODE_PROFILES.CAR });
    expect(fastestTravel(UTRECHT, northOf(UTRECHT, 5), ['BIKE', 'CAR'], same)?.mode).toBe('BIKE');
    expect(fastestTravel(UTRECHT, northOf(UTRECHT, 5), ['CAR', 'BIKE'], same)?.mode).toBe('CAR');
    expect(fastestTravel(UTRECHT, UTRECHT, [], estimator)).toBeNull();
  });
});

describe('maxStraightLineRadiusKm (geo prefilter)', () => {
  it('is the best mode’s exact reach plus 1% and 0.1 km', () => {
    // bike: (90 − 2) × 15 / (60 × 1.25) = 17.6 km; car: (90 − 5) × 50 / (60 × 1.3) = 54.49 km
    expect(maxStraightLineRadiusKm(90, ['BIKE'])).toBeCloseTo(17.6 * 1.01 + 0.1, 6);
    expect(maxStraightLineRadiusKm(90, ['BIKE', 'CAR'])).toBeCloseTo(((85 * 50) / 78) * 1.01 + 0.1, 6);
    expect(estimator.maxRadiusKm(90, ['BIKE'])).toBe(maxStraightLineRadiusKm(90, ['BIKE']));
  });

  it('is 0 without modes or when the access time alone exceeds the limit', () => {
    expect(maxStraightLineRadiusKm(90, [])).toBe(0);
    expect(maxStraightLineRadiusKm(10, ['PUBLIC_TRANSPORT'])).toBe(0);
  });

  it('never excludes a trip that passes the travel limit (property)', () => {
    const modes = fc.uniqueArray(fc.constantFrom(...MOBILITY_MODES), { minLength: 1, maxLength: 4 });
    const point = fc.record({ lat: fc.integer({ min: 50_700_000, max: 53_600_000 }), lon: fc.integer({ min: 3_300_000, max: 7_300_000 }) }).map((p) => ({
      lat: p.lat / 1e6,
      lon: p.lon / 1e6,
    }));
    fc.assert(
      fc.property(point, point, modes, fc.integer({ min: 0, max: 240 }), (a, b, ms, limit) => {
        const t = assessTravel(a, b, ms, limit, estimator);
        if (t.best === null || t.best.minutes > limit) return;
        const radius = maxStraightLineRadiusKm(limit, ms);
        expect(haversineKm(a, b)).toBeLessThanOrEqual(radius);
        // Also with the WGS84 equatorial radius (the largest a retrieval engine might use).
        expect((haversineKm(a, b) * 6378.137) / 6371.0088).toBeLessThanOrEqual(radius);
      }),
      { numRuns: 2000 },
    );
  });

  it('is not needlessly wide: a trip just inside the exact reach passes', () => {
    const exactBikeKm = (88 * 15) / (60 * 1.25);
    const t = estimator.estimate(UTRECHT, northOf(UTRECHT, exactBikeKm * 0.999), 'BIKE');
    expect(t.minutes).toBeLessThanOrEqual(90);
    expect(maxStraightLineRadiusKm(90, ['BIKE'])).toBeLessThan(exactBikeKm * 1.02 + 0.1);
  });
});

describe('displayMinutes', () => {
  it.each([
    [0.2, 1],
    [4.4, 4],
    [9.6, 10],
    [23.7, 25],
    [27.4, 25],
    [27.6, 30],
  ])('%d → %d', (raw, shown) => expect(displayMinutes(raw)).toBe(shown));
});
