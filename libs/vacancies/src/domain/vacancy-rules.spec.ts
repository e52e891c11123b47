import { DomainError, EducationLevel, ErrorCode } from '@wsp/common';
import { ContractType } from '../entities/vacancy.entity';
import { VacancyFields } from './vacancy-fields';
import { applyPatch, assertClosingDateNotPast, assertOpenable, assertValidVacancyFields } from './vacancy-rules';

const BASE: VacancyFields = {
  title: 'Medewerker productie',
  description: 'Inpakken en controleren',
  occupationId: '1aadb308-432a-4d01-b54b-b4f7f76dd419',
  skills: [],
  educationLevel: EducationLevel.VMBO,
  drivingLicenceRequired: false,
  hoursMin: 24,
  hoursMax: 32,
  contractType: ContractType.FIXED_TERM,
  startDate: '2030-01-01',
  closingDate: '2029-12-01',
  wageMinCents: 230_000,
  wageMaxCents: 260_000,
  postcode: '2511',
  numberOfPlaces: 1,
  demandId: null,
  openToLks: false,
  minLoonwaarde: null,
  proefplaatsPossible: false,
  jobcarvingPossible: false,
  beschut: false,
};

/** The field named by the ValidationError thrown, or null when valid. */
function invalidField(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof DomainError && e.code === ErrorCode.BAD_USER_INPUT) return (e.details?.field as string) ?? '(none)';
    throw e;
  }
}

const check = (patch: Partial<VacancyFields>) => invalidField(() => assertValidVacancyFields({ ...BASE, ...patch }));

describe('vacancy content rules', () => {
  it('accepts a complete, sensible vacancy', () => {
    expect(check({})).toBeNull();
  });

  it.each([
    [{ hoursMin: 1, hoursMax: 1 }, null],
    [{ hoursMin: 60, hoursMax: 60 }, null],
    [{ hoursMin: 0, hoursMax: 10 }, 'hoursMin'],
    [{ hoursMin: 10, hoursMax: 61 }, 'hoursMax'],
    [{ hoursMin: 32, hoursMax: 24 }, 'hoursMin'],
    [{ hoursMin: 8.5, hoursMax: 24 }, 'hoursMin'],
    [{ hoursMin: -4, hoursMax: 24 }, 'hoursMin'],
  ])('hours %j → %s', (patch, field) => {
    expect(check(patch)).toBe(field);
  });

  it.each([
    [{ wageMinCents: null, wageMaxCents: null }, null],
    [{ wageMinCents: 0, wageMaxCents: 0 }, null],
    [{ wageMinCents: 250_000, wageMaxCents: null }, null],
    [{ wageMinCents: 300_000, wageMaxCents: 250_000 }, 'wageMinCents'],
    [{ wageMinCents: -1, wageMaxCents: 250_000 }, 'wageMinCents'],
    [{ wageMinCents: 1, wageMaxCents: 2500.5 }, 'wageMaxCents'],
    [{ wageMinCents: 1, wageMaxCents: 10_000_001 }, 'wageMaxCents'],
  ])('wage %j → %s', (patch, field) => {
    expect(check(patch)).toBe(field);
  });

  it.each([
    [{ openToLks: true, minLoonwaarde: null }, null],
    [{ openToLks: true, minLoonwaarde: 0 }, null],
    [{ openToLks: true, minLoonwaarde: 100 }, null],
    [{ openToLks: true, minLoonwaarde: 101 }, 'minLoonwaarde'],
    [{ openToLks: true, minLoonwaarde: -1 }, 'minLoonwaarde'],
    [{ openToLks: true, minLoonwaarde: 50.5 }, 'minLoonwaarde'],
    [{ openToLks: false, minLoonwaarde: 50 }, 'minLoonwaarde'],
    [{ openToLks: false, minLoonwaarde: 0 }, 'minLoonwaarde'],
  ])('loonwaarde %j → %s', (patch, field) => {
    expect(check(patch)).toBe(field);
  });

  it.each([
    [{ numberOfPlaces: 0 }, 'numberOfPlaces'],
    [{ numberOfPlaces: 1001 }, 'numberOfPlaces'],
    [{ title: '   ' }, 'title'],
    [{ title: 'x'.repeat(201) }, 'title'],
    [{ description: '' }, 'description'],
    [{ startDate: '2030-02-30' }, 'startDate'],
    [{ closingDate: '1-1-2030' }, 'closingDate'],
    [{ skills: [{ skillId: 'AB', essential: true }, { skillId: 'ab', essential: false }] }, 'skills'],
  ])('%j → %s', (patch, field) => {
    expect(check(patch)).toBe(field);
  });

  it('refuses a past closing date when opening, and accepts today', () => {
    expect(invalidField(() => assertOpenable({ ...BASE, closingDate: '2029-11-30' }, '2029-12-01'))).toBe('closingDate');
    expect(invalidField(() => assertOpenable({ ...BASE, closingDate: '2029-12-01' }, '2029-12-01'))).toBeNull();
    expect(invalidField(() => assertOpenable({ ...BASE, closingDate: null }, '2029-12-01'))).toBeNull();
    expect(invalidField(() => assertClosingDateNotPast('2020-01-01', '2029-12-01'))).toBe('closingDate');
  });

  it('checks content rules when opening too', () => {
    expect(invalidField(() => assertOpenable({ ...BASE, hoursMin: 40, hoursMax: 20 }, '2029-01-01'))).toBe('hoursMin');
  });
});

describe('applyPatch', () => {
  it('keeps undefined fields, sets given ones and clears nullable ones with null', () => {
    const after = applyPatch(BASE, { title: 'Nieuw', startDate: null, hoursMax: undefined });
    expect(after).toEqual({ ...BASE, title: 'Nieuw', startDate: null });
  });

  it('refuses null for a required field, naming it', () => {
    expect(invalidField(() => applyPatch(BASE, { hoursMin: null }))).toBe('hoursMin');
    expect(invalidField(() => applyPatch(BASE, { occupationId: null }))).toBe('occupationId');
  });

  it('clears the minimum loonwaarde when openToLks is switched off without naming it', () => {
    const lks = { ...BASE, openToLks: true, minLoonwaarde: 40 };
    expect(applyPatch(lks, { openToLks: false }).minLoonwaarde).toBeNull();
    // Named explicitly together with openToLks false: kept, so the rule can refuse it.
    expect(invalidField(() => assertValidVacancyFields(applyPatch(lks, { openToLks: false, minLoonwaarde: 40 })))).toBe('minLoonwaarde');
  });
});
