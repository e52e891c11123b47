import { CsvRow, optionalNumber, requiredNumber } from './csv';

export const GEMEENTEN_COLUMNS = ['gm_code', 'gemeente', 'inwoners_cbs_2021_certegis', 'lat_popw', 'lon_popw'] as const;
export const PC4_COLUMNS = ['postcode', 'lat', 'lon', 'plaats', 'gemeente', 'provincie', 'inwoners_kerncijfers_2020', 'inwoners_83503NED_2021'] as const;

export interface MunicipalityRecord {
  code: string;
  name: string;
  province: string | null;
  latitude: number;
  longitude: number;
  population: number;
}

export interface PostcodeRecord {
  pc4: string;
  municipalityCode: string;
  place: string | null;
  latitude: number;
  longitude: number;
  population: number;
}

export interface GeoData {
  municipalities: MunicipalityRecord[];
  postcodes: PostcodeRecord[];
  /** PC4s without a municipality in the source: derived from the neighbouring PC4 (see below). */
  derivedMunicipality: string[];
  /** PC4s without geometry in the source: they get their municipality's centroid. */
  centroidFallback: string[];
}

/**
 * Municipalities of the 2020/2021 PC4 data that no longer exist in 2024, by the municipality that
 * absorbed them (CBS "Gemeentelijke indelingen", herindelingen 2022-2023).
 */
export const MERGED_MUNICIPALITIES: Readonly<Record<string, string>> = {
  Beemster: 'Purmerend', // 2022-01-01
  Heerhugowaard: 'Dijk en Waard', // 2022-01-01
  Langedijk: 'Dijk en Waard', // 2022-01-01
  Boxmeer: 'Land van Cuijk', // 2022-01-01
  Cuijk: 'Land van Cuijk', // 2022-01-01
  Grave: 'Land van Cuijk', // 2022-01-01
  'Mill en Sint Hubert': 'Land van Cuijk', // 2022-01-01
  'Sint Anthonis': 'Land van Cuijk', // 2022-01-01
  Landerd: 'Maashorst', // 2022-01-01
  Uden: 'Maashorst', // 2022-01-01
  Weesp: 'Amsterdam', // 2022-03-24
  Brielle: 'Voorne aan Zee', // 2023-01-01
  Hellevoetsluis: 'Voorne aan Zee', // 2023-01-01
  Westvoorne: 'Voorne aan Zee', // 2023-01-01
};

/**
 * Municipalities that were split between several others, per PC4 (village). Haaren was divided
 * on 2021-01-01 (Wet herindeling Haaren): Biezenmortel to Tilburg, Haaren to Oisterwijk,
 * Helvoirt to Vught, Esch to Boxtel.
 */
export const SPLIT_MUNICIPALITIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Haaren: { '5074': 'Tilburg', '5076': 'Oisterwijk', '5268': 'Vught', '5296': 'Boxtel' },
};

/** "Bergen (NH.)" → "Bergen": the 2024 list disambiguates names that the PC4 data does not. */
const stripSuffix = (name: string): string => name.replace(/\s*\([^)]*\)\s*$/, '');

/**
 * Maps a municipality name of the PC4 data to a 2024 GM code: exact name, then a split or merged
 * municipality, then the 2024 name without its "(province)" suffix when that is unambiguous.
 */
