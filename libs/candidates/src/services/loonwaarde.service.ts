import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Clock, ConnectionShape, isIsoDate, PageArgs, paginate, todayIn, ValidationError } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { recordEvents } from '@wsp/events';
import { CandidateEntity } from '../entities/candidate.entity';
import { LoonwaardeAssessmentEntity } from '../entities/loonwaarde-assessment.entity';
import { assertCanRead, assertCanWrite } from '../domain/candidate-access';
import { RecordLoonwaardeInput } from '../graphql/candidate.inputs';
import { CANDIDATE_AGGREGATE, findCandidate, lockCandidate } from './candidate-store';

export type AssessmentWithCurrent = LoonwaardeAssessmentEntity & { current: boolean };

/**
 * Loonwaarde assessments as history (Participatiewet art. 10d lid 3: determined by an assessor
 * with a recognised method; the product stores it, never computes it). The current one is the
 * latest by assessedOn (then by when it was recorded); candidates.current_loonwaarde follows it
 * in the same transaction.
 */
@Injectable()
export class LoonwaardeService {
  private readonly logger = new Logger('Loonwaarde');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async record(actor: Actor, input: RecordLoonwaardeInput): Promise<AssessmentWithCurrent> {
    const today = todayIn(this.config.timeZone, this.clock.now());
    const method = input.method.trim();
    const assessor = input.assessor.trim();
    if (!Number.isInteger(input.percentage) || input.percentage < 0 || input.percentage > 100) {
      throw new ValidationError('Loonwaarde: een heel percentage van 0 tot en met 100', 'percentage');
    }
    if (!isIsoDate(input.assessedOn)) throw new ValidationError('Ongeldige datum (JJJJ-MM-DD)', 'assessedOn');
    if (input.assessedOn > today) throw new ValidationError('De vaststellingsdatum ligt in de toekomst', 'assessedOn');
    if (!method) throw new ValidationError('Verplicht', 'method');
    if (!assessor) throw new ValidationError('Verplicht', 'assessor');
    const next = input.nextReassessmentOn ?? null;
    if (next !== null) {
      if (!isIsoDate(next)) throw new ValidationError('Ongeldige datum (JJJJ-MM-DD)', 'nextReassessmentOn');
      if (next <= input.assessedOn) throw new ValidationError('De herbeoordeling ligt na de vaststellingsdatum', 'nextReassessmentOn');
    }

    const id = await this.dataSource.transaction(async (manager) => {
      const candidate = await lockCandidate(manager, input.candidateId);
      assertCanWrite(actor, candidate);
      const inserted = await manager.insert(LoonwaardeAssessmentEntity, {
        candidateId: candidate.id,
        percentage: input.percentage,
        assessedOn: input.assessedOn,
        method,
        assessor,
        nextReassessmentOn: next,
        recordedById: actor.userId,
      });
      const assessmentId = (inserted.identifiers[0] as { id: string }).id;
      const current = await this.currentOf(manager, candidate.id);
      const currentChanged = current?.percentage !== candidate.currentLoonwaarde;
      if (currentChanged) {
        await manager.update(CandidateEntity, { id: candidate.id }, { currentLoonwaarde: current?.percentage ?? null });
      }
      await recordEvents(manager, [
        {
          aggregateType: CANDIDATE_AGGREGATE,
          aggregateId: candidate.id,
          type: 'candidate.loonwaarde_assessed',
          payload: { candidateId: candidate.id, assessmentId, isCurrent: current?.id === assessmentId, currentLoonwaardeChanged: currentChanged },
        },
      ]);
      return assessmentId;
    });
    this.logger.log({ msg: 'loonwaarde assessment recorded', candidateId: input.candidateId, assessmentId: id });
    const saved = await this.dataSource.getRepository(LoonwaardeAssessmentEntity).findOneByOrFail({ id });
    const current = await this.currentOf(this.dataSource.manager, saved.candidateId);
    return { ...saved, current: current?.id === saved.id };
  }

  /** The history, newest first, with the current one marked. */
  async list(actor: Actor, candidateId: string, page: PageArgs): Promise<ConnectionShape<AssessmentWithCurrent>> {
    const candidate = await findCandidate(this.dataSource.manager, candidateId);
    assertCanRead(actor, candidate);
    const qb = this.dataSource
      .getRepository(LoonwaardeAssessmentEntity)
      .createQueryBuilder('a')
      .where('a.candidate_id = :id', { id: candidate.id })
      .orderBy('a.assessed_on', 'DESC')
      .addOrderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC');
    const [result, current] = await Promise.all([paginate(qb, page), this.currentOf(this.dataSource.manager, candidate.id)]);
    const mark = (a: LoonwaardeAssessmentEntity): AssessmentWithCurrent => ({ ...a, current: a.id === current?.id });
    return { ...result, nodes: result.nodes.map(mark), edges: result.edges.map((e) => ({ ...e, node: mark(e.node) })) };
  }

  /** The current assessment of a candidate, or null (caller checks access). */
  async current(candidateId: string): Promise<AssessmentWithCurrent | null> {
    const current = await this.currentOf(this.dataSource.manager, candidateId);
    return current ? { ...current, current: true } : null;
  }

  private currentOf(manager: EntityManager, candidateId: string): Promise<LoonwaardeAssessmentEntity | null> {
    return manager
      .getRepository(LoonwaardeAssessmentEntity)
      .createQueryBuilder('a')
      .where('a.candidate_id = :candidateId', { candidateId })
      .orderBy('a.assessed_on', 'DESC')
      .addOrderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getOne();
  }
}
