/**
 * Baseline (c): the best single SQL query we could write for a vacancy's top N in PostgreSQL 15,
 * without PostGIS or earthdistance. Same hard constraints as the core, and a score computed in
 * SQL from the same components, weights and parameters (taken from @wsp/matching-core, so the
 * SQL follows the defaults in force). What it does not do: build the Dutch explanation sentence
 * and notes (it returns the component values the sentence would be made from).
 *
 * Indexes and settings are the bench's own (created on the bench database, never in migrations).
 */
import { Client } from 'pg';
import {
  DEFAULT_MODE_PROFILES,
  EDUCATION_LEVELS,
  MOBILITY_MODES,
  MatchingParameters,
  RADIUS_SAFETY,
  maxStraightLineRadiusKm,
  selectEffective,
} from '@wsp/matching-core';

export interface SqlMatch {
  candidateId: string;
  score: number;
  /** Component values (0–1) in the core's order: skills, occupation, travel, hours, loonwaarde, education, waiting. */
  components: number[];
  travelMinutes: number;
  distanceKm: number;
}

/** Placement statuses that occupy a candidate (OCCUPYING_STATUSES of @wsp/placements). */
const OCCUPYING = ['PROEFPLAATS', 'CONTRACTED', 'CONFIRMED'];

/** Indexes for the query, on the bench database only. */
export const SQL_BASELINE_INDEXES = [
  // Static candidate filters first: only active, visible, non-ZORG candidates are ever matched.
  `CREATE INDEX IF NOT EXISTS bench_candidates_matchable_pc4 ON candidates (home_postcode) WHERE active AND visible_for_matching AND NOT zorg`,
  // Geo prefilter: PC4 centroids in a bounding box (GiST on a point, core PostgreSQL).
  `CREATE INDEX IF NOT EXISTS bench_postcodes_point ON postcodes USING gist (point(longitude, latitude))`,
  // Skill and occupation overlap from the vacancy's side, index-only.
  `CREATE INDEX IF NOT EXISTS bench_candidate_skills_skill_cand ON candidate_skills (skill_id, candidate_id)`,
  `CREATE INDEX IF NOT EXISTS bench_candidate_occupations_occ_cand ON candidate_occupations (occupation_id, candidate_id)`,
  `CREATE INDEX IF NOT EXISTS bench_esco_occupations_isco_minor ON esco_occupations (left(isco_group, 3))`,
  // Active placements per candidate.
  `CREATE INDEX IF NOT EXISTS bench_placements_occupying ON placements (candidate_id) WHERE status IN (${OCCUPYING.map((s) => `'${s}'`).join(', ')})`,
];

const num = (x: number) => {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  return String(x);
};

/**
 * The query text for the parameters in force. $1 vacancy id, $2 reference date, $3 top N,
 * $4 bounding-box radius in km (the largest reach any candidate has).
 */