export function municipalityNameResolver(municipalities: readonly { code: string; name: string }[]) {
  const byName = new Map(municipalities.map((m) => [m.name, m.code]));
  const strippedCount = new Map<string, number>();
  for (const m of municipalities) strippedCount.set(stripSuffix(m.name), (strippedCount.get(stripSuffix(m.name)) ?? 0) + 1);
  const byStripped = new Map(
    municipalities.filter((m) => strippedCount.get(stripSuffix(m.name)) === 1).map((m) => [stripSuffix(m.name), m.code]),
  );
  return (name: string, pc4: string): string | undefined => {
    const split = SPLIT_MUNICIPALITIES[name];
    if (split) return split[pc4] === undefined ? undefined : byName.get(split[pc4]);
    return byName.get(name) ?? byName.get(MERGED_MUNICIPALITIES[name] ?? '') ?? byStripped.get(name);
  };
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * Builds the municipalities (2024) and PC4 areas from the CBS/certegis CSVs.
 *
 * - Municipality coordinates are the population-weighted centroid; its province is the one its
 *   PC4 areas are in (municipalities do not cross provinces).
 * - PC4 municipality names (2020/2021) are mapped to 2024 GM codes; a name that cannot be mapped
 *   fails the whole load, listing every such name.
 * - 24 PC4s have no municipality in the source (mostly areas without inhabitants). They get the
 *   municipality of the nearest lower PC4 that has one: PC4s are issued in geographic series, and
 *   for the areas that have geometry this agrees with the surrounding areas.
 * - PC4s without geometry get their municipality's population-weighted centroid.
 * - Population is the 2021 count (CBS 83503NED), else 2020 (kerncijfers), else 0.
 */
export function buildGeo(gemeenten: readonly CsvRow[], pc4Rows: readonly CsvRow[]): GeoData {
  const municipalities: MunicipalityRecord[] = gemeenten.map((g) => ({
    code: g.gm_code,
    name: g.gemeente,
    province: null,
    latitude: requiredNumber(g.lat_popw, `${g.gm_code} lat_popw`),
    longitude: requiredNumber(g.lon_popw, `${g.gm_code} lon_popw`),
    population: requiredNumber(g.inwoners_cbs_2021_certegis, `${g.gm_code} population`),
  }));
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  if (byCode.size !== municipalities.length) throw new Error('gemeenten: duplicate GM codes');
  const resolve = municipalityNameResolver(municipalities);

  const sorted = [...pc4Rows].sort((a, b) => a.postcode.localeCompare(b.postcode));
  const unresolved = new Set<string>();
  const codes: (string | null)[] = sorted.map((row) => {
    if (!/^[1-9][0-9]{3}$/.test(row.postcode)) throw new Error(`pc4: malformed postcode ${JSON.stringify(row.postcode)}`);
    const name = row.gemeente.trim();
    if (name === '') return null;
    const code = resolve(name, row.postcode);
    if (!code) unresolved.add(name);
    return code ?? null;
  });
  if (unresolved.size > 0) {
    throw new Error(`pc4: municipality names without a 2024 GM code: ${[...unresolved].sort().join(', ')}`);
  }

  const derivedMunicipality: string[] = [];
  const centroidFallback: string[] = [];
  const provinces = new Map<string, string[]>();
  const postcodes = sorted.map((row, i): PostcodeRecord => {
    let code = codes[i];
    if (code === null) {
      derivedMunicipality.push(row.postcode);
      for (let j = i - 1; j >= 0 && code === null; j--) code = codes[j];
      for (let j = i + 1; j < codes.length && code === null; j++) code = codes[j];
      if (code === null) throw new Error(`pc4 ${row.postcode}: no municipality to derive from`);
    } else if (row.provincie.trim() !== '') {
      provinces.set(code, [...(provinces.get(code) ?? []), row.provincie.trim()]);
    }
    const municipality = byCode.get(code)!;
    let latitude = optionalNumber(row.lat, `pc4 ${row.postcode} lat`);
    let longitude = optionalNumber(row.lon, `pc4 ${row.postcode} lon`);
    if (latitude === null || longitude === null) {
      centroidFallback.push(row.postcode);
      latitude = municipality.latitude;
      longitude = municipality.longitude;
    }
    const population =
      optionalNumber(row.inwoners_83503NED_2021, `pc4 ${row.postcode} population`) ??
      optionalNumber(row.inwoners_kerncijfers_2020, `pc4 ${row.postcode} population`) ??
      0;
    return { pc4: row.postcode, municipalityCode: code, place: row.plaats.trim() || null, latitude, longitude, population };
  });
  if (new Set(postcodes.map((p) => p.pc4)).size !== postcodes.length) throw new Error('pc4: duplicate postcodes');

  for (const m of municipalities) m.province = mostCommon(provinces.get(m.code) ?? []);
  return { municipalities, postcodes, derivedMunicipality, centroidFallback };
}
