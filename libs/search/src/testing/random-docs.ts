import { CandidateSearchDoc, VACANCY_SEARCH_STATUSES, VacancySearchDoc } from '../documents';
import { CandidateSearchQuery, OVERLAP_LEVELS, OverlapLevel, OverlapTerms, VacancySearchQuery } from '../query';

/**
 * Seeded random documents and queries for the contract suite's differential test and the
 * benchmark. Not for production code. Locations cluster on a set of "postcode" points the way
 * PC4 centroids do (many candidates share one point).
 */

/** mulberry32: small, fast, seeded. Returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DocWorld {
  rnd: () => number;
  /** Points docs sit on. */
  points: { lat: number; lon: number }[];
  occupations: { id: string; isco: string }[];
  skills: string[];
}

export interface WorldOptions {
  seed: number;
  /** Area: centre and half-size in degrees. */
  centre?: { lat: number; lon: number };
  spanDeg?: { lat: number; lon: number };
  points?: number;
  occupations?: number;
  iscoGroups?: number;
  skills?: number;
}

export function makeWorld(o: WorldOptions): DocWorld {
  const rnd = seededRandom(o.seed);
  const centre = o.centre ?? { lat: 52.15, lon: 5.3 };
  const span = o.spanDeg ?? { lat: 1.3, lon: 1.9 };
  const points = Array.from({ length: o.points ?? 400 }, () => ({
    lat: round6(centre.lat + (rnd() * 2 - 1) * span.lat),
    lon: round6(centre.lon + (rnd() * 2 - 1) * span.lon),
  }));
  const groups = Array.from({ length: o.iscoGroups ?? 40 }, (_, i) => String(1000 + ((i * 37) % 9000)).padStart(4, '0'));
  const occupations = Array.from({ length: o.occupations ?? 120 }, (_, i) => ({
    id: `occ-${i}`,
    isco: groups[Math.floor(skewed(rnd) * groups.length)],
  }));
  const skills = Array.from({ length: o.skills ?? 300 }, (_, i) => `skill-${i}`);
  return { rnd, points, occupations, skills };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const SYLLABLES = ['bak', 'schil', 'mon', 'tech', 'zorg', 'kok', 'lo', 'ma', 'ga', 'zijn', 'hef', 'truck', 'schoon', 'ver', 'koop', 'post', 'bo', 'de', 'tim', 'men'];
/** A made-up Dutch-looking occupation word, distinct for each index below 8,000 (`occ-12` → its word). */
export function occupationWord(occupationId: string): string {
  const i = Number(occupationId.replace(/\D/g, ''));
  return `${SYLLABLES[i % 20]}${SYLLABLES[Math.floor(i / 20) % 20]}${SYLLABLES[Math.floor(i / 400) % 20]}er`;
}
/** Skewed towards 0 (a few popular values, a long tail). */
const skewed = (rnd: () => number) => rnd() ** 2;
const pick = <T>(w: DocWorld, xs: readonly T[]): T => xs[Math.floor(w.rnd() * xs.length)];
const pickSkewed = <T>(w: DocWorld, xs: readonly T[]): T => xs[Math.floor(skewed(w.rnd) * xs.length)];
const some = <T>(w: DocWorld, xs: readonly T[], max: number): T[] => {
  const n = Math.floor(w.rnd() * (max + 1));
  return [...new Set(Array.from({ length: n }, () => pickSkewed(w, xs)))];
};
const date = (w: DocWorld) => 20250101 + Math.floor(w.rnd() * 6) * 100 + Math.floor(w.rnd() * 28);
const jitter = (w: DocWorld, x: number) => round6(x + (w.rnd() - 0.5) * 0.01);

export function randomCandidate(w: DocWorld, id: string): CandidateSearchDoc {
  const p = pick(w, w.points);
  const occs = some(w, w.occupations, 3);
  const units = [...new Set(occs.map((o) => o.isco))];
  const hoursMin = Math.floor(w.rnd() * 32);
  const lw = w.rnd() < 0.2 ? null : pick(w, [0, 10, 19, 20, 35, 50, 79, 80, 81, 95, 100, 100, 100]);
  const zorg = w.rnd() < 0.05;
  return {
    id,
    lat: w.rnd() < 0.8 ? p.lat : jitter(w, p.lat),
    lon: w.rnd() < 0.8 ? p.lon : jitter(w, p.lon),
    reachKm: pick(w, [0, 5, 12.5, 20, 35, 55, 80]),
    hoursMin,
    hoursMax: hoursMin + Math.floor(w.rnd() * 16),
    drivingLicence: w.rnd() < 0.5,
    loonwaarde: lw,
    lksStatus: pick(w, ['NONE', 'NONE', 'NONE', 'LKS_MDP', 'LKS_ZDP'] as const),
    doelgroep: zorg ? 'ZORG' : lw === null ? null : lw > 80 ? 'VOLLEDIG' : lw < 20 ? 'BESCHUT' : 'BEPERKT',
    beschutIndication: w.rnd() < 0.1,
    visibleForMatching: w.rnd() < 0.85,
    active: w.rnd() < 0.9,
    hasActivePlacement: w.rnd() < 0.1,
    availableFrom: date(w),
    occupationIds: occs.map((o) => o.id),
    iscoUnitGroups: units,
    iscoMinorGroups: [...new Set(units.map((u) => u.slice(0, 3)))],
    skillIds: some(w, w.skills, 12),
    municipalityCode: 'GM0000',
    text: occs.map((o) => occupationWord(o.id)).join(' '),
  };
}

export function randomVacancy(w: DocWorld, id: string): VacancySearchDoc {
  const p = pick(w, w.points);
  const occ = pickSkewed(w, w.occupations);
  const hoursMin = 1 + Math.floor(w.rnd() * 32);
  return {
    id,
    employerId: `emp-${Math.floor(w.rnd() * 20)}`,
    lat: p.lat,
    lon: p.lon,
    hoursMin,
    hoursMax: Math.min(60, hoursMin + Math.floor(w.rnd() * 12)),
    drivingLicenceRequired: w.rnd() < 0.3,
    openToLks: w.rnd() < 0.5,
    minLoonwaarde: w.rnd() < 0.6 ? null : pick(w, [0, 20, 50, 80, 100]),
    beschut: w.rnd() < 0.1,
    status: w.rnd() < 0.7 ? 'OPEN' : pick(w, VACANCY_SEARCH_STATUSES),
    startDate: w.rnd() < 0.3 ? null : date(w),
    occupationId: occ.id,
    iscoUnitGroup: occ.isco,
    iscoMinorGroup: occ.isco.slice(0, 3),
    skillIds: some(w, w.skills, 10),
    text: occupationWord(occ.id),
  };
}

const maybe = <T>(w: DocWorld, p: number, f: () => T): T | undefined => (w.rnd() < p ? f() : undefined);

/** Half the time: a weight per skill (multiples of 0.5, so sums are exact), some skills listed twice with another weight. */
function withSkillWeights(w: DocWorld, terms: OverlapTerms): OverlapTerms {
  if (w.rnd() < 0.5 || !terms.skillIds) return terms;
  const ids = [...terms.skillIds, ...terms.skillIds.filter(() => w.rnd() < 0.2)];
  return { ...terms, skillIds: ids, skillWeights: ids.map(() => pick(w, [0, 0.5, 1, 2])) };
}

function randomLevels(w: DocWorld): OverlapLevel[] | undefined {
  const r = w.rnd();
  if (r < 0.4) return undefined;
  if (r < 0.6) return ['OCCUPATION', 'ISCO_UNIT', 'ISCO_MINOR', 'SKILL'];
  if (r < 0.75) return ['NONE'];
  return OVERLAP_LEVELS.filter(() => w.rnd() < 0.5);
}

/** A random query, with each filter present with some probability. */
export function randomCandidateQuery(w: DocWorld): CandidateSearchQuery {
  const p = pick(w, w.points);
  const occ = pick(w, w.occupations);
  const h = Math.floor(w.rnd() * 36);
  return {
    geo: maybe(w, 0.85, () => ({
      lat: jitter(w, p.lat),
      lon: jitter(w, p.lon),
      radiusKm: maybe(w, 0.7, () => pick(w, [0, 3, 10, 25, 60, 150])),
      withinCandidateReach: w.rnd() < 0.6,
    })),
    hours: maybe(w, 0.6, () => ({ min: h, max: h + Math.floor(w.rnd() * 12) })),
    requireDrivingLicence: maybe(w, 0.4, () => w.rnd() < 0.5),
    matchableOnly: maybe(w, 0.6, () => w.rnd() < 0.8),
    availableBy: maybe(w, 0.5, () => date(w)),
    eligibility: maybe(w, 0.7, () => ({
      requireNoLks: maybe(w, 0.4, () => w.rnd() < 0.5),
      minLoonwaarde: maybe(w, 0.3, () => pick(w, [0, 20, 50, 80, 100])),
      requireBeschutIndication: maybe(w, 0.2, () => w.rnd() < 0.5),
      excludeBeschutOnlyBelow: maybe(w, 0.5, () => 20),
      excludeZorg: maybe(w, 0.6, () => true),
    })),
    overlap: maybe(w, 0.8, () => withSkillWeights(w, {
      occupationIds: [occ.id],
      iscoUnitGroups: [occ.isco],
      iscoMinorGroups: [occ.isco.slice(0, 3)],
      skillIds: some(w, w.skills, 8),
    })),
    levels: randomLevels(w),
  };
}

export function randomVacancyQuery(w: DocWorld): VacancySearchQuery {
  const p = pick(w, w.points);
  const occs = some(w, w.occupations, 3);
  const units = [...new Set(occs.map((o) => o.isco))];
  const h = Math.floor(w.rnd() * 36);
  return {
    geo: maybe(w, 0.85, () => ({ lat: jitter(w, p.lat), lon: jitter(w, p.lon), radiusKm: pick(w, [0, 3, 10, 25, 60, 150]) })),
    hours: maybe(w, 0.6, () => ({ min: h, max: h + Math.floor(w.rnd() * 12) })),
    candidateHasDrivingLicence: maybe(w, 0.5, () => w.rnd() < 0.5),
    statuses: maybe(w, 0.6, () => ['OPEN' as const]),
    startFeasible: maybe(w, 0.5, () => ({ availableFrom: date(w), referenceDate: date(w) })),
    employerIds: maybe(w, 0.1, () => [`emp-${Math.floor(w.rnd() * 20)}`, 'emp-unknown']),
    eligibility: maybe(w, 0.7, () => ({
      requireOpenToLks: maybe(w, 0.5, () => w.rnd() < 0.5),
      candidateLoonwaarde: maybe(w, 0.5, () => (w.rnd() < 0.3 ? null : pick(w, [0, 20, 50, 80, 100]))),
      beschut: maybe(w, 0.4, () => pick(w, ['ONLY', 'EXCLUDE'] as const)),
    })),
    overlap: maybe(w, 0.8, () => withSkillWeights(w, {
      occupationIds: occs.map((o) => o.id),
      iscoUnitGroups: units,
      iscoMinorGroups: [...new Set(units.map((u) => u.slice(0, 3)))],
      skillIds: some(w, w.skills, 12),
    })),
    levels: randomLevels(w),
  };
}
