import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '@wsp/common';
import { CheckInStatus, PlacementEndReason, PlacementStatus } from '../domain/placement-status';

registerEnumType(PlacementStatus, { name: 'PlacementStatus', description: 'PROPOSED → INTRODUCED → PROEFPLAATS → CONTRACTED → CONFIRMED → ENDED' });
registerEnumType(PlacementEndReason, {
  name: 'PlacementEndReason',
  description: 'Reden van beëindiging',
  valuesMap: {
    REGULAR_WORK: { description: 'Uitstroom naar regulier werk' },
    CONTRACT_ENDED: { description: 'Contract afgelopen' },
    DROPOUT: { description: 'Uitval' },
    OTHER: { description: 'Anders (toelichting in notes)' },
  },
});
registerEnumType(CheckInStatus, { name: 'CheckInStatus', description: 'Hoe het gaat bij een nazorgmoment' });

@InputType()
export class ProposePlacementInput {
  @Field(() => ID)
  @IsUUID()
  candidateId: string;

  @Field(() => ID)
  @IsUUID()
  vacancyId: string;

  @Field(() => ID, { nullable: true, description: 'Arrangement van dezelfde werkgever waarin de kandidaat zit' })
  @IsOptional()
  @IsUUID()
  arrangementId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

@InputType()
export class PlacementMoveInput {
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
export class StartProefplaatsInput extends PlacementMoveInput {
  @Field({ description: 'Eerste dag van de proefplaats, JJJJ-MM-DD' })
  @IsString()
  @MaxLength(10)
  startDate: string;
}

@InputType()
export class MarkContractedInput extends PlacementMoveInput {
  @Field({ description: 'Ingangsdatum van het contract, JJJJ-MM-DD' })
  @IsString()
  @MaxLength(10)
  contractStartDate: string;
}

@InputType()
export class ConfirmPlacementInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: 'Werkelijke startdatum, JJJJ-MM-DD (niet in de toekomst)' })
  @IsString()
  @MaxLength(10)
  actualStartDate: string;

  @Field(() => Float)
  @IsNumber()
  hoursPerWeek: number;

  @Field(() => Int, { description: 'Bruto maandloon, eurocent' })
  @IsInt()
  grossMonthlyWageCents: number;
}

@InputType()
export class EndPlacementInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: 'Einddatum, JJJJ-MM-DD (niet in de toekomst)' })
  @IsString()
  @MaxLength(10)
  endDate: string;

  @Field(() => PlacementEndReason)
  @IsEnum(PlacementEndReason)
  reason: PlacementEndReason;

  @Field(() => String, { nullable: true, description: 'Toelichting; verplicht bij OTHER' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}

@InputType()
export class RecordCheckInInput {
  @Field(() => ID)
  @IsUUID()
  checkInId: string;

  @Field({ description: 'Datum van het gesprek, JJJJ-MM-DD' })
  @IsString()
  @MaxLength(10)
  heldOn: string;

  @Field(() => CheckInStatus)
  @IsEnum(CheckInStatus)
  status: CheckInStatus;

  @Field(() => String, { nullable: true, description: 'Werkgerelateerde notities; geen medische gegevens' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
}

@InputType()
export class PlacementFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  candidateId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  vacancyId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  employerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  arrangementId?: string | null;

  @Field(() => [PlacementStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(PlacementStatus, { each: true })
  statuses?: PlacementStatus[] | null;
}

@ArgsType()
export class PlacementsArgs extends PageArgs {
  @Field(() => PlacementFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlacementFilterInput)
  filter?: PlacementFilterInput | null;
}

@ArgsType()
export class WorkListArgs extends PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 30, description: 'Ook wat binnen zoveel dagen vervalt (0-365); achterstallig staat er altijd op' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  horizonDays?: number = 30;
}

@ArgsType()
export class CandidateTimelineArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  candidateId: string;
}

@ArgsType()
export class EmployerPlacementTimelineArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  employerId: string;
}
