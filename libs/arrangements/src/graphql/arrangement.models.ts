import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AnonymisedCandidateModel, Doelgroep, LksStatus } from '@wsp/candidates';
import { Connection } from '@wsp/common';
import { LksRoute } from '../lks';
import { ArrangementStatus } from '../domain/arrangement-lifecycle';
import { CostPhase, LksRecipient } from '../domain/cost-overview';
import { JobcoachingPayer } from '../domain/instruments';
import { ArrangementInstrumentUnion, InstrumentView } from './instrument.models';
import './enums';

registerEnumType(CostPhase, { name: 'CostPhase', description: 'Proefplaats (uitkering loopt door) of dienstverband' });
registerEnumType(LksRecipient, { name: 'LksRecipient', description: 'Wie de loonkostensubsidie ontvangt' });

@ObjectType('Arrangement', { description: 'Arrangement: werkgever, vacature of jobcarvingfunctie, kandidaten en instrumenten' })
export class ArrangementModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  employerId: string;

  @Field(() => ID, { nullable: true })
  vacancyId: string | null;

  @Field(() => String, { nullable: true })
  jobcarvingTitle: string | null;

  @Field(() => String, { nullable: true })
  jobcarvingDescription: string | null;

  @Field(() => ID, { description: 'Accountmanager die eigenaar is' })
  ownerId: string;

  @Field(() => ArrangementStatus)
  status: ArrangementStatus;

  @Field({ description: 'Geplande startdatum (van de proefplaats als die er is)' })
  startDate: string;

  @Field(() => String, { nullable: true })
  endDate: string | null;

  @Field(() => String, { nullable: true, description: 'Standaardarrangement waarvan is uitgegaan' })
  templateCode: string | null;

  @Field(() => String, { nullable: true, description: 'Versie (ingangsdatum) van dat standaardarrangement' })
  templateVersion: string | null;

  @Field(() => String, { nullable: true, description: 'Reden van de laatste afwijzing of van de beëindiging' })
  statusReason: string | null;

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('CandidateName', { description: 'Naam van de kandidaat; alleen met toestemming of voor de eigen klantmanager/jobcoach, en gelogd' })
export class CandidateNameModel {
  @Field()
  firstName: string;

  @Field()
  lastName: string;
}

@ObjectType('ArrangementCandidate')
export class ArrangementCandidateModel {
  @Field(() => ID)
  candidateId: string;

  @Field()
  pseudonym: string;

  @Field(() => Float)
  hoursPerWeek: number;

  @Field(() => Int)
  grossMonthlyWageCents: number;

  @Field(() => Int, { nullable: true, description: 'Loonwaarde bij toevoegen; alleen voor de eigen klantmanager/jobcoach en beheerders' })
  loonwaardePercentage: number | null;

  @Field(() => AnonymisedCandidateModel, { nullable: true })
  profile: AnonymisedCandidateModel | null;

  @Field(() => CandidateNameModel, { nullable: true })
  identity: CandidateNameModel | null;
}

@ObjectType('ArrangementChange')
export class ArrangementChangeModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'CREATED, STATUS, TERMS, INSTRUMENTS, CANDIDATES of PROEFPLAATS_EXTENDED' })
  kind: string;

  @Field(() => ArrangementStatus, { nullable: true })
  fromStatus: ArrangementStatus | null;

  @Field(() => ArrangementStatus)
  toStatus: ArrangementStatus;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => ID, { nullable: true })
  changedById: string | null;

  @Field()
  changedAt: Date;
}

@ObjectType('ArrangementCostMonth', { description: 'Kosten in één maand van het arrangement (bedragen in eurocent)' })
export class CostMonthModel {
  @Field(() => Int)
  month: number;

  @Field()
  periodStart: string;

  @Field()
  periodEnd: string;

  @Field(() => CostPhase)
  phase: CostPhase;

  @Field(() => Int)
  grossWageCents: number;

  @Field(() => Int, { description: 'Brutoloon + vakantiebijslag + werkgeverslasten' })
  wageCostsCents: number;

