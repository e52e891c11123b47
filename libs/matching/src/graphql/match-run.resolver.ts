import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@wsp/auth';
import { Actor } from '@wsp/common';
import { RUN_REQUESTERS } from '../domain/match-access';
import { MatchRunEntity } from '../entities/match-run.entity';
import { MatchRequestService } from '../services/match-request.service';
import { RequestMatchRunInput } from './match.inputs';
import { MatchRunModel, MatchRunReportModel } from './match.models';

const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

@Resolver(() => MatchRunModel)
export class MatchRunResolver {
  constructor(private readonly requests: MatchRequestService) {}

  @Roles(...RUN_REQUESTERS)
  @Mutation(() => MatchRunModel, {
    description:
      'Start een matchingronde: VACANCY (vacancyId), CANDIDATE (candidateId) of FULL (alle open vacatures en de voorstellenronde; alleen beheerders). ' +
      'Het resultaat is advies: een medewerker beslist (AVG art. 22).',
  })
  requestMatchRun(@CurrentActor() actor: Actor, @Args('input') input: RequestMatchRunInput): Promise<MatchRunEntity> {
    return this.requests.request(actor, input);
  }

  @Roles(...RUN_REQUESTERS)
  @Query(() => MatchRunModel, { description: 'Status en voortgang van een matchingronde' })
  matchRun(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<MatchRunEntity> {
    return this.requests.get(actor, id);
  }

  @ResolveField(() => Int)
  processed(@Parent() run: MatchRunEntity): number {
    return run.processedItems;
  }

  @ResolveField(() => Int)
  total(@Parent() run: MatchRunEntity): number {
    return run.totalItems;
  }

  @ResolveField(() => MatchRunReportModel, { nullable: true })
  report(@Parent() run: MatchRunEntity): MatchRunReportModel | null {
    const r = run.report;
    if (!r) return null;
    return {
      matches: num(r.matches),
      superseded: typeof r.superseded === 'boolean' ? r.superseded : null,
      proposals: num(r.proposals),
      optimalTotal: num(r.optimalTotal),
      greedyRespectingKTotal: num(r.greedyRespectingKTotal),
      unconstrainedTotal: num(r.unconstrainedTotal),
      violationsInUnconstrained: num(r.violationsInUnconstrained),
      failedItems: num(r.failedItems),
    };
  }
}
