import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EmployerDemandModel, EmployerModel } from '@wsp/acquisition';
import { CurrentActor } from '@wsp/auth';
import { Actor, ConnectionShape } from '@wsp/common';
import { VacancyEntity } from '../entities';
import { VacancyReadService } from '../vacancy-read.service';
import { NestedVacanciesArgs } from './vacancy.inputs';
import { VacancyConnection } from './vacancy.models';

/**
 * `Employer.vacancies`: the employer's vacancies, newest first. The parent passed the acquisition
 * read check; the vacancy list applies the vacancy permissions again (an employer user only ever
 * gets their own employer's vacancies).
 */
@Resolver(() => EmployerModel)
export class EmployerVacanciesResolver {
  constructor(private readonly reads: VacancyReadService) {}

  @ResolveField(() => VacancyConnection, { description: 'Vacatures van deze werkgever, nieuwste eerst' })
  vacancies(
    @CurrentActor() actor: Actor,
    @Parent() employer: { id: string },
    @Args() args: NestedVacanciesArgs,
  ): Promise<ConnectionShape<VacancyEntity>> {
    return this.reads.list(actor, { employerId: employer.id, status: args.status }, args);
  }
}

/** `EmployerDemand.vacancies`: the vacancies created for this werkgeversvraag, same permissions. */
@Resolver(() => EmployerDemandModel)
export class DemandVacanciesResolver {
  constructor(private readonly reads: VacancyReadService) {}

  @ResolveField(() => VacancyConnection, { description: 'Vacatures gemaakt voor deze werkgeversvraag, nieuwste eerst' })
  vacancies(
    @CurrentActor() actor: Actor,
    @Parent() demand: { id: string; employerId: string },
    @Args() args: NestedVacanciesArgs,
  ): Promise<ConnectionShape<VacancyEntity>> {
    return this.reads.list(actor, { employerId: demand.employerId, demandId: demand.id, status: args.status }, args);
  }
}
