import { Args, ArgsType, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CurrentActor, Roles } from '@wsp/auth';
import { Actor, ConnectionShape, ForbiddenError, PageArgs, Role, WSP_STAFF } from '@wsp/common';
import { ArrangementChangeEntity, ArrangementEntity, CoachingHoursEntity } from '../entities/arrangement.entity';
import { InstrumentKind, MAX_ARRANGEMENT_MONTHS } from '../domain/instruments';
import { CoachingBudget } from '../domain/coaching-budget';
import { ArrangementLifecycleService } from '../services/arrangement-lifecycle.service';
import { ArrangementReadService, CostOverview } from '../services/arrangement-read.service';
import { ArrangementsService } from '../services/arrangements.service';
import { CoachingHoursService } from '../services/coaching-hours.service';
import {
  AddArrangementCandidateInput,
  ArrangementMoveInput,
  ArrangementsArgs,
  CreateArrangementFromTemplateInput,
  CreateArrangementInput,
  EndArrangementInput,
  ExtendProefplaatsInput,
  LogCoachingHoursInput,
  SetArrangementInstrumentsInput,
  UpdateArrangementInput,
} from './arrangement.inputs';
import {
  ArrangementCandidateModel,
  ArrangementChangeConnection,
  ArrangementConnection,
  ArrangementModel,
  ArrangementTemplateModel,
  CoachingBudgetModel,
  CoachingHoursConnection,
  CoachingHoursModel,
  CostOverviewModel,
} from './arrangement.models';
import { ArrangementInstrumentUnion, instrumentView, InstrumentView } from './instrument.models';

/** Everyone reads (employers only their own, consultants and job coaches their candidates'). */
export const ARRANGEMENT_READERS: Role[] = [...WSP_STAFF, Role.EMPLOYER];
/** The owning accountmanager (or an admin) changes and moves arrangements. */
export const ARRANGEMENT_WRITERS: Role[] = [Role.ADMIN, Role.ACCOUNTMANAGER];
/** Proposals are answered by the employer (or recorded by the owner). */
export const ARRANGEMENT_RESPONDERS: Role[] = [Role.ADMIN, Role.ACCOUNTMANAGER, Role.EMPLOYER];

