import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConnectionShape, NotFoundError, PageArgs, pageWindow, toConnection, ValidationError } from '@wsp/common';
import { parsePc4 } from './postcode';
import { Municipality, Occupation, OccupationSkillRef, ResolvedPostcode, Skill } from './reference-data.types';
import { searchPatterns } from './sql-page';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (id: unknown): id is string => typeof id === 'string' && UUID.test(id);

const MUNICIPALITY_COLUMNS = `m.code, m.name, m.province, m.latitude, m.longitude, m.population`;
const OCCUPATION_COLUMNS = `o.id, o.concept_uri AS "conceptUri", o.isco_group AS "iscoGroup", g.label_nl AS "iscoGroupLabel",
  o.code, o.label_nl AS "labelNl", o.alt_labels_nl AS "altLabelsNl", o.label_en AS "labelEn", o.description_nl AS "descriptionNl"`;
const OCCUPATION_FROM = `esco_occupations o LEFT JOIN isco_groups g ON g.code = o.isco_group`;
const SKILL_COLUMNS = `s.id, s.concept_uri AS "conceptUri", s.skill_type AS "skillType", s.reuse_level AS "reuseLevel",
  s.label_en AS "labelEn", s.alt_labels_en AS "altLabelsEn"`;

/**
 * Read access to the public reference data (CBS municipalities and PC4 areas, ESCO occupations
 * and skills) for every other context: lookups, validation of references and search.
 */
