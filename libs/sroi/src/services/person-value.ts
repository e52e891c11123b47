import { countedMonths, valuePerson, ValuationTableFacts } from '../domain/valuation';
import { SroiBonus, SroiCategory } from '../domain/enums';

export interface PersonFacts {
  category: SroiCategory;
  hoursPerWeek: number;
  startDate: string;
  endDate: string | null;
  bonuses: readonly SroiBonus[];
}

/**
 * Value of a person-based realisation on `asOf`: the employment within the contract period up to
 * `asOf` (see domain/valuation.ts). A category the table does not value is worth 0 here (it is
 * refused when recorded or corrected).
 */
export function personValueOn(table: ValuationTableFacts, contract: { startDate: string; endDate: string }, p: PersonFacts, asOf: string): { valueCents: number; monthsCounted: number } {
  if (!table.categories.has(p.category)) return { valueCents: 0, monthsCounted: 0 };
  const months = countedMonths({ startDate: p.startDate, endDate: p.endDate }, contract, asOf);
  const v = valuePerson(table, { category: p.category, hoursPerWeek: p.hoursPerWeek, months, bonuses: p.bonuses });
  return { valueCents: v.valueCents, monthsCounted: Math.round(v.monthsCounted * 10_000) / 10_000 };
}
