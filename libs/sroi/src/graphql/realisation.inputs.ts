import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsArray, IsEnum, IsNumber, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '@wsp/common';
import { SroiBonus, SroiCategory, SroiRealisationKind, SroiRealisationStatus } from '../domain/enums';
import './enums';

@InputType({ description: 'Een plaatsing voorstellen (placementId), of een dienstverband buiten de WSP-plaatsingen vastleggen (category, hoursPerWeek, startDate)' })
export class ProposeSroiRealisationInput {
  @Field(() => ID)
  @IsUUID()
  contractId: string;

  @Field(() => ID, { nullable: true, description: 'Een bevestigde of beëindigde plaatsing bij de opdrachtnemer' })
  @IsOptional()
  @IsUUID()
  placementId?: string | null;

  @Field(() => SroiCategory, { nullable: true })
  @IsOptional()
  @IsEnum(SroiCategory)
  category?: SroiCategory | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  hoursPerWeek?: number | null;

  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD; leeg zolang het dienstverband loopt' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  endDate?: string | null;

  @Field(() => [SroiBonus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(SroiBonus, { each: true })
  bonuses?: SroiBonus[] | null;

  @Field(() => String, { nullable: true, description: 'Zonder persoonsgegevens' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}

@InputType()
export class RecordSroiSocialPurchaseInput {
  @Field(() => ID)
  @IsUUID()
  contractId: string;

  @Field(() => Float, { description: 'Factuurbedrag exclusief btw, eurocent' })
  @IsNumber()
  amountCents: number;

  @Field({ description: 'Factuurdatum, JJJJ-MM-DD' })
  @IsString()
  @MaxLength(10)
  invoiceDate: string;

  @Field({ description: 'SW-bedrijf of erkende sociale onderneming' })
  @IsString()
  @MaxLength(200)
  supplierName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  invoiceReference?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}

@InputType()
export class RecordSroiOtherActivityInput {
  @Field(() => ID)
  @IsUUID()
  contractId: string;

  @Field(() => Float, { description: 'Bestede uren' })
  @IsNumber()
  hours: number;

  @Field({ description: 'Datum (van de laatste dag) van de activiteit, JJJJ-MM-DD' })
  @IsString()
  @MaxLength(10)
  activityDate: string;

  @Field({ description: 'Wat er is gedaan (gastles, coaching, ...), zonder persoonsgegevens' })
  @IsString()
  @MaxLength(2000)
  description: string;
}

@InputType()
export class AcceptSroiRealisationInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

@InputType()
export class RejectSroiRealisationInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: 'Verplicht bij afwijzen' })
  @IsString()
  @MaxLength(2000)
  reason: string;
}

@InputType()
export class CorrectSroiRealisationCategoryInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => SroiCategory)
  @IsEnum(SroiCategory)
  category: SroiCategory;

  @Field(() => [SroiBonus], { nullable: true, description: 'Zonder waarde blijven de toeslagen zoals ze zijn' })
  @IsOptional()
  @IsArray()
  @IsEnum(SroiBonus, { each: true })
  bonuses?: SroiBonus[] | null;

  @Field()
  @IsString()
  @MaxLength(2000)
  reason: string;
}

@ArgsType()
export class SroiRealisationsArgs extends PageArgs {
  @Field(() => SroiRealisationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SroiRealisationStatus)
  status?: SroiRealisationStatus;

  @Field(() => SroiRealisationKind, { nullable: true })
  @IsOptional()
  @IsEnum(SroiRealisationKind)
  kind?: SroiRealisationKind;
}
