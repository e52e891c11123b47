import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { EmployerNetCost, LksCalculationResult, LksRoute } from '../lks';
import './lks.inputs'; // registers the LksRoute enum

@ObjectType('LksEmployerCost', { description: 'Loonkosten en netto kosten per maand voor de werkgever (schatting)' })
export class LksEmployerCostModel implements EmployerNetCost {
  @Field(() => Int, { description: 'Bruto maandloon, eurocent' })
  grossMonthlyWageCents: number;

  @Field(() => Int, { description: 'Vakantiebijslag 8%, eurocent' })
  holidayAllowanceCents: number;

  @Field(() => Int, { description: 'Werkgeverslasten tegen het forfaitaire LKS-percentage, eurocent' })
  employerChargesCents: number;

  @Field(() => Int, { description: 'Loonkosten: brutoloon + vakantiebijslag + werkgeverslasten, eurocent' })
  wageCostsCents: number;

  @Field(() => Int, { description: 'Loonkostensubsidie per maand, eurocent' })
  subsidyCents: number;

  @Field(() => Int, { description: 'Loonkosten min loonkostensubsidie, eurocent' })
  netCostCents: number;
}

@ObjectType('LksCalculation', { description: 'Berekening van de loonkostensubsidie per maand (art. 10d Participatiewet), met elke tussenstap' })
export class LksCalculationModel implements LksCalculationResult {
  @Field(() => Int, { description: 'Loonkostensubsidie per maand inclusief vergoeding werkgeverslasten, eurocent' })
  monthlyAmountCents: number;

  @Field(() => LksRoute)
  route: LksRoute;

  @Field({ description: 'JJJJ-MM-DD' })
  startDate: string;

  @Field({ description: 'JJJJ-MM-DD' })
  calculationDate: string;

  @Field({ description: 'Peildatum minimumloon: de latere van startdatum en 1 januari van het berekeningsjaar (art. 10d lid 7)' })
  wmlReferenceDate: string;

  @Field(() => Int, { description: 'Wettelijk minimumloon per maand, 21 jaar en ouder, op de peildatum, eurocent' })
  wmlMonthlyCents: number;

  @Field({ description: 'Ingangsdatum van het gebruikte minimumloonbedrag' })
  wmlEffectiveFrom: string;

  @Field(() => Int, { nullable: true })
  age: number | null;

  @Field(() => Float, { nullable: true, description: 'Percentage minimumjeugdloon; alleen als een leeftijd is opgegeven' })
  youthWagePercentage: number | null;

  @Field(() => Int, { description: 'Minimum(jeugd)loon per maand, eurocent (afgerond voor weergave)' })
  minimumWageMonthlyCents: number;

  @Field(() => Float)
  holidayAllowancePercentage: number;

  @Field(() => Int, { description: 'Basis B: minimumloon plus vakantiebijslag, eurocent (afgerond voor weergave)' })
  baseAmountCents: number;

  @Field(() => Int, { nullable: true })
  loonwaardePercentage: number | null;

  @Field(() => Float, { description: 'Gesubsidieerd percentage van B, na het maximum' })
  subsidyPercentage: number;

  @Field(() => Float, { description: 'Maximum gesubsidieerd percentage (art. 10d lid 2)' })
  maxSubsidyPercentage: number;

  @Field({ description: 'Of het maximum van 70% is toegepast' })
  capApplied: boolean;

  @Field(() => String, { nullable: true, description: 'Laatste dag van de forfaitaire periode (einde maand 6); alleen bij FORFAITAIR' })
  forfaitLastDay: string | null;

  @Field(() => Float)
  contractHoursPerWeek: number;

  @Field(() => Float, { nullable: true })
  fullTimeHoursPerWeek: number | null;

  @Field(() => Float, { description: 'Contracturen na begrenzing op de voltijdse werkweek (of 36 zonder sectorweek)' })
  subsidisedHoursPerWeek: number;

  @Field(() => Float, { description: 'Werkweek waarvoor het maandbedrag van het minimumloon geldt (36 uur)' })
  normativeHoursPerWeek: number;

  @Field(() => Float, { description: 'subsidisedHoursPerWeek / normativeHoursPerWeek' })
  hoursFactor: number;

  @Field(() => Int, { description: 'B × percentage × urenfactor, eurocent (afgerond voor weergave)' })
  subsidyBeforeEmployerChargesCents: number;

  @Field(() => Float)
  employerChargesPercentage: number;

  @Field(() => Int, { description: 'Vergoeding werkgeverslasten, eurocent' })
  employerChargesCents: number;

  @Field(() => LksEmployerCostModel, { nullable: true, description: 'Alleen als een brutomaandloon is opgegeven' })
  employerCost: LksEmployerCostModel | null;

  @Field({ description: 'Korte uitleg van de berekening' })
  explanation: string;
}
