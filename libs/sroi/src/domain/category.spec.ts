import { deriveBonuses, deriveCategory } from './category';
import { SroiBonus, SroiCategory } from './enums';

describe('deriveCategory (from the candidate profile)', () => {
  it.each([
    [{ benefitType: 'PARTICIPATIEWET', doelgroepregister: true }, SroiCategory.BANENAFSPRAAK],
    [{ benefitType: 'NONE', doelgroepregister: true }, SroiCategory.BANENAFSPRAAK],
    [{ benefitType: 'WAJONG', doelgroepregister: false }, SroiCategory.BANENAFSPRAAK],
    [{ benefitType: 'WSW', doelgroepregister: false }, SroiCategory.BANENAFSPRAAK],
    [{ benefitType: 'PARTICIPATIEWET', doelgroepregister: false }, SroiCategory.PARTICIPATIEWET],
    [{ benefitType: 'WW', doelgroepregister: false }, SroiCategory.WW],
    [{ benefitType: 'WIA', doelgroepregister: false }, SroiCategory.WIA],
    [{ benefitType: 'NONE', doelgroepregister: false }, SroiCategory.NO_BENEFIT],
  ] as const)('%j → %s', (profile, expected) => {
    expect(deriveCategory(profile)).toBe(expected);
  });
});

describe('deriveBonuses', () => {
  it('adds the age bonus from the table’s age at the start of the employment', () => {
    expect(deriveBonuses('1970-03-01', '2025-03-01', 55)).toEqual([SroiBonus.AGE]);
    expect(deriveBonuses('1970-03-02', '2025-03-01', 55)).toEqual([]);
    expect(deriveBonuses('1974-01-01', '2025-03-01', 50)).toEqual([SroiBonus.AGE]);
  });
  it('adds nothing without a date of birth or an age bonus in the table', () => {
    expect(deriveBonuses(null, '2025-03-01', 55)).toEqual([]);
    expect(deriveBonuses('1950-01-01', '2025-03-01', null)).toEqual([]);
  });
});
