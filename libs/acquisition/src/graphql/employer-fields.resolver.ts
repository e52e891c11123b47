import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { CurrentActor } from '@wsp/auth';
import { Actor, Clock, ConnectionShape, PageArgs, todayIn } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ContactMomentEntity } from '../entities/contact-moment.entity';
import { EmployerContactEntity } from '../entities/employer-contact.entity';
import { EmployerDemandEntity } from '../entities/employer-demand.entity';
import { EmployerStageChangeEntity } from '../entities/employer-stage-change.entity';
import { PipelineStage } from '../entities/employer.entity';
import { psoCertificateValid } from '../domain/employer-rules';
import { assertCrmAccess } from '../services/access';
import { ContactMomentsService } from '../services/contact-moments.service';
import { DemandsService } from '../services/demands.service';
import { EmployerContactsService } from '../services/employer-contacts.service';
import { EmployerView } from '../services/employer-view';
import { PipelineService } from '../services/pipeline.service';
import { displayNames } from '../services/staff-users';
import { ContactMomentConnection, StageChangeConnection } from './crm.models';
import { EmployerDemandConnection } from './demand.model';
import { AccountManagerModel, EmployerContactModel, EmployerModel } from './employer.model';
import { DemandsArgs } from './crm.inputs';

/**
 * Fields of Employer that need a lookup or a role check. The parent employer has already passed
 * the read check of the query that produced it. CRM internals check the role here (field
 * resolvers do not pass the global guard): other roles get FORBIDDEN on that field.
 */
@Resolver(() => EmployerModel)
export class EmployerFieldsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contactsService: EmployerContactsService,
    private readonly demandsService: DemandsService,
    private readonly pipeline: PipelineService,
    private readonly contactMomentsService: ContactMomentsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ResolveField(() => AccountManagerModel, { description: 'De accountmanager (eigenaar)' })
  async accountManager(@Parent() employer: EmployerView): Promise<AccountManagerModel> {
    const names = await displayNames(this.dataSource.manager, [employer.ownerId]);
    return { id: employer.ownerId, displayName: names.get(employer.ownerId) ?? '' };
  }

  @ResolveField(() => Boolean, { description: 'Heeft vandaag een geldig PSO-certificaat' })
  psoCertificateValid(@Parent() employer: EmployerView): boolean {
    return psoCertificateValid(employer.psoLevel, employer.psoExpiresOn, todayIn(this.config.timeZone, this.clock.now()));
  }

  @ResolveField(() => [EmployerContactModel], { description: 'Contactpersonen, eerste aanspreekpunt eerst' })
  contacts(@Parent() employer: EmployerView): Promise<EmployerContactEntity[]> {
    return this.contactsService.listForEmployer(employer.id);
  }

  @ResolveField(() => EmployerDemandConnection, { description: 'Werkgeversvragen, nieuwste eerst' })
  demands(@Parent() employer: EmployerView, @Args() args: DemandsArgs): Promise<ConnectionShape<EmployerDemandEntity>> {
    return this.demandsService.listForEmployer(employer.id, args.status, args);
  }

  // --- CRM internals (ADMIN, ACCOUNTMANAGER) ----------------------------------------------------

  @ResolveField(() => PipelineStage, { nullable: true, description: 'Fase in de pijplijn (alleen beheerder en accountmanager)' })
  stage(@Parent() employer: EmployerView, @CurrentActor() actor: Actor): PipelineStage {
    assertCrmAccess(actor);
    return employer.stage;
  }

  @ResolveField(() => String, { nullable: true, description: 'Reden van LOST (alleen beheerder en accountmanager)' })
  lostReason(@Parent() employer: EmployerView, @CurrentActor() actor: Actor): string | null {
    assertCrmAccess(actor);
    return employer.lostReason;
  }

  @ResolveField(() => String, { nullable: true, description: 'Notities (alleen beheerder en accountmanager)' })
  notes(@Parent() employer: EmployerView, @CurrentActor() actor: Actor): string | null {
    assertCrmAccess(actor);
    return employer.notes;
  }

  @ResolveField(() => StageChangeConnection, { nullable: true, description: 'Fasegeschiedenis, oudste eerst (alleen beheerder en accountmanager)' })
  stageHistory(
    @Parent() employer: EmployerView,
    @CurrentActor() actor: Actor,
    @Args() args: PageArgs,
  ): Promise<ConnectionShape<EmployerStageChangeEntity>> {
    assertCrmAccess(actor);
    return this.pipeline.history(employer.id, args);
  }

  @ResolveField(() => ContactMomentConnection, { nullable: true, description: 'Contactmomenten, nieuwste eerst (alleen beheerder en accountmanager)' })
  contactMoments(
    @Parent() employer: EmployerView,
    @CurrentActor() actor: Actor,
    @Args() args: PageArgs,
  ): Promise<ConnectionShape<ContactMomentEntity>> {
    assertCrmAccess(actor);
    return this.contactMomentsService.listForEmployer(employer.id, args);
  }
}
