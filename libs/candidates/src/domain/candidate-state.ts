import { EducationLevel, isIsoDate } from '@wsp/common';
import { BenefitType, CandidateEntity, LksStatus, MobilityMode } from '../entities/candidate.entity';
import { ageOn } from './anonymised';

/**
 * Everything about a candidate that a consultant (or an import) edits, as plain data. Writes
 * build the complete new state, check it with `checkCandidateState` and compare it with the old
 * one (`changedFields`), so that an unchanged state writes nothing and bumps no version.
 */
export interface CandidateState {
  externalRef: string | null;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  dateOfBirth: string | null;
  homePostcode: string;
  mobility: MobilityMode[];
  maxTravelMinutes: number;
  maxTravelReason: string | null;
  hoursMin: number;
  hoursMax: number;
  availableFrom: string;
  educationLevel: EducationLevel | null;
  drivingLicence: boolean;
  occupationIds: string[];
  skillIds: string[];
  skillsKnown: boolean;
  benefitType: BenefitType;
  active: boolean;
  waitingSince: string;
  consultantId: string;
  jobCoachId: string | null;
  lksStatus: LksStatus;
  zorg: boolean;
  beschutIndication: boolean;
  doelgroepregister: boolean;
}

export type CandidateField = keyof CandidateState;

export const CANDIDATE_FIELDS: readonly CandidateField[] = [
  'externalRef',
  'firstName',
  'lastName',
  'email',
  'phone',
  'dateOfBirth',
  'homePostcode',
  'mobility',
  'maxTravelMinutes',
  'maxTravelReason',
  'hoursMin',
  'hoursMax',
  'availableFrom',
  'educationLevel',
  'drivingLicence',
  'occupationIds',
  'skillIds',
  'skillsKnown',
  'benefitType',
  'active',
  'waitingSince',
  'consultantId',
  'jobCoachId',
  'lksStatus',
  'zorg',
  'beschutIndication',
  'doelgroepregister',
];

/**
 * Fields the matching looks at (matching core `CandidateProfile`). A change to one of them is
 * published as `candidate.changed` with the field names; names, contact details, the external
 * reference and the people assigned are not matching-relevant and publish nothing.
 */
export const MATCHING_RELEVANT_FIELDS: ReadonlySet<CandidateField> = new Set<CandidateField>([
  'homePostcode',
  'mobility',
  'maxTravelMinutes',
  'hoursMin',
  'hoursMax',
  'availableFrom',
  'educationLevel',
  'drivingLicence',
  'occupationIds',
  'skillIds',
  'skillsKnown',
  'active',
  'waitingSince',
  'lksStatus',
  'zorg',
  'beschutIndication',
  'doelgroepregister',
]);

/** Default one-way travel limit: half of the 3 hours a day of Participatiewet art. 18 lid 4 sub d. */
export const DEFAULT_MAX_TRAVEL_MINUTES = 90;

const LIMITS = {
  name: 100,
  email: 254,
  phone: 30,
  reason: 1000,
  occupations: 25,
  skills: 300,
  minAge: 15,
  maxAge: 100,
  maxHours: 60,
};

export interface FieldProblem {
  field: string;
  message: string;
}

const sortedUnique = (ids: readonly string[]): string[] => [...new Set(ids.map((id) => id.toLowerCase()))].sort();
const blankToNull = (v: string | null | undefined): string | null => {
  const t = v?.trim();
  return t ? t : null;
};

