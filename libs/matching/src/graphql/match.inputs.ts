import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '@wsp/common';
import { MatchDecision } from '../entities/match-feedback.entity';
import { MatchRunKind } from '../entities/match-run.entity';

@ArgsType()
export class MatchesForVacancyArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  vacancyId: string;
}

@ArgsType()
export class MatchesForCandidateArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  candidateId: string;
}

@InputType()
export class RequestMatchRunInput {
  @Field(() => MatchRunKind)
  @IsEnum(MatchRunKind)
  kind: MatchRunKind;

  @Field(() => ID, { nullable: true, description: 'Verplicht bij VACANCY' })
  @IsOptional()
  @IsUUID()
  vacancyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Verplicht bij CANDIDATE' })
  @IsOptional()
  @IsUUID()
  candidateId?: string | null;
}

export const DECISION_REASON_MAX = 1000;

@InputType()
export class SetMatchDecisionInput {
  @Field(() => ID)
  @IsUUID()
  vacancyId: string;

  @Field(() => ID)
  @IsUUID()
  candidateId: string;

  @Field(() => MatchDecision)
  @IsEnum(MatchDecision)
  decision: MatchDecision;

  @Field({ description: 'Waarom (verplicht; blijft bewaard in de geschiedenis)' })
  @IsString()
  @MaxLength(DECISION_REASON_MAX)
  reason: string;
}
