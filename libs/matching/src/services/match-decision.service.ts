import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, NotFoundError, ValidationError } from '@wsp/common';
import { assertCanDecide } from '../domain/match-access';
import { MatchFeedbackEntity } from '../entities/match-feedback.entity';
import { SetMatchDecisionInput } from '../graphql/match.inputs';
import { MatchReadService, MatchView } from './match-read.service';

/**
 * Decisions on matches (shortlist or reject): kept as history in match_feedback with the score at
 * the time, for tuning the weights; the match shows the latest one. Decisions belong to the pair,
 * not to a run, so a re-run keeps them. The person decides; the score only advises (AVG art. 22).
 */
@Injectable()
export class MatchDecisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: MatchReadService,
  ) {}

  async decide(actor: Actor, input: SetMatchDecisionInput): Promise<MatchView> {
    const reason = input.reason.trim();
    if (reason.length === 0) throw new ValidationError('Geef een reden op voor het besluit', 'reason');
    const candidate = await this.reads.candidateOwner(input.candidateId);
    if (!candidate) throw new NotFoundError('Kandidaat', input.candidateId);
    assertCanDecide(actor, candidate);
    const [match] = await this.dataSource.query<{ score: number }[]>('SELECT score FROM matches WHERE vacancy_id = $1 AND candidate_id = $2', [
      input.vacancyId,
      input.candidateId,
    ]);
    if (!match) throw new NotFoundError('Match');
    await this.dataSource.getRepository(MatchFeedbackEntity).insert({
      vacancyId: input.vacancyId,
      candidateId: input.candidateId,
      decision: input.decision,
      reason,
      scoreAtDecision: match.score,
      decidedById: actor.userId,
    });
    return this.reads.one(actor, input.vacancyId, input.candidateId);
  }
}
