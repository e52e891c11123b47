import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { EducationLevel, PageArgs } from '@wsp/common';
import { ContractType, VacancyStatus } from '../entities';
import { DESCRIPTION_MAX, SKILLS_MAX, TITLE_MAX } from '../domain/vacancy-rules';

// Ranges (hours, wage, loonwaarde, dates...) are checked by the domain rules
// (domain/vacancy-rules.ts) so that the error names the field; here only types and sizes.

@InputType()
export class VacancySkillInput {
  @Field(() => ID, { description: 'ESCO-vaardigheid' })
  @IsUUID()
  skillId: string;

  @Field({ description: 'Essentieel (true) of optioneel (false)' })
  @IsBoolean()
  essential: boolean;
}

/** Fields shared by create and update; on update every field is optional (null clears). */
@InputType({ isAbstract: true })
abstract class VacancyContentInput {
  @Field(() => ID, { nullable: true, description: 'Werkgeversvraag van dezelfde werkgever' })
  @IsOptional()
  @IsUUID()
  demandId?: string | null;

  @Field(() => [VacancySkillInput], { nullable: true, description: 'Vervangt alle vaardigheden van de vacature' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SKILLS_MAX)
  @ValidateNested({ each: true })
  @Type(() => VacancySkillInput)
  skills?: VacancySkillInput[] | null;

  @Field(() => EducationLevel, { nullable: true, description: 'Minimaal opleidingsniveau; leeg = geen eis' })
  @IsOptional()
  @IsEnum(EducationLevel)
  educationLevel?: EducationLevel | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  drivingLicenceRequired?: boolean | null;

  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD; bij openen niet in het verleden' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  closingDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Bruto maandloon minimaal, in eurocent' })
  @IsOptional()
  @IsInt()
  wageMinCents?: number | null;

  @Field(() => Int, { nullable: true, description: 'Bruto maandloon maximaal, in eurocent' })
  @IsOptional()
  @IsInt()
  wageMaxCents?: number | null;

  @Field(() => String, { nullable: true, description: 'Postcode van de werklocatie (PC4 of met letters); standaard die van de werkgever' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  postcode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Aantal plaatsen (standaard 1)' })
  @IsOptional()
  @IsInt()
  numberOfPlaces?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Open voor kandidaten met loonkostensubsidie' })
  @IsOptional()
  @IsBoolean()
  openToLks?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Minimale loonwaarde 0-100; alleen met openToLks; leeg = elke loonwaarde' })
  @IsOptional()
  @IsInt()
  minLoonwaarde?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  proefplaatsPossible?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  jobcarvingPossible?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Beschut werk' })
  @IsOptional()
  @IsBoolean()
  beschut?: boolean | null;
}

@InputType()
export class CreateVacancyInput extends VacancyContentInput {
  @Field(() => ID, { nullable: true, description: 'Verplicht voor medewerkers; een werkgever maakt altijd voor de eigen organisatie' })
  @IsOptional()
  @IsUUID()
  employerId?: string | null;

  @Field()
  @IsString()
  @MaxLength(TITLE_MAX)
  title: string;

  @Field()
  @IsString()
  @MaxLength(DESCRIPTION_MAX)
  description: string;

  @Field(() => ID, { description: 'ESCO-beroep' })
  @IsUUID()
  occupationId: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Zonder opgegeven vaardigheden: neem de essentiële en optionele ESCO-vaardigheden van het beroep over',
  })
  @IsOptional()
  @IsBoolean()
  prefillSkillsFromOccupation?: boolean | null;

  @Field(() => Int)
  @IsInt()
  hoursMin: number;

  @Field(() => Int)
  @IsInt()
  hoursMax: number;

  @Field(() => ContractType)
  @IsEnum(ContractType)
  contractType: ContractType;
}

@InputType()
export class UpdateVacancyInput extends VacancyContentInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'De versie die je hebt gelezen; anders CONFLICT' })
  @IsInt()
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TITLE_MAX)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  occupationId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  hoursMin?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  hoursMax?: number | null;

  @Field(() => ContractType, { nullable: true })
  @IsOptional()
  @IsEnum(ContractType)
  contractType?: ContractType | null;
}

@InputType()
export class OpenVacancyInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'Nieuwe sluitingsdatum (JJJJ-MM-DD), bijvoorbeeld bij heropenen' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  closingDate?: string | null;
}

@InputType()
export class CloseVacancyInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'Verplicht bij het sluiten van een open vacature' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType()
export class VacancyFilterInput {
  @Field(() => ID, { nullable: true, description: 'Genegeerd voor werkgevers: die zien alleen hun eigen vacatures' })
  @IsOptional()
  @IsUUID()
  employerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  demandId?: string | null;

  @Field(() => VacancyStatus, { nullable: true })
  @IsOptional()
  @IsEnum(VacancyStatus)
  status?: VacancyStatus | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  occupationId?: string | null;

  @Field(() => String, { nullable: true, description: 'CBS-gemeentecode van de werklocatie, bijvoorbeeld GM0518' })
  @IsOptional()
  @Matches(/^GM[0-9]{4}$/i, { message: 'municipalityCode is GM gevolgd door vier cijfers' })
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Zoektekst in titel en omschrijving' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}

@ArgsType()
export class VacanciesArgs extends PageArgs {
  @Field(() => VacancyFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VacancyFilterInput)
  filter?: VacancyFilterInput | null;
}

/** Page of one employer's (or demand's) vacancies, for the fields on Employer and EmployerDemand. */
@ArgsType()
export class NestedVacanciesArgs extends PageArgs {
  @Field(() => VacancyStatus, { nullable: true })
  @IsOptional()
  @IsEnum(VacancyStatus)
  status?: VacancyStatus | null;
}

@ArgsType()
export class VacancyHistoryArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
