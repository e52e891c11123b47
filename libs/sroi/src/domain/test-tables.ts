import { SroiBonus, SroiCategory } from './enums';
import { ValuationTableFacts } from './valuation';

/** The seeded Haaglanden table (from 2023-07-01), for unit tests. */
export const HAAGLANDEN_TABLE: ValuationTableFacts = {
  code: 'HAAGLANDEN-2023',
  regionCode: 'HAAGLANDEN',
  fullTimeHours: 36,
  activityHourlyValueCents: 10_000,
  purchaseCountPercent: 100,
  purchaseCapPercent: null,
  obligationThresholdCents: 20_000_000,
  categories: new Map([
    [SroiCategory.PARTICIPATIEWET, { yearlyValueCents: 4_000_000, capMonths: 24 }],
    [SroiCategory.BANENAFSPRAAK, { yearlyValueCents: 5_000_000, capMonths: null }],
    [SroiCategory.WW, { yearlyValueCents: 2_000_000, capMonths: 12 }],
    [SroiCategory.WIA, { yearlyValueCents: 3_000_000, capMonths: null }],
    [SroiCategory.NO_BENEFIT, { yearlyValueCents: 500_000, capMonths: null }],
    [SroiCategory.BBL_LEVEL_1_2, { yearlyValueCents: 2_500_000, capMonths: null }],
    [SroiCategory.BBL_LEVEL_3_PLUS, { yearlyValueCents: 1_500_000, capMonths: null }],
    [SroiCategory.INTERN_MBO_HBO, { yearlyValueCents: 500_000, capMonths: null }],
    [SroiCategory.INTERN_VSO_PRO, { yearlyValueCents: 750_000, capMonths: null }],
  ]),
  bonuses: new Map([
    [SroiBonus.AGE, { yearlyValueCents: 1_000_000, minAge: 55 }],
    [SroiBonus.ARBEIDSBEPERKING, { yearlyValueCents: 1_000_000, minAge: null }],
  ]),
};
