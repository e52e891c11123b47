import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@wsp/common';
import { SroiBonus, SroiCategory, SroiRealisationKind, SroiRealisationStatus } from '../domain/enums';
import './enums';

@ObjectType('SroiRealisationChange', { description: 'Voorstel, beoordeling of categoriecorrectie van een realisatie' })
export class SroiRealisationChangeModel {
  @Field(() => ID)
  id: string;

  @Field(() => SroiRealisationStatus, { nullable: true })
  fromStatus: SroiRealisationStatus | null;

  @Field(() => SroiRealisationStatus)
  toStatus: SroiRealisationStatus;

  @Field(() => SroiCategory, { nullable: true })
  fromCategory: SroiCategory | null;

  @Field(() => SroiCategory, { nullable: true })
  toCategory: SroiCategory | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => ID, { nullable: true, description: 'null = automatisch (vanuit een plaatsing)' })
  changedById: string | null;

  @Field(() => Date)
  changedAt: Date;
}

@ObjectType('SroiRealisation', { description: 'Iets dat meetelt voor de verplichting van een contract' })
export class SroiRealisationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  contractId: string;

  @Field(() => SroiRealisationKind)
  kind: SroiRealisationKind;

  @Field(() => SroiRealisationStatus)
  status: SroiRealisationStatus;

  @Field(() => ID, { nullable: true, description: 'Niet zichtbaar voor werkgevers' })
  placementId: string | null;

  @Field(() => ID, { nullable: true, description: 'Niet zichtbaar voor werkgevers' })
  candidateId: string | null;

  @Field(() => String, { nullable: true, description: 'Pseudoniem van de kandidaat; niet zichtbaar voor werkgevers' })
  candidatePseudonym: string | null;

  @Field(() => SroiCategory, { nullable: true })
  category: SroiCategory | null;

  @Field(() => SroiCategory, { nullable: true, description: 'Uit het kandidaatprofiel afgeleide categorie (plaatsingen)' })
  derivedCategory: SroiCategory | null;

  @Field(() => [SroiBonus])
  bonuses: SroiBonus[];

  @Field(() => Float, { nullable: true })
  hoursPerWeek: number | null;

  @Field(() => String, { nullable: true, description: 'Begin dienstverband, of factuur-/activiteitsdatum' })
  startDate: string | null;

  @Field(() => String, { nullable: true })
  endDate: string | null;

  @Field(() => Float, { nullable: true, description: 'Getelde maanden (na het plafond van de categorie)' })
  monthsCounted: number | null;

  @Field(() => Float, { nullable: true, description: 'Factuurbedrag exclusief btw, eurocent' })
  purchaseAmountCents: number | null;

  @Field(() => String, { nullable: true })
  supplierName: string | null;

  @Field(() => String, { nullable: true })
  invoiceReference: string | null;

  @Field(() => Float, { nullable: true })
  activityHours: number | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Float, { description: 'Waarde op valuedOn, eurocent' })
  valueCents: number;

  @Field()
  valuedOn: string;

  @Field(() => Date)
  pendingSince: Date;

  @Field(() => String, { nullable: true })
  statusReason: string | null;

  @Field(() => ID, { nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'null = automatisch voorgesteld' })
  createdById: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => [SroiRealisationChangeModel])
  history: SroiRealisationChangeModel[];
}

export const SroiRealisationConnection = Connection(SroiRealisationModel, 'SroiRealisation');
