/**
 * Input model of the matching core. Plain data (no framework types) so that the API, the worker
 * and tests can build it from anything. Enumerations are string-literal unions whose values are
 * the same strings as the enums elsewhere in the platform (e.g. `EducationLevel` in @wsp/common),
 * so those enums are assignable without mapping.
 *
 * Dates are ISO calendar dates `YYYY-MM-DD`; percentages are integers 0–100.
 */

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface HomeLocation extends GeoPoint {
  /** CBS municipality code (e.g. "GM0518"); carried along for retrieval/reporting, not scored. */
  municipalityCode: string;
}

export const MOBILITY_MODES = ['CAR', 'BIKE', 'PUBLIC_TRANSPORT', 'WALK'] as const;
export type MobilityMode = (typeof MOBILITY_MODES)[number];

/** Ordered from lowest to highest; the rank is the index (NONE = 0). */
export const EDUCATION_LEVELS = [
  'NONE',
  'PRIMARY',
  'VSO_PRO',
  'VMBO',
  'MBO_1',
  'MBO_2',
  'MBO_3',
  'MBO_4',
  'HAVO',
  'VWO',
  'HBO',
  'WO',
] as const;
export type EducationLevelCode = (typeof EDUCATION_LEVELS)[number];

const EDUCATION_RANK = new Map<string, number>(EDUCATION_LEVELS.map((level, i) => [level, i]));

/** Position in EDUCATION_LEVELS (-1 for an unknown code). */
export function educationRank(level: EducationLevelCode): number {
  return EDUCATION_RANK.get(level) ?? -1;
}

/** Participatiewet doelgroepen as used by the WSP (see doelgroep.ts for the derivation). */
export const DOELGROEPEN = ['VOLLEDIG', 'BEPERKT', 'BESCHUT', 'ZORG'] as const;
export type Doelgroep = (typeof DOELGROEPEN)[number];

/** Loonkostensubsidie status (Participatiewet art. 10d): none, or one of the two LKS routes. */
export const LKS_STATUSES = ['NONE', 'LKS_MDP', 'LKS_ZDP'] as const;
export type LksStatus = (typeof LKS_STATUSES)[number];

export interface OccupationRef {
  /** ESCO occupation id (URI or UUID; only compared for equality). */
  id: string;
  /** ISCO-08 unit group, 4 digits (e.g. "9112"). */
  iscoGroup: string;
}

export interface CandidateProfile {
  id: string;
  home: HomeLocation;
  /** Modes the candidate can use; empty = unknown, which never passes the travel rule. */
  mobilityModes: readonly MobilityMode[];
  /** One-way limit in minutes; null = the parameter default (90, Participatiewet art. 18 lid 4 sub d). */
  maxTravelMinutes: number | null;
  hoursMinPerWeek: number;
  hoursMaxPerWeek: number;
  /** First day the candidate can start. */
  availableFrom: string;
  active: boolean;
  hasActivePlacement: boolean;
  /** Consent for matching recorded (AVG grondslag); false = never shown to employers. */
  visibleForMatching: boolean;
  drivingLicence: boolean;
  /** Highest completed education; null = unknown. */
  educationLevel: EducationLevelCode | null;
  wishedOccupations: readonly OccupationRef[];
  /** ESCO skill ids; null = unknown (scores 0 for skills, never a match by default). */
  skillIds: readonly string[] | null;
  /** Current loonwaarde in percent (0–100); null = not assessed. */
  loonwaarde: number | null;
  /** Doelgroep ZORG set explicitly by a consultant (never derived from loonwaarde). */
  explicitZorg: boolean;
  lksStatus: LksStatus;
  /** Indicatie beschut werk (UWV advies, Participatiewet art. 10b). */
  beschutIndication: boolean;
  /** Registered in the doelgroepregister (banenafspraak). */
  doelgroepregister: boolean;
  /** Since when the candidate waits for work (fairness); null = unknown. */
  waitingSince: string | null;
}

export interface VacancyProfile {
  id: string;
  employerId: string;
  location: GeoPoint;
  hoursMin: number;
  hoursMax: number;
  /** null = as soon as possible; judged against the reference date. */
  startDate: string | null;
  drivingLicenceRequired: boolean;
  /** Minimum education asked; null = no requirement. A soft factor, not a hard rule. */
  educationLevel: EducationLevelCode | null;
  occupation: OccupationRef;
  essentialSkillIds: readonly string[];
  optionalSkillIds: readonly string[];
  /** Employer accepts candidates with loonkostensubsidie (Participatiewet art. 10d). */
  openToLks: boolean;
  /** Lowest loonwaarde (percent) the employer accepts; null = no minimum. */
  minLoonwaarde: number | null;
  /** Beschutte werkplek (Participatiewet art. 10b). */
  beschut: boolean;
  /** Counts for a social-return (SROI) obligation; only used by the SROI component (weight 0 by default). */
  sroiRelevant?: boolean;
}
