import { createHash } from 'node:crypto';
import { EDUCATION_LEVELS, EducationLevelCode, EligibleResult, MobilityMode, VacancyProfile } from '@wsp/matching-core';
import { jobId, JOBS } from '@wsp/queue';
import type { RetrievalStats } from '../pipeline/matching-pipeline';
import { isUuid } from '@wsp/common';

/**
 * Job `match.preview`: the matching of a vacancy profile that is not saved (a draft an
 * accountmanager works out with an employer, e.g. for an SROI obligation). The API sends the
 * profile to the worker (the matching core runs only there) and waits for the result; nothing is
 * written. The payload holds reference ids, numbers and the PC4 centroid of the work location:
 * no personal data.
 */
export interface MatchPreviewProfile {
  occupation: { id: string; iscoGroup: string };
  /** Centroid of the work location's PC4 area. */
  location: { lat: number; lon: number };
  hoursMin: number;
  hoursMax: number;
  startDate: string | null;
  drivingLicenceRequired: boolean;
  educationLevel: EducationLevelCode | null;
  essentialSkillIds: string[];
  optionalSkillIds: string[];
  openToLks: boolean;
  minLoonwaarde: number | null;
  beschut: boolean;
}

export interface MatchPreviewData {
  /** The employer the vacancy would be of (score extensions such as SROI key on it). */
  employerId: string;
  profile: MatchPreviewProfile;
  /** ISO date the judgement is made on. */
  referenceDate: string;
  /** Top N. */
  limit: number;
}

export interface MatchPreviewItem {
  candidateId: string;
  score: number;
  /** 1-based position in the preview. */
  rank: number;
  components: { key: string; label: string; value: number; weight: number; contribution: number }[];
  explanation: string;
  travel: { minutes: number; mode: MobilityMode; distanceKm: number };
}

export interface MatchPreviewResult {
  /** Best first (score descending, then candidate id). */
  matches: MatchPreviewItem[];
  stats: RetrievalStats;
}

/** The vacancy id of a draft profile (compared for equality only, e.g. by the SROI component's lookup). */
export const DRAFT_VACANCY_ID = 'draft';
/** Same bound as MATCH_TOP_N. */
export const MATCH_PREVIEW_MAX_LIMIT = 500;
const SKILLS_MAX = 200;

export class InvalidMatchPreviewDataError extends Error {
  constructor(problem: string) {
    super(`invalid match.preview data: ${problem}`);
    this.name = 'InvalidMatchPreviewDataError';
  }
}

export function draftVacancyProfile(data: MatchPreviewData): VacancyProfile {
  const p = data.profile;
  return {
    id: DRAFT_VACANCY_ID,
    employerId: data.employerId,
    location: { lat: p.location.lat, lon: p.location.lon },
    hoursMin: p.hoursMin,
    hoursMax: p.hoursMax,
    startDate: p.startDate,
    drivingLicenceRequired: p.drivingLicenceRequired,
    educationLevel: p.educationLevel,
    occupation: { id: p.occupation.id, iscoGroup: p.occupation.iscoGroup },
    essentialSkillIds: [...p.essentialSkillIds],
    optionalSkillIds: [...p.optionalSkillIds],
    openToLks: p.openToLks,
    minLoonwaarde: p.minLoonwaarde,
    beschut: p.beschut,
  };
}

/** JSON with object keys sorted at every level: equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Deterministic: the same draft on the same day is one job (`match.preview:<sha256 of the data, 32 hex>:<referenceDate>`). */
export function matchPreviewJobId(data: MatchPreviewData): string {
  const digest = createHash('sha256').update(canonicalJson(data)).digest('hex').slice(0, 32);
  return jobId(JOBS.matchPreview.name, digest, data.referenceDate);
}

export function toPreviewResult(matches: readonly EligibleResult[], stats: RetrievalStats): MatchPreviewResult {
  return {
    matches: matches.map((m, i) => ({
      candidateId: m.candidateId,
      score: m.score,
      rank: i + 1,
      components: m.components.map((c) => ({ key: c.key, label: c.label, value: c.value, weight: c.weight, contribution: c.contribution })),
      explanation: m.explanation,
      travel: { minutes: m.travel.minutes, mode: m.travel.mode, distanceKm: m.travel.distanceKm },
    })),
    stats: { ...stats },
  };
}

