import { SroiBonus, SroiCategory, valuePerson } from '@wsp/sroi';
import { loadAgeBands } from './ages';
import { catalogJobRefs } from './catalog/sectors';
import { RegionDefinition, regionMunicipalityCodes } from './region';

/** What the generators need from the reference data: plain values, so tests can pass a small sample. */
export interface PostcodeSample {
  pc4: string;
  municipalityCode: string;
  place: string | null;
  population: number;
}

export interface OccupationSample {
  id: string;
  iscoGroup: string;
  labelNl: string;
}

export interface OccupationSkillSample {
  skillId: string;
  essential: boolean;
}

export interface ReferenceSample {
  /** PC4 areas of the region (inhabited ones are the only ones picked). */
  postcodes: PostcodeSample[];
  /** Occupations the sector catalog refers to (fewer in a test sample is fine). */
  occupations: OccupationSample[];
  /** The real ESCO relations of each occupation, by occupation id. */
  occupationSkills: Map<string, OccupationSkillSample[]>;
  /** Population per age band (ages.ts) by PC4, from the reference file; absent: national distribution. */
  ageBands?: Map<string, number[]>;
  /** The SROI valuation tables of SROI_DEMO_REGION_CODE, oldest first; absent: no SROI demo data. */
  sroiTables?: SroiTableSample[];
}

/** A valuation table as @wsp/sroi values with it (its ValuationTableFacts), with its id and start. */
export type SroiTableSample = Parameters<typeof valuePerson>[0] & { id: string; effectiveFrom: string };

/** The demo SROI contracts use the Haaglanden bouwblokken (migration SeedSroiValuationTables), whatever the region. */
export const SROI_DEMO_REGION_CODE = 'HAAGLANDEN';

/** What the loader needs from the caller's connection: an EntityManager or QueryRunner. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export class ReferenceDataMissingError extends Error {
  constructor(what: string) {
    super(`Demo data needs the reference data (${what}); run the migrations first (npm run migrate).`);
  }
}

/**
 * Loads the region's postcodes, the catalog's occupations and their skill relations, in a fixed
 * order (the generators' output depends on it), and the PC4s' age bands from the reference file.
 */
export async function loadReferenceSample(db: SqlRunner, region: RegionDefinition): Promise<ReferenceSample> {
  const postcodes = (await db.query(
    `SELECT pc4, municipality_code AS "municipalityCode", place, population
       FROM postcodes WHERE municipality_code = ANY($1::text[]) ORDER BY pc4`,
    [regionMunicipalityCodes(region)],
  )) as PostcodeSample[];
  if (!postcodes.some((p) => p.population > 0)) throw new ReferenceDataMissingError(`postcodes of ${region.name}`);

  const refs = catalogJobRefs();
  const wanted = new Set(refs.map((r) => `${r.iscoGroup}|${r.labelNl}`));
  const candidates = (await db.query(
    `SELECT id, isco_group AS "iscoGroup", label_nl AS "labelNl"
       FROM esco_occupations WHERE label_nl = ANY($1::text[]) ORDER BY id`,
    [[...new Set(refs.map((r) => r.labelNl))]],
  )) as OccupationSample[];
  const occupations = candidates.filter((o) => wanted.has(`${o.iscoGroup}|${o.labelNl}`));
  if (occupations.length === 0) throw new ReferenceDataMissingError('ESCO occupations');

  const relations = (await db.query(
    `SELECT occupation_id AS "occupationId", skill_id AS "skillId", essential
       FROM esco_occupation_skills WHERE occupation_id = ANY($1::uuid[]) ORDER BY occupation_id, skill_id`,
    [occupations.map((o) => o.id)],
  )) as { occupationId: string; skillId: string; essential: boolean }[];
  const occupationSkills = new Map<string, OccupationSkillSample[]>();
  for (const r of relations) {
    let list = occupationSkills.get(r.occupationId);
    if (!list) occupationSkills.set(r.occupationId, (list = []));
    list.push({ skillId: r.skillId, essential: r.essential });
  }
  const ageBands = (await loadAgeBands(new Set(postcodes.map((p) => p.pc4)))) ?? undefined;
  const sroiTables = await loadSroiTables(db, SROI_DEMO_REGION_CODE);
  return { postcodes: postcodes.map((p) => ({ ...p, population: Number(p.population) })), occupations, occupationSkills, ageBands, sroiTables };
}

/** The valuation tables of a region with their categories and bonuses (reference data of migrations), oldest first. */
export async function loadSroiTables(db: SqlRunner, regionCode: string): Promise<SroiTableSample[]> {
  const tables = (await db.query(
    `SELECT id::text AS id, code, region_code AS "regionCode", effective_from::text AS "effectiveFrom", full_time_hours AS "fullTimeHours",
            activity_hourly_value_cents AS "activityHourlyValueCents", purchase_count_percent AS "purchaseCountPercent",
            purchase_cap_percent AS "purchaseCapPercent", obligation_threshold_cents::text AS "obligationThresholdCents"
       FROM sroi_valuation_tables WHERE region_code = $1 ORDER BY effective_from, id`,
    [regionCode],
  )) as { id: string; code: string; regionCode: string; effectiveFrom: string; fullTimeHours: number; activityHourlyValueCents: number; purchaseCountPercent: number; purchaseCapPercent: number | null; obligationThresholdCents: string }[];
  if (tables.length === 0) throw new ReferenceDataMissingError(`SROI valuation tables of ${regionCode}`);
  const ids = tables.map((t) => t.id);
  const categories = (await db.query(
    `SELECT table_id::text AS "tableId", category::text AS category, yearly_value_cents AS "yearlyValueCents", cap_months AS "capMonths"
       FROM sroi_valuation_categories WHERE table_id = ANY($1::uuid[]) ORDER BY table_id, category`,
    [ids],
  )) as { tableId: string; category: SroiCategory; yearlyValueCents: number; capMonths: number | null }[];
  const bonuses = (await db.query(
    `SELECT table_id::text AS "tableId", bonus::text AS bonus, yearly_value_cents AS "yearlyValueCents", min_age AS "minAge"
       FROM sroi_valuation_bonuses WHERE table_id = ANY($1::uuid[]) ORDER BY table_id, bonus`,
    [ids],
  )) as { tableId: string; bonus: SroiBonus; yearlyValueCents: number; minAge: number | null }[];
  return tables.map((t) => ({
    ...t,
    obligationThresholdCents: Number(t.obligationThresholdCents),
    categories: new Map(categories.filter((c) => c.tableId === t.id).map((c) => [c.category, { yearlyValueCents: c.yearlyValueCents, capMonths: c.capMonths }])),
    bonuses: new Map(bonuses.filter((b) => b.tableId === t.id).map((b) => [b.bonus, { yearlyValueCents: b.yearlyValueCents, minAge: b.minAge }])),
  }));
}
