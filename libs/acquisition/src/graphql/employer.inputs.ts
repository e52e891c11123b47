import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '@wsp/common';
import { EmployerSizeClass, PipelineStage, PsoLevel } from '../entities/employer.entity';
import { SbiSection } from '../domain/sbi';
import { IsIsoDateString, NotNullIfGiven, PHONE } from './input-helpers';
import './enums';

// --- Employers -----------------------------------------------------------------------------------

@InputType()
export class CreateEmployerInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field({ description: '8 cijfers; spaties worden genegeerd' })
  @IsString()
  @MaxLength(20)
  kvkNumber: string;

  @Field(() => SbiSection)
  @IsEnum(SbiSection)
  sbiSection: SbiSection;

  @Field(() => EmployerSizeClass)
  @IsEnum(EmployerSizeClass)
  sizeClass: EmployerSizeClass;

  @Field({ description: 'Postcode (2511 of 2511 AB) van het vestigingsadres' })
  @IsString()
  @MaxLength(10)
  postcode: string;

  @Field(() => ID, { nullable: true, description: 'Accountmanager; standaard de ingelogde accountmanager. Verplicht voor een beheerder.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  inclusiveEmployer?: boolean;

  @Field(() => PsoLevel, { nullable: true })
  @IsOptional()
  @IsEnum(PsoLevel)
  psoLevel?: PsoLevel | null;

  @Field(() => String, { nullable: true, description: 'Verplicht bij een PSO-trede (JJJJ-MM-DD)' })
  @IsOptional()
  @IsIsoDateString()
  psoExpiresOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Notities van de accountmanager (geen persoonsgegevens van kandidaten)' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
}

/** Every field optional; nullable profile fields can be cleared with null. */
@InputType()
export class UpdateEmployerInput {
  @Field({ nullable: true })
  @NotNullIfGiven()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true })
  @NotNullIfGiven()
  @IsString()
  @MaxLength(20)
  kvkNumber?: string;

  @Field(() => SbiSection, { nullable: true })
  @NotNullIfGiven()
  @IsEnum(SbiSection)
  sbiSection?: SbiSection;

  @Field(() => EmployerSizeClass, { nullable: true })
  @NotNullIfGiven()
  @IsEnum(EmployerSizeClass)
  sizeClass?: EmployerSizeClass;

  @Field({ nullable: true })
  @NotNullIfGiven()
  @IsString()
  @MaxLength(10)
  postcode?: string;

  @Field({ nullable: true })
  @NotNullIfGiven()
  @IsBoolean()
  inclusiveEmployer?: boolean;

  @Field(() => PsoLevel, { nullable: true })
  @IsOptional()
  @IsEnum(PsoLevel)
  psoLevel?: PsoLevel | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDateString()
  psoExpiresOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
}

@InputType()
export class EmployerFilterInput {
  @Field(() => String, { nullable: true, description: 'Deel van de naam, of (begin van) het KvK-nummer' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'CBS-gemeentecode, bijvoorbeeld GM0518' })
  @IsOptional()
  @Matches(/^GM[0-9]{4}$/i, { message: 'Een gemeentecode is GM gevolgd door 4 cijfers' })
  municipalityCode?: string | null;

  @Field(() => PipelineStage, { nullable: true, description: 'Alleen voor beheerders en accountmanagers' })
  @IsOptional()
  @IsEnum(PipelineStage)
  stage?: PipelineStage | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  inclusiveEmployer?: boolean | null;
}

@ArgsType()
export class EmployersArgs extends PageArgs {
  @Field(() => EmployerFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EmployerFilterInput)
  filter?: EmployerFilterInput | null;
}

// --- Contacts ------------------------------------------------------------------------------------

@InputType()
export class EmployerContactInput {
  @Field()
  @IsString()
  @Length(1, 120)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  jobTitle?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'Ongeldig telefoonnummer' })
  phone?: string | null;

  @Field({ nullable: true, defaultValue: false, description: 'Maakt dit het eerste aanspreekpunt (de vorige verliest die rol)' })
  @IsOptional()
  @IsBoolean()
  isPrimary?: boolean;
}

@InputType()
export class UpdateEmployerContactInput {
  @Field({ nullable: true })
  @NotNullIfGiven()
  @IsString()
  @Length(1, 120)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  jobTitle?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'Ongeldig telefoonnummer' })
  phone?: string | null;

  @Field({ nullable: true })
  @NotNullIfGiven()
  @IsBoolean()
  isPrimary?: boolean;
}
