import { ArgsType, Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsArray, IsEnum, IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';
import { Connection } from '@wsp/common';
import { SroiBonus, SroiCategory } from '../domain/enums';
import './enums';

@InputType({ description: 'Waardering van een persoon: tabel, categorie, uren per week, en de periode (start- en einddatum) of het aantal maanden' })
export class SroiValuationInput {
  @Field({ description: 'Code van de waarderingstabel, bv. HAAGLANDEN-2023' })
  @IsString()
  @MaxLength(60)
  tableCode: string;

  @Field(() => SroiCategory)
  @IsEnum(SroiCategory)
  category: SroiCategory;

  @Field(() => Float)
  @IsNumber()
  hoursPerWeek: number;

  @Field(() => String, { nullable: true, description: 'Eerste dag, JJJJ-MM-DD (met endDate)' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Laatste dag (inclusief), JJJJ-MM-DD' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  endDate?: string | null;

  @Field(() => Float, { nullable: true, description: 'Aantal maanden (hoogstens 4 decimalen), in plaats van start- en einddatum' })
  @IsOptional()
  @IsNumber()
  months?: number | null;

  @Field(() => [SroiBonus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(SroiBonus, { each: true })
  bonuses?: SroiBonus[] | null;
}

@ObjectType('SroiValuation', { description: 'waarde = (jaarwaarde + toeslagen) × min(uren, 36)/36 × maanden/12, maanden tot het plafond van de categorie' })
export class SroiValuationModel {
  @Field(() => Float, { description: 'Waarde in eurocent, eenmaal half naar boven afgerond' })
  valueCents: number;

  @Field()
  tableCode: string;

  @Field(() => SroiCategory)
  category: SroiCategory;

  @Field(() => Float)
  categoryYearlyValueCents: number;

  @Field(() => Float)
  bonusYearlyValueCents: number;

  @Field(() => [SroiBonus], { description: 'Toeslagen die de tabel kent en die zijn meegeteld' })
  bonusesApplied: SroiBonus[];

  @Field(() => Int, { description: 'Uren van een voltijd jaarwaarde (36)' })
  fullTimeHours: number;

  @Field(() => Float, { description: 'min(uren, voltijd) / voltijd' })
  hoursFactor: number;

  @Field(() => Float)
  monthsRequested: number;

  @Field(() => Float, { description: 'Getelde maanden na het plafond' })
  monthsCounted: number;

  @Field(() => Float, { description: 'maanden / 12' })
  monthsFactor: number;

  @Field(() => Int, { nullable: true, description: 'Plafond van de categorie in maanden (leeg = altijd)' })
  capMonths: number | null;

  @Field()
  capApplied: boolean;
}

@ObjectType('SroiValuationCategory')
export class SroiValuationCategoryModel {
  @Field(() => SroiCategory)
  category: SroiCategory;

  @Field(() => Float, { description: 'Jaarwaarde bij 36 uur, eurocent' })
  yearlyValueCents: number;

  @Field(() => Int, { nullable: true })
  capMonths: number | null;
}

@ObjectType('SroiValuationBonus')
export class SroiValuationBonusModel {
  @Field(() => SroiBonus)
  bonus: SroiBonus;

  @Field(() => Float)
  yearlyValueCents: number;

  @Field(() => Int, { nullable: true })
  minAge: number | null;
}

@ObjectType('SroiValuationTable', { description: 'Waarderingstabel (bouwblokken) van een regio, geldig vanaf effectiveFrom' })
export class SroiValuationTableModel {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  regionCode: string;

  @Field()
  regionName: string;

  @Field()
  effectiveFrom: string;

  @Field(() => Int)
  fullTimeHours: number;

  @Field(() => Float)
  activityHourlyValueCents: number;

  @Field(() => Int, { description: 'Deel van een factuur sociale inkoop dat meetelt (procent)' })
  purchaseCountPercent: number;

  @Field(() => Int, { nullable: true, description: 'Plafond voor sociale inkoop per contract, procent van de verplichting' })
  purchaseCapPercent: number | null;

  @Field(() => Float, { description: 'Drempel: onder deze contractwaarde geen verplichting, eurocent' })
  obligationThresholdCents: number;

  @Field(() => String, { nullable: true })
  source: string | null;

  @Field(() => [SroiValuationCategoryModel])
  categories: SroiValuationCategoryModel[];

  @Field(() => [SroiValuationBonusModel])
  bonuses: SroiValuationBonusModel[];
}

export const SroiValuationTableConnection = Connection(SroiValuationTableModel, 'SroiValuationTable');

@ArgsType()
export class SroiRegionArgs {
  @Field()
  @IsString()
  @MaxLength(40)
  regionCode: string;
}
