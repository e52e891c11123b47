import { isIsoDate, ValidationError } from '@wsp/common';
import { hasAtMostDecimals } from './arithmetic';

export interface ContractTerms {
  reference: string;
  description: string;
  municipalityCode: string;
  contractValueCents: number;
  sroiPercentage: number;
  startDate: string;
  endDate: string;
  psoDiscountPercentage: number | null;
  penaltyPercentage: number;
  gracePeriodDays: number;
  obligationOverrideCents: number | null;
}

const twoDecimals = (x: number) => hasAtMostDecimals(x, 2);

/** The terms of an SROI contract, checked before anything is written; returns them trimmed. */
export function validateContractTerms(t: ContractTerms): ContractTerms {
  const reference = t.reference.trim();
  const description = t.description.trim();
  if (!reference) throw new ValidationError('Geef het contractkenmerk', 'reference');
  if (!description) throw new ValidationError('Geef een omschrijving', 'description');
  if (!/^GM\d{4}$/.test(t.municipalityCode)) throw new ValidationError('Geef de gemeentecode als GM gevolgd door 4 cijfers', 'municipalityCode');
  if (!Number.isSafeInteger(t.contractValueCents) || t.contractValueCents <= 0) {
    throw new ValidationError('De contractwaarde is een positief bedrag in eurocent (exclusief btw)', 'contractValueCents');
  }
  if (!(t.sroiPercentage > 0 && t.sroiPercentage <= 100) || !twoDecimals(t.sroiPercentage)) {
    throw new ValidationError('Het SROI-percentage ligt tussen 0 en 100, met hoogstens twee decimalen', 'sroiPercentage');
  }
  if (t.psoDiscountPercentage !== null && (!(t.psoDiscountPercentage >= 0 && t.psoDiscountPercentage <= 100) || !twoDecimals(t.psoDiscountPercentage))) {
    throw new ValidationError('De PSO-korting ligt tussen 0 en 100 procent, met hoogstens twee decimalen', 'psoDiscountPercentage');
  }
  if (!(t.penaltyPercentage >= 0 && t.penaltyPercentage <= 100) || !twoDecimals(t.penaltyPercentage)) {
    throw new ValidationError('Het boetepercentage ligt tussen 0 en 100, met hoogstens twee decimalen', 'penaltyPercentage');
  }
  if (!Number.isInteger(t.gracePeriodDays) || t.gracePeriodDays < 0 || t.gracePeriodDays > 730) {
    throw new ValidationError('De coulancetermijn is 0 tot en met 730 dagen', 'gracePeriodDays');
  }
  if (!isIsoDate(t.startDate)) throw new ValidationError('Geef een datum als JJJJ-MM-DD', 'startDate');
  if (!isIsoDate(t.endDate)) throw new ValidationError('Geef een datum als JJJJ-MM-DD', 'endDate');
  if (t.endDate < t.startDate) throw new ValidationError('De einddatum ligt vóór de startdatum', 'endDate');
  if (t.obligationOverrideCents !== null && (!Number.isSafeInteger(t.obligationOverrideCents) || t.obligationOverrideCents < 0)) {
    throw new ValidationError('De verplichting is een bedrag in eurocent van 0 of meer', 'obligationOverrideCents');
  }
  return { ...t, reference, description };
}
