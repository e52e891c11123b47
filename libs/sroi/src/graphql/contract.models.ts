import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@wsp/common';
import { SroiContractStatus } from '../domain/enums';
import './enums';

const CENTS = 'eurocent (geheel getal)';

@ObjectType('SroiContract', { description: 'Contract met een social-return-verplichting, met voortgang op de peildatum (asOf)' })
export class SroiContractModel {
  @Field(() => ID)
  id: string;

  @Field()
  reference: string;

  @Field()
  description: string;

  @Field({ description: 'Opdrachtgevende gemeente (CBS-code)' })
  municipalityCode: string;

  @Field()
  municipalityName: string;

  @Field(() => ID, { description: 'Opdrachtnemer (werkgever)' })
  contractorId: string;

  @Field()
  contractorName: string;

  @Field(() => Float, { description: `Contractwaarde exclusief btw, ${CENTS}` })
  contractValueCents: number;

  @Field(() => Float)
  sroiPercentage: number;

  @Field()
  startDate: string;

  @Field()
  endDate: string;

  @Field()
  valuationTableCode: string;

  @Field()
  regionCode: string;

  @Field(() => Float, { nullable: true })
  psoDiscountPercentage: number | null;

  @Field(() => Float)
  penaltyPercentage: number;

  @Field(() => Int)
  gracePeriodDays: number;

  @Field(() => Float, { nullable: true, description: `Door een beheerder vastgelegde verplichting, ${CENTS}` })
  obligationOverrideCents: number | null;

  @Field(() => Float, { description: `Verplichting: waarde × percentage × (1 − PSO-korting); 0 onder de drempel tenzij vastgelegd; ${CENTS}` })
  obligationCents: number;

  @Field(() => Float, { description: `Uitkomst van de formule, ook onder de drempel; ${CENTS}` })
  obligationFormulaCents: number;

  @Field({ description: 'Contractwaarde onder de drempel van de tabel' })
  belowThreshold: boolean;

  @Field()
  obligationOverridden: boolean;

  @Field(() => Float, { description: `Geaccepteerde realisatie (sociale inkoop binnen het plafond), ${CENTS}` })
  realisedCents: number;

  @Field(() => Float, { description: `Nog te beoordelen realisatie, ${CENTS}` })
  pendingCents: number;

  @Field(() => Float, { description: `Resterende verplichting, ${CENTS}` })
  remainingCents: number;

  @Field(() => Float, { description: `Lineaire prognose op de einddatum: (gerealiseerd + te beoordelen) / verstreken deel van de looptijd; ${CENTS}` })
  forecastCents: number;

  @Field(() => Float, { description: `Waar een lineair verloop nu zou staan: verplichting × verstreken deel; ${CENTS}` })
  expectedToDateCents: number;

  @Field(() => Float, { description: 'Verstreken deel van de looptijd (0–1)' })
  elapsedFraction: number;

  @Field(() => SroiContractStatus)
  status: SroiContractStatus;

  @Field({ description: 'Laatste dag van de coulancetermijn' })
  graceEndsOn: string;

  @Field()
  penaltyDue: boolean;

  @Field(() => Float, { description: `Boete (percentage van het tekort) na de coulancetermijn, anders 0; ${CENTS}` })
  penaltyCents: number;

  @Field(() => Float, { description: `Sociale inkoop boven het plafond van de tabel (telt niet mee), ${CENTS}` })
  purchaseOverCapCents: number;

  @Field({ description: 'Peildatum van de voortgang' })
  asOf: string;

  @Field(() => Int)
  version: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

export const SroiContractConnection = Connection(SroiContractModel, 'SroiContract');
