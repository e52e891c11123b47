import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '@wsp/common';
import { LksStatus } from '../entities/candidate.entity';
import { Doelgroep } from '../domain/doelgroep';

@InputType()
export class CandidateFilter {
  @Field(() => String, { nullable: true, description: 'Pseudoniem of klantnummer; de eigen klantmanager zoekt ook op naam (gelogd)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => Doelgroep, { nullable: true })
  @IsOptional()
  @IsEnum(Doelgroep)
  doelgroep?: Doelgroep | null;

  @Field(() => LksStatus, { nullable: true })
  @IsOptional()
  @IsEnum(LksStatus)
  lksStatus?: LksStatus | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  visibleForMatching?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'CBS-gemeentecode van de woonplaats' })
  @IsOptional()
  @Matches(/^GM[0-9]{4}$/i)
  municipalityCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  jobCoachId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Alleen voor een beheerder' })
  @IsOptional()
  @IsUUID()
  consultantId?: string | null;
}

@ArgsType()
export class CandidatesArgs extends PageArgs {
  @Field(() => CandidateFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CandidateFilter)
  filter?: CandidateFilter | null;
}

@ArgsType()
export class CandidateHistoryArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  candidateId: string;
}

@ArgsType()
export class AccessLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  candidateId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorUserId?: string | null;
}
