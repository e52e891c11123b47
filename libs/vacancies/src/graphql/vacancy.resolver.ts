import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@wsp/auth';
import { Actor, ConnectionShape, Role, WSP_STAFF } from '@wsp/common';
import { ResolvedPostcode } from '@wsp/reference-data';
import { VacancyEntity } from '../entities';
import { VacancyLifecycleService } from '../vacancy-lifecycle.service';
import { VacancyChangeView, VacancyHealthView, VacancyReadService, VacancySkillView } from '../vacancy-read.service';
import { VacancyWriteService } from '../vacancy-write.service';
import { CloseVacancyInput, CreateVacancyInput, OpenVacancyInput, UpdateVacancyInput, VacanciesArgs, VacancyHistoryArgs } from './vacancy.inputs';
import {
  VacancyChangeConnection,
  VacancyConnection,
  VacancyHealthModel,
  VacancyLocationModel,
  VacancyModel,
  VacancySkillModel,
} from './vacancy.models';

/** Every role reads vacancies (employers only their own: checked in the services). */
export const VACANCY_READERS: Role[] = [...WSP_STAFF, Role.EMPLOYER];
/** Consultants and job coaches read only. */
export const VACANCY_WRITERS: Role[] = [Role.ADMIN, Role.ACCOUNTMANAGER, Role.EMPLOYER];

@Resolver(() => VacancyModel)
export class VacancyResolver {
  constructor(
    private readonly reads: VacancyReadService,
    private readonly writes: VacancyWriteService,
    private readonly lifecycle: VacancyLifecycleService,
  ) {}

  @Roles(...VACANCY_READERS)
  @Query(() => VacancyModel)
  vacancy(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<VacancyEntity> {
    return this.reads.get(actor, id);
  }

  @Roles(...VACANCY_READERS)
  @Query(() => VacancyConnection, { description: 'Vacatures, nieuwste eerst; een werkgever ziet alleen de eigen vacatures' })
  vacancies(@CurrentActor() actor: Actor, @Args() args: VacanciesArgs): Promise<ConnectionShape<VacancyEntity>> {
    return this.reads.list(actor, args.filter ?? {}, args);
  }

  @Roles(...VACANCY_READERS)
  @Query(() => VacancyChangeConnection, { description: 'Historie van een vacature, nieuwste eerst' })
  vacancyHistory(@CurrentActor() actor: Actor, @Args() args: VacancyHistoryArgs): Promise<ConnectionShape<VacancyChangeView>> {
    return this.reads.history(actor, args.id, args);
  }

  @Roles(...VACANCY_WRITERS)
  @Mutation(() => VacancyModel, { description: 'Nieuwe vacature (concept)' })
  createVacancy(@CurrentActor() actor: Actor, @Args('input') input: CreateVacancyInput): Promise<VacancyEntity> {
    return this.writes.create(actor, input);
  }

  @Roles(...VACANCY_WRITERS)
  @Mutation(() => VacancyModel, { description: 'Wijzigt een concept- of open vacature (alleen opgegeven velden; null wist)' })
  updateVacancy(@CurrentActor() actor: Actor, @Args('input') input: UpdateVacancyInput): Promise<VacancyEntity> {
    return this.writes.update(actor, input);
  }

  @Roles(...VACANCY_WRITERS)
  @Mutation(() => VacancyModel, { description: 'Zet een concept open, of heropent een gesloten of verlopen vacature' })
  openVacancy(@CurrentActor() actor: Actor, @Args('input') input: OpenVacancyInput): Promise<VacancyEntity> {
    return this.lifecycle.open(actor, input);
  }

  @Roles(...VACANCY_WRITERS)
  @Mutation(() => VacancyModel, { description: 'Sluit een open vacature (met reden) of trekt een concept in' })
  closeVacancy(@CurrentActor() actor: Actor, @Args('input') input: CloseVacancyInput): Promise<VacancyEntity> {
    return this.lifecycle.close(actor, input);
  }

  @ResolveField(() => [VacancySkillModel])
  skills(@Parent() vacancy: VacancyEntity): Promise<VacancySkillView[]> {
    return this.reads.skills(vacancy.id);
  }

  @ResolveField(() => VacancyLocationModel)
  location(@Parent() vacancy: VacancyEntity): Promise<ResolvedPostcode> {
    return this.reads.location(vacancy);
  }

  @ResolveField(() => VacancyHealthModel)
  health(@Parent() vacancy: VacancyEntity): Promise<VacancyHealthView> {
    return this.reads.health(vacancy);
  }
}
