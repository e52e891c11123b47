import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@wsp/auth';
import { Actor, ConnectionShape } from '@wsp/common';
import { CANDIDATE_MATCH_READERS, DECIDERS, VACANCY_MATCH_READERS } from '../domain/match-access';
import { MatchDecisionService } from '../services/match-decision.service';
import { MatchReadService, MatchView } from '../services/match-read.service';
import { MatchesForCandidateArgs, MatchesForVacancyArgs, SetMatchDecisionInput } from './match.inputs';
import { MatchConnection, MatchModel } from './match.models';

const ADVICE = 'Matches zijn advies: een medewerker beoordeelt en beslist (AVG art. 22).';

@Resolver(() => MatchModel)
export class MatchesResolver {
  constructor(
    private readonly reads: MatchReadService,
    private readonly decisions: MatchDecisionService,
  ) {}

  @Roles(...VACANCY_MATCH_READERS)
  @Query(() => MatchConnection, {
    description: `Huidige matches van een vacature, beste eerst. Werkgevers: alleen eigen vacatures, geanonimiseerd. ${ADVICE}`,
  })
  matchesForVacancy(@CurrentActor() actor: Actor, @Args() args: MatchesForVacancyArgs): Promise<ConnectionShape<MatchView>> {
    return this.reads.forVacancy(actor, args.vacancyId, args);
  }

  @Roles(...CANDIDATE_MATCH_READERS)
  @Query(() => MatchConnection, {
    description: `Huidige matches van een kandidaat op open vacatures, beste eerst (klantmanager: eigen kandidaten; jobcoach: begeleide kandidaten). ${ADVICE}`,
  })
  matchesForCandidate(@CurrentActor() actor: Actor, @Args() args: MatchesForCandidateArgs): Promise<ConnectionShape<MatchView>> {
    return this.reads.forCandidate(actor, args.candidateId, args);
  }

  @Roles(...DECIDERS)
  @Mutation(() => MatchModel, {
    description: `Legt een besluit over een match vast (shortlist of afwijzing, met reden); de geschiedenis blijft bewaard en een nieuwe matchingronde laat het besluit staan. ${ADVICE}`,
  })
  setMatchDecision(@CurrentActor() actor: Actor, @Args('input') input: SetMatchDecisionInput): Promise<MatchView> {
    return this.decisions.decide(actor, input);
  }
}
