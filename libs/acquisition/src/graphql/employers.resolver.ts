import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@wsp/auth';
import { Actor, ConnectionShape, Role, WSP_STAFF } from '@wsp/common';
import { EmployerContactEntity } from '../entities/employer-contact.entity';
import { SBI_SECTION_NAMES, SbiSection } from '../domain/sbi';
import { EmployerContactsService } from '../services/employer-contacts.service';
import { EmployerView } from '../services/employer-view';
import { EmployersService } from '../services/employers.service';
import { EmployerConnection, EmployerContactModel, EmployerModel, SbiSectionInfoModel } from './employer.model';
import { CreateEmployerInput, EmployerContactInput, EmployersArgs, UpdateEmployerContactInput, UpdateEmployerInput } from './employer.inputs';

const EVERYONE = [...WSP_STAFF, Role.EMPLOYER];

@Resolver(() => EmployerModel)
export class EmployersResolver {
  constructor(
    private readonly employersService: EmployersService,
    private readonly contacts: EmployerContactsService,
  ) {}

  @Roles(...WSP_STAFF)
  @Query(() => EmployerConnection, { description: 'Werkgevers zoeken, gesorteerd op naam' })
  employers(@CurrentActor() actor: Actor, @Args() args: EmployersArgs): Promise<ConnectionShape<EmployerView>> {
    return this.employersService.search(actor, args.filter, args);
  }

  @Roles(...EVERYONE)
  @Query(() => EmployerModel, { description: 'Eén werkgever; een werkgeversaccount ziet alleen de eigen werkgever' })
  employer(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<EmployerView> {
    return this.employersService.get(actor, id);
  }

  @Roles(Role.EMPLOYER)
  @Query(() => EmployerModel, { description: 'De werkgever van het ingelogde werkgeversaccount' })
  myEmployer(@CurrentActor() actor: Actor): Promise<EmployerView> {
    return this.employersService.mine(actor);
  }

  @Roles(...EVERYONE)
  @Query(() => [SbiSectionInfoModel], { description: 'De secties (sectoren) van de SBI 2008' })
  sbiSections(): SbiSectionInfoModel[] {
    return Object.values(SbiSection).map((code) => ({ code, name: SBI_SECTION_NAMES[code] }));
  }

  @Roles(Role.ADMIN, Role.ACCOUNTMANAGER)
  @Mutation(() => EmployerModel, { description: 'Werkgever vastleggen (start als PROSPECT)' })
  createEmployer(@CurrentActor() actor: Actor, @Args('input') input: CreateEmployerInput): Promise<EmployerView> {
    return this.employersService.create(actor, input);
  }

  @Roles(Role.ADMIN, Role.ACCOUNTMANAGER)
  @Mutation(() => EmployerModel, { description: 'Werkgever wijzigen (eigenaar of beheerder)' })
  updateEmployer(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateEmployerInput,
  ): Promise<EmployerView> {
    return this.employersService.update(actor, id, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => EmployerModel, { description: 'Werkgever toewijzen aan een (andere) accountmanager' })
  assignEmployerOwner(
    @CurrentActor() actor: Actor,
    @Args('employerId', { type: () => ID }) employerId: string,
    @Args('ownerId', { type: () => ID }) ownerId: string,
  ): Promise<EmployerView> {
    return this.employersService.assignOwner(actor, employerId, ownerId);
  }

  @Roles(Role.ADMIN, Role.ACCOUNTMANAGER)
  @Mutation(() => EmployerContactModel, { description: 'Contactpersoon toevoegen' })
  addEmployerContact(
    @CurrentActor() actor: Actor,
    @Args('employerId', { type: () => ID }) employerId: string,
    @Args('input') input: EmployerContactInput,
  ): Promise<EmployerContactEntity> {
    return this.contacts.add(actor, employerId, input);
  }

  @Roles(Role.ADMIN, Role.ACCOUNTMANAGER)
  @Mutation(() => EmployerContactModel, { description: 'Contactpersoon wijzigen' })
  updateEmployerContact(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateEmployerContactInput,
  ): Promise<EmployerContactEntity> {
    return this.contacts.update(actor, id, input);
  }

  @Roles(Role.ADMIN, Role.ACCOUNTMANAGER)
  @Mutation(() => ID, { description: 'Contactpersoon verwijderen; geeft het id terug' })
  removeEmployerContact(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.contacts.remove(actor, id);
  }
}
