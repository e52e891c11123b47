import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@wsp/auth';
import { Actor, NotFoundError, Role, WSP_STAFF } from '@wsp/common';
import { ReferenceDataService } from '@wsp/reference-data';
import { DemandStatus, EmployerDemandEntity } from '../entities/employer-demand.entity';
import { DemandsService } from '../services/demands.service';
import { EmployerView } from '../services/employer-view';
import { EmployersService } from '../services/employers.service';
import { EmployerDemandModel } from './demand.model';
import { EmployerModel } from './employer.model';
import { CreateEmployerDemandInput, UpdateEmployerDemandInput } from './crm.inputs';

@Resolver(() => EmployerDemandModel)
export class DemandsResolver {
  constructor(
    private readonly demands: DemandsService,
    private readonly employers: EmployersService,
    private readonly referenceData: ReferenceDataService,
  ) {}

  @Roles(...WSP_STAFF, Role.EMPLOYER)
  @Query(() => EmployerDemandModel, { description: 'Eén werkgeversvraag; een werkgeversaccount ziet alleen die van de eigen werkgever' })
  employerDemand(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<EmployerDemandEntity> {
    return this.demands.get(actor, id);
  }

  @Roles(Role.ADMIN, Role.ACCOUNTMANAGER)
  @Mutation(() => EmployerDemandModel, { description: 'Werkgeversvraag vastleggen (status OPEN)' })
  createEmployerDemand(@CurrentActor() actor: Actor, @Args('input') input: CreateEmployerDemandInput): Promise<EmployerDemandEntity> {
    return this.demands.create(actor, input);
  }

  @Roles(Role.ADMIN, Role.ACCOUNTMANAGER)
  @Mutation(() => EmployerDemandModel)
  updateEmployerDemand(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateEmployerDemandInput,
  ): Promise<EmployerDemandEntity> {
    return this.demands.update(actor, id, input);
  }

  @Roles(Role.ADMIN, Role.ACCOUNTMANAGER)
  @Mutation(() => EmployerDemandModel, { description: 'OPEN → IN_PROGRESS → FULFILLED; CANCELLED vanuit OPEN of IN_PROGRESS' })
  changeEmployerDemandStatus(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => DemandStatus }) status: DemandStatus,
  ): Promise<EmployerDemandEntity> {
    return this.demands.changeStatus(actor, id, status);
  }

  @ResolveField(() => EmployerModel)
  employer(@Parent() demand: EmployerDemandEntity, @CurrentActor() actor: Actor): Promise<EmployerView> {
    return this.employers.get(actor, demand.employerId);
  }

  @ResolveField(() => String, { nullable: true, description: 'Nederlandse benaming van het ESCO-beroep' })
  async occupationLabel(@Parent() demand: EmployerDemandEntity): Promise<string | null> {
    if (!demand.occupationId) return null;
    try {
      return (await this.referenceData.getOccupation(demand.occupationId)).labelNl;
    } catch (e) {
      if (e instanceof NotFoundError) return null;
      throw e;
    }
  }
}
