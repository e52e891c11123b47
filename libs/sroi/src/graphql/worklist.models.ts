import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@wsp/common';
import { SroiAlertKind } from '../domain/alerts';
import { SroiBonus, SroiCategory, SroiContractStatus, SroiRealisationKind } from '../domain/enums';
import './enums';

@ObjectType('SroiAlert', { description: 'Signaal op de SROI-werklijst' })
export class SroiAlertModel {
  @Field(() => SroiAlertKind)
  kind: SroiAlertKind;

  @Field(() => ID)
  contractId: string;

  @Field()
  contractReference: string;

  @Field()
  municipalityCode: string;

  @Field()
  contractorName: string;

  @Field()
  contractEndDate: string;

  @Field(() => SroiContractStatus)
  contractStatus: SroiContractStatus;

  @Field(() => Float)
  remainingCents: number;

  @Field({ description: 'Einddatum van het contract, of de dag waarop de realisatie ter beoordeling kwam' })
  date: string;

  @Field(() => ID, { nullable: true })
  realisationId: string | null;

  @Field(() => SroiRealisationKind, { nullable: true })
  realisationKind: SroiRealisationKind | null;

  @Field(() => Int, { nullable: true })
  pendingDays: number | null;

  @Field(() => Float, { nullable: true })
  valueCents: number | null;
}

export const SroiAlertConnection = Connection(SroiAlertModel, 'SroiAlert');

@ObjectType('SroiSuggestion', {
  description: 'Kandidaat voor een open vacature van de opdrachtnemer of voor een concept, met wat plaatsen zou opleveren voor de verplichting',
})
export class SroiSuggestionModel {
  @Field(() => ID, { nullable: true, description: 'Leeg bij een concept (sroiDraftSuggestions)' })
  vacancyId: string | null;

  @Field({ description: 'Titel van de vacature; bij een concept "Concept: <beroep>"' })
  vacancyTitle: string;

  @Field(() => ID)
  candidateId: string;

  @Field()
  candidatePseudonym: string;

  @Field(() => Float, { description: 'Score van de huidige match (bij een concept: van de matching van het concept)' })
  matchScore: number;

  @Field(() => Int)
  matchRank: number;

  @Field(() => Float, { nullable: true, description: 'Score met de SROI-component van de regio; leeg als die uit staat' })
  sroiAdjustedScore: number | null;

  @Field(() => SroiCategory, { description: 'Uit het profiel afgeleide categorie' })
  category: SroiCategory;

  @Field(() => Float, { description: 'Verwachte uren per week (bovenkant van de overlap vacature/kandidaat)' })
  hoursPerWeek: number;

  @Field()
  expectedStartDate: string;

  @Field(() => Float, { description: 'Resterende contractmaanden vanaf de verwachte start' })
  remainingContractMonths: number;

  @Field(() => Float, { description: 'Daarvan geteld (plafond van de categorie)' })
  monthsCounted: number;

  @Field()
  capApplied: boolean;

  @Field(() => [SroiBonus])
  bonuses: SroiBonus[];

  @Field(() => Float, { description: 'Bijdrage aan de verplichting bij plaatsing tot de einddatum, eurocent' })
  contributionCents: number;

  @Field(() => Float, { description: 'Bijdrage gedeeld door de resterende verplichting' })
  shareOfRemaining: number;
}

export const SroiSuggestionConnection = Connection(SroiSuggestionModel, 'SroiSuggestion');
