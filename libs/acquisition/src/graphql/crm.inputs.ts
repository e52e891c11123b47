import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { PageArgs } from '@wsp/common';
import { ContactMomentType } from '../entities/contact-moment.entity';
import { DemandStatus } from '../entities/employer-demand.entity';
import { PipelineStage } from '../entities/employer.entity';
import { ActionsFilter } from '../domain/next-action';
import { IsIsoDateString, NotNullIfGiven } from './input-helpers';
import './enums';

// --- Pipeline --------------------------------------------------------------------------------------

@InputType()
export class MoveEmployerStageInput {
  @Field(() => ID)
  @IsUUID()
  employerId: string;

  @Field(() => PipelineStage, { description: 'De fase waarin de werkgever nu staat; anders CONFLICT (iemand was u voor)' })
  @IsEnum(PipelineStage)
  fromStage: PipelineStage;

  @Field(() => PipelineStage)
  @IsEnum(PipelineStage)
  toStage: PipelineStage;

  @Field(() => String, { nullable: true, description: 'Verplicht bij LOST en bij een stap terug' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

// --- Contact moments ---------------------------------------------------------------------------------

@InputType()
export class RecordContactMomentInput {
  @Field(() => ID)
  @IsUUID()
  employerId: string;

  @Field(() => ContactMomentType)
  @IsEnum(ContactMomentType)
  type: ContactMomentType;

  @Field({ description: 'Niet in de toekomst' })
  @IsDate()
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'Contactpersoon van deze werkgever' })
  @IsOptional()
  @IsUUID()
  contactPersonId?: string | null;

  @Field()
  @IsString()
  @Length(1, 5000)
  outcome: string;

  @Field(() => String, { nullable: true, description: 'Vervolgactie; alleen samen met nextActionDueOn' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  nextAction?: string | null;

  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD; alleen samen met nextAction' })
  @IsOptional()
  @IsIsoDateString()
  nextActionDueOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'Standaard de eigenaar van de werkgever' })
  @IsOptional()
  @IsUUID()
  nextActionAssigneeId?: string | null;
}

@ArgsType()
export class MyActionsArgs extends PageArgs {
  @Field(() => ActionsFilter, { defaultValue: ActionsFilter.ALL_OPEN })
  @IsEnum(ActionsFilter)
  status: ActionsFilter = ActionsFilter.ALL_OPEN;
}

@ArgsType()
export class ActionsForArgs extends MyActionsArgs {
  @Field(() => ID)
  @IsUUID()
  userId: string;
}

@ArgsType()
export class EmployerPageArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  employerId: string;
}

// --- Demands -----------------------------------------------------------------------------------------

@InputType()
export class CreateEmployerDemandInput {
  @Field(() => ID)
  @IsUUID()
  employerId: string;

  @Field()
  @IsString()
  @Length(1, 200)
  title: string;

  @Field(() => ID, { nullable: true, description: 'ESCO-beroep' })
  @IsOptional()
  @IsUUID()
  occupationId?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1000)
  numberOfPeople: number;

  @Field({ description: 'JJJJ-MM-DD, vandaag of later' })
  @IsIsoDateString()
  startFrom: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
}

@InputType()
export class UpdateEmployerDemandInput {
  @Field({ nullable: true })
  @NotNullIfGiven()
  @IsString()
  @Length(1, 200)
  title?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  occupationId?: string | null;

  @Field(() => Int, { nullable: true })
  @NotNullIfGiven()
  @IsInt()
  @Min(1)
  @Max(1000)
  numberOfPeople?: number;

  @Field({ nullable: true })
  @NotNullIfGiven()
  @IsIsoDateString()
  startFrom?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
}

@ArgsType()
export class DemandsArgs extends PageArgs {
  @Field(() => DemandStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DemandStatus)
  status?: DemandStatus | null;
}
