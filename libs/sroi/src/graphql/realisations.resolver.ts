import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@wsp/auth';
import { Actor, Role } from '@wsp/common';
import { SROI_CORRECTORS, SROI_MANAGERS, SROI_READERS } from '../domain/access';
import { RealisationReadService, RealisationView } from '../services/realisation-read.service';
import { RealisationsService } from '../services/realisations.service';
import {
  AcceptSroiRealisationInput,
  CorrectSroiRealisationCategoryInput,
  ProposeSroiRealisationInput,
  RecordSroiOtherActivityInput,
  RecordSroiSocialPurchaseInput,
  RejectSroiRealisationInput,
} from './realisation.inputs';
import { SroiRealisationModel } from './realisation.models';

/** Coordinators are ADMIN or ACCOUNTMANAGER users assigned to the municipality (checked in the service). */
const DECIDERS: Role[] = [Role.ADMIN, Role.ACCOUNTMANAGER];

@Resolver(() => SroiRealisationModel)
export class SroiRealisationsResolver {
  constructor(
    private readonly reads: RealisationReadService,
    private readonly realisations: RealisationsService,
  ) {}

  @Roles(...SROI_READERS)
  @Query(() => SroiRealisationModel)
  sroiRealisation(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<RealisationView> {
    return this.reads.get(actor, id);
  }

  @Roles(...SROI_MANAGERS)
  @Mutation(() => SroiRealisationModel, { description: 'Stelt een plaatsing voor als realisatie (idempotent), of legt een dienstverband buiten de WSP-plaatsingen vast' })
  proposeSroiRealisation(@CurrentActor() actor: Actor, @Args('input') input: ProposeSroiRealisationInput): Promise<RealisationView> {
    return this.realisations.propose(actor, input);
  }

  @Roles(...SROI_MANAGERS)
  @Mutation(() => SroiRealisationModel, { description: 'Sociale inkoop: factuur van een SW-bedrijf of erkende sociale onderneming, exclusief btw' })
  recordSroiSocialPurchase(@CurrentActor() actor: Actor, @Args('input') input: RecordSroiSocialPurchaseInput): Promise<RealisationView> {
    return this.realisations.recordPurchase(actor, input);
  }

  @Roles(...SROI_MANAGERS)
  @Mutation(() => SroiRealisationModel, { description: 'Overige activiteit (gastles, coaching): uren × uurwaarde van de tabel' })
  recordSroiOtherActivity(@CurrentActor() actor: Actor, @Args('input') input: RecordSroiOtherActivityInput): Promise<RealisationView> {
    return this.realisations.recordActivity(actor, input);
  }

  @Roles(...DECIDERS)
  @Mutation(() => SroiRealisationModel, { description: 'Alleen de SROI-coördinator van de opdrachtgevende gemeente (of een beheerder)' })
  acceptSroiRealisation(@CurrentActor() actor: Actor, @Args('input') input: AcceptSroiRealisationInput): Promise<RealisationView> {
    return this.realisations.accept(actor, input);
  }

  @Roles(...DECIDERS)
  @Mutation(() => SroiRealisationModel, { description: 'Alleen de SROI-coördinator van de opdrachtgevende gemeente (of een beheerder), met reden' })
  rejectSroiRealisation(@CurrentActor() actor: Actor, @Args('input') input: RejectSroiRealisationInput): Promise<RealisationView> {
    return this.realisations.reject(actor, input);
  }

  @Roles(...SROI_CORRECTORS)
  @Mutation(() => SroiRealisationModel, { description: 'Corrigeert de categorie (en eventueel de toeslagen) met reden; een beoordeelde realisatie gaat terug naar PENDING' })
  correctSroiRealisationCategory(@CurrentActor() actor: Actor, @Args('input') input: CorrectSroiRealisationCategoryInput): Promise<RealisationView> {
    return this.realisations.correctCategory(actor, input);
  }
}
