import { fraction } from './arithmetic';
import { BenefitTypeCode, deriveBonuses, deriveCategory } from './category';
import { SroiBonus, SroiCategory } from './enums';
import { relativeCategoryValue, rescoreWithSroi, StoredComponent } from './matching';
import { countMonths, maxDate } from './months';
import { valuePerson, ValuationTableFacts } from './valuation';

/**
 * What placing a suggested candidate would contribute to a contract's remaining obligation (issue
 * 5: "show, per suggestion, what placing that candidate would contribute to the obligation, by
 * category, hours and remaining contract months"). Shared by the suggestions for open vacancies
 * (stored matches) and for a draft vacancy (match.preview), so both compute it the same way.
 */
export interface SuggestionContract {
  endDate: string;
  remainingCents: number;
  table: ValuationTableFacts;
}

/** The region's SROI score component: `on` when enabled with a positive weight. */
export interface SuggestionScoring {
  on: boolean;
  weight: number;
}

/** One candidate for one (open or draft) vacancy. */
export interface SuggestionPair {
  vacancyHoursMax: number;
  /** The vacancy's start date; null = as soon as possible. */
  vacancyStartDate: string | null;
  benefitType: BenefitTypeCode;
  doelgroepregister: boolean;
  candidateHoursMax: number;
  dateOfBirth: string | null;
  /** The match's components (for the SROI-adjusted score). */
  components: readonly StoredComponent[];
}

export interface SuggestionContribution {
  /** The score with the region's SROI component; null while the component is off in the region. */
  sroiAdjustedScore: number | null;
  category: SroiCategory;
  hoursPerWeek: number;
  expectedStartDate: string;
  remainingContractMonths: number;
  monthsCounted: number;
  capApplied: boolean;
  bonuses: SroiBonus[];
  contributionCents: number;
  /** contribution / remaining obligation (may exceed 1). */
  shareOfRemaining: number;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * The derived category (as for realisations), the hours (the top of the overlap of the vacancy's
 * and the candidate's hours), the expected start (today or the vacancy's later start date), the
 * remaining contract months from there to the contract's end, capped per category, the bonuses
 * and the value under the contract's table. A category the table does not value, or no hours,
 * contribute 0.
 */
export function suggestionContribution(contract: SuggestionContract, pair: SuggestionPair, today: string, scoring: SuggestionScoring): SuggestionContribution {
  const table = contract.table;
  const category = deriveCategory({ benefitType: pair.benefitType, doelgroepregister: pair.doelgroepregister });
  const hoursPerWeek = Math.min(pair.vacancyHoursMax, pair.candidateHoursMax);
  const start = maxDate(today, pair.vacancyStartDate ?? today);
  const months = start <= contract.endDate ? countMonths(start, contract.endDate) : fraction(0);
  const bonuses = deriveBonuses(pair.dateOfBirth, start, table.bonuses.get(SroiBonus.AGE)?.minAge ?? null);
  const known = table.categories.has(category) && hoursPerWeek > 0;
  const v = known ? valuePerson(table, { category, hoursPerWeek, months, bonuses }) : null;
  const contributionCents = v?.valueCents ?? 0;
  return {
    sroiAdjustedScore: scoring.on ? rescoreWithSroi(pair.components, relativeCategoryValue(table, category), scoring.weight).score : null,
    category,
    hoursPerWeek,
    expectedStartDate: start,
    remainingContractMonths: round4(v?.monthsRequested ?? 0),
    monthsCounted: round4(v?.monthsCounted ?? 0),
    capApplied: v?.capApplied ?? false,
    bonuses: v?.bonusesApplied ?? [],
    contributionCents,
    shareOfRemaining: round4(contributionCents / contract.remainingCents),
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The order of suggestions with the SROI component on: SROI-adjusted score, then contribution,
 * then vacancy and candidate id (a draft has no vacancy id).
 */
export function compareBySroiAdjustedScore(
  a: Pick<SuggestionContribution, 'sroiAdjustedScore' | 'contributionCents'> & { vacancyId: string | null; candidateId: string },
  b: Pick<SuggestionContribution, 'sroiAdjustedScore' | 'contributionCents'> & { vacancyId: string | null; candidateId: string },
): number {
  return (
    (b.sroiAdjustedScore ?? 0) - (a.sroiAdjustedScore ?? 0) ||
    b.contributionCents - a.contributionCents ||
    cmp(a.vacancyId ?? '', b.vacancyId ?? '') ||
    cmp(a.candidateId, b.candidateId)
  );
}
