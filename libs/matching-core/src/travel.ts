import { GeoPoint, MobilityMode } from './model';

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

export interface TravelEstimate {
  /** One-way door-to-door minutes (unrounded). */
  minutes: number;
  /** Estimated route distance in km (straight line × detour factor). */
  distanceKm: number;
  /** Always true: these are estimates, never a route planner's answer. */
  estimated: true;
  /** How it was estimated, e.g. "haversine". */
  method: string;
}

/** Port: anything that can estimate a one-way trip (a routing service may implement it later). */
export interface TravelTimeEstimator {
  estimate(from: GeoPoint, to: GeoPoint, mode: MobilityMode): TravelEstimate;
  /**
   * Optional: the fastest of `modes` (ties: the first listed), exactly as estimating each mode;
   * null without modes. Lets an estimator share work between modes (see `fastestTravel`).
   */
  fastest?(from: GeoPoint, to: GeoPoint, modes: readonly MobilityMode[]): ModeTravel | null;
}

/** The fastest of `modes` (ties: the first listed) under `estimator`, or null without modes. */
export function fastestTravel(from: GeoPoint, to: GeoPoint, modes: readonly MobilityMode[], estimator: TravelTimeEstimator): ModeTravel | null {
  if (estimator.fastest !== undefined) return estimator.fastest(from, to, modes);
  let best: ModeTravel | null = null;
  for (const mode of modes) {
    const t = estimator.estimate(from, to, mode);
    if (best === null || t.minutes < best.minutes) best = { ...t, mode };
  }
  return best;
}

export interface ModeProfile {
  /** Route distance / straight-line distance. */
  detourFactor: number;
  /** Average door-to-door speed over the route, km/h. */
  speedKmh: number;
  /** Fixed minutes per trip: parking, fetching the bike, waiting and walking to stops. */
  accessMinutes: number;
}

/**
 * NL defaults (rough averages for regional commuting; documented estimates, not measurements):
 * car 1.3 / 50 km/h / 5 min parking; bike 1.25 / 15 km/h / 2 min; public transport 1.4 / 30 km/h
 * incl. transfers / 12 min waiting and walking to stops; walking 1.2 / 5 km/h / 0 min.
 */
export const DEFAULT_MODE_PROFILES: Readonly<Record<MobilityMode, ModeProfile>> = {
  CAR: { detourFactor: 1.3, speedKmh: 50, accessMinutes: 5 },
  BIKE: { detourFactor: 1.25, speedKmh: 15, accessMinutes: 2 },
  PUBLIC_TRANSPORT: { detourFactor: 1.4, speedKmh: 30, accessMinutes: 12 },
  WALK: { detourFactor: 1.2, speedKmh: 5, accessMinutes: 0 },
};

/** Great-circle distance in km. */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** minutes = access + straight line × detour / speed. Monotone in distance, so closer is never slower. */
export class HaversineTravelTimeEstimator implements TravelTimeEstimator {
  constructor(readonly profiles: Readonly<Record<MobilityMode, ModeProfile>> = DEFAULT_MODE_PROFILES) {}

  estimate(from: GeoPoint, to: GeoPoint, mode: MobilityMode): TravelEstimate {
    const p = this.profiles[mode];
    const distanceKm = haversineKm(from, to) * p.detourFactor;
    return { minutes: p.accessMinutes + (distanceKm / p.speedKmh) * 60, distanceKm, estimated: true, method: 'haversine' };
  }

  /** One great-circle distance for all modes; the same numbers as `estimate` per mode. */
  fastest(from: GeoPoint, to: GeoPoint, modes: readonly MobilityMode[]): ModeTravel | null {
    if (modes.length === 0) return null;
    const straight = haversineKm(from, to);
    let bestMode = modes[0];
    let bestMinutes = Infinity;
    let bestKm = 0;
    for (const mode of modes) {
      const p = this.profiles[mode];
      const distanceKm = straight * p.detourFactor;
      const minutes = p.accessMinutes + (distanceKm / p.speedKmh) * 60;
      if (minutes < bestMinutes) {
        bestMinutes = minutes;
        bestKm = distanceKm;
        bestMode = mode;
      }
    }
    return { minutes: bestMinutes, distanceKm: bestKm, estimated: true, method: 'haversine', mode: bestMode };
  }

  /** See `maxStraightLineRadiusKm`. */
  maxRadiusKm(maxTravelMinutes: number, modes: readonly MobilityMode[]): number {
    return maxStraightLineRadiusKm(maxTravelMinutes, modes, this.profiles);
  }
}

/** Relative + absolute slack on the prefilter radius (see maxStraightLineRadiusKm). */
export const RADIUS_SAFETY = { relative: 0.01, absoluteKm: 0.1 };

/**
 * Largest straight-line distance (km) at which a candidate with these modes could still pass the
 * travel rule under `HaversineTravelTimeEstimator(profiles)`. Meant as a conservative geo
 * prefilter for retrieval: it must never exclude a candidate who could pass, so the exact bound
 * max over modes of (limit − access) × speed / (60 × detour) is widened by 1% + 0.1 km to absorb
 * other great-circle implementations (another Earth radius, float noise). No usable mode → 0.
 * A different estimator (e.g. a routing service) needs its own bound.
 */
export function maxStraightLineRadiusKm(
  maxTravelMinutes: number,
  modes: readonly MobilityMode[],
  profiles: Readonly<Record<MobilityMode, ModeProfile>> = DEFAULT_MODE_PROFILES,
): number {
  let best = -1;
  for (const mode of modes) {
    const p = profiles[mode];
    const spare = maxTravelMinutes - p.accessMinutes;
    if (spare < 0) continue;
    best = Math.max(best, (spare * p.speedKmh) / (60 * p.detourFactor));
  }
  if (best < 0) return 0;
  return best * (1 + RADIUS_SAFETY.relative) + RADIUS_SAFETY.absoluteKm;
}

export interface ModeTravel extends TravelEstimate {
  mode: MobilityMode;
}

export interface TravelAssessment {
  /** Fastest of the candidate's modes; null when the candidate has no known mode. */
  best: ModeTravel | null;
  perMode: ModeTravel[];
  /** The candidate's one-way limit that applies. */
  limitMinutes: number;
}

/** Estimate every mode the candidate has and keep the fastest (ties: the first in the candidate's list). */
export function assessTravel(
  from: GeoPoint,
  to: GeoPoint,
  modes: readonly MobilityMode[],
  limitMinutes: number,
  estimator: TravelTimeEstimator,
): TravelAssessment {
  const perMode: ModeTravel[] = [];
  let best: ModeTravel | null = null;
  for (const mode of new Set(modes)) {
    const t: ModeTravel = { ...estimator.estimate(from, to, mode), mode };
    perMode.push(t);
    if (best === null || t.minutes < best.minutes) best = t;
  }
  return { best, perMode, limitMinutes };
}

const MODE_PHRASE: Record<MobilityMode, string> = {
  CAR: 'per auto',
  BIKE: 'per fiets',
  PUBLIC_TRANSPORT: 'met het openbaar vervoer',
  WALK: 'te voet',
};

/** Dutch phrase for a mode, e.g. "per fiets". */
export function modePhrase(mode: MobilityMode): string {
  return MODE_PHRASE[mode];
}

/** Minutes as shown to people: whole minutes below 10, else to the nearest 5 (it is an estimate). */
export function displayMinutes(minutes: number): number {
  if (minutes < 10) return Math.max(1, Math.round(minutes));
  return Math.round(minutes / 5) * 5;
}
