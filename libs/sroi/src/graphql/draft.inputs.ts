import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { EducationLevel, PageArgs } from '@wsp/common';
import { SKILLS_MAX, VacancySkillInput } from '@wsp/vacancies';

// Ranges (hours, loonwaarde, dates) and references (occupation, skills, postcode) are checked by
// the vacancies' rules and the reference data in the service, so that the error names the field.

@InputType({ description: 'Concept van een vacature die de opdrachtnemer nog niet heeft geplaatst; wordt niet opgeslagen' })
export class SroiDraftVacancyInput {
  @Field(() => ID, { description: 'ESCO-beroep' })
  @IsUUID()
  occupationId: string;

  @Field(() => [VacancySkillInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SKILLS_MAX)
  @ValidateNested({ each: true })
  @Type(() => VacancySkillInput)
  skills?: VacancySkillInput[] | null;

  @Field(() => Int)
  @IsInt()
  hoursMin: number;

  @Field(() => Int)
  @IsInt()
  hoursMax: number;

  @Field(() => String, { nullable: true, description: 'Postcode van de werklocatie (PC4 of met letters); standaard die van de opdrachtnemer' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD; leeg = zo snel mogelijk' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  startDate?: string | null;

  @Field(() => EducationLevel, { nullable: true, description: 'Minimaal opleidingsniveau; leeg = geen eis' })
  @IsOptional()
  @IsEnum(EducationLevel)
  educationLevel?: EducationLevel | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  drivingLicenceRequired?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Open voor kandidaten met loonkostensubsidie' })
  @IsOptional()
  @IsBoolean()
  openToLks?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Minimale loonwaarde 0-100; alleen met openToLks; leeg = elke loonwaarde' })
  @IsOptional()
  @IsInt()
  minLoonwaarde?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Beschut werk' })
  @IsOptional()
  @IsBoolean()
  beschut?: boolean | null;
}

@ArgsType()
export class SroiDraftSuggestionsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  contractId: string;

  @Field(() => SroiDraftVacancyInput)
  @ValidateNested()
  @Type(() => SroiDraftVacancyInput)
  draft: SroiDraftVacancyInput;
}
