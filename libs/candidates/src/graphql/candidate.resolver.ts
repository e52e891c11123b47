import { Args, Context, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentActor, Roles } from '@wsp/auth';
import { Actor, ConnectionShape, Role } from '@wsp/common';
import { CandidateEntity } from '../entities/candidate.entity';
import { CandidateAccessAudit } from '../services/access-audit';
import { CandidateProfileService } from '../services/candidate-profile.service';
import { CandidateQueryService } from '../services/candidate-query.service';
import { operationLabel } from './audit-info';
import { CandidateSupportStatusInput, CreateCandidateInput, UpdateCandidateInput } from './candidate.inputs';
import { CandidatesArgs } from './candidate.args';
import { CandidateConnection, CandidateModel } from './candidate.models';

/** Who may read full candidate records (scoped further by the services). */
export const CANDIDATE_READERS = [Role.ADMIN, Role.CONSULTANT, Role.JOBCOACH];
/** Who may change them (consultant: own caseload only). */
export const CANDIDATE_WRITERS = [Role.ADMIN, Role.CONSULTANT];

@Resolver(() => CandidateModel)
export class CandidateResolver {
  constructor(
    private readonly profiles: CandidateProfileService,
    private readonly queries: CandidateQueryService,
    private readonly audit: CandidateAccessAudit,
  ) {}

  @Roles(...CANDIDATE_READERS)
  @Query(() => CandidateModel, { description: 'Eén kandidaat (klantmanager: eigen kandidaten; jobcoach: eigen begeleide kandidaten)' })
  candidate(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CandidateEntity> {
    return this.queries.get(actor, id);
  }

  @Roles(...CANDIDATE_READERS)
  @Query(() => CandidateConnection, { description: 'Kandidaten in de eigen caseload, op pseudoniem' })
  async candidates(
    @CurrentActor() actor: Actor,
    @Args() args: CandidatesArgs,
    @Info() info: GraphQLResolveInfo,
    @Context() context: { req: object },
  ): Promise<ConnectionShape<CandidateEntity>> {
    const { connection, disclosed } = await this.queries.list(actor, args.filter, args);
    await this.audit.noteMany(context.req, actor, disclosed, operationLabel(info));
    return connection;
  }

  @Roles(...CANDIDATE_WRITERS)
  @Mutation(() => CandidateModel, { description: 'Kandidaat aanmaken; de klantmanager wordt eigenaar' })
  createCandidate(@CurrentActor() actor: Actor, @Args('input') input: CreateCandidateInput): Promise<CandidateEntity> {
    return this.profiles.create(actor, input);
  }

  @Roles(...CANDIDATE_WRITERS)
  @Mutation(() => CandidateModel, { description: 'Profiel wijzigen (expectedVersion verplicht)' })
  updateCandidate(@CurrentActor() actor: Actor, @Args('input') input: UpdateCandidateInput): Promise<CandidateEntity> {
    return this.profiles.update(actor, input);
  }

  @Roles(...CANDIDATE_WRITERS)
  @Mutation(() => CandidateModel, { description: 'LKS-status, ZORG, indicatie beschut werk en doelgroepregister vastleggen' })
  setCandidateSupportStatus(@CurrentActor() actor: Actor, @Args('input') input: CandidateSupportStatusInput): Promise<CandidateEntity> {
    return this.profiles.setSupportStatus(actor, input);
  }
}
