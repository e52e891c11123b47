import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsNumber, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { LksRoute } from '../lks';
import { AdjustmentFunder, InstrumentKind, JobcoachingPayer } from '../domain/instruments';
import './enums';

// Only types and sizes here: every range and combination rule is checked by the domain
// (domain/instruments.ts) so that the error is a ValidationError naming the field.

@InputType()
export class LksInstrumentInput {
  @Field(() => LksRoute)
  @IsEnum(LksRoute)
  route: LksRoute;

  @Field(() => String, { nullable: true, description: 'Ingangsdatum JJJJ-MM-DD; leeg = begin van het dienstverband (na een proefplaats)' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Einddatum JJJJ-MM-DD; leeg = open' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  endDate?: string | null;

  @Field(() => Float, { nullable: true, description: 'Voltijdse werkweek in de sector (cao)' })
  @IsOptional()
  @IsNumber()
  fullTimeHoursPerWeek?: number | null;

  @Field(() => Int, { nullable: true, description: 'Herbeoordeling van de loonwaarde na zoveel maanden (standaard 12)' })
  @IsOptional()
  @IsInt()
  reassessmentAfterMonths?: number | null;
}

@InputType()
export class ProefplaatsInstrumentInput {
  @Field(() => Int, { description: 'Duur in maanden (hoogstens 2)' })
  @IsInt()
  months: number;

  @Field(() => Int, { nullable: true, description: 'Verlenging in maanden (hoogstens 4; samen hoogstens 6)' })
  @IsOptional()
  @IsInt()
  extensionMonths?: number | null;
}

@InputType()
export class JobcoachingPeriodInput {
  @Field(() => Int, { description: 'Eerste maand van het arrangement (1 = de maand vanaf de startdatum)' })
  @IsInt()
  fromMonth: number;

  @Field(() => Int)
  @IsInt()
  toMonth: number;

  @Field(() => Float, { description: 'Uren per kandidaat per maand' })
  @IsNumber()
  hoursPerMonth: number;
}

@InputType()
export class JobcoachingInstrumentInput {
  @Field(() => JobcoachingPayer)
  @IsEnum(JobcoachingPayer)
  payer: JobcoachingPayer;

  @Field(() => Int, { description: 'Uurtarief in eurocent' })
  @IsInt()
  hourlyRateCents: number;

  @Field(() => [JobcoachingPeriodInput])
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => JobcoachingPeriodInput)
  schedule: JobcoachingPeriodInput[];
}

@InputType()
export class NoRiskPolisInstrumentInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

@InputType()
export class WerkplekaanpassingInstrumentInput {
  @Field()
  @IsString()
  @MaxLength(500)
  description: string;

  @Field(() => Int, { description: 'Kosten in eurocent' })
  @IsInt()
  costCents: number;

  @Field(() => AdjustmentFunder)
  @IsEnum(AdjustmentFunder)
  fundedBy: AdjustmentFunder;
}

@InputType()
export class DetacheringInstrumentInput {
  @Field({ description: 'Naam van het leerwerkbedrijf (juridisch werkgever)' })
  @IsString()
  @MaxLength(200)
  leerwerkbedrijf: string;

  @Field(() => Int, { description: 'Detacheringsvergoeding per kandidaat per maand, eurocent' })
  @IsInt()
  monthlyFeeCents: number;
}

@InputType()
export class LeerwerkplekInstrumentInput {
  @Field()
  @IsString()
  @MaxLength(500)
  description: string;

  @Field(() => Int)
  @IsInt()
  months: number;
}

@InputType()
export class BblInstrumentInput {
  @Field()
  @IsString()
  @MaxLength(200)
  educationProvider: string;

  @Field()
  @IsString()
  @MaxLength(200)
  qualification: string;

  @Field(() => Int)
  @IsInt()
  months: number;
}

/** One instrument: `kind` plus exactly the one matching field (GraphQL has no input unions). */
@InputType({ description: 'Eén instrument: kind plus precies het bijbehorende veld (bijvoorbeeld kind: LKS met lks: {...})' })
export class InstrumentInput {
  @Field(() => InstrumentKind)
  @IsEnum(InstrumentKind)
  kind: InstrumentKind;

  @Field(() => LksInstrumentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LksInstrumentInput)
  lks?: LksInstrumentInput | null;

  @Field(() => ProefplaatsInstrumentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProefplaatsInstrumentInput)
  proefplaats?: ProefplaatsInstrumentInput | null;

  @Field(() => JobcoachingInstrumentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => JobcoachingInstrumentInput)
  jobcoaching?: JobcoachingInstrumentInput | null;

  @Field(() => NoRiskPolisInstrumentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NoRiskPolisInstrumentInput)
  noRiskPolis?: NoRiskPolisInstrumentInput | null;

  @Field(() => WerkplekaanpassingInstrumentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WerkplekaanpassingInstrumentInput)
  werkplekaanpassing?: WerkplekaanpassingInstrumentInput | null;

  @Field(() => DetacheringInstrumentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DetacheringInstrumentInput)
  detachering?: DetacheringInstrumentInput | null;

  @Field(() => LeerwerkplekInstrumentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LeerwerkplekInstrumentInput)
  leerwerkplek?: LeerwerkplekInstrumentInput | null;

  @Field(() => BblInstrumentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BblInstrumentInput)
  bbl?: BblInstrumentInput | null;
}
