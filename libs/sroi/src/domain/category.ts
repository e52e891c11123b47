import { SroiBonus, SroiCategory } from './enums';
import { ageOn } from './valuation';

/** Benefit types as in @wsp/candidates (BenefitType); repeated as strings to keep the domain pure. */
export type BenefitTypeCode = 'PARTICIPATIEWET' | 'WW' | 'WIA' | 'WAJONG' | 'WSW' | 'NONE';

/**
 * The valuation category of a placed candidate, from the profile (bouwblokken definitions):
 * doelgroepregister, Wajong or Wsw → banenafspraak (whatever the benefit); otherwise by the
 * benefit: Participatiewet, WW, WIA, or no benefit. Duration splits (*_LONG_TERM) and the
 * BBL/intern categories are never derived: the consultant corrects the category, with a reason.
 */
export function deriveCategory(c: { benefitType: BenefitTypeCode; doelgroepregister: boolean }): SroiCategory {
  if (c.doelgroepregister || c.benefitType === 'WAJONG' || c.benefitType === 'WSW') return SroiCategory.BANENAFSPRAAK;
  switch (c.benefitType) {
    case 'PARTICIPATIEWET':
      return SroiCategory.PARTICIPATIEWET;
    case 'WW':
      return SroiCategory.WW;
    case 'WIA':
      return SroiCategory.WIA;
    default:
      return SroiCategory.NO_BENEFIT;
  }
}

/**
 * Bonuses derived for a placement: AGE when the candidate has reached the table's age at the
 * start of the employment. ARBEIDSBEPERKING and PERMANENT_CONTRACT are set by hand (they are not
 * in the profile in a form that may be used for this).
 */
export function deriveBonuses(dateOfBirth: string | null, startDate: string, ageBonusMinAge: number | null): SroiBonus[] {
  if (dateOfBirth === null || ageBonusMinAge === null) return [];
  return ageOn(dateOfBirth, startDate) >= ageBonusMinAge ? [SroiBonus.AGE] : [];
}