export function buildSqlBaseline(params: MatchingParameters, referenceDate: string): string {
  const bands = selectEffective(params.doelgroepBands, referenceDate);
  const w = params.weights;
  const keys = ['skills', 'occupation', 'travel', 'hours', 'loonwaarde', 'education', 'waiting'] as const;
  if ((w.sroi ?? 0) > 0) throw new Error('the SQL baseline has no SROI component');
  const total = keys.reduce((s, k) => s + (w[k] ?? 0), 0);
  const weight = (k: (typeof keys)[number]) => num((w[k] ?? 0) / total);
  if (params.travel.decay.kind !== 'LINEAR') throw new Error('the SQL baseline implements the linear travel decay only');
  const modeMinutes = MOBILITY_MODES.map((m) => {
    const p = DEFAULT_MODE_PROFILES[m];
    return `CASE WHEN '${m}' = ANY (c.mobility) THEN ${num(p.accessMinutes)} + pc.km * ${num(p.detourFactor)} / ${num(p.speedKmh)} * 60 END`;
  }).join(',\n               ');
  const educationLevels = `ARRAY[${EDUCATION_LEVELS.map((l) => `'${l}'`).join(', ')}]`;
  const occ = params.occupation;
  const sk = params.skills;

  return `
WITH v AS (
  SELECT v.id, v.hours_min, v.hours_max, v.driving_licence_required, v.open_to_lks, v.min_loonwaarde, v.beschut,
         COALESCE(v.start_date, $2::date) AS start_by, v.education_level::text AS education_level,
         v.occupation_id, eo.isco_group, p.latitude AS lat, p.longitude AS lon,
         $4::float8 / 111.0 AS dlat, $4::float8 / (111.0 * cos(radians(p.latitude + $4::float8 / 111.0))) AS dlon
    FROM vacancies v
    JOIN postcodes p ON p.pc4 = v.postcode
    JOIN esco_occupations eo ON eo.id = v.occupation_id
   WHERE v.id = $1 AND v.status = 'OPEN'
),
-- PC4 centroids in the bounding box of the largest reach, with the exact great-circle distance (haversine, mean Earth radius).
pc AS MATERIALIZED (
  SELECT p.pc4,
         2 * 6371.0088 * asin(least(1, sqrt(
           sin(radians(p.latitude - v.lat) / 2) ^ 2 +
           cos(radians(v.lat)) * cos(radians(p.latitude)) * sin(radians(p.longitude - v.lon) / 2) ^ 2))) AS km
    FROM v, postcodes p
   WHERE point(p.longitude, p.latitude) <@ box(point(v.lon - v.dlon, v.lat - v.dlat), point(v.lon + v.dlon, v.lat + v.dlat))
),
-- Hard constraints (the core's checkHardConstraints), travel last.
eligible AS MATERIALIZED (
  SELECT c.id, c.hours_min, c.hours_max, c.current_loonwaarde, c.education_level::text AS education_level, c.waiting_since,
         c.skills_known, least(${modeMinutes}) AS minutes,
         c.max_travel_minutes AS limit_minutes, pc.km
    FROM v
    JOIN pc ON true
    JOIN candidates c ON c.home_postcode = pc.pc4 AND c.active AND c.visible_for_matching AND NOT c.zorg
   WHERE c.available_from <= v.start_by
     AND greatest(c.hours_min, v.hours_min) <= least(c.hours_max, v.hours_max)
     AND (NOT v.driving_licence_required OR c.driving_licence)
     -- Participatiewet art. 10d: below 100% (or unknown, or an LKS decision) only where LKS is offered.
     AND (v.open_to_lks OR (c.lks_status = 'NONE' AND c.current_loonwaarde >= 100))
     AND (v.min_loonwaarde IS NULL OR c.current_loonwaarde >= v.min_loonwaarde)
     -- art. 10b: beschut-only (doelgroep BESCHUT or indication) only on beschut vacancies; beschut only with indication.
     AND (v.beschut OR NOT (c.beschut_indication OR coalesce(c.current_loonwaarde < ${num(bands.beschutBelow)}, false)))
     AND (NOT v.beschut OR c.beschut_indication)
     AND NOT EXISTS (SELECT 1 FROM placements pl WHERE pl.candidate_id = c.id AND pl.status IN (${OCCUPYING.map((s) => `'${s}'`).join(', ')}))
),
travelled AS (
  SELECT * FROM eligible WHERE minutes <= coalesce(limit_minutes, ${num(params.defaultMaxTravelMinutes)})
),
vs AS (SELECT skill_id, essential FROM vacancy_skills WHERE vacancy_id = $1),
skill_total AS (SELECT ${num(sk.essentialWeight)} * count(*) FILTER (WHERE essential) + ${num(sk.optionalWeight)} * count(*) FILTER (WHERE NOT essential) AS denom FROM vs),
skill_hits AS (
  SELECT cs.candidate_id, sum(CASE WHEN vs.essential THEN ${num(sk.essentialWeight)} ELSE ${num(sk.optionalWeight)} END) AS matched
    FROM vs JOIN candidate_skills cs ON cs.skill_id = vs.skill_id
   GROUP BY cs.candidate_id
),
occupation_hits AS (
  SELECT co.candidate_id,
         max(CASE WHEN eo.id = v.occupation_id THEN ${num(occ.sameOccupation)}
                  WHEN eo.isco_group ~ '^[0-9]{4}$' AND eo.isco_group = v.isco_group THEN ${num(occ.sameUnitGroup)}
                  WHEN eo.isco_group ~ '^[0-9]{4}$' AND v.isco_group ~ '^[0-9]{4}$' THEN ${num(occ.sameMinorGroup)}
                  ELSE 0 END) AS value
    FROM v
    JOIN esco_occupations eo ON eo.id = v.occupation_id OR left(eo.isco_group, 3) = left(v.isco_group, 3)
    JOIN candidate_occupations co ON co.occupation_id = eo.id
   GROUP BY co.candidate_id
),
components AS (
  SELECT t.id, t.minutes, t.km,
         CASE WHEN NOT t.skills_known OR st.denom = 0 THEN 0 ELSE least(1, coalesce(sh.matched, 0)::float8 / st.denom) END AS skills,
         coalesce(oh.value, 0)::float8 AS occupation,
         1 - least(1, greatest(0, t.minutes / coalesce(t.limit_minutes, ${num(params.defaultMaxTravelMinutes)}))) AS travel,
         least(1, (least(t.hours_max, v.hours_max) - greatest(t.hours_min, v.hours_min) + 1)::float8 / (t.hours_max - t.hours_min + 1)) AS hours,
         CASE WHEN t.current_loonwaarde IS NULL THEN 0
              WHEN t.current_loonwaarde >= 100 THEN 1
              WHEN coalesce(v.min_loonwaarde, 0) >= 100 THEN 1
              ELSE greatest(0, least(1, ${num(params.loonwaarde.valueAtMinimum)} + (1 - ${num(params.loonwaarde.valueAtMinimum)})
                   * (t.current_loonwaarde - coalesce(v.min_loonwaarde, 0))::float8 / (100 - coalesce(v.min_loonwaarde, 0)))) END AS loonwaarde,
         CASE WHEN v.education_level IS NULL THEN 1
              WHEN t.education_level IS NULL THEN 0
              ELSE greatest(0, least(1, 1 - greatest(0, array_position(${educationLevels}, v.education_level)
                                                      - array_position(${educationLevels}, t.education_level)) * ${num(params.education.penaltyPerLevel)})) END AS education,
         CASE WHEN t.waiting_since IS NULL THEN 0
              ELSE least(1, greatest(0, $2::date - t.waiting_since)::float8 / ${num(params.waiting.fullCreditAfterDays)}) END AS waiting
    FROM travelled t
    CROSS JOIN v
    CROSS JOIN skill_total st
    LEFT JOIN skill_hits sh ON sh.candidate_id = t.id
    LEFT JOIN occupation_hits oh ON oh.candidate_id = t.id
)
SELECT id::text AS candidate_id,
       round((skills * ${weight('skills')} + occupation * ${weight('occupation')} + travel * ${weight('travel')} + hours * ${weight('hours')}
             + loonwaarde * ${weight('loonwaarde')} + education * ${weight('education')} + waiting * ${weight('waiting')})::numeric, 4)::float8 AS score,
       ARRAY[skills, occupation, travel, hours, loonwaarde, education, waiting] AS components,
       minutes, km
  FROM components
 ORDER BY score DESC, id
 LIMIT $3`;
}

