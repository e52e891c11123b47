import { EducationLevel } from '@wsp/common';
import { ContractType } from '../entities/vacancy.entity';
import { diffVacancy, MatchingAspect, matchingAspects, mattersForMatching } from './vacancy-diff';
import { VACANCY_FIELDS, VacancyField, VacancyFields } from './vacancy-fields';

const BASE: VacancyFields = {
  title: 'Medewerker productie',
  description: 'Inpakken',
  occupationId: 'occ-1',
  skills: [
    { skillId: 'b', essential: true },
    { skillId: 'a', essential: false },
  ],
  educationLevel: null,
  drivingLicenceRequired: false,
  hoursMin: 24,
  hoursMax: 32,
  contractType: ContractType.PERMANENT,
  startDate: null,
  closingDate: '2030-01-01',
  wageMinCents: null,
  wageMaxCents: null,
  postcode: '2511',
  numberOfPlaces: 1,
  demandId: null,
  openToLks: false,
  minLoonwaarde: null,
  proefplaatsPossible: false,
  jobcarvingPossible: false,
  beschut: false,
};

describe('diffVacancy', () => {
  it('finds nothing when nothing changed, also when skills come in another order', () => {
    expect(diffVacancy(BASE, { ...BASE, skills: [...BASE.skills].reverse() })).toEqual({});
  });

  it('records from and to per changed field', () => {
    const changes = diffVacancy(BASE, { ...BASE, title: 'Inpakker', hoursMax: 36, startDate: '2030-02-01' });
    expect(changes).toEqual({
      title: { from: 'Medewerker productie', to: 'Inpakker' },
      hoursMax: { from: 32, to: 36 },
      startDate: { from: null, to: '2030-02-01' },
    });
  });

  it('sees a skill switching from optional to essential as a skills change', () => {
    const changes = diffVacancy(BASE, {
      ...BASE,
      skills: [
        { skillId: 'a', essential: true },
        { skillId: 'b', essential: true },
      ],
    });
    expect(Object.keys(changes)).toEqual(['skills']);
    expect(changes.skills.from).toEqual([
      { skillId: 'a', essential: false },
      { skillId: 'b', essential: true },
    ]);
  });
});

describe('what matters for matching', () => {
  const CHANGED: Record<VacancyField, Partial<VacancyFields>> = {
    title: { title: 'x' },
    description: { description: 'typo fixed' },
    occupationId: { occupationId: 'occ-2' },
    skills: { skills: [] },
    educationLevel: { educationLevel: EducationLevel.MBO_2 },
    drivingLicenceRequired: { drivingLicenceRequired: true },
    hoursMin: { hoursMin: 20 },
    hoursMax: { hoursMax: 40 },
    contractType: { contractType: ContractType.ON_CALL },
    startDate: { startDate: '2030-03-01' },
    closingDate: { closingDate: '2030-06-01' },
    wageMinCents: { wageMinCents: 100 },
    wageMaxCents: { wageMaxCents: 100 },
    postcode: { postcode: '1011' },
    numberOfPlaces: { numberOfPlaces: 3 },
    demandId: { demandId: 'd-1' },
    openToLks: { openToLks: true },
    minLoonwaarde: { minLoonwaarde: 30 },
    proefplaatsPossible: { proefplaatsPossible: true },
    jobcarvingPossible: { jobcarvingPossible: true },
    beschut: { beschut: true },
  };
  const EXPECTED: Record<VacancyField, MatchingAspect | null> = {
    title: null,
    description: null,
    occupationId: MatchingAspect.OCCUPATION,
    skills: MatchingAspect.SKILLS,
    educationLevel: MatchingAspect.EDUCATION,
    drivingLicenceRequired: MatchingAspect.LICENCE,
    hoursMin: MatchingAspect.HOURS,
    hoursMax: MatchingAspect.HOURS,
    contractType: null,
    startDate: MatchingAspect.START_DATE,
    closingDate: null,
    wageMinCents: null,
    wageMaxCents: null,
    postcode: MatchingAspect.LOCATION,
    numberOfPlaces: null,
    demandId: null,
    openToLks: MatchingAspect.INCLUSIVE_OPTIONS,
    minLoonwaarde: MatchingAspect.INCLUSIVE_OPTIONS,
    proefplaatsPossible: MatchingAspect.INCLUSIVE_OPTIONS,
    jobcarvingPossible: MatchingAspect.INCLUSIVE_OPTIONS,
    beschut: MatchingAspect.INCLUSIVE_OPTIONS,
  };

  it('covers every field', () => {
    expect(Object.keys(CHANGED).sort()).toEqual([...VACANCY_FIELDS].sort());
  });

  it.each(VACANCY_FIELDS.map((f) => [f]))('classifies a change of %s', (field) => {
    const changes = diffVacancy(BASE, { ...BASE, ...CHANGED[field] });
    expect(Object.keys(changes)).toEqual([field]);
    const expected = EXPECTED[field];
    expect(matchingAspects(changes)).toEqual(expected ? [expected] : []);
    expect(mattersForMatching(changes)).toBe(expected !== null);
  });

  it('names each aspect once, in a stable order', () => {
    const changes = diffVacancy(BASE, { ...BASE, beschut: true, hoursMin: 20, hoursMax: 36, openToLks: true, title: 'y', occupationId: 'o' });
    expect(matchingAspects(changes)).toEqual([MatchingAspect.OCCUPATION, MatchingAspect.HOURS, MatchingAspect.INCLUSIVE_OPTIONS]);
  });
});
