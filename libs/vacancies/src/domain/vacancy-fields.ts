import { EducationLevel } from '@wsp/common';
import { ContractType } from '../entities/vacancy.entity';

/** One ESCO skill asked for by a vacancy. */
export interface SkillRequirement {
  skillId: string;
  essential: boolean;
}

/** The editable content of a vacancy, as the domain rules see it (no status, no ids of its own). */
export interface VacancyFields {
  title: string;
  description: string;
  occupationId: string;
  skills: SkillRequirement[];
  educationLevel: EducationLevel | null;
  drivingLicenceRequired: boolean;
  hoursMin: number;
  hoursMax: number;
  contractType: ContractType;
  startDate: string | null;
  closingDate: string | null;
  wageMinCents: number | null;
  wageMaxCents: number | null;
  postcode: string;
  numberOfPlaces: number;
  demandId: string | null;
  openToLks: boolean;
  minLoonwaarde: number | null;
  proefplaatsPossible: boolean;
  jobcarvingPossible: boolean;
  beschut: boolean;
}

export type VacancyField = keyof VacancyFields;

/** Every field, in the order used for history rows and messages. */
export const VACANCY_FIELDS: readonly VacancyField[] = [
  'title',
  'description',
  'occupationId',
  'skills',
  'educationLevel',
  'drivingLicenceRequired',
  'hoursMin',
  'hoursMax',
  'contractType',
  'startDate',
  'closingDate',
  'wageMinCents',
  'wageMaxCents',
  'postcode',
  'numberOfPlaces',
  'demandId',
  'openToLks',
  'minLoonwaarde',
  'proefplaatsPossible',
  'jobcarvingPossible',
  'beschut',
];

/** Fields that may be null (null clears them); the others are required. */
export const NULLABLE_FIELDS: ReadonlySet<VacancyField> = new Set<VacancyField>([
  'educationLevel',
  'startDate',
  'closingDate',
  'wageMinCents',
  'wageMaxCents',
  'demandId',
  'minLoonwaarde',
]);

/** Skills in a canonical order (by id), so that equal sets compare equal. */
export function normalizeSkills(skills: readonly SkillRequirement[]): SkillRequirement[] {
  return [...skills]
    .map((s) => ({ skillId: s.skillId.toLowerCase(), essential: s.essential }))
    .sort((a, b) => (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0));
}
