import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { PageArgs } from '@wsp/common';
import { SroiContractStatus } from '../domain/enums';
import './enums';

@InputType()
export class CreateSroiContractInput {
  @Field({ description: 'Contractkenmerk van de gemeente (uniek per gemeente)' })
  @IsString()
  @MaxLength(60)
  reference: string;

  @Field()
  @IsString()
  @MaxLength(2000)
  description: string;

  @Field({ description: 'Opdrachtgevende gemeente, CBS-code (GM....)' })
  @IsString()
  @Length(6, 6)
  municipalityCode: string;

  @Field(() => ID, { description: 'Opdrachtnemer: een werkgever' })
  @IsUUID()
  contractorId: string;

  @Field(() => Float, { description: 'Contractwaarde exclusief btw, in eurocent (geheel getal; Float omdat Int 32 bits is)' })
  @IsNumber()
  contractValueCents: number;

  @Field(() => Float, { description: 'SROI-percentage, bv. 5' })
  @IsNumber()
  sroiPercentage: number;

  @Field({ description: 'JJJJ-MM-DD' })
  @IsString()
  @MaxLength(10)
  startDate: string;

  @Field({ description: 'JJJJ-MM-DD' })
  @IsString()
  @MaxLength(10)
  endDate: string;

  @Field(() => String, { nullable: true, description: 'Code van de waarderingstabel; zonder code: de tabel van regionCode die op de startdatum geldt' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  valuationTableCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Regio van de waarderingstabel (bv. HAAGLANDEN), als valuationTableCode ontbreekt' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  regionCode?: string | null;

  @Field(() => Float, { nullable: true, description: 'PSO-korting op de verplichting, procent' })
  @IsOptional()
  @IsNumber()
  psoDiscountPercentage?: number | null;

  @Field(() => Float, { nullable: true, description: 'Boete: dit percentage van het tekort (standaard 0)' })
  @IsOptional()
  @IsNumber()
  penaltyPercentage?: number | null;

  @Field(() => Int, { nullable: true, description: 'Coulancetermijn na de einddatum in dagen (standaard 0)' })
  @IsOptional()
  @IsInt()
  gracePeriodDays?: number | null;

  @Field(() => Float, { nullable: true, description: 'Alleen beheerders: verplichting zelf vastleggen (eurocent), vervangt de formule' })
  @IsOptional()
  @IsNumber()
  obligationOverrideCents?: number | null;
}

@InputType()
export class UpdateSroiContractInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  reference?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  contractValueCents?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  sroiPercentage?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  startDate?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  endDate?: string;

  @Field(() => Float, { nullable: true, description: 'null wist de korting' })
  @IsOptional()
  @IsNumber()
  psoDiscountPercentage?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  penaltyPercentage?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  gracePeriodDays?: number;

  @Field(() => Float, { nullable: true, description: 'Alleen beheerders; null wist de vastgelegde verplichting (dan geldt de formule)' })
  @IsOptional()
  @IsNumber()
  obligationOverrideCents?: number | null;
}

@InputType()
export class SroiContractFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  contractorId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^GM\d{4}$/)
  municipalityCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  regionCode?: string;

  @Field(() => SroiContractStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SroiContractStatus)
  status?: SroiContractStatus;

  @Field({ nullable: true, description: 'Alleen contracten met een resterende verplichting' })
  @IsOptional()
  @IsBoolean()
  withRemainingObligation?: boolean;
}

@ArgsType()
export class SroiContractsArgs extends PageArgs {
  @Field(() => SroiContractFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SroiContractFilterInput)
  filter?: SroiContractFilterInput;
}

@ArgsType()
export class SroiPageArgs extends PageArgs {}

@ArgsType()
export class SroiSuggestionsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  contractId: string;
}

@ArgsType()
export class SroiAlertsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Alleen contracten van deze opdrachtgevende gemeente' })
  @IsOptional()
  @IsString()
  @Matches(/^GM\d{4}$/)
  municipalityCode?: string;

  @Field({ nullable: true, description: 'Alleen gemeenten waarvan ik SROI-coördinator ben' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}

@ArgsType()
export class SroiValuationTablesArgs extends PageArgs {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  regionCode?: string;
}
