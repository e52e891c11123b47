import { createUnionType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { LksRoute } from '../lks';
import { AdjustmentFunder, Instrument, InstrumentKind, JobcoachingPayer, lksPeriod, proefplaatsPeriod } from '../domain/instruments';
import './enums';

@ObjectType('LksInstrument', { description: 'Loonkostensubsidie (art. 10d Participatiewet)' })
export class LksInstrumentModel {
  @Field(() => InstrumentKind)
  kind: InstrumentKind.LKS;

  @Field(() => LksRoute)
  route: LksRoute;

  @Field(() => String, { nullable: true, description: 'Vastgelegde ingangsdatum; leeg = begin van het dienstverband' })
  fixedStartDate: string | null;

  @Field(() => String, { nullable: true, description: 'Ingangsdatum zoals die nu volgt (na een eventuele proefplaats); leeg in een sjabloon' })
  startDate: string | null;

  @Field(() => String, { nullable: true })
  endDate: string | null;

  @Field(() => Float, { nullable: true })
  fullTimeHoursPerWeek: number | null;

  @Field(() => Int)
  reassessmentAfterMonths: number;

  @Field(() => String, { nullable: true, description: 'Datum van de herbeoordeling van de loonwaarde' })
  reassessmentOn: string | null;
}

@ObjectType('ProefplaatsInstrument', { description: 'Proefplaats met behoud van uitkering, zonder loonkostensubsidie (art. 6 en 8a)' })
export class ProefplaatsInstrumentModel {
  @Field(() => InstrumentKind)
  kind: InstrumentKind.PROEFPLAATS;

  @Field(() => Int)
  months: number;

  @Field(() => Int)
  extensionMonths: number;

  @Field(() => Int)
  totalMonths: number;

  @Field(() => String, { nullable: true })
  startDate: string | null;

  @Field(() => String, { nullable: true })
  endDate: string | null;

  @Field({ description: 'De uitkering loopt door tijdens de proefplaats' })
  benefitRetained: boolean;
}

@ObjectType('JobcoachingPeriod')
export class JobcoachingPeriodModel {
  @Field(() => Int)
  fromMonth: number;

  @Field(() => Int)
  toMonth: number;

  @Field(() => Float)
  hoursPerMonth: number;
}

@ObjectType('JobcoachingInstrument')
export class JobcoachingInstrumentModel {
  @Field(() => InstrumentKind)
  kind: InstrumentKind.JOBCOACHING;

  @Field(() => JobcoachingPayer)
  payer: JobcoachingPayer;

  @Field(() => Int, { description: 'Uurtarief, eurocent' })
  hourlyRateCents: number;

  @Field(() => [JobcoachingPeriodModel])
  schedule: JobcoachingPeriodModel[];

  @Field(() => Float, { description: 'Totaal aantal uren per kandidaat volgens het schema' })
  totalHoursPerCandidate: number;
}

@ObjectType('NoRiskPolisInstrument', { description: 'No-riskpolis (art. 29b Ziektewet)' })
export class NoRiskPolisInstrumentModel {
  @Field(() => InstrumentKind)
  kind: InstrumentKind.NO_RISK_POLIS;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('WerkplekaanpassingInstrument')
export class WerkplekaanpassingInstrumentModel {
  @Field(() => InstrumentKind)
  kind: InstrumentKind.WERKPLEKAANPASSING;

  @Field()
  description: string;

  @Field(() => Int)
  costCents: number;

  @Field(() => AdjustmentFunder)
  fundedBy: AdjustmentFunder;
}

@ObjectType('DetacheringInstrument', { description: 'Detachering via het leerwerkbedrijf; dat is juridisch werkgever en ontvangt de loonkostensubsidie' })
export class DetacheringInstrumentModel {
  @Field(() => InstrumentKind)
  kind: InstrumentKind.DETACHERING;

  @Field()
  leerwerkbedrijf: string;

  @Field(() => Int)
  monthlyFeeCents: number;
}

@ObjectType('LeerwerkplekInstrument')
export class LeerwerkplekInstrumentModel {
  @Field(() => InstrumentKind)
  kind: InstrumentKind.LEERWERKPLEK;

  @Field()
  description: string;

  @Field(() => Int)
  months: number;
}

@ObjectType('BblInstrument')
export class BblInstrumentModel {
  @Field(() => InstrumentKind)
  kind: InstrumentKind.BBL;

  @Field()
  educationProvider: string;

  @Field()
  qualification: string;

  @Field(() => Int)
  months: number;
}

const TYPE_BY_KIND = {
  [InstrumentKind.LKS]: LksInstrumentModel,
  [InstrumentKind.PROEFPLAATS]: ProefplaatsInstrumentModel,
  [InstrumentKind.JOBCOACHING]: JobcoachingInstrumentModel,
  [InstrumentKind.NO_RISK_POLIS]: NoRiskPolisInstrumentModel,
  [InstrumentKind.WERKPLEKAANPASSING]: WerkplekaanpassingInstrumentModel,
  [InstrumentKind.DETACHERING]: DetacheringInstrumentModel,
  [InstrumentKind.LEERWERKPLEK]: LeerwerkplekInstrumentModel,
  [InstrumentKind.BBL]: BblInstrumentModel,
};

export type InstrumentView =
  | LksInstrumentModel
  | ProefplaatsInstrumentModel
  | JobcoachingInstrumentModel
  | NoRiskPolisInstrumentModel
  | WerkplekaanpassingInstrumentModel
  | DetacheringInstrumentModel
  | LeerwerkplekInstrumentModel
  | BblInstrumentModel;

export const ArrangementInstrumentUnion = createUnionType({
  name: 'ArrangementInstrument',
  description: 'Een instrument van een arrangement; het type volgt uit kind',
  types: () => Object.values(TYPE_BY_KIND),
  resolveType: (value: InstrumentView) => TYPE_BY_KIND[value.kind],
});

/** The GraphQL view of an instrument; dates follow from the arrangement's start date (null in a template). */
export function instrumentView(i: Instrument, all: readonly Instrument[], startDate: string | null): InstrumentView {
  switch (i.kind) {
    case InstrumentKind.LKS: {
      const p = startDate ? lksPeriod(startDate, all) : null;
      return {
        kind: i.kind,
        route: i.route,
        fixedStartDate: i.startDate,
        startDate: p?.startDate ?? null,
        endDate: i.endDate,
        fullTimeHoursPerWeek: i.fullTimeHoursPerWeek,
        reassessmentAfterMonths: i.reassessmentAfterMonths,
        reassessmentOn: p?.reassessmentOn ?? null,
      };
    }
    case InstrumentKind.PROEFPLAATS: {
      const p = startDate ? proefplaatsPeriod(startDate, i) : null;
      return { ...i, totalMonths: i.months + i.extensionMonths, startDate: p?.startDate ?? null, endDate: p?.endDate ?? null, benefitRetained: true };
    }
    case InstrumentKind.JOBCOACHING:
      return { ...i, totalHoursPerCandidate: i.schedule.reduce((s, p) => s + (p.toMonth - p.fromMonth + 1) * p.hoursPerMonth, 0) };
    default:
      return { ...i };
  }
}

