import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@wsp/auth';
import { Actor, ConnectionShape } from '@wsp/common';
import { SROI_MANAGERS, SROI_READERS } from '../domain/access';
import { ContractView } from '../services/contract-views';
import { ContractsService } from '../services/contracts.service';
import { RealisationReadService, RealisationView } from '../services/realisation-read.service';
import { CreateSroiContractInput, SroiContractsArgs, UpdateSroiContractInput } from './contract.inputs';
import { SroiContractConnection, SroiContractModel } from './contract.models';
import { SroiRealisationsArgs } from './realisation.inputs';
import { SroiRealisationConnection } from './realisation.models';

@Resolver(() => SroiContractModel)
export class SroiContractsResolver {
  constructor(
    private readonly contracts: ContractsService,
    private readonly realisationReads: RealisationReadService,
  ) {}

  @Roles(...SROI_READERS)
  @Query(() => SroiContractModel, { description: 'Een SROI-contract met verplichting en voortgang; werkgevers alleen de eigen contracten' })
  sroiContract(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ContractView> {
    return this.contracts.get(actor, id);
  }

  @Roles(...SROI_READERS)
  @Query(() => SroiContractConnection, { description: 'SROI-contracten, eerst eindigend eerst; werkgevers alleen de eigen contracten' })
  sroiContracts(@CurrentActor() actor: Actor, @Args() args: SroiContractsArgs): Promise<ConnectionShape<ContractView>> {
    return this.contracts.list(actor, args.filter ?? {}, args);
  }

  @ResolveField(() => SroiRealisationConnection, { description: 'Realisaties van het contract, oudste eerst' })
  realisations(@CurrentActor() actor: Actor, @Parent() contract: ContractView, @Args() args: SroiRealisationsArgs): Promise<ConnectionShape<RealisationView>> {
    return this.realisationReads.list(actor, contract.id, args);
  }

  @Roles(...SROI_MANAGERS)
  @Mutation(() => SroiContractModel, { description: 'Legt een SROI-contract vast; lopende plaatsingen bij de opdrachtnemer worden meteen als realisatie voorgesteld' })
  createSroiContract(@CurrentActor() actor: Actor, @Args('input') input: CreateSroiContractInput): Promise<ContractView> {
    return this.contracts.create(actor, input);
  }

  @Roles(...SROI_MANAGERS)
  @Mutation(() => SroiContractModel)
  updateSroiContract(@CurrentActor() actor: Actor, @Args('input') input: UpdateSroiContractInput): Promise<ContractView> {
    return this.contracts.update(actor, input);
  }

  @Roles(...SROI_MANAGERS)
  @Mutation(() => ID, { description: 'Verwijdert een contract zonder geaccepteerde realisaties' })
  deleteSroiContract(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.contracts.remove(actor, id);
  }

  @Roles(...SROI_MANAGERS)
  @Mutation(() => SroiContractModel, { description: 'Stelt ontbrekende plaatsingen voor en herwaardeert lopende dienstverbanden van het contract nu (de worker doet dit ook periodiek)' })
  async refreshSroiContract(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ContractView> {
    return this.contracts.refresh(actor, id);
  }
}
