import { CsvRow } from './csv';

export const OCCUPATION_COLUMNS = ['conceptUri', 'iscoGroup', 'code', 'preferredLabel_nl', 'altLabels_nl', 'preferredLabel_en', 'description_nl'] as const;
export const SKILL_COLUMNS = ['conceptUri', 'skillType', 'reuseLevel', 'preferredLabel_en', 'altLabels_en'] as const;
export const RELATION_COLUMNS = ['occ_uuid', 'rel', 'skill_type', 'skill_uuid'] as const;
export const ISCO_COLUMNS = ['conceptType', 'code', 'preferredLabel'] as const;

export interface IscoGroupRecord {
  code: string;
  labelNl: string;
}

export interface OccupationRecord {
  id: string;
  conceptUri: string;
  iscoGroup: string;
  code: string;
  labelNl: string;
  altLabelsNl: string[];
  labelEn: string;
  descriptionNl: string | null;
}

export interface SkillRecord {
  id: string;
  conceptUri: string;
  skillType: string;
  reuseLevel: string | null;
  labelEn: string;
  altLabelsEn: string[];
}

export interface OccupationSkillRecord {
  occupationId: string;
  skillId: string;
  essential: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The uuid that ends an ESCO concept URI (`http://data.europa.eu/esco/occupation/<uuid>`). */
export function escoIdFromUri(uri: string): string {
  const id = uri.trim().split('/').pop() ?? '';
  if (!UUID.test(id)) throw new Error(`ESCO concept URI does not end in a uuid: ${JSON.stringify(uri)}`);
  return id;
}

/** ESCO lists alternative labels separated by "|"; blanks and duplicates are dropped. */
export function splitLabels(value: string | undefined): string[] {
  return [...new Set((value ?? '').split('|').map((l) => l.trim()).filter((l) => l !== ''))];
}

/** ISCO-08 groups (1 to 4 digit codes); rows of other concept types are skipped. */
export function buildIscoGroups(rows: readonly CsvRow[]): IscoGroupRecord[] {
  const groups = rows
    .filter((r) => r.conceptType.trim() === 'ISCOGroup')
    .map((r) => {
      const code = r.code.trim();
      if (!/^[0-9]{1,4}$/.test(code)) throw new Error(`ISCO group with malformed code ${JSON.stringify(code)}`);
      return { code, labelNl: r.preferredLabel.trim() };
    });
  if (new Set(groups.map((g) => g.code)).size !== groups.length) throw new Error('ISCO groups: duplicate codes');
  return groups;
}

export function buildOccupations(rows: readonly CsvRow[]): OccupationRecord[] {
  return rows.map((r) => {
    const iscoGroup = r.iscoGroup.trim();
    if (!/^[0-9]{4}$/.test(iscoGroup)) throw new Error(`occupation ${r.conceptUri}: ISCO group ${JSON.stringify(iscoGroup)} is not 4 digits`);
    return {
      id: escoIdFromUri(r.conceptUri),
      conceptUri: r.conceptUri.trim(),
      iscoGroup,
      code: r.code.trim(),
      labelNl: r.preferredLabel_nl.trim(),
      altLabelsNl: splitLabels(r.altLabels_nl),
      labelEn: r.preferredLabel_en.trim(),
      descriptionNl: r.description_nl.trim() || null,
    };
  });
}

const SKILL_TYPE_BY_RELATION: Readonly<Record<string, string>> = { S: 'skill/competence', K: 'knowledge' };

/**
 * Skills and knowledge concepts. Six concepts have no skill type in the v1.1.1 export: they take
 * the type the relations file gives them, else 'skill/competence' (they are ESCO's transversal
 * digital competences).
 */
export function buildSkills(rows: readonly CsvRow[], relations: readonly CsvRow[]): SkillRecord[] {
  const typeFromRelations = new Map<string, string>();
  for (const rel of relations) {
    const type = SKILL_TYPE_BY_RELATION[rel.skill_type.trim()];
    if (type) typeFromRelations.set(rel.skill_uuid.trim(), type);
  }
  return rows.map((r) => {
    const id = escoIdFromUri(r.conceptUri);
    return {
      id,
      conceptUri: r.conceptUri.trim(),
      skillType: r.skillType.trim() || typeFromRelations.get(id) || 'skill/competence',
      reuseLevel: r.reuseLevel.trim() || null,
      labelEn: r.preferredLabel_en.trim(),
      altLabelsEn: splitLabels(r.altLabels_en),
    };
  });
}

/**
 * Occupation → skill relations ('E' essential, 'O' optional). Relations whose occupation or skill
 * is not in the loaded files are skipped and counted (v1.1.1: 67 relations of one occupation that
 * is missing from the Dutch occupation export).
 */
export function buildOccupationSkills(
  rows: readonly CsvRow[],
  occupationIds: ReadonlySet<string>,
  skillIds: ReadonlySet<string>,
): { relations: OccupationSkillRecord[]; skipped: number } {
  const relations: OccupationSkillRecord[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const r of rows) {
    const occupationId = r.occ_uuid.trim();
    const skillId = r.skill_uuid.trim();
    const kind = r.rel.trim();
    if (kind !== 'E' && kind !== 'O') throw new Error(`relation ${occupationId}/${skillId}: unknown kind ${JSON.stringify(kind)}`);
    if (!occupationIds.has(occupationId) || !skillIds.has(skillId)) {
      skipped++;
      continue;
    }
    const key = `${occupationId}/${skillId}`;
    if (seen.has(key)) throw new Error(`relation ${key} occurs twice`);
    seen.add(key);
    relations.push({ occupationId, skillId, essential: kind === 'E' });
  }
  return { relations, skipped };
}