/** Canonical form: trimmed text, lower-case e-mail, sorted unique lists, no reason at the default limit. */
export function normalizeState(s: CandidateState): CandidateState {
  return {
    ...s,
    externalRef: blankToNull(s.externalRef),
    firstName: s.firstName.trim().replace(/\s+/g, ' '),
    lastName: s.lastName.trim().replace(/\s+/g, ' '),
    email: blankToNull(s.email)?.toLowerCase() ?? null,
    phone: blankToNull(s.phone),
    mobility: Object.values(MobilityMode).filter((m) => s.mobility.includes(m)),
    maxTravelReason: s.maxTravelMinutes === DEFAULT_MAX_TRAVEL_MINUTES ? null : blankToNull(s.maxTravelReason),
    occupationIds: sortedUnique(s.occupationIds),
    skillIds: sortedUnique(s.skillIds),
  };
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const CONTROL = /[\u0000-\u001f\u007f]/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]+$/;
const EXTERNAL_REF = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** Every rule a (normalised) state breaks, with the field and a Dutch message. Pure; no I/O. */
export function checkCandidateState(s: CandidateState, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });

  for (const field of ['firstName', 'lastName'] as const) {
    const v = s[field];
    if (!v) add(field, 'Verplicht');
    else if (v.length > LIMITS.name) add(field, `Maximaal ${LIMITS.name} tekens`);
    else if (CONTROL.test(v)) add(field, 'Bevat ongeldige tekens');
  }
  if (s.externalRef !== null && (s.externalRef.length > 40 || !EXTERNAL_REF.test(s.externalRef))) {
    add('externalRef', 'Klantnummer: maximaal 40 letters, cijfers of . _ / -');
  }
  if (s.email !== null && (s.email.length > LIMITS.email || !EMAIL.test(s.email))) add('email', 'Ongeldig e-mailadres');
  if (s.phone !== null) {
    const digits = s.phone.replace(/\D/g, '').length;
    if (s.phone.length > LIMITS.phone || !PHONE.test(s.phone) || digits < 6) add('phone', 'Ongeldig telefoonnummer');
  }
  if (s.dateOfBirth !== null) {
    if (!isIsoDate(s.dateOfBirth)) add('dateOfBirth', 'Ongeldige datum (JJJJ-MM-DD)');
    else if (s.dateOfBirth > today) add('dateOfBirth', 'Geboortedatum ligt in de toekomst');
    else if (ageOn(s.dateOfBirth, today) < LIMITS.minAge) add('dateOfBirth', `Een kandidaat is minstens ${LIMITS.minAge} jaar`);
    else if (ageOn(s.dateOfBirth, today) > LIMITS.maxAge) add('dateOfBirth', 'Geboortedatum ligt te ver in het verleden');
  }
  if (!/^[1-9][0-9]{3}$/.test(s.homePostcode)) add('homePostcode', 'Ongeldige postcode (vier cijfers)');
  if (s.mobility.length === 0) add('mobility', 'Kies minstens één manier van reizen');
  if (!Number.isInteger(s.maxTravelMinutes) || s.maxTravelMinutes < 5 || s.maxTravelMinutes > 240) {
    add('maxTravelMinutes', 'Reistijd enkele reis: 5 tot en met 240 minuten');
  } else if (s.maxTravelMinutes !== DEFAULT_MAX_TRAVEL_MINUTES) {
    // Participatiewet art. 18 lid 4 sub d: up to 3 hours a day is acceptable, so a different
    // one-way limit is a consultant's decision that must be explained.
    if (!s.maxTravelReason) add('maxTravelReason', `Geef een reden voor een andere reistijd dan ${DEFAULT_MAX_TRAVEL_MINUTES} minuten`);
    else if (s.maxTravelReason.length > LIMITS.reason) add('maxTravelReason', `Maximaal ${LIMITS.reason} tekens`);
  }
  if (!Number.isInteger(s.hoursMin) || s.hoursMin < 0) add('hoursMin', 'Minimaal aantal uren: een heel getal vanaf 0');
  if (!Number.isInteger(s.hoursMax) || s.hoursMax < 1 || s.hoursMax > LIMITS.maxHours) {
    add('hoursMax', `Maximaal aantal uren: een heel getal van 1 tot en met ${LIMITS.maxHours}`);
  } else if (Number.isInteger(s.hoursMin) && s.hoursMin > s.hoursMax) add('hoursMin', 'Minimaal aantal uren is groter dan het maximum');
  if (!isIsoDate(s.availableFrom)) add('availableFrom', 'Ongeldige datum (JJJJ-MM-DD)');
  if (!isIsoDate(s.waitingSince)) add('waitingSince', 'Ongeldige datum (JJJJ-MM-DD)');
  else if (s.waitingSince > today) add('waitingSince', 'Wachtend sinds ligt in de toekomst');
  if (s.occupationIds.length > LIMITS.occupations) add('occupationIds', `Maximaal ${LIMITS.occupations} beroepen`);
  if (s.skillIds.length > LIMITS.skills) add('skillIds', `Maximaal ${LIMITS.skills} vaardigheden`);
  if (!s.skillsKnown && s.skillIds.length > 0) add('skillsKnown', 'Vaardigheden zijn vastgelegd, dus bekend');
  return problems;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Names of the fields whose (normalised) values differ, in `CANDIDATE_FIELDS` order. */
export function changedFields(before: CandidateState, after: CandidateState): CandidateField[] {
  return CANDIDATE_FIELDS.filter((f) => !same(before[f], after[f]));
}

export function matchingRelevant(fields: readonly CandidateField[]): CandidateField[] {
  return fields.filter((f) => MATCHING_RELEVANT_FIELDS.has(f));
}

/** The state of a stored candidate with its linked occupation and skill ids. */
export function stateOf(c: CandidateEntity, occupationIds: readonly string[], skillIds: readonly string[]): CandidateState {
  return normalizeState({
    externalRef: c.externalRef,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    phone: c.phone,
    dateOfBirth: c.dateOfBirth,
    homePostcode: c.homePostcode,
    mobility: c.mobility,
    maxTravelMinutes: c.maxTravelMinutes,
    maxTravelReason: c.maxTravelReason,
    hoursMin: c.hoursMin,
    hoursMax: c.hoursMax,
    availableFrom: c.availableFrom,
    educationLevel: c.educationLevel,
    drivingLicence: c.drivingLicence,
    occupationIds: [...occupationIds],
    skillIds: [...skillIds],
    skillsKnown: c.skillsKnown,
    benefitType: c.benefitType,
    active: c.active,
    waitingSince: c.waitingSince,
    consultantId: c.consultantId,
    jobCoachId: c.jobCoachId,
    lksStatus: c.lksStatus,
    zorg: c.zorg,
    beschutIndication: c.beschutIndication,
    doelgroepregister: c.doelgroepregister,
  });
}

/** The columns of `candidates` for a state (everything except the link tables). */
export function columnsOf(s: CandidateState): Omit<CandidateState, 'occupationIds' | 'skillIds'> {
  const { occupationIds: _o, skillIds: _s, ...columns } = s;
  return columns;
}
