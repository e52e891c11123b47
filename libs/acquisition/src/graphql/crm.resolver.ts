import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurrentActor, Roles } from '@wsp/auth';
import { Actor, Clock, ConnectionShape, Role, todayIn } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { ContactMomentEntity } from '../entities/contact-moment.entity';
import { EmployerContactEntity } from '../entities/employer-contact.entity';
import { classifyNextAction, NextActionStatus } from '../domain/next-action';
import { assertCrmAccess } from '../services/access';
import { ContactMomentsService } from '../services/contact-moments.service';
import { EmployerAccessService } from '../services/employer-access.service';
import { EmployerView } from '../services/employer-view';
import { NextActionsService, NextActionView } from '../services/next-actions.service';
import { PipelineService } from '../services/pipeline.service';
import { TimelineService } from '../services/timeline.service';
import { ContactMomentModel, NextActionConnection, TimelineConnection, TimelineEntry } from './crm.models';
import { EmployerContactModel, EmployerModel } from './employer.model';
import { ActionsForArgs, EmployerPageArgs, MoveEmployerStageInput, MyActionsArgs, RecordContactMomentInput } from './crm.inputs';

/** Pipeline moves, contact moments, next actions and the timeline: the CRM of the accountmanagers. */
@Resolver(() => ContactMomentModel)
export class CrmResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pipeline: PipelineService,
    private readonly contactMoments: ContactMomentsService,
    private readonly actions: NextActionsService,
    private readonly timeline: TimelineService,
    private readonly access: EmployerAccessService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Roles(Role.ADMIN, Role.ACCOUNTMANAGER)
  @Mutation(() => EmployerModel, { description: 'Werkgever naar een andere fase verplaatsen (regels: zie PipelineStage)' })
  moveEmployerStage(@CurrentActor() actor: Actor, @Args('input') input: MoveEmployerStageInput): Promise<EmployerView> {
    return this.pipeline.move(actor, input);
  }

  @Roles(Role.ADMIN, Role.ACCOUNTMANAGER)
  @Mutation(() => ContactMomentModel, { description: 'Contactmoment vastleggen; verandert de fase niet' })
  recordContactMoment(@CurrentActor() actor: Actor, @Args('input') input: RecordContactMomentInput): Promise<ContactMomentEntity> {
    return this.contactMoments.record(actor, input);
  }

  @Roles(Role.ADMIN, Role.ACCOUNTMANAGER)
  @Mutation(() => ContactMomentModel, { description: 'Vervolgactie afronden' })
  completeNextAction(
    @CurrentActor() actor: Actor,
    @Args('contactMomentId', { type: () => ID }) contactMomentId: string,
  ): Promise<ContactMomentEntity> {
    return this.contactMoments.completeNextAction(actor, contactMomentId);
  }

  @Roles(Role.ADMIN, Role.ACCOUNTMANAGER)
  @Query(() => NextActionConnection, { description: 'Mijn openstaande vervolgacties, vroegste eerst' })
  myActions(@CurrentActor() actor: Actor, @Args() args: MyActionsArgs): Promise<ConnectionShape<NextActionView>> {
    return this.actions.openActions(actor.userId, args.status, args);
  }

  @Roles(Role.ADMIN)
  @Query(() => NextActionConnection, { description: 'Openstaande vervolgacties van een gebruiker (beheerder)' })
  actionsFor(@Args() args: ActionsForArgs): Promise<ConnectionShape<NextActionView>> {
    return this.actions.openActions(args.userId, args.status, args);
  }

  @Roles(Role.ADMIN, Role.ACCOUNTMANAGER)
  @Query(() => TimelineConnection, { description: 'Contactmomenten, fasewijzigingen en nieuwe vragen van een werkgever, oudste eerst' })
  async employerTimeline(@CurrentActor() actor: Actor, @Args() args: EmployerPageArgs): Promise<ConnectionShape<TimelineEntry>> {
    assertCrmAccess(actor);
    const employer = await this.access.getEmployerForActor(actor, args.employerId);
    return this.timeline.forEmployer(employer.id, args);
  }

  @ResolveField(() => EmployerContactModel, { nullable: true })
  async contactPerson(@Parent() moment: ContactMomentEntity): Promise<EmployerContactEntity | null> {
    if (!moment.contactPersonId) return null;
    return this.dataSource.getRepository(EmployerContactEntity).findOneBy({ id: moment.contactPersonId });
  }

  @ResolveField(() => NextActionStatus, { nullable: true, description: 'Voor een open vervolgactie: verlopen, vandaag of later' })
  nextActionStatus(@Parent() moment: ContactMomentEntity): NextActionStatus | null {
    if (!moment.nextActionDueOn || moment.nextActionCompletedAt) return null;
    return classifyNextAction(moment.nextActionDueOn, todayIn(this.config.timeZone, this.clock.now()));
  }
}