@Injectable()
export class ReferenceDataService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One page of `SELECT select FROM from where ORDER BY orderBy` and the total count. The filter
   * parameters are `$1..$n` (shared with the count); `orderParams` follow them.
   */
  private async page<T>(
    q: { select: string; from: string; where?: string; filterParams?: unknown[]; orderBy: string; orderParams?: unknown[] },
    args: PageArgs,
  ): Promise<ConnectionShape<T>> {
    const { offset, limit } = pageWindow(args);
    const where = q.where ? `WHERE ${q.where}` : '';
    const params = [...(q.filterParams ?? []), ...(q.orderParams ?? [])];
    const n = params.length;
    const [rows, count] = await Promise.all([
      this.dataSource.query<T[]>(`SELECT ${q.select} FROM ${q.from} ${where} ORDER BY ${q.orderBy} LIMIT $${n + 1} OFFSET $${n + 2}`, [
        ...params,
        limit,
        offset,
      ]),
      this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM ${q.from} ${where}`, q.filterParams ?? []),
    ]);
    return toConnection(rows, count[0]?.total ?? 0, offset);
  }

  // --- Postcodes and municipalities -------------------------------------------------------

  /**
   * The PC4 area of a Dutch postcode (`2511` or `2511 AB`) with its municipality and centroid.
   * Malformed and unknown postcodes are a `ValidationError` on `field`.
   */
  async resolvePostcode(input: string, field = 'postcode'): Promise<ResolvedPostcode> {
    const pc4 = parsePc4(input, field);
    const rows = await this.dataSource.query<ResolvedPostcode[]>(
      `SELECT p.pc4, p.place, p.municipality_code AS "municipalityCode", m.name AS "municipalityName", p.latitude, p.longitude
         FROM postcodes p JOIN municipalities m ON m.code = p.municipality_code
        WHERE p.pc4 = $1`,
      [pc4],
    );
    if (rows.length === 0) throw new ValidationError(`Postcode ${pc4} bestaat niet`, field);
    return rows[0];
  }

  async getMunicipality(code: string): Promise<Municipality> {
    const rows = await this.dataSource.query<Municipality[]>(`SELECT ${MUNICIPALITY_COLUMNS} FROM municipalities m WHERE m.code = $1`, [
      code.trim().toUpperCase(),
    ]);
    if (rows.length === 0) throw new NotFoundError('Gemeente', code);
    return rows[0];
  }

  /** Municipalities by name (or exact GM code), alphabetically. */
  municipalities(search: string | null | undefined, args: PageArgs): Promise<ConnectionShape<Municipality>> {
    const pattern = searchPatterns(search);
    return this.page<Municipality>(
      {
        select: MUNICIPALITY_COLUMNS,
        from: 'municipalities m',
        where: pattern ? 'm.name ILIKE $1 OR m.code = upper($2)' : undefined,
        filterParams: pattern ? [pattern.contains, pattern.exact] : [],
        orderBy: 'm.name, m.code',
      },
      args,
    );
  }

  // --- Occupations ----------------------------------------------------------------------------

  async getOccupation(id: string): Promise<Occupation> {
    if (!isUuid(id)) throw new NotFoundError('Beroep', id);
    const rows = await this.dataSource.query<Occupation[]>(`SELECT ${OCCUPATION_COLUMNS} FROM ${OCCUPATION_FROM} WHERE o.id = $1`, [id]);
    if (rows.length === 0) throw new NotFoundError('Beroep', id);
    return rows[0];
  }

  /** The occupation of an input field; an unknown one is a validation error on that field (not NOT_FOUND). */
  async requireOccupation(id: string, field: string): Promise<Occupation> {
    try {
      return await this.getOccupation(id);
    } catch (e) {
      if (e instanceof NotFoundError) throw new ValidationError('Onbekend beroep (ESCO)', field, { id });
      throw e;
    }
  }

  /** For other contexts that store an ESCO occupation id: refuses an unknown one. */
  async assertOccupationExists(id: string, field: string): Promise<void> {
    const rows = isUuid(id) ? await this.dataSource.query<unknown[]>(`SELECT 1 FROM esco_occupations WHERE id = $1`, [id]) : [];
    if (rows.length === 0) throw new ValidationError('Onbekend beroep (ESCO)', field, { id });
  }

  /**
   * Occupations whose Dutch label or one of its alternative labels contains `text`: exact label
   * matches first, then labels that start with it, then other label matches, then matches on an
   * alternative label only; alphabetical within each group. `iscoGroup` (1-4 digits) filters on
   * the ISCO-08 group and its subgroups.
   */
  searchOccupations(text: string | null | undefined, args: PageArgs, iscoGroup?: string | null): Promise<ConnectionShape<Occupation>> {
    if (iscoGroup != null && !/^[0-9]{1,4}$/.test(iscoGroup)) {
      throw new ValidationError('Een ISCO-groep bestaat uit 1 tot 4 cijfers', 'iscoGroup');
    }
    const pattern = searchPatterns(text);
    const filterParams: unknown[] = [];
    const conditions: string[] = [];
    if (pattern) {
      filterParams.push(pattern.contains);
      conditions.push(`(o.label_nl ILIKE $1 OR EXISTS (SELECT 1 FROM unnest(o.alt_labels_nl) a WHERE a ILIKE $1))`);
    }
    if (iscoGroup != null) {
      filterParams.push(`${iscoGroup}%`);
      conditions.push(`o.isco_group LIKE $${filterParams.length}`);
    }
    const n = filterParams.length;
    return this.page<Occupation>(
      {
        select: OCCUPATION_COLUMNS,
        from: OCCUPATION_FROM,
        where: conditions.join(' AND ') || undefined,
        filterParams,
        orderBy: pattern
          ? `CASE WHEN o.label_nl ILIKE $${n + 1} THEN 0 WHEN o.label_nl ILIKE $${n + 2} THEN 1 WHEN o.label_nl ILIKE $1 THEN 2 ELSE 3 END, o.label_nl, o.id`
          : 'o.label_nl, o.id',
        orderParams: pattern ? [pattern.exact, pattern.prefix] : [],
      },
      args,
    );
  }

  // --- Skills -----------------------------------------------------------------------------------

  /** For other contexts that store ESCO skill ids: refuses unknown ones, listing them. */
  async assertSkillsExist(ids: readonly string[], field: string): Promise<void> {
    const unique = [...new Set(ids)];
    const wellFormed = unique.filter(isUuid).map((id) => id.toLowerCase());
    const found = wellFormed.length
      ? await this.dataSource.query<{ id: string }[]>(`SELECT id FROM esco_skills WHERE id = ANY($1::uuid[])`, [wellFormed])
      : [];
    const known = new Set(found.map((r) => r.id));
    const unknown = unique.filter((id) => !isUuid(id) || !known.has(id.toLowerCase()));
    if (unknown.length > 0) {
      throw new ValidationError(`Onbekende vaardigheden (ESCO): ${unknown.join(', ')}`, field, { unknownIds: unknown });
    }
  }

  async getSkills(ids: readonly string[]): Promise<Skill[]> {
    const wellFormed = [...new Set(ids)].filter(isUuid);
    if (wellFormed.length === 0) return [];
    return this.dataSource.query<Skill[]>(`SELECT ${SKILL_COLUMNS} FROM esco_skills s WHERE s.id = ANY($1::uuid[]) ORDER BY s.label_en, s.id`, [
      wellFormed,
    ]);
  }

  /** Every skill of an occupation (essential ones first), for matching. */
  async skillsOfOccupation(occupationId: string): Promise<OccupationSkillRef[]> {
    if (!isUuid(occupationId)) return [];
    return this.dataSource.query<OccupationSkillRef[]>(
      `SELECT skill_id AS "skillId", essential FROM esco_occupation_skills WHERE occupation_id = $1 ORDER BY essential DESC, skill_id`,
      [occupationId],
    );
  }

  /** The essential or the optional skills of an occupation, alphabetically, as a page. */
  occupationSkills(occupationId: string, essential: boolean, args: PageArgs): Promise<ConnectionShape<Skill>> {
    return this.page<Skill>(
      {
        select: SKILL_COLUMNS,
        from: 'esco_occupation_skills r JOIN esco_skills s ON s.id = r.skill_id',
        where: 'r.occupation_id = $1 AND r.essential = $2',
        filterParams: [occupationId, essential],
        orderBy: 's.label_en, s.id',
      },
      args,
    );
  }

  /** Skills whose English label or one of its alternative labels contains `text` (ranked like occupations). */
  searchSkills(text: string | null | undefined, args: PageArgs): Promise<ConnectionShape<Skill>> {
    const pattern = searchPatterns(text);
    return this.page<Skill>(
      {
        select: SKILL_COLUMNS,
        from: 'esco_skills s',
        where: pattern ? 's.label_en ILIKE $1 OR EXISTS (SELECT 1 FROM unnest(s.alt_labels_en) a WHERE a ILIKE $1)' : undefined,
        filterParams: pattern ? [pattern.contains] : [],
        orderBy: pattern
          ? 'CASE WHEN s.label_en ILIKE $2 THEN 0 WHEN s.label_en ILIKE $3 THEN 1 WHEN s.label_en ILIKE $1 THEN 2 ELSE 3 END, s.label_en, s.id'
          : 's.label_en, s.id',
        orderParams: pattern ? [pattern.exact, pattern.prefix] : [],
      },
      args,
    );
  }
}
