import { normalizeSkills, VACANCY_FIELDS, VacancyField, VacancyFields } from './vacancy-fields';

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** Names used in `vacancy.changed` events for what matching looks at. */
export enum MatchingAspect {
  OCCUPATION = 'occupation',
  SKILLS = 'skills',
  HOURS = 'hours',
  LOCATION = 'location',
  EDUCATION = 'education',
  LICENCE = 'licence',
  INCLUSIVE_OPTIONS = 'inclusiveOptions',
  START_DATE = 'startDate',
}

/**
 * Which fields matter for matching (vacancy service policy, issue "vacatureservice"). Title,
 * description, contract type, wage, closing date, number of places and the demand link do not:
 * changing them on an OPEN vacancy is kept in the history but emits no matching event.
 */
export const MATCHING_ASPECT_OF: Readonly<Partial<Record<VacancyField, MatchingAspect>>> = {
  occupationId: MatchingAspect.OCCUPATION,
  skills: MatchingAspect.SKILLS,
  hoursMin: MatchingAspect.HOURS,
  hoursMax: MatchingAspect.HOURS,
  postcode: MatchingAspect.LOCATION,
  educationLevel: MatchingAspect.EDUCATION,
  drivingLicenceRequired: MatchingAspect.LICENCE,
  openToLks: MatchingAspect.INCLUSIVE_OPTIONS,
  minLoonwaarde: MatchingAspect.INCLUSIVE_OPTIONS,
  proefplaatsPossible: MatchingAspect.INCLUSIVE_OPTIONS,
  jobcarvingPossible: MatchingAspect.INCLUSIVE_OPTIONS,
  beschut: MatchingAspect.INCLUSIVE_OPTIONS,
  startDate: MatchingAspect.START_DATE,
};

function comparable(field: VacancyField, value: unknown): unknown {
  return field === 'skills' ? normalizeSkills(value as VacancyFields['skills']) : value;
}

/** `{ field: { from, to } }` for every field whose value differs (skills compared as a set). */
export function diffVacancy(before: VacancyFields, after: VacancyFields): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of VACANCY_FIELDS) {
    const from = comparable(field, before[field]);
    const to = comparable(field, after[field]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

/** The matching aspects touched by a set of changed fields, deduplicated, in a stable order. */
export function matchingAspects(changes: FieldChanges): MatchingAspect[] {
  const touched = new Set<MatchingAspect>();
  for (const field of Object.keys(changes)) {
    const aspect = MATCHING_ASPECT_OF[field as VacancyField];
    if (aspect) touched.add(aspect);
  }
  return Object.values(MatchingAspect).filter((a) => touched.has(a));
}

export function mattersForMatching(changes: FieldChanges): boolean {
  return matchingAspects(changes).length > 0;
}