  @Field(() => Int, { nullable: true, description: 'null als de loonkostensubsidie niet te berekenen is (zie notes)' })
  lksCents: number | null;

  @Field(() => LksRoute, { nullable: true })
  lksRoute: LksRoute | null;

  @Field(() => LksRecipient, { nullable: true })
  lksRecipient: LksRecipient | null;

  @Field(() => Float)
  jobcoachingHours: number;

  @Field(() => Int)
  jobcoachingCents: number;

  @Field(() => JobcoachingPayer, { nullable: true })
  jobcoachingPayer: JobcoachingPayer | null;

  @Field(() => Int)
  detacheringFeeCents: number;

  @Field(() => Int)
  oneOffCostsCents: number;

  @Field(() => Int, { nullable: true, description: 'Netto kosten voor de werkgever; null als de loonkostensubsidie onbekend is' })
  employerNetCostCents: number | null;

  @Field(() => [String])
  notes: string[];
}

@ObjectType('ArrangementCostTotals')
export class CostTotalsModel {
  @Field(() => Int)
  grossWageCents: number;

  @Field(() => Int)
  wageCostsCents: number;

  @Field(() => Int, { nullable: true })
  lksCents: number | null;

  @Field(() => Int)
  jobcoachingCents: number;

  @Field(() => Int, { nullable: true })
  employerNetCostCents: number | null;
}

@ObjectType('ArrangementCostOverview')
export class CostOverviewModel {
  @Field(() => [CostMonthModel])
  months: CostMonthModel[];

  @Field(() => CostTotalsModel)
  totals: CostTotalsModel;

  @Field({ description: 'Uitgangspunten van de berekening' })
  assumptions: string;
}

@ObjectType('CoachingBudgetMonth')
export class CoachingBudgetMonthModel {
  @Field(() => Int)
  month: number;

  @Field()
  periodStart: string;

  @Field()
  periodEnd: string;

  @Field(() => Int)
  budgetMinutes: number;

  @Field(() => Int)
  usedMinutes: number;
}

@ObjectType('CoachingBudget', { description: 'Jobcoachingbudget van het arrangement tegenover de geschreven uren' })
export class CoachingBudgetModel {
  @Field(() => JobcoachingPayer)
  payer: JobcoachingPayer;

  @Field(() => Int)
  hourlyRateCents: number;

  @Field(() => Int)
  budgetMinutes: number;

  @Field(() => Int)
  usedMinutes: number;

  @Field(() => Int)
  remainingMinutes: number;

  @Field()
  overBudget: boolean;

  @Field(() => Int)
  usedCostCents: number;

  @Field(() => Int)
  budgetCostCents: number;

  @Field(() => [CoachingBudgetMonthModel])
  months: CoachingBudgetMonthModel[];
}

@ObjectType('CoachingHours')
export class CoachingHoursModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  arrangementId: string;

  @Field(() => ID)
  candidateId: string;

  @Field(() => ID)
  jobCoachId: string;

  @Field()
  workedOn: string;

  @Field(() => Int)
  minutes: number;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('ArrangementTemplate', { description: 'Standaardarrangement per doelgroep en LKS-status (gedateerde versie)' })
export class ArrangementTemplateModel {
  @Field()
  code: string;

  @Field()
  effectiveFrom: string;

  @Field(() => Doelgroep)
  doelgroep: Doelgroep;

  @Field(() => LksStatus)
  lksStatus: LksStatus;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => [ArrangementInstrumentUnion])
  instruments: InstrumentView[];

  @Field({ description: 'Voegt de no-riskpolis toe als alle kandidaten in het doelgroepregister staan' })
  noRiskPolisWhenRegistered: boolean;

  @Field()
  source: string;
}

export const ArrangementConnection = Connection(ArrangementModel, 'Arrangement');
export const ArrangementChangeConnection = Connection(ArrangementChangeModel, 'ArrangementChange');
export const CoachingHoursConnection = Connection(CoachingHoursModel, 'CoachingHours');
