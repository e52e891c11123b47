import { Field, Float, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNumber, IsOptional, IsString } from 'class-validator';
import { LksCalculationInput, LksRoute } from '../lks';

registerEnumType(LksRoute, {
  name: 'LksRoute',
  description: 'Hoe het gesubsidieerde deel wordt bepaald',
  valuesMap: {
    LOONWAARDE: { description: 'Op basis van de vastgestelde loonwaarde (art. 10d Participatiewet)' },
    FORFAITAIR: { description: 'Forfaitair 50%, zonder loonwaardebepaling, alleen de eerste 6 maanden (art. 10d lid 5)' },
  },
});

// Only types here: every range and combination rule is checked by the domain
// (lks/lks-input.ts) so that the error is a ValidationError naming the field.
@InputType()
export class LksInput implements LksCalculationInput {
  @Field({ description: 'Eerste dag van het dienstverband, JJJJ-MM-DD' })
  @IsString()
  startDate: string;

  @Field(() => String, { nullable: true, description: 'Dag in de maand waarvoor wordt gerekend, JJJJ-MM-DD; standaard de startdatum' })
  @IsOptional()
  @IsString()
  calculationDate?: string | null;

  @Field(() => Float, { description: 'Contracturen per week (groter dan 0, hoogstens 60, hoogstens twee decimalen)' })
  @IsNumber()
  contractHoursPerWeek: number;

  @Field(() => Float, { nullable: true, description: 'Voltijdse werkweek in de sector (cao); zonder opgave geldt 36 uur als maximum' })
  @IsOptional()
  @IsNumber()
  fullTimeHoursPerWeek?: number | null;

  @Field(() => LksRoute)
  @IsEnum(LksRoute)
  route: LksRoute;

  @Field(() => Int, { nullable: true, description: 'Vastgestelde loonwaarde 0-100%; verplicht bij LOONWAARDE, leeg bij FORFAITAIR' })
  @IsOptional()
  @IsInt()
  loonwaardePercentage?: number | null;

  @Field(() => Int, { nullable: true, description: 'Leeftijd van de werknemer, voor het minimumjeugdloon; leeg = 21 jaar of ouder' })
  @IsOptional()
  @IsInt()
  age?: number | null;

  @Field(() => Int, { nullable: true, description: 'Bruto maandloon voor de contracturen in eurocent, om de netto kosten voor de werkgever te tonen' })
  @IsOptional()
  @IsInt()
  grossMonthlyWageCents?: number | null;
}
