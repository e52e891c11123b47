import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@wsp/auth';
import { Actor, ConnectionShape } from '@wsp/common';
import { ConsentService, IdentityConsentView, MatchingConsentView } from '../services/consent.service';
import { AssessmentWithCurrent, LoonwaardeService } from '../services/loonwaarde.service';
import { CANDIDATE_READERS, CANDIDATE_WRITERS } from './candidate.resolver';
import { GrantMatchingConsentInput, RecordIdentityConsentInput, RecordLoonwaardeInput } from './candidate.inputs';
import { CandidateHistoryArgs } from './candidate.args';
import {
  IdentityConsentConnection,
  IdentityConsentModel,
  LoonwaardeAssessmentConnection,
  LoonwaardeAssessmentModel,
  MatchingConsentConnection,
  MatchingConsentModel,
} from './candidate.models';

/** Loonwaarde assessments and consents of a candidate: histories and their mutations. */
@Resolver()
export class CandidateRecordsResolver {
  constructor(
    private readonly loonwaarde: LoonwaardeService,
    private readonly consents: ConsentService,
  ) {}

  @Roles(...CANDIDATE_WRITERS)
  @Mutation(() => LoonwaardeAssessmentModel, { description: 'Vastgestelde loonwaarde vastleggen (historie; de laatste op datum is actueel)' })
  recordLoonwaardeAssessment(@CurrentActor() actor: Actor, @Args('input') input: RecordLoonwaardeInput): Promise<AssessmentWithCurrent> {
    return this.loonwaarde.record(actor, input);
  }

  @Roles(...CANDIDATE_READERS)
  @Query(() => LoonwaardeAssessmentConnection, { description: 'Loonwaardevaststellingen van een kandidaat, nieuwste eerst' })
  loonwaardeAssessments(@CurrentActor() actor: Actor, @Args() args: CandidateHistoryArgs): Promise<ConnectionShape<AssessmentWithCurrent>> {
    return this.loonwaarde.list(actor, args.candidateId, args);
  }

  @Roles(...CANDIDATE_WRITERS)
  @Mutation(() => MatchingConsentModel, { description: 'Toestemming voor matching vastleggen (vervangt een geldige toestemming)' })
  grantMatchingConsent(@CurrentActor() actor: Actor, @Args('input') input: GrantMatchingConsentInput): Promise<MatchingConsentView> {
    return this.consents.grantMatching(actor, input);
  }

  @Roles(...CANDIDATE_WRITERS)
  @Mutation(() => MatchingConsentModel, { description: 'Toestemming voor matching intrekken' })
  revokeMatchingConsent(@CurrentActor() actor: Actor, @Args('candidateId', { type: () => ID }) candidateId: string): Promise<MatchingConsentView> {
    return this.consents.revokeMatching(actor, candidateId);
  }

  @Roles(...CANDIDATE_READERS)
  @Query(() => MatchingConsentConnection, { description: 'Toestemmingen voor matching (historie), nieuwste eerst' })
  matchingConsents(@CurrentActor() actor: Actor, @Args() args: CandidateHistoryArgs): Promise<ConnectionShape<MatchingConsentView>> {
    return this.consents.listMatching(actor, args.candidateId, args);
  }

  @Roles(...CANDIDATE_WRITERS)
  @Mutation(() => IdentityConsentModel, { description: 'Schriftelijke toestemming vastleggen om de identiteit met een werkgever te delen' })
  recordIdentityConsent(@CurrentActor() actor: Actor, @Args('input') input: RecordIdentityConsentInput): Promise<IdentityConsentView> {
    return this.consents.recordIdentity(actor, input);
  }

  @Roles(...CANDIDATE_WRITERS)
  @Mutation(() => IdentityConsentModel, { description: 'Toestemming om de identiteit te delen intrekken' })
  revokeIdentityConsent(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<IdentityConsentView> {
    return this.consents.revokeIdentity(actor, id);
  }

  @Roles(...CANDIDATE_READERS)
  @Query(() => IdentityConsentConnection, { description: 'Toestemmingen om de identiteit te delen (historie), nieuwste eerst' })
  identityConsents(@CurrentActor() actor: Actor, @Args() args: CandidateHistoryArgs): Promise<ConnectionShape<IdentityConsentView>> {
    return this.consents.listIdentity(actor, args.candidateId, args);
  }
}
