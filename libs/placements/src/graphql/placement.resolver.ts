import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ArrangementEntity, ArrangementModel, ArrangementReadService, CandidateName, CandidateNameModel } from '@wsp/arrangements';
import { CurrentActor, Roles } from '@wsp/auth';
import { AnonymisedCandidate, AnonymisedCandidateModel, AnonymisedCandidateService } from '@wsp/candidates';
import { Actor, ConnectionShape, PageArgs, Role, WSP_STAFF } from '@wsp/common';
import { PlacementChangeEntity, PlacementCheckInEntity, PlacementEntity } from '../entities/placement.entity';
import { FollowUpService, WorkListItem } from '../services/follow-up.service';
import { PlacementConfirmationService } from '../services/placement-confirmation.service';
import { PlacementReadService } from '../services/placement-read.service';
import { PlacementsService } from '../services/placements.service';
import { TimelineEvent, TimelineService } from '../services/timeline.service';
import {
  CandidateTimelineArgs,
  ConfirmPlacementInput,
  EmployerPlacementTimelineArgs,
  EndPlacementInput,
  MarkContractedInput,
  PlacementMoveInput,
  PlacementsArgs,
  ProposePlacementInput,
  RecordCheckInInput,
  StartProefplaatsInput,
  WorkListArgs,
} from './placement.inputs';
import {
  PlacementChangeConnection,
  PlacementCheckInModel,
  PlacementConnection,
  PlacementModel,
  PlacementTimelineConnection,
  WorkListConnection,
} from './placement.models';

export const PLACEMENT_READERS: Role[] = [...WSP_STAFF, Role.EMPLOYER];
/** Proposing and introducing: admins, accountmanagers and the candidate's consultant (checked in the service). */
export const PLACEMENT_PROPOSERS: Role[] = [Role.ADMIN, Role.ACCOUNTMANAGER, Role.CONSULTANT];
/** Recording progress: the proposers plus the candidate's job coach. */
export const PLACEMENT_PROGRESS: Role[] = [...WSP_STAFF];

@Resolver(() => PlacementModel)
export class PlacementResolver {
  constructor(
    private readonly reads: PlacementReadService,
    private readonly workflow: PlacementsService,
    private readonly confirmation: PlacementConfirmationService,
    private readonly followUp: FollowUpService,
    private readonly timelines: TimelineService,
    private readonly arrangements: ArrangementReadService,
    private readonly anonymised: AnonymisedCandidateService,
  ) {}

