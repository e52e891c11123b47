import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '@wsp/common';
import { ArrangementStatus } from '../domain/arrangement-lifecycle';
import './enums';
import { InstrumentInput } from './instrument.inputs';

export { InstrumentInput } from './instrument.inputs';

@InputType()
export class JobcarvingRoleInput {
  @Field()
  @IsString()
  @MaxLength(200)
  title: string;

  @Field({ description: 'De taken die uit bestaande functies zijn gehaald' })
  @IsString()
  @MaxLength(5000)
  description: string;
}

@InputType()
export class ArrangementCandidateInput {
  @Field(() => ID)
  @IsUUID()
  candidateId: string;

  @Field(() => Float, { description: 'Contracturen per week' })
  @IsNumber()
  hoursPerWeek: number;

  @Field(() => Int, { description: 'Bruto maandloon voor die uren, eurocent' })
  @IsInt()
  grossMonthlyWageCents: number;
}

@InputType({ isAbstract: true })
abstract class ArrangementBaseInput {
  @Field(() => ID)
  @IsUUID()
  employerId: string;

  @Field(() => ID, { nullable: true, description: 'Vacature van deze werkgever; leeg bij een jobcarvingfunctie' })
  @IsOptional()
  @IsUUID()
  vacancyId?: string | null;

  @Field(() => JobcarvingRoleInput, { nullable: true, description: 'Alleen zonder vacature' })
  @IsOptional()
  @ValidateNested()
  @Type(() => JobcarvingRoleInput)
  jobcarvingRole?: JobcarvingRoleInput | null;

  @Field({ description: 'Geplande startdatum JJJJ-MM-DD (van de proefplaats als die er is)' })
  @IsString()
  @MaxLength(10)
  startDate: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  endDate?: string | null;

  @Field(() => [ArrangementCandidateInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ArrangementCandidateInput)
  candidates?: ArrangementCandidateInput[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;

  @Field(() => ID, { nullable: true, description: 'Eigenaar (accountmanager); alleen een beheerder kan dit kiezen' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;
}

@InputType()
export class CreateArrangementInput extends ArrangementBaseInput {
  @Field(() => [InstrumentInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  @Type(() => InstrumentInput)
  instruments?: InstrumentInput[] | null;
}

@InputType()
export class CreateArrangementFromTemplateInput extends ArrangementBaseInput {
  @Field({ description: 'Code van het standaardarrangement, bijvoorbeeld BEPERKT_LKS_MDP' })
  @IsString()
  @MaxLength(60)
  templateCode: string;

  @Field(() => [InstrumentInput], { nullable: true, description: 'Vervangt het instrument van dezelfde soort uit het sjabloon (of voegt het toe)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  @Type(() => InstrumentInput)
  instrumentOverrides?: InstrumentInput[] | null;
}

@InputType()
export class UpdateArrangementInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { nullable: true, description: 'Optimistische vergrendeling: de versie die je hebt gelezen' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'null wist de einddatum' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;

  @Field(() => JobcarvingRoleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => JobcarvingRoleInput)
  jobcarvingRole?: JobcarvingRoleInput | null;
}

@InputType()
export class SetArrangementInstrumentsInput {
  @Field(() => ID)
  @IsUUID()
  arrangementId: string;

  @Field(() => [InstrumentInput], { description: 'De volledige nieuwe set' })
  @IsArray()
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  @Type(() => InstrumentInput)
  instruments: InstrumentInput[];
}

@InputType()
export class AddArrangementCandidateInput extends ArrangementCandidateInput {
  @Field(() => ID)
  @IsUUID()
  arrangementId: string;
}

@InputType()
export class ArrangementMoveInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String, { nullable: true, description: 'Verplicht bij afwijzen en beëindigen' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

@InputType()
export class EndArrangementInput extends ArrangementMoveInput {
  @Field(() => String, { nullable: true, description: 'Einddatum JJJJ-MM-DD; standaard vandaag' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  endDate?: string | null;
}

@InputType()
export class ExtendProefplaatsInput {
  @Field(() => ID)
  @IsUUID()
  arrangementId: string;

  @Field(() => Int, { description: 'Extra maanden (samen met eerdere verlengingen hoogstens 4, de proefplaats hoogstens 6 maanden)' })
  @IsInt()
  months: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

@InputType()
export class ArrangementFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  employerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  vacancyId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  candidateId?: string | null;

  @Field(() => [ArrangementStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ArrangementStatus, { each: true })
  statuses?: ArrangementStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Alleen arrangementen waarvan ik eigenaar ben' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;
}

@ArgsType()
export class ArrangementsArgs extends PageArgs {
  @Field(() => ArrangementFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ArrangementFilterInput)
  filter?: ArrangementFilterInput | null;
}

@InputType()
export class LogCoachingHoursInput {
  @Field(() => ID)
  @IsUUID()
  arrangementId: string;

  @Field(() => ID)
  @IsUUID()
  candidateId: string;

  @Field({ description: 'JJJJ-MM-DD, niet in de toekomst' })
  @IsString()
  @MaxLength(10)
  workedOn: string;

  @Field(() => Int, { description: 'Minuten (1-1440)' })
  @IsInt()
  minutes: number;

  @Field(() => String, { nullable: true, description: 'Wat er is gedaan (geen medische gegevens)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}
