import { ArgsType, Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Connection, PageArgs } from '@wsp/common';

@InputType()
export class SroiCoordinatorInput {
  @Field({ description: 'Opdrachtgevende gemeente (GM-code)' })
  @IsString()
  @Length(6, 6)
  municipalityCode: string;

  @Field(() => ID, { description: 'Gebruiker met rol ADMIN of ACCOUNTMANAGER' })
  @IsUUID()
  userId: string;
}

@ObjectType('SroiCoordinator', { description: 'SROI-coördinator van een gemeente: beoordeelt de realisaties van haar contracten' })
export class SroiCoordinatorModel {
  @Field(() => ID)
  id: string;

  @Field()
  municipalityCode: string;

  @Field()
  municipalityName: string;

  @Field(() => ID)
  userId: string;

  @Field()
  userDisplayName: string;

  @Field(() => ID)
  assignedById: string;

  @Field(() => Date)
  createdAt: Date;
}

export const SroiCoordinatorConnection = Connection(SroiCoordinatorModel, 'SroiCoordinator');

@ArgsType()
export class SroiCoordinatorsArgs extends PageArgs {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^GM\d{4}$/)
  municipalityCode?: string;
}

@InputType()
export class SetSroiRegionMatchingInput {
  @Field({ description: 'Regio van de waarderingstabellen, bv. HAAGLANDEN' })
  @IsString()
  @MaxLength(40)
  regionCode: string;

  @Field()
  @IsBoolean()
  enabled: boolean;

  @Field(() => Float, { nullable: true, description: 'Gewicht naast de andere gewichten (die samen 1 zijn); standaard 0,1' })
  @IsOptional()
  @IsNumber()
  weight?: number | null;
}

@ObjectType('SroiRegionSetting', { description: 'SROI-component van de matching per regio (standaard uit)' })
export class SroiRegionSettingModel {
  @Field()
  regionCode: string;

  @Field()
  matchingComponentEnabled: boolean;

  @Field(() => Float)
  matchingWeight: number;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;
}

export const SroiRegionSettingConnection = Connection(SroiRegionSettingModel, 'SroiRegionSetting');
