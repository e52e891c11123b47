import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findReferenceDataDir } from '@wsp/reference-data';
import { Rng } from './random';

/**
 * Ages of working-age candidates (18 up to the AOW age of 67, so 18–66) drawn from the real age
 * distribution of their PC4 area: CBS population per PC4 by 5-year band, 2021
 * (data/reference/geo/pc4_leeftijd_2021_certegis.csv; not loaded into the database).
 */

export const MIN_AGE = 18;
export const MAX_AGE = 66;

/** The bands that hold ages 18–66: 15–19, 20–24, ..., 65–69. */
export const POPULATION_AGE_BANDS: readonly (readonly [from: number, to: number])[] = Array.from({ length: 11 }, (_, k) => [15 + 5 * k, 19 + 5 * k] as const);

/** Population of the Netherlands per band of POPULATION_AGE_BANDS (sum of the same file): used where a PC4 has no figures. */
export const NL_AGE_BAND_POPULATION: readonly number[] = [1_031_660, 1_107_130, 1_132_540, 1_126_185, 1_053_865, 1_033_295, 1_132_405, 1_285_970, 1_263_410, 1_137_570, 1_003_670];

export const AGE_FILE = join('geo', 'pc4_leeftijd_2021_certegis.csv');

/**
 * Population per POPULATION_AGE_BANDS band for each of the given PC4s (all PC4s when omitted). PC4s whose
 * figures are missing (NA: CBS suppresses small areas) are left out. Null when the file is absent.
 */
export async function loadAgeBands(pc4s?: ReadonlySet<string>, dataDir?: string): Promise<Map<string, number[]> | null> {
  let text: string;
  try {
    text = await readFile(join(dataDir ?? findReferenceDataDir(), AGE_FILE), 'utf8');
  } catch {
    return null;
  }
  return parseAgeBands(text, pc4s);
}

/** Parses the CSV ("postcode","leeftijd","inwoners",...; one row per PC4 and band). */
export function parseAgeBands(text: string, pc4s?: ReadonlySet<string>): Map<string, number[]> {
  const bandIndex = new Map(POPULATION_AGE_BANDS.map(([from, to], k) => [`${from}-${to}`, k]));
  const out = new Map<string, number[]>();
  const lines = text.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const [pcRaw, bandRaw, countRaw] = line.split(',', 3);
    const pc4 = pcRaw.replace(/"/g, '').padStart(4, '0');
    if (pc4s && !pc4s.has(pc4)) continue;
    const k = bandIndex.get(bandRaw.replace(/"/g, ''));
    if (k === undefined) continue;
    const count = Number(countRaw);
    if (!Number.isFinite(count) || count <= 0) continue;
    let bands = out.get(pc4);
    if (!bands) out.set(pc4, (bands = new Array<number>(POPULATION_AGE_BANDS.length).fill(0)));
    bands[k] = count;
  }
  return out;
}

/** The share of a band's population that is 18–66 (two of five years in 15–19 and 65–69). */
const ELIGIBLE_SHARE = POPULATION_AGE_BANDS.map(([from, to]) => (Math.min(to, MAX_AGE) - Math.max(from, MIN_AGE) + 1) / 5);

/** Band weights for drawing an age: population × eligible share. */
export function ageWeights(bands: readonly number[] | undefined): number[] {
  const source = bands && bands.some((b) => b > 0) ? bands : NL_AGE_BAND_POPULATION;
  return source.map((p, k) => p * ELIGIBLE_SHARE[k]);
}

/** An age of 18–66: a band by weight, then a year within it (uniform). */
export function drawAge(rng: Rng, weights: readonly number[]): number {
  const [from, to] = POPULATION_AGE_BANDS[rng.weightedIndex(weights)];
  return rng.int(Math.max(from, MIN_AGE), Math.min(to, MAX_AGE));
}

const DAY_MS = 86_400_000;

/** `isoDate` minus `years` calendar years (29 February becomes 28 February). */
export function minusYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const year = y - years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const birthRanges = new Map<string, readonly [earliest: number, days: number]>();

/** A date of birth at which a person is exactly `age` on `today`. */
export function dateOfBirthFor(rng: Rng, age: number, today: string): string {
  const key = `${today}/${age}`;
  let range = birthRanges.get(key);
  if (!range) {
    const latest = Date.parse(`${minusYears(today, age)}T00:00:00Z`);
    const earliest = Date.parse(`${minusYears(today, age + 1)}T00:00:00Z`) + DAY_MS;
    range = [earliest, Math.round((latest - earliest) / DAY_MS)];
    if (birthRanges.size < 10_000) birthRanges.set(key, range);
  }
  return new Date(range[0] + rng.int(0, range[1]) * DAY_MS).toISOString().slice(0, 10);
}