/** Largest straight-line reach (km) of any candidate in the database: the radius of the bounding box. */
export async function largestReachKm(client: Client, params: MatchingParameters): Promise<number> {
  const { rows } = await client.query<{ minutes: number | null; modes: string }>(
    `SELECT DISTINCT max_travel_minutes AS minutes, mobility::text AS modes FROM candidates WHERE active AND visible_for_matching AND NOT zorg`,
  );
  let best = 0;
  for (const r of rows) {
    const modes = r.modes.replace(/[{}]/g, '').split(',').filter(Boolean) as (typeof MOBILITY_MODES)[number][];
    best = Math.max(best, maxStraightLineRadiusKm(r.minutes ?? params.defaultMaxTravelMinutes, modes));
  }
  // A degree of latitude is at least 110.57 km; the box uses 111 km, so widen by the same safety margin.
  return best * (1 + RADIUS_SAFETY.relative) + RADIUS_SAFETY.absoluteKm;
}

export class SqlBaseline {
  private text = '';
  private radiusKm = 0;

  constructor(private readonly client: Client) {}

  /** Creates the indexes, analyzes, sets session settings; returns what it did (for the report). */
  async prepare(params: MatchingParameters, referenceDate: string): Promise<{ indexes: string[]; settings: Record<string, string>; boxRadiusKm: number; ms: number }> {
    const started = Date.now();
    for (const ddl of SQL_BASELINE_INDEXES) await this.client.query(ddl);
    await this.client.query('ANALYZE candidates, candidate_skills, candidate_occupations, postcodes, esco_occupations, placements, vacancies, vacancy_skills');
    // Short OLTP-style queries: JIT compilation costs more than it saves here (measured), and the
    // sorts and hashes fit in memory.
    const settings: Record<string, string> = { jit: 'off', work_mem: '64MB' };
    for (const [k, v] of Object.entries(settings)) await this.client.query(`SET ${k} = '${v}'`);
    this.text = buildSqlBaseline(params, referenceDate);
    this.radiusKm = await largestReachKm(this.client, params);
    return { indexes: SQL_BASELINE_INDEXES, settings, boxRadiusKm: Math.round(this.radiusKm * 10) / 10, ms: Date.now() - started };
  }

  /** The top N through a named (server-side prepared) statement. */
  async topN(vacancyId: string, referenceDate: string, limit: number): Promise<SqlMatch[]> {
    const { rows } = await this.client.query<{ candidate_id: string; score: number; components: number[]; minutes: number; km: number }>({
      name: 'bench_sql_top_n',
      text: this.text,
      values: [vacancyId, referenceDate, limit, this.radiusKm],
    });
    return rows.map((r) => ({ candidateId: r.candidate_id, score: r.score, components: r.components, travelMinutes: r.minutes, distanceKm: r.km }));
  }

  /** Drops the baseline's own indexes again: what runs after the SQL phase (the worker's full runs) sees the migrated schema. */
  async cleanUp(): Promise<void> {
    for (const ddl of SQL_BASELINE_INDEXES) {
      const name = /INDEX IF NOT EXISTS (\w+)/.exec(ddl)?.[1];
      if (name) await this.client.query(`DROP INDEX IF EXISTS ${name}`);
    }
  }

  async explain(vacancyId: string, referenceDate: string, limit: number): Promise<string> {
    const { rows } = await this.client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${this.text}`, [vacancyId, referenceDate, limit, this.radiusKm]);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  }
}