@ArgsType()
class CostOverviewArgs {
  @Field(() => Int, { nullable: true, description: `Aantal maanden (1-${MAX_ARRANGEMENT_MONTHS}); standaard tot de einddatum of 24` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ARRANGEMENT_MONTHS)
  months?: number | null;
}

@ArgsType()
class TemplatesArgs {
  @Field(() => String, { nullable: true, description: 'Peildatum JJJJ-MM-DD; standaard vandaag' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  date?: string | null;
}

@ArgsType()
class RemoveCandidateArgs {
  @Field(() => ID)
  @IsUUID()
  arrangementId: string;

  @Field(() => ID)
  @IsUUID()
  candidateId: string;
}

@Resolver(() => ArrangementModel)
export class ArrangementResolver {
  constructor(
    private readonly reads: ArrangementReadService,
    private readonly writes: ArrangementsService,
    private readonly lifecycle: ArrangementLifecycleService,
    private readonly coaching: CoachingHoursService,
  ) {}

  @Roles(...ARRANGEMENT_READERS)
  @Query(() => ArrangementModel)
  arrangement(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ArrangementEntity> {
    return this.reads.get(actor, id);
  }

  @Roles(...ARRANGEMENT_READERS)
  @Query(() => ArrangementConnection, { description: 'Arrangementen, nieuwste eerst; een werkgever ziet alleen de eigen, vanaf het voorstel' })
  arrangements(@CurrentActor() actor: Actor, @Args() args: ArrangementsArgs): Promise<ConnectionShape<ArrangementEntity>> {
    return this.reads.list(actor, args.filter ?? {}, args);
  }

  @Roles(...WSP_STAFF)
  @Query(() => [ArrangementTemplateModel], { description: 'Standaardarrangementen per doelgroep en LKS-status, zoals geldig op de peildatum' })
  arrangementTemplates(@Args() args: TemplatesArgs): ArrangementTemplateModel[] {
    const order = Object.values(InstrumentKind);
    return this.reads.templates(args.date).map((t) => ({
      ...t,
      instruments: [...t.instruments].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)).map((i) => instrumentView(i, t.instruments, null)),
    }));
  }

  @Roles(...ARRANGEMENT_WRITERS)
  @Mutation(() => ArrangementModel, { description: 'Nieuw arrangement (concept)' })
  createArrangement(@CurrentActor() actor: Actor, @Args('input') input: CreateArrangementInput): Promise<ArrangementEntity> {
    return this.writes.create(actor, input);
  }

  @Roles(...ARRANGEMENT_WRITERS)
  @Mutation(() => ArrangementModel, { description: 'Nieuw arrangement (concept) vanuit een standaardarrangement' })
  createArrangementFromTemplate(@CurrentActor() actor: Actor, @Args('input') input: CreateArrangementFromTemplateInput): Promise<ArrangementEntity> {
    return this.writes.createFromTemplate(actor, input);
  }

  @Roles(...ARRANGEMENT_WRITERS)
  @Mutation(() => ArrangementModel, { description: 'Wijzigt data, notities of de jobcarvingfunctie van een concept' })
  updateArrangement(@CurrentActor() actor: Actor, @Args('input') input: UpdateArrangementInput): Promise<ArrangementEntity> {
    return this.writes.update(actor, input);
  }

  @Roles(...ARRANGEMENT_WRITERS)
  @Mutation(() => ArrangementModel, { description: 'Vervangt de instrumenten van een concept' })
  setArrangementInstruments(@CurrentActor() actor: Actor, @Args('input') input: SetArrangementInstrumentsInput): Promise<ArrangementEntity> {
    return this.writes.setInstruments(actor, input);
  }

  @Roles(...ARRANGEMENT_WRITERS)
  @Mutation(() => ArrangementModel)
  addArrangementCandidate(@CurrentActor() actor: Actor, @Args('input') input: AddArrangementCandidateInput): Promise<ArrangementEntity> {
    return this.writes.addCandidate(actor, input);
  }

  @Roles(...ARRANGEMENT_WRITERS)
  @Mutation(() => ArrangementModel)
  removeArrangementCandidate(@CurrentActor() actor: Actor, @Args() args: RemoveCandidateArgs): Promise<ArrangementEntity> {
    return this.writes.removeCandidate(actor, args.arrangementId, args.candidateId);
  }

  @Roles(...ARRANGEMENT_WRITERS)
  @Mutation(() => ArrangementModel, { description: 'Concept → voorgesteld aan de werkgever' })
  proposeArrangement(@CurrentActor() actor: Actor, @Args('input') input: ArrangementMoveInput): Promise<ArrangementEntity> {
    return this.lifecycle.propose(actor, input);
  }

  @Roles(...ARRANGEMENT_RESPONDERS)
  @Mutation(() => ArrangementModel, { description: 'De werkgever gaat akkoord met het voorstel' })
  acceptArrangement(@CurrentActor() actor: Actor, @Args('input') input: ArrangementMoveInput): Promise<ArrangementEntity> {
    return this.lifecycle.accept(actor, input);
  }

  @Roles(...ARRANGEMENT_RESPONDERS)
  @Mutation(() => ArrangementModel, { description: 'De werkgever wijst het voorstel af (met reden), of de eigenaar trekt het in; terug naar concept' })
  declineArrangement(@CurrentActor() actor: Actor, @Args('input') input: ArrangementMoveInput): Promise<ArrangementEntity> {
    return this.lifecycle.decline(actor, input);
  }

  @Roles(...ARRANGEMENT_WRITERS)
  @Mutation(() => ArrangementModel, { description: 'Akkoord → lopend' })
  activateArrangement(@CurrentActor() actor: Actor, @Args('input') input: ArrangementMoveInput): Promise<ArrangementEntity> {
    return this.lifecycle.activate(actor, input);
  }

  @Roles(...ARRANGEMENT_WRITERS)
  @Mutation(() => ArrangementModel, { description: 'Beëindigt (of annuleert) een arrangement, met reden' })
  endArrangement(@CurrentActor() actor: Actor, @Args('input') input: EndArrangementInput): Promise<ArrangementEntity> {
    return this.lifecycle.end(actor, input);
  }

  @Roles(...ARRANGEMENT_WRITERS)
  @Mutation(() => ArrangementModel, { description: 'Verlengt de lopende proefplaats (hoogstens 4 maanden, samen hoogstens 6)' })
  extendProefplaats(@CurrentActor() actor: Actor, @Args('input') input: ExtendProefplaatsInput): Promise<ArrangementEntity> {
    return this.lifecycle.extendProefplaats(actor, input);
  }

  @Roles(Role.JOBCOACH)
  @Mutation(() => CoachingHoursModel, { description: 'Schrijft jobcoachingsuren op het budget van het arrangement (alleen de jobcoach van de kandidaat)' })
  logCoachingHours(@CurrentActor() actor: Actor, @Args('input') input: LogCoachingHoursInput): Promise<CoachingHoursEntity> {
    return this.coaching.log(actor, input);
  }

  @ResolveField(() => String, { nullable: true, description: 'Interne notities; niet voor werkgevers' })
  notes(@CurrentActor() actor: Actor, @Parent() a: ArrangementEntity): string | null {
    return actor.role === Role.EMPLOYER ? null : a.notes;
  }

  @ResolveField(() => [ArrangementInstrumentUnion])
  async instruments(@Parent() a: ArrangementEntity): Promise<InstrumentView[]> {
    const all = await this.reads.instruments(a);
    return all.map((i) => instrumentView(i, all, a.startDate));
  }

  @ResolveField(() => [ArrangementCandidateModel], { description: 'Kandidaten, geanonimiseerd; de naam alleen met toestemming voor deze werkgever (gelogd)' })
  candidates(@CurrentActor() actor: Actor, @Parent() a: ArrangementEntity): Promise<ArrangementCandidateModel[]> {
    return this.reads.candidates(actor, a);
  }

  @ResolveField(() => ArrangementChangeConnection, { description: 'Historie, nieuwste eerst' })
  history(@CurrentActor() actor: Actor, @Parent() a: ArrangementEntity, @Args() page: PageArgs): Promise<ConnectionShape<ArrangementChangeEntity>> {
    return this.reads.history(actor, a, page);
  }

  @ResolveField(() => CostOverviewModel, { description: 'Kosten per maand: loon, loonkostensubsidie, jobcoaching en netto kosten voor de werkgever' })
  costOverview(@Parent() a: ArrangementEntity, @Args() args: CostOverviewArgs): Promise<CostOverview> {
    return this.reads.costOverview(a, args.months);
  }

  @ResolveField(() => CoachingBudgetModel, { nullable: true, description: 'Jobcoachingbudget tegenover de geschreven uren; leeg zonder jobcoaching' })
  coachingBudget(@Parent() a: ArrangementEntity): Promise<CoachingBudget | null> {
    return this.coaching.budget(a);
  }

  @ResolveField(() => CoachingHoursConnection, { description: 'Geschreven coachingsuren (niet voor werkgevers)' })
  coachingHours(@CurrentActor() actor: Actor, @Parent() a: ArrangementEntity, @Args() page: PageArgs): Promise<ConnectionShape<CoachingHoursEntity>> {
    if (actor.role === Role.EMPLOYER) throw new ForbiddenError();
    return this.coaching.list(actor, a, page);
  }
}
