import { EducationLevel } from '@wsp/common';
import { LksStatus } from '../entities/candidate.entity';

/**
 * The anonymised profile that employers and accountmanagers may see (AVG art. 5 lid 1 sub c,
 * data minimisation; Participatiewet art. 65: identity only with the candidate's consent).
 * Built by one pure function so that nothing identifying can slip in by accident: no name, no
 * contact details, no BSN, no date of birth, no postcode, no health details, no exact loonwaarde.
 */
export interface AnonymisedCandidate {
  pseudonym: string;
  /** Municipality of residence instead of the postcode. */
  municipalityName: string;
  /** e.g. "25–34"; null when the date of birth is unknown. */
  ageBand: string | null;
  wishedOccupations: string[];
  /** Skill labels; null when the skills were not recorded. */
  skills: string[] | null;
  educationLevel: EducationLevel | null;
  hoursMin: number;
  hoursMax: number;
  drivingLicence: boolean;
  /** Loonkostensubsidie possible (Participatiewet art. 10d): LKS status is not NONE. */
  lksPossible: boolean;
  /** Indicative band such as "50–70%", never the exact loonwaarde; null when not assessed. */
  loonwaardeBand: string | null;
  doelgroepregister: boolean;
}

/** Everything the builder may use. Deliberately without names, contact details or BSN. */
export interface AnonymisableCandidate {
  pseudonym: string;
  municipalityName: string;
  dateOfBirth: string | null;
  occupationLabels: readonly string[];
  skillLabels: readonly string[];
  skillsKnown: boolean;
  educationLevel: EducationLevel | null;
  hoursMin: number;
  hoursMax: number;
  drivingLicence: boolean;
  lksStatus: LksStatus;
  currentLoonwaarde: number | null;
  doelgroepregister: boolean;
}

/** CBS labour-market age classes (15–24, 25–34, ... , 65+). */
const AGE_BANDS: readonly { from: number; to: number | null }[] = [
  { from: 15, to: 24 },
  { from: 25, to: 34 },
  { from: 35, to: 44 },
  { from: 45, to: 54 },
  { from: 55, to: 64 },
  { from: 65, to: null },
];

/** Age in whole years on `today` (both ISO dates); a 29 February birthday counts from 1 March. */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  let age = ty - by;
  if (tm < bm || (tm === bm && td < bd)) age -= 1;
  return age;
}

/** "25–34"-style age band; null when unknown, "<15" below the first band. */
export function ageBand(dateOfBirth: string | null, today: string): string | null {
  if (!dateOfBirth) return null;
  const age = ageOn(dateOfBirth, today);
  if (age < AGE_BANDS[0].from) return `<${AGE_BANDS[0].from}`;
  const band = AGE_BANDS.find((b) => age >= b.from && (b.to === null || age <= b.to));
  return band && band.to !== null ? `${band.from}–${band.to}` : `${AGE_BANDS[AGE_BANDS.length - 1].from}+`;
}

/**
 * Indicative loonwaarde bands, 20 points wide, lower bound inclusive: 0–30%, 30–50%, 50–70%,
 * 70–90%, 90–100%. Wide enough that the exact assessment (health-related data) cannot be read back.
 */
const LOONWAARDE_BANDS: readonly { from: number; to: number }[] = [
  { from: 0, to: 30 },
  { from: 30, to: 50 },
  { from: 50, to: 70 },
  { from: 70, to: 90 },
  { from: 90, to: 100 },
];

export function loonwaardeBand(loonwaarde: number | null): string | null {
  if (loonwaarde === null) return null;
  const band = LOONWAARDE_BANDS.find((b, i) => loonwaarde >= b.from && (loonwaarde < b.to || i === LOONWAARDE_BANDS.length - 1));
  return band ? `${band.from}–${band.to}%` : null;
}

export function buildAnonymisedCandidate(c: AnonymisableCandidate, today: string): AnonymisedCandidate {
  return {
    pseudonym: c.pseudonym,
    municipalityName: c.municipalityName,
    ageBand: ageBand(c.dateOfBirth, today),
    wishedOccupations: [...c.occupationLabels].sort((a, b) => a.localeCompare(b, 'nl')),
    skills: c.skillsKnown ? [...c.skillLabels].sort((a, b) => a.localeCompare(b, 'en')) : null,
    educationLevel: c.educationLevel,
    hoursMin: c.hoursMin,
    hoursMax: c.hoursMax,
    drivingLicence: c.drivingLicence,
    lksPossible: c.lksStatus !== LksStatus.NONE,
    loonwaardeBand: loonwaardeBand(c.currentLoonwaarde),
    doelgroepregister: c.doelgroepregister,
  };
}
