import { DataSource } from 'typeorm';
import {
  CandidateProfile,
  EducationLevelCode,
  LksStatus,
  MATCHING_PARAMETERS_HISTORY,
  MatchingParameters,
  MobilityMode,
  VacancyProfile,
  selectEffective,
} from '@wsp/matching-core';
import { CandidateSearchDoc, VacancySearchDoc, VacancySearchStatus } from '../documents';
import { candidateDocFromProfile, vacancyDocFromProfile } from '../eligibility';
import { ActivePlacementSource } from './active-placements';

export type SearchKind = 'candidates' | 'vacancies';

/** id → updated_at (text, microsecond precision) of the rows of one table. */
export type Versions = Map<string, string>;

interface CandidateRow {
  id: string;
  updated_at: string;
  mobility: MobilityMode[];
  max_travel_minutes: number;
  hours_min: number;
  hours_max: number;
  available_from: string;
  education_level: EducationLevelCode | null;
  driving_licence: boolean;
  skills_known: boolean;
  current_loonwaarde: number | null;
  zorg: boolean;
  lks_status: LksStatus;
  beschut_indication: boolean;
  doelgroepregister: boolean;
  active: boolean;
  waiting_since: string;
  visible_for_matching: boolean;
  latitude: number;
  longitude: number;
  municipality_code: string;
  place: string | null;
  occupations: { id: string; isco: string; label: string }[];
  skill_ids: string[];
}

interface VacancyRow {
  id: string;
  updated_at: string;
  employer_id: string;
  title: string;
  hours_min: number;
  hours_max: number;
  driving_licence_required: boolean;
  open_to_lks: boolean;
  min_loonwaarde: number | null;
  beschut: boolean;
  status: VacancySearchStatus;
  start_date: string | null;
  education_level: EducationLevelCode | null;
  latitude: number;
  longitude: number;
  place: string | null;
  occupation_id: string;
  isco_group: string;
  occupation_label: string;
  essential: string[];
  optional: string[];
}

// Dates and timestamps as text: the driver would turn them into JS Dates (local time zone,
// millisecond precision), and the watermark compares microseconds.
const CANDIDATE_SELECT = `
  SELECT c.id::text, c.updated_at::text, c.mobility::text[] AS mobility, c.max_travel_minutes, c.hours_min, c.hours_max,
         to_char(c.available_from, 'YYYY-MM-DD') AS available_from, c.education_level::text AS education_level,
         c.driving_licence, c.skills_known, c.current_loonwaarde, c.zorg, c.lks_status::text AS lks_status,
         c.beschut_indication, c.doelgroepregister, c.active, to_char(c.waiting_since, 'YYYY-MM-DD') AS waiting_since,
         c.visible_for_matching, p.latitude, p.longitude, p.municipality_code, p.place,
         COALESCE(o.occupations, '[]'::json) AS occupations, COALESCE(s.skill_ids, '{}') AS skill_ids
    FROM candidates c
    JOIN postcodes p ON p.pc4 = c.home_postcode
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('id', eo.id::text, 'isco', eo.isco_group, 'label', eo.label_nl) ORDER BY eo.id) AS occupations
        FROM candidate_occupations co JOIN esco_occupations eo ON eo.id = co.occupation_id
       WHERE co.candidate_id = c.id) o ON true
    LEFT JOIN LATERAL (
      SELECT array_agg(cs.skill_id::text ORDER BY cs.skill_id) AS skill_ids
        FROM candidate_skills cs WHERE cs.candidate_id = c.id) s ON true`;

const VACANCY_SELECT = `
  SELECT v.id::text, v.updated_at::text, v.employer_id::text, v.title, v.hours_min, v.hours_max, v.driving_licence_required,
         v.open_to_lks, v.min_loonwaarde, v.beschut, v.status::text AS status, to_char(v.start_date, 'YYYY-MM-DD') AS start_date,
         v.education_level::text AS education_level, p.latitude, p.longitude, p.place,
         eo.id::text AS occupation_id, eo.isco_group, eo.label_nl AS occupation_label,
         COALESCE(s.essential, '{}') AS essential, COALESCE(s.optional, '{}') AS optional
    FROM vacancies v
    JOIN postcodes p ON p.pc4 = v.postcode
    JOIN esco_occupations eo ON eo.id = v.occupation_id
    LEFT JOIN LATERAL (
      SELECT array_agg(vs.skill_id::text ORDER BY vs.skill_id) FILTER (WHERE vs.essential) AS essential,
             array_agg(vs.skill_id::text ORDER BY vs.skill_id) FILTER (WHERE NOT vs.essential) AS optional
        FROM vacancy_skills vs WHERE vs.vacancy_id = v.id) s ON true`;

/**
 * Builds search documents from Postgres in bulk (one query per batch, occupations and skills
 * aggregated per row), together with the matching profile they carry. Never reads names,
 * contact details or the BSN hash. Strings repeated across documents (skill and occupation ids)
 * are interned so that 100,000 profiles share them.
 */
