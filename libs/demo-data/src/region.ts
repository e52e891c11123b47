/** A WSP labour-market region (arbeidsmarktregio) and its municipalities. */
export interface RegionMunicipality {
  /** CBS GM code of 2024. */
  code: string;
  /** Name as in the CBS list (data/reference/geo/gemeenten_2024.csv). */
  name: string;
  /** Name as people say it (company names, texts). */
  displayName: string;
  /** Telephone area code of the main place (netnummer). */
  areaCode: string;
}

export interface RegionDefinition {
  id: string;
  name: string;
  municipalities: readonly RegionMunicipality[];
}

/**
 * Arbeidsmarktregio Haaglanden (one of the 35 regions of the Wet SUWI, art. 10), WSP Haaglanden.
 * GM codes checked against gemeenten_2024.csv.
 */
export const HAAGLANDEN: RegionDefinition = {
  id: 'haaglanden',
  name: 'Haaglanden',
  municipalities: [
    { code: 'GM0518', name: "'s-Gravenhage", displayName: 'Den Haag', areaCode: '070' },
    { code: 'GM0503', name: 'Delft', displayName: 'Delft', areaCode: '015' },
    { code: 'GM1916', name: 'Leidschendam-Voorburg', displayName: 'Leidschendam-Voorburg', areaCode: '070' },
    { code: 'GM1842', name: 'Midden-Delfland', displayName: 'Midden-Delfland', areaCode: '015' },
    { code: 'GM1926', name: 'Pijnacker-Nootdorp', displayName: 'Pijnacker-Nootdorp', areaCode: '015' },
    { code: 'GM0603', name: 'Rijswijk (ZH.)', displayName: 'Rijswijk', areaCode: '070' },
    { code: 'GM0629', name: 'Wassenaar', displayName: 'Wassenaar', areaCode: '070' },
    { code: 'GM1783', name: 'Westland', displayName: 'Westland', areaCode: '0174' },
    { code: 'GM0637', name: 'Zoetermeer', displayName: 'Zoetermeer', areaCode: '079' },
  ],
};

/** Regions the generator knows, by id (one for now). */
export const WSP_REGIONS: Readonly<Record<string, RegionDefinition>> = { [HAAGLANDEN.id]: HAAGLANDEN };

export function regionMunicipalityCodes(region: RegionDefinition): string[] {
  return region.municipalities.map((m) => m.code);
}

/** What the loader needs from the caller's connection (an EntityManager or QueryRunner). */
interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

const KNOWN_MUNICIPALITIES = new Map(HAAGLANDEN.municipalities.map((m) => [m.code, m]));

/** The name people use: Haaglanden's from the catalog, "'s-Gravenhage" as Den Haag, otherwise the CBS name. */
function displayNameOf(code: string, name: string): string {
  return KNOWN_MUNICIPALITIES.get(code)?.displayName ?? (name === "'s-Gravenhage" ? 'Den Haag' : name);
}

/**
 * A wider region from the reference data, for benchmarks: every municipality of a province
 * (e.g. 'Zuid-Holland', as named in data/reference/geo/pc4_certegis.csv), or of the whole
 * country when `province` is null. Municipalities outside Haaglanden have no area code in the
 * catalog: their (fictional) company phone numbers use the national 088 range.
 */
export async function regionFromDatabase(db: Queryable, province: string | null): Promise<RegionDefinition> {
  const rows = (await db.query(
    `SELECT code, name FROM municipalities WHERE ($1::text IS NULL OR province = $1) ORDER BY code`,
    [province],
  )) as { code: string; name: string }[];
  if (rows.length === 0) throw new Error(`no municipalities${province ? ` in ${province}` : ''}: run the migrations first`);
  const id = province ? province.toLowerCase().replace(/[^a-z0-9]+/g, '-') : 'nederland';
  return {
    id,
    name: province ?? 'Nederland',
    municipalities: rows.map(({ code, name }) => ({
      code,
      name,
      displayName: displayNameOf(code, name),
      areaCode: KNOWN_MUNICIPALITIES.get(code)?.areaCode ?? '088',
    })),
  };
}
