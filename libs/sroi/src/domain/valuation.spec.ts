import { DomainError } from '@wsp/common';
import { fraction } from './arithmetic';
import { SroiBonus, SroiCategory } from './enums';
import { countMonths } from './months';
import { HAAGLANDEN_TABLE as T } from './test-tables';
import { ageOn, countedMonths, valueActivity, valuePerson, valuePurchase } from './valuation';

describe('valuePerson (yearly value × min(hours, 36)/36 × months/12, months capped, plus bonuses)', () => {
  it('values the worked Haaglanden cases', () => {
    // doelgroepregister hire, 24 h a week for 8 months: 50,000 × 24/36 × 8/12 = 22,222.22
    const hire = valuePerson(T, { category: SroiCategory.BANENAFSPRAAK, hoursPerWeek: 24, months: countMonths('2025-01-01', '2025-08-31'), bonuses: [] });
    expect(hire.valueCents).toBe(2_222_222);
    expect(hire).toMatchObject({ hoursFactor: 24 / 36, monthsCounted: 8, capApplied: false, capMonths: null });
    // BBL level 2, full time for 6 months: 25,000 × 6/12 = 12,500
    expect(valuePerson(T, { category: SroiCategory.BBL_LEVEL_1_2, hoursPerWeek: 36, months: fraction(6), bonuses: [] }).valueCents).toBe(1_250_000);
  });

  it('counts hours above 36 as 36', () => {
    const a = valuePerson(T, { category: SroiCategory.WIA, hoursPerWeek: 40, months: fraction(12), bonuses: [] });
    expect(a.valueCents).toBe(3_000_000);
    expect(a.hoursFactor).toBe(1);
  });

  it('stops the months at the category cap (Participatiewet 24, WW 12), never for banenafspraak', () => {
    const p = valuePerson(T, { category: SroiCategory.PARTICIPATIEWET, hoursPerWeek: 36, months: fraction(30), bonuses: [] });
    expect(p).toMatchObject({ valueCents: 8_000_000, monthsRequested: 30, monthsCounted: 24, capApplied: true, capMonths: 24 });
    const ww = valuePerson(T, { category: SroiCategory.WW, hoursPerWeek: 18, months: fraction(13), bonuses: [] });
    expect(ww).toMatchObject({ valueCents: 1_000_000, monthsCounted: 12, capApplied: true });
    expect(valuePerson(T, { category: SroiCategory.WW, hoursPerWeek: 18, months: fraction(12), bonuses: [] }).capApplied).toBe(false);
    expect(valuePerson(T, { category: SroiCategory.BANENAFSPRAAK, hoursPerWeek: 36, months: fraction(60), bonuses: [] }).valueCents).toBe(25_000_000);
  });

  it('adds the bonuses, prorated the same way, and ignores bonuses the table does not know', () => {
    const v = valuePerson(T, { category: SroiCategory.PARTICIPATIEWET, hoursPerWeek: 18, months: fraction(12), bonuses: [SroiBonus.AGE, SroiBonus.ARBEIDSBEPERKING] });
    expect(v.valueCents).toBe((4_000_000 + 2_000_000) / 2);
    expect(v.bonusYearlyValueCents).toBe(2_000_000);
    expect(v.bonusesApplied).toEqual([SroiBonus.AGE, SroiBonus.ARBEIDSBEPERKING]);
    const unknown = valuePerson(T, { category: SroiCategory.WIA, hoursPerWeek: 36, months: fraction(12), bonuses: [SroiBonus.PERMANENT_CONTRACT, SroiBonus.AGE, SroiBonus.AGE] });
    expect(unknown.valueCents).toBe(4_000_000);
    expect(unknown.bonusesApplied).toEqual([SroiBonus.AGE]);
  });

  it('rounds half up to cents once at the end', () => {
    // 5,000 × 1/36 × 1/12 = 11.574 → 11.57
    expect(valuePerson(T, { category: SroiCategory.NO_BENEFIT, hoursPerWeek: 1, months: fraction(1), bonuses: [] }).valueCents).toBe(1157);
    // 40,000 × 20/36 × (15/31)/12 = 896.057… → 896.06
    expect(valuePerson(T, { category: SroiCategory.PARTICIPATIEWET, hoursPerWeek: 20, months: countMonths('2025-01-01', '2025-01-15'), bonuses: [] }).valueCents).toBe(89_606);
    // 24.5 hours: decimals are exact
    expect(valuePerson(T, { category: SroiCategory.WIA, hoursPerWeek: 24.5, months: fraction(12), bonuses: [] }).valueCents).toBe(2_041_667);
  });

  it('refuses a category the table does not value and impossible hours', () => {
    const noVso = { ...T, categories: new Map([...T.categories].filter(([c]) => c !== SroiCategory.INTERN_VSO_PRO)) };
    expect(() => valuePerson(noVso, { category: SroiCategory.INTERN_VSO_PRO, hoursPerWeek: 20, months: fraction(1), bonuses: [] })).toThrow(DomainError);
    expect(() => valuePerson(T, { category: SroiCategory.WIA, hoursPerWeek: 0, months: fraction(1), bonuses: [] })).toThrow(DomainError);
    expect(() => valuePerson(T, { category: SroiCategory.WIA, hoursPerWeek: 61, months: fraction(1), bonuses: [] })).toThrow(DomainError);
  });
});

describe('countedMonths (the employment within the contract, up to the valuation date)', () => {
  const contract = { startDate: '2025-01-01', endDate: '2026-12-31' };
  it('counts a running employment up to the valuation date and an ended one up to its end', () => {
    expect(countedMonths({ startDate: '2025-03-01', endDate: null }, contract, '2025-06-30')).toEqual(fraction(4));
    expect(countedMonths({ startDate: '2025-03-01', endDate: '2025-04-30' }, contract, '2025-06-30')).toEqual(fraction(2));
  });
  it('clips to the contract period', () => {
    expect(countedMonths({ startDate: '2024-10-01', endDate: '2025-02-28' }, contract, '2026-01-01')).toEqual(fraction(2));
    expect(countedMonths({ startDate: '2026-11-01', endDate: null }, contract, '2027-06-01')).toEqual(fraction(2));
    expect(countedMonths({ startDate: '2025-07-01', endDate: null }, contract, '2025-06-01')).toEqual(fraction(0));
  });
});

describe('sociale inkoop and other activities', () => {
  it('counts an invoice at its amount excluding VAT (100%) or half (50%)', () => {
    expect(valuePurchase(T, 527_778)).toBe(527_778);
    expect(valuePurchase({ purchaseCountPercent: 50 }, 527_777)).toBe(263_889);
    expect(() => valuePurchase(T, 0)).toThrow(DomainError);
  });
  it('values activity hours at the hourly value (default €100)', () => {
    expect(valueActivity(T, 12)).toBe(120_000);
    expect(valueActivity(T, 1.25)).toBe(12_500);
    expect(valueActivity({ activityHourlyValueCents: 8_333 }, 0.5)).toBe(4_167);
    expect(() => valueActivity(T, 0)).toThrow(DomainError);
  });
});

describe('ageOn', () => {
  it('counts whole years', () => {
    expect(ageOn('1970-06-15', '2025-06-14')).toBe(54);
    expect(ageOn('1970-06-15', '2025-06-15')).toBe(55);
    expect(ageOn('1968-02-29', '2023-02-28')).toBe(54);
    expect(ageOn('1968-02-29', '2023-03-01')).toBe(55);
  });
});
