import { bulkInsert, SqlRunner } from './bulk-insert';
import { readCsv } from './csv';
import { findReferenceDataDir } from './data-dir';
import {
  buildIscoGroups,
  buildOccupations,
  buildOccupationSkills,
  buildSkills,
  ISCO_COLUMNS,
  OCCUPATION_COLUMNS,
  RELATION_COLUMNS,
  SKILL_COLUMNS,
} from './esco';
import { buildGeo, GEMEENTEN_COLUMNS, PC4_COLUMNS } from './geo';

/** The source files, relative to data/reference (see its README.md for sources and licences). */
export const REFERENCE_FILES = {
  municipalities: 'geo/gemeenten_2024.csv',
  postcodes: 'geo/pc4_certegis.csv',
  iscoGroups: 'esco/ISCOGroups_nl.csv',
  occupations: 'esco/occupations_nl_v1.1.1.csv',
  skills: 'esco/skills_en_v1.1.1.csv',
  occupationSkills: 'esco/occ_skill_rel_compact.csv',
} as const;

/** The tables the loader fills, in insertion order (foreign keys point backwards). */
export const REFERENCE_TABLES = ['municipalities', 'postcodes', 'isco_groups', 'esco_occupations', 'esco_skills', 'esco_occupation_skills'] as const;

export interface ReferenceDataCounts {
  municipalities: number;
  postcodes: number;
  iscoGroups: number;
  occupations: number;
  skills: number;
  occupationSkills: number;
  /** Relations skipped because their occupation or skill is not in the files. */
  skippedOccupationSkills: number;
  /** PC4s whose municipality was derived from the neighbouring PC4. */
  derivedPostcodeMunicipalities: number;
  /** PC4s placed at their municipality's centroid for lack of geometry. */
  postcodeCentroidFallbacks: number;
}

export interface LoadReferenceDataOptions {
  /** The data/reference folder; found by walking up from this module when omitted. */
  dataDir?: string;
  /** Bind parameters per INSERT statement (at most 65535). */
  maxParameters?: number;
}

/**
 * Parses the reference CSVs and inserts them into the (empty) reference tables through the
 * caller's connection, so that it runs inside the caller's transaction (the data migration).
 * Everything is parsed and checked before the first INSERT.
 */
export async function loadReferenceData(db: SqlRunner, options: LoadReferenceDataOptions = {}): Promise<ReferenceDataCounts> {
  const dir = options.dataDir ?? findReferenceDataDir();
  const [gemeenten, pc4Rows, iscoRows, occupationRows, skillRows, relationRows] = await Promise.all([
    readCsv(dir, REFERENCE_FILES.municipalities, GEMEENTEN_COLUMNS),
    readCsv(dir, REFERENCE_FILES.postcodes, PC4_COLUMNS),
    readCsv(dir, REFERENCE_FILES.iscoGroups, ISCO_COLUMNS),
    readCsv(dir, REFERENCE_FILES.occupations, OCCUPATION_COLUMNS),
    readCsv(dir, REFERENCE_FILES.skills, SKILL_COLUMNS),
    readCsv(dir, REFERENCE_FILES.occupationSkills, RELATION_COLUMNS),
  ]);

  const geo = buildGeo(gemeenten, pc4Rows);
  const iscoGroups = buildIscoGroups(iscoRows);
  const occupations = buildOccupations(occupationRows);
  const skills = buildSkills(skillRows, relationRows);
  const { relations, skipped } = buildOccupationSkills(
    relationRows,
    new Set(occupations.map((o) => o.id)),
    new Set(skills.map((s) => s.id)),
  );
  const max = options.maxParameters;

  await bulkInsert(
    db,
    'municipalities',
    ['code', 'name', 'province', 'latitude', 'longitude', 'population'],
    geo.municipalities.map((m) => [m.code, m.name, m.province, m.latitude, m.longitude, m.population]),
    max,
  );
  await bulkInsert(
    db,
    'postcodes',
    ['pc4', 'municipality_code', 'place', 'latitude', 'longitude', 'population'],
    geo.postcodes.map((p) => [p.pc4, p.municipalityCode, p.place, p.latitude, p.longitude, p.population]),
    max,
  );
  await bulkInsert(db, 'isco_groups', ['code', 'label_nl'], iscoGroups.map((g) => [g.code, g.labelNl]), max);
  await bulkInsert(
    db,
    'esco_occupations',
    ['id', 'concept_uri', 'isco_group', 'code', 'label_nl', 'alt_labels_nl', 'label_en', 'description_nl'],
    occupations.map((o) => [o.id, o.conceptUri, o.iscoGroup, o.code, o.labelNl, o.altLabelsNl, o.labelEn, o.descriptionNl]),
    max,
  );
  await bulkInsert(
    db,
    'esco_skills',
    ['id', 'concept_uri', 'skill_type', 'reuse_level', 'label_en', 'alt_labels_en'],
    skills.map((s) => [s.id, s.conceptUri, s.skillType, s.reuseLevel, s.labelEn, s.altLabelsEn]),
    max,
  );
  await bulkInsert(
    db,
    'esco_occupation_skills',
    ['occupation_id', 'skill_id', 'essential'],
    relations.map((r) => [r.occupationId, r.skillId, r.essential]),
    max,
  );

  return {
    municipalities: geo.municipalities.length,
    postcodes: geo.postcodes.length,
    iscoGroups: iscoGroups.length,
    occupations: occupations.length,
    skills: skills.length,
    occupationSkills: relations.length,
    skippedOccupationSkills: skipped,
    derivedPostcodeMunicipalities: geo.derivedMunicipality.length,
    postcodeCentroidFallbacks: geo.centroidFallback.length,
  };
}