// --- Payload validation (a job with invalid data can never succeed) ---------------------------

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isNumber = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const isDate = (v: unknown): v is string => typeof v === 'string' && ISO_DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

function check(ok: boolean, problem: string): void {
  if (!ok) throw new InvalidMatchPreviewDataError(problem);
}

function skillIds(v: unknown, field: string): string[] {
  check(Array.isArray(v) && v.length <= SKILLS_MAX && v.every((s) => isUuid(s)), `${field} must be a list of uuids`);
  return [...(v as string[])];
}

/** Checks a job's data; throws InvalidMatchPreviewDataError naming the first problem. */
export function parseMatchPreviewData(raw: unknown): MatchPreviewData {
  check(isObject(raw), 'data must be an object');
  const d = raw as Record<string, unknown>;
  check(isUuid(d.employerId), 'employerId must be a uuid');
  check(isDate(d.referenceDate), 'referenceDate must be YYYY-MM-DD');
  check(isInt(d.limit, 1, MATCH_PREVIEW_MAX_LIMIT), `limit must be an integer 1-${MATCH_PREVIEW_MAX_LIMIT}`);
  check(isObject(d.profile), 'profile must be an object');
  const p = d.profile as Record<string, unknown>;
  const occupation = p.occupation as Record<string, unknown> | undefined;
  check(isObject(occupation) && isUuid(occupation.id), 'profile.occupation.id must be a uuid');
  check(typeof occupation!.iscoGroup === 'string' && /^\d{4}$/.test(occupation!.iscoGroup), 'profile.occupation.iscoGroup must be 4 digits');
  const location = p.location as Record<string, unknown> | undefined;
  check(isObject(location) && isNumber(location.lat, -90, 90) && isNumber(location.lon, -180, 180), 'profile.location must be {lat, lon}');
  // Arbeidstijdenwet art. 5:7: at most 60 hours in a week (as for vacancies).
  check(isInt(p.hoursMin, 1, 60) && isInt(p.hoursMax, 1, 60) && p.hoursMin <= p.hoursMax, 'profile hours must be 1 <= hoursMin <= hoursMax <= 60');
  check(p.startDate === null || isDate(p.startDate), 'profile.startDate must be null or YYYY-MM-DD');
  check(typeof p.drivingLicenceRequired === 'boolean', 'profile.drivingLicenceRequired must be a boolean');
  check(p.educationLevel === null || EDUCATION_LEVELS.includes(p.educationLevel as EducationLevelCode), 'profile.educationLevel must be null or an education level');
  check(typeof p.openToLks === 'boolean', 'profile.openToLks must be a boolean');
  check(p.minLoonwaarde === null || isInt(p.minLoonwaarde, 0, 100), 'profile.minLoonwaarde must be null or 0-100');
  check(typeof p.beschut === 'boolean', 'profile.beschut must be a boolean');
  return {
    employerId: d.employerId as string,
    referenceDate: d.referenceDate as string,
    limit: d.limit as number,
    profile: {
      occupation: { id: occupation!.id as string, iscoGroup: occupation!.iscoGroup as string },
      location: { lat: location!.lat as number, lon: location!.lon as number },
      hoursMin: p.hoursMin as number,
      hoursMax: p.hoursMax as number,
      startDate: p.startDate as string | null,
      drivingLicenceRequired: p.drivingLicenceRequired as boolean,
      educationLevel: p.educationLevel as EducationLevelCode | null,
      essentialSkillIds: skillIds(p.essentialSkillIds, 'profile.essentialSkillIds'),
      optionalSkillIds: skillIds(p.optionalSkillIds, 'profile.optionalSkillIds'),
      openToLks: p.openToLks as boolean,
      minLoonwaarde: p.minLoonwaarde as number | null,
      beschut: p.beschut as boolean,
    },
  };
}
