import { SroiBonus, SroiCategory } from './enums';
import { relativeCategoryValue, rescoreWithSroi, StoredComponent } from './matching';
import { countMonths } from './months';
import { compareBySroiAdjustedScore, SuggestionPair, suggestionContribution } from './suggestion';
import { HAAGLANDEN_TABLE } from './test-tables';
import { valuePerson } from './valuation';

const TODAY = '2026-03-01';
const contract = { endDate: '2026-12-31', remainingCents: 2_000_000, table: HAAGLANDEN_TABLE };
const components: StoredComponent[] = [
  { code: 'skills', label: 'Vaardigheden', value: 0.9, weight: 0.6 },
  { code: 'travel', label: 'Reistijd', value: 0.5, weight: 0.4 },
];
const pair = (extra: Partial<SuggestionPair> = {}): SuggestionPair => ({
  vacancyHoursMax: 32,
  vacancyStartDate: null,
  benefitType: 'PARTICIPATIEWET',
  doelgroepregister: false,
  candidateHoursMax: 36,
  dateOfBirth: '1990-05-01',
  components,
  ...extra,
});
const OFF = { on: false, weight: 0.1 };

describe('suggestionContribution', () => {
  it('values the placement by category, the top of the hours overlap and the months from today to the contract end', () => {
    const s = suggestionContribution(contract, pair(), TODAY, OFF);
    const expected = valuePerson(HAAGLANDEN_TABLE, { category: SroiCategory.PARTICIPATIEWET, hoursPerWeek: 32, months: countMonths(TODAY, contract.endDate), bonuses: [] });
    expect(s).toEqual({
      sroiAdjustedScore: null,
      category: SroiCategory.PARTICIPATIEWET,
      hoursPerWeek: 32,
      expectedStartDate: TODAY,
      remainingContractMonths: 10,
      monthsCounted: 10,
      capApplied: false,
      bonuses: [],
      contributionCents: expected.valueCents,
      shareOfRemaining: Math.round((expected.valueCents / contract.remainingCents) * 10_000) / 10_000,
    });
    expect(s.contributionCents).toBeGreaterThan(0);
  });

  it('takes the candidate’s hours when they are the lower top, and the vacancy’s later start date', () => {
    const s = suggestionContribution(contract, pair({ candidateHoursMax: 20, vacancyStartDate: '2026-07-01' }), TODAY, OFF);
    expect(s).toMatchObject({ hoursPerWeek: 20, expectedStartDate: '2026-07-01', remainingContractMonths: 6 });
    // A start date in the past: today.
    expect(suggestionContribution(contract, pair({ vacancyStartDate: '2025-01-01' }), TODAY, OFF).expectedStartDate).toBe(TODAY);
  });

  it('derives the category (doelgroepregister → banenafspraak), caps the months and applies the age bonus', () => {
    const long = { ...contract, endDate: '2029-02-28' };
    const p = suggestionContribution(long, pair({ dateOfBirth: '1965-01-01' }), TODAY, OFF);
    expect(p).toMatchObject({ category: SroiCategory.PARTICIPATIEWET, monthsCounted: 24, capApplied: true, bonuses: [SroiBonus.AGE] });
    const d = suggestionContribution(long, pair({ doelgroepregister: true }), TODAY, OFF);
    expect(d).toMatchObject({ category: SroiCategory.BANENAFSPRAAK, capApplied: false, monthsCounted: 36 });
  });

  it('gives 0 for a category the table does not value, or once the contract has ended', () => {
    const categories = new Map(HAAGLANDEN_TABLE.categories);
    categories.delete(SroiCategory.WIA);
    const s = suggestionContribution({ ...contract, table: { ...HAAGLANDEN_TABLE, categories } }, pair({ benefitType: 'WIA' }), TODAY, OFF);
    expect(s).toMatchObject({ category: SroiCategory.WIA, contributionCents: 0, shareOfRemaining: 0, monthsCounted: 0, bonuses: [] });
    expect(suggestionContribution({ ...contract, endDate: '2026-02-01' }, pair(), TODAY, OFF)).toMatchObject({ contributionCents: 0, remainingContractMonths: 0 });
  });

  it('adds the SROI-adjusted score only when the region has the component on', () => {
    const on = suggestionContribution(contract, pair({ doelgroepregister: true }), TODAY, { on: true, weight: 0.5 });
    expect(on.sroiAdjustedScore).toBe(rescoreWithSroi(components, relativeCategoryValue(HAAGLANDEN_TABLE, SroiCategory.BANENAFSPRAAK), 0.5).score);
    expect(on.sroiAdjustedScore).toBeCloseTo((0.9 * 0.6 + 0.5 * 0.4 + 1 * 0.5) / 1.5, 4);
  });
});

describe('compareBySroiAdjustedScore', () => {
  it('orders by adjusted score, then contribution, then vacancy (a draft has none) and candidate', () => {
    const rows = [
      { sroiAdjustedScore: 0.7, contributionCents: 10, vacancyId: 'v2', candidateId: 'c1' },
      { sroiAdjustedScore: 0.8, contributionCents: 5, vacancyId: null, candidateId: 'c9' },
      { sroiAdjustedScore: 0.7, contributionCents: 20, vacancyId: 'v3', candidateId: 'c2' },
      { sroiAdjustedScore: 0.7, contributionCents: 10, vacancyId: 'v1', candidateId: 'c3' },
      { sroiAdjustedScore: 0.7, contributionCents: 10, vacancyId: 'v1', candidateId: 'c0' },
    ];
    expect([...rows].sort(compareBySroiAdjustedScore).map((r) => r.candidateId)).toEqual(['c9', 'c2', 'c0', 'c3', 'c1']);
  });
});