  @Roles(...PLACEMENT_READERS)
  @Query(() => PlacementModel)
  placement(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<PlacementEntity> {
    return this.reads.get(actor, id);
  }

  @Roles(...PLACEMENT_READERS)
  @Query(() => PlacementConnection, { description: 'Plaatsingen, nieuwste eerst; een werkgever ziet de eigen plaatsingen vanaf de voorstelling' })
  placements(@CurrentActor() actor: Actor, @Args() args: PlacementsArgs): Promise<ConnectionShape<PlacementEntity>> {
    return this.reads.list(actor, args.filter ?? {}, args);
  }

  @Roles(Role.JOBCOACH, Role.CONSULTANT)
  @Query(() => WorkListConnection, { description: 'Mijn werklijst: nazorgmomenten (jobcoach) en herbeoordelingen van de loonwaarde, vroegste eerst' })
  myWorkList(@CurrentActor() actor: Actor, @Args() args: WorkListArgs): Promise<ConnectionShape<WorkListItem>> {
    return this.followUp.workList(actor, args.horizonDays ?? 30, args);
  }

  @Roles(Role.ADMIN, Role.CONSULTANT, Role.JOBCOACH)
  @Query(() => PlacementTimelineConnection, { description: 'Tijdlijn van plaatsingen en arrangementen van een kandidaat, nieuwste eerst' })
  candidateTimeline(@CurrentActor() actor: Actor, @Args() args: CandidateTimelineArgs): Promise<ConnectionShape<TimelineEvent>> {
    return this.timelines.forCandidate(actor, args.candidateId, args);
  }

  @Roles(Role.ADMIN, Role.ACCOUNTMANAGER, Role.EMPLOYER)
  @Query(() => PlacementTimelineConnection, { description: 'Tijdlijn van plaatsingen en arrangementen bij een werkgever, nieuwste eerst' })
  employerPlacementTimeline(@CurrentActor() actor: Actor, @Args() args: EmployerPlacementTimelineArgs): Promise<ConnectionShape<TimelineEvent>> {
    return this.timelines.forEmployer(actor, args.employerId, args);
  }

  @Roles(...PLACEMENT_PROPOSERS)
  @Mutation(() => PlacementModel, { description: 'Stelt een kandidaat voor op een open vacature (intern, nog anoniem)' })
  proposePlacement(@CurrentActor() actor: Actor, @Args('input') input: ProposePlacementInput): Promise<PlacementEntity> {
    return this.workflow.propose(actor, input);
  }

  @Roles(...PLACEMENT_PROPOSERS)
  @Mutation(() => PlacementModel, {
    description: 'Stelt de kandidaat voor aan de werkgever; kan alleen met schriftelijke toestemming om de identiteit met deze werkgever te delen (anders CONFLICT)',
  })
  introducePlacement(@CurrentActor() actor: Actor, @Args('input') input: PlacementMoveInput): Promise<PlacementEntity> {
    return this.workflow.introduce(actor, input);
  }

  @Roles(...PLACEMENT_PROGRESS)
  @Mutation(() => PlacementModel)
  startPlacementProefplaats(@CurrentActor() actor: Actor, @Args('input') input: StartProefplaatsInput): Promise<PlacementEntity> {
    return this.workflow.startProefplaats(actor, input);
  }

  @Roles(...PLACEMENT_PROGRESS)
  @Mutation(() => PlacementModel, { description: 'Het arbeidscontract is getekend' })
  markPlacementContracted(@CurrentActor() actor: Actor, @Args('input') input: MarkContractedInput): Promise<PlacementEntity> {
    return this.workflow.markContracted(actor, input);
  }

  @Roles(Role.JOBCOACH)
  @Mutation(() => PlacementModel, { description: 'Bevestigt de gestarte plaatsing met werkelijke startdatum, uren en loon; alleen de jobcoach van de kandidaat' })
  confirmPlacement(@CurrentActor() actor: Actor, @Args('input') input: ConfirmPlacementInput): Promise<PlacementEntity> {
    return this.confirmation.confirm(actor, input);
  }

  @Roles(...PLACEMENT_PROGRESS)
  @Mutation(() => PlacementModel, { description: 'Beëindigt een plaatsing met reden en datum' })
  endPlacement(@CurrentActor() actor: Actor, @Args('input') input: EndPlacementInput): Promise<PlacementEntity> {
    return this.workflow.end(actor, input);
  }

  @Roles(Role.JOBCOACH)
  @Mutation(() => PlacementCheckInModel, { description: 'Legt een nazorgmoment vast (alleen de jobcoach van de kandidaat)' })
  recordCheckIn(@CurrentActor() actor: Actor, @Args('input') input: RecordCheckInInput): Promise<PlacementCheckInEntity> {
    return this.followUp.recordCheckIn(actor, input);
  }

  @ResolveField(() => String)
  async candidatePseudonym(@Parent() p: PlacementEntity): Promise<string> {
    return (await this.reads.labels(p)).pseudonym;
  }

  @ResolveField(() => String)
  async employerName(@Parent() p: PlacementEntity): Promise<string> {
    return (await this.reads.labels(p)).employerName;
  }

  @ResolveField(() => String)
  async vacancyTitle(@Parent() p: PlacementEntity): Promise<string> {
    return (await this.reads.labels(p)).vacancyTitle;
  }

  @ResolveField(() => AnonymisedCandidateModel, { nullable: true, description: 'Geanonimiseerd profiel' })
  candidate(@Parent() p: PlacementEntity): Promise<AnonymisedCandidate | null> {
    return this.anonymised.forCandidate(p.candidateId);
  }

  @ResolveField(() => CandidateNameModel, {
    nullable: true,
    description: 'Naam van de kandidaat: voor de werkgever pas na de voorstelling en zolang de toestemming geldt; elke lezing wordt gelogd',
  })
  candidateIdentity(@CurrentActor() actor: Actor, @Parent() p: PlacementEntity): Promise<CandidateName | null> {
    return this.reads.candidateName(actor, p);
  }

  @ResolveField(() => String, { nullable: true, description: 'Toelichting bij de beëindiging (niet voor werkgevers)' })
  endNotes(@CurrentActor() actor: Actor, @Parent() p: PlacementEntity): string | null {
    return actor.role === Role.EMPLOYER ? null : p.endNotes;
  }

  @ResolveField(() => ArrangementModel, { nullable: true, description: 'Het arrangement, als je dat mag zien' })
  arrangement(@CurrentActor() actor: Actor, @Parent() p: PlacementEntity): Promise<ArrangementEntity | null> {
    return p.arrangementId ? this.arrangements.getOrNull(actor, p.arrangementId) : Promise.resolve(null);
  }

  @ResolveField(() => [PlacementCheckInModel], { description: 'Nazorgmomenten (niet voor werkgevers: leeg)' })
  async checkIns(@CurrentActor() actor: Actor, @Parent() p: PlacementEntity): Promise<PlacementCheckInEntity[]> {
    return actor.role === Role.EMPLOYER ? [] : this.followUp.checkIns(p.id);
  }

  @ResolveField(() => PlacementChangeConnection, { description: 'Historie, nieuwste eerst' })
  history(@CurrentActor() actor: Actor, @Parent() p: PlacementEntity, @Args() page: PageArgs): Promise<ConnectionShape<PlacementChangeEntity>> {
    return this.reads.history(actor, p, page);
  }
}