export class SearchDocumentLoader {
  private readonly strings = new Map<string, string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly placements: ActivePlacementSource,
    /** Dated matching parameters: the default travel limit and doelgroep bands of the day apply. */
    private readonly paramsHistory: readonly MatchingParameters[] = MATCHING_PARAMETERS_HISTORY,
  ) {}

  /**
   * Where the next incremental read may start: the database clock, or the start of the oldest
   * other transaction still open when that is earlier. A row not visible yet belongs to a
   * transaction open now or started later, and carries that transaction's start as updated_at
   * (every writer sets it with now()), so it is at or after this point. Only client sessions count
   * (not autovacuum); sessions of another database role show no xact_start, and their writes are
   * caught by the periodic reconciliation.
   */
  async watermark(): Promise<string> {
    const [row] = await this.dataSource.query<{ at: string }[]>(
      `SELECT LEAST(clock_timestamp(),
                    (SELECT min(xact_start) FROM pg_stat_activity
                     WHERE xact_start IS NOT NULL AND backend_type = 'client backend' AND pid <> pg_backend_pid()))::text AS at`,
    );
    return row.at;
  }

  /** Versions of every row, or of rows updated after `since` minus `lookbackSeconds`. */
  async versions(kind: SearchKind, since: string | null, lookbackSeconds: number): Promise<Versions> {
    const rows = await this.dataSource.query<{ id: string; updated_at: string }[]>(
      since === null
        ? `SELECT id::text, updated_at::text FROM ${kind}`
        : `SELECT id::text, updated_at::text FROM ${kind} WHERE updated_at > $1::timestamptz - make_interval(secs => $2)`,
      since === null ? [] : [since, lookbackSeconds],
    );
    return new Map(rows.map((r) => [r.id, r.updated_at]));
  }

  async candidates(ids: readonly string[], referenceDate: string): Promise<{ docs: CandidateSearchDoc[]; versions: Versions }> {
    if (ids.length === 0) return { docs: [], versions: new Map() };
    const rows = await this.dataSource.query<CandidateRow[]>(`${CANDIDATE_SELECT} WHERE c.id = ANY($1::uuid[])`, [ids]);
    const placed = await this.placements.withActivePlacement(rows.map((r) => r.id));
    return {
      docs: rows.map((r) => this.candidateDoc(r, placed.has(r.id), referenceDate)),
      versions: new Map(rows.map((r) => [r.id, r.updated_at])),
    };
  }

  async vacancies(ids: readonly string[]): Promise<{ docs: VacancySearchDoc[]; versions: Versions }> {
    if (ids.length === 0) return { docs: [], versions: new Map() };
    const rows = await this.dataSource.query<VacancyRow[]>(`${VACANCY_SELECT} WHERE v.id = ANY($1::uuid[])`, [ids]);
    return { docs: rows.map((r) => this.vacancyDoc(r)), versions: new Map(rows.map((r) => [r.id, r.updated_at])) };
  }

  private candidateDoc(r: CandidateRow, hasActivePlacement: boolean, referenceDate: string): CandidateSearchDoc {
    const profile: CandidateProfile = {
      id: r.id,
      home: { lat: r.latitude, lon: r.longitude, municipalityCode: this.intern(r.municipality_code) },
      mobilityModes: r.mobility.map((m) => this.intern(m) as MobilityMode),
      maxTravelMinutes: r.max_travel_minutes,
      hoursMinPerWeek: r.hours_min,
      hoursMaxPerWeek: r.hours_max,
      availableFrom: r.available_from,
      active: r.active,
      hasActivePlacement,
      visibleForMatching: r.visible_for_matching,
      drivingLicence: r.driving_licence,
      educationLevel: r.education_level,
      wishedOccupations: r.occupations.map((o) => ({ id: this.intern(o.id), iscoGroup: this.intern(o.isco) })),
      skillIds: r.skills_known ? r.skill_ids.map((s) => this.intern(s)) : null,
      loonwaarde: r.current_loonwaarde,
      explicitZorg: r.zorg,
      lksStatus: r.lks_status,
      beschutIndication: r.beschut_indication,
      doelgroepregister: r.doelgroepregister,
      waitingSince: r.waiting_since,
    };
    // Searchable text: occupation labels and the place; never names or other personal data.
    const text = [...r.occupations.map((o) => o.label), r.place ?? ''].join(' ').trim();
    const params = selectEffective(this.paramsHistory, referenceDate);
    return candidateDocFromProfile(profile, { params, referenceDate, text, includeProfile: true });
  }

  private vacancyDoc(r: VacancyRow): VacancySearchDoc {
    const profile: VacancyProfile = {
      id: r.id,
      employerId: r.employer_id,
      location: { lat: r.latitude, lon: r.longitude },
      hoursMin: r.hours_min,
      hoursMax: r.hours_max,
      startDate: r.start_date,
      drivingLicenceRequired: r.driving_licence_required,
      educationLevel: r.education_level,
      occupation: { id: this.intern(r.occupation_id), iscoGroup: this.intern(r.isco_group) },
      essentialSkillIds: r.essential.map((s) => this.intern(s)),
      optionalSkillIds: r.optional.map((s) => this.intern(s)),
      openToLks: r.open_to_lks,
      minLoonwaarde: r.min_loonwaarde,
      beschut: r.beschut,
    };
    const text = [r.title, r.occupation_label, r.place ?? ''].join(' ').trim();
    return vacancyDocFromProfile(profile, { status: r.status, text, includeProfile: true });
  }

  private intern(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }
}
