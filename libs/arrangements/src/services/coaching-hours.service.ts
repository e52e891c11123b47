import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, Clock, ConflictError, ConnectionShape, ForbiddenError, NotFoundError, PageArgs, paginate, Role, todayIn, ValidationError } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { ArrangementEntity, CoachingHoursEntity } from '../entities/arrangement.entity';
import { ArrangementStatus } from '../domain/arrangement-lifecycle';
import { CoachingBudget, coachingBudget } from '../domain/coaching-budget';
import { findInstrument, InstrumentKind } from '../domain/instruments';
import { LogCoachingHoursInput } from '../graphql/arrangement.inputs';
import { isoDate, optionalNotes } from './arrangement-input';
import { candidateFacts, candidatesOf, findArrangement, instrumentsOf } from './arrangement-store';

/** Jobcoaching hours logged by the candidate's own job coach against the arrangement's budget. */
@Injectable()
export class CoachingHoursService {
  private readonly logger = new Logger('CoachingHours');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async log(actor: Actor, input: LogCoachingHoursInput): Promise<CoachingHoursEntity> {
    if (actor.role !== Role.JOBCOACH) throw new ForbiddenError('Alleen de jobcoach van de kandidaat schrijft coachingsuren');
    const manager = this.dataSource.manager;
    const a = await findArrangement(manager, input.arrangementId);
    const links = await candidatesOf(manager, a.id);
    if (!links.some((l) => l.candidateId === input.candidateId)) throw new NotFoundError('Kandidaat in dit arrangement', input.candidateId);
    const facts = (await candidateFacts(manager, [input.candidateId])).get(input.candidateId);
    if (!facts || facts.jobCoachId !== actor.userId) throw new ForbiddenError('Alleen de jobcoach van de kandidaat schrijft coachingsuren');
    if (a.status !== ArrangementStatus.AGREED && a.status !== ArrangementStatus.ACTIVE) {
      throw new ConflictError('Coachingsuren horen bij een akkoord bevonden of lopend arrangement');
    }
    if (!findInstrument(await instrumentsOf(manager, a.id), InstrumentKind.JOBCOACHING)) throw new ConflictError('Dit arrangement heeft geen jobcoaching');
    const workedOn = isoDate(input.workedOn, 'workedOn');
    if (workedOn > todayIn(this.config.timeZone, this.clock.now())) throw new ValidationError('De datum ligt in de toekomst', 'workedOn');
    if (workedOn < a.startDate) throw new ValidationError(`De datum ligt vóór de start van het arrangement (${a.startDate})`, 'workedOn');
    if (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > 1440) throw new ValidationError('Geef 1 tot en met 1440 minuten', 'minutes');

    const inserted = await manager.insert(CoachingHoursEntity, {
      arrangementId: a.id,
      candidateId: input.candidateId,
      jobCoachId: actor.userId,
      workedOn,
      minutes: input.minutes,
      notes: optionalNotes(input.notes),
    });
    const id = (inserted.identifiers[0] as { id: string }).id;
    this.logger.log({ msg: 'coaching hours logged', arrangementId: a.id, minutes: input.minutes });
    return manager.findOneByOrFail(CoachingHoursEntity, { id });
  }

  /** Entries, newest first; a job coach sees only their own candidates' entries. */
  list(actor: Actor, a: ArrangementEntity, page: PageArgs): Promise<ConnectionShape<CoachingHoursEntity>> {
    const qb = this.dataSource
      .getRepository(CoachingHoursEntity)
      .createQueryBuilder('h')
      .where('h.arrangement_id = :id', { id: a.id })
      .orderBy('h.worked_on', 'DESC')
      .addOrderBy('h.created_at', 'DESC')
      .addOrderBy('h.id', 'DESC');
    if (actor.role === Role.JOBCOACH) qb.andWhere('EXISTS (SELECT 1 FROM candidates c WHERE c.id = h.candidate_id AND c.job_coach_id = :me)', { me: actor.userId });
    if (actor.role === Role.CONSULTANT) qb.andWhere('EXISTS (SELECT 1 FROM candidates c WHERE c.id = h.candidate_id AND c.consultant_id = :me)', { me: actor.userId });
    return paginate(qb, page);
  }

  /** Budget against use; null when the arrangement has no jobcoaching. */
  async budget(a: ArrangementEntity): Promise<CoachingBudget | null> {
    const manager = this.dataSource.manager;
    const coaching = findInstrument(await instrumentsOf(manager, a.id), InstrumentKind.JOBCOACHING);
    if (!coaching) return null;
    const [links, logged] = await Promise.all([
      candidatesOf(manager, a.id),
      manager.query<{ worked_on: string; minutes: number }[]>(
        `SELECT to_char(worked_on, 'YYYY-MM-DD') AS worked_on, minutes FROM coaching_hours WHERE arrangement_id = $1`,
        [a.id],
      ),
    ]);
    return coachingBudget(a.startDate, coaching, links.length, logged.map((l) => ({ workedOn: l.worked_on, minutes: Number(l.minutes) })));
  }
}
