import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ArrangementLifecycleService } from '@wsp/arrangements';
import { Actor, Clock, ConflictError, NotFoundError, todayIn } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { recordEvents } from '@wsp/events';
import { VacancyEntity, VacancyLifecycleService, VacancyStatus } from '@wsp/vacancies';
import { PlacementCheckInEntity, PlacementEntity } from '../entities/placement.entity';
import { assertIsJobCoachOf, assertPlaceLeft, assertPlacementTransition, checkInSchedule, validateConfirmation } from '../domain/placement-rules';
import { PlacementStatus } from '../domain/placement-status';
import { ConfirmPlacementInput } from '../graphql/placement.inputs';
import { lockPlacement, placementCandidate, placementEvent, recordPlacementChange, touchCandidate, violatedUniqueIndex } from './placement-store';

/**
 * The job coach's confirmation that the employment started (CONTRACTED → CONFIRMED), in one
 * transaction:
 * 1. lock the placement, check that the actor is the candidate's own job coach;
 * 2. lock the vacancy row (SELECT ... FOR UPDATE) and count its confirmed placements against
 *    numberOfPlaces, so that two confirmations for the last place serialise and the second gets
 *    CONFLICT;
 * 3. set CONFIRMED: the partial unique index UQ_placements_one_active_per_candidate lets a candidate
 *    hold only one confirmed placement (two concurrent confirmations on different vacancies: the
 *    second waits for the first and fails; mapped to CONFLICT);
 * 4. mark the vacancy FILLED when every place is taken; start an AGREED arrangement;
 * 5. close the candidate's current matches (with an event saying why), schedule the check-ins, and
 *    record `placement.confirmed` (read by SROI) in the outbox.
 */
@Injectable()
export class PlacementConfirmationService {
  private readonly logger = new Logger('PlacementConfirmation');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly vacancies: VacancyLifecycleService,
    private readonly arrangements: ArrangementLifecycleService,
  ) {}

  async confirm(actor: Actor, input: ConfirmPlacementInput): Promise<PlacementEntity> {
    const terms = validateConfirmation(input, todayIn(this.config.timeZone, this.clock.now()));
    try {
      const result = await this.dataSource.transaction(async (tx) => {
        const p = await lockPlacement(tx, input.id);
        assertIsJobCoachOf(actor, await placementCandidate(tx, p.candidateId));
        assertPlacementTransition(p.status, PlacementStatus.CONFIRMED);

        const vacancy = await tx.findOne(VacancyEntity, { where: { id: p.vacancyId }, lock: { mode: 'pessimistic_write' } });
        if (!vacancy) throw new NotFoundError('Vacature', p.vacancyId);
        if (vacancy.status === VacancyStatus.FILLED) throw new ConflictError('Deze vacature is al vervuld');
        const [{ n: confirmed }] = await tx.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM placements WHERE vacancy_id = $1 AND status = 'CONFIRMED'`,
          [vacancy.id],
        );
        assertPlaceLeft(confirmed, vacancy.numberOfPlaces);

        await tx.update(PlacementEntity, { id: p.id }, {
          status: PlacementStatus.CONFIRMED,
          actualStartDate: terms.actualStartDate,
          hoursPerWeek: terms.hoursPerWeek,
          grossMonthlyWageCents: terms.grossMonthlyWageCents,
          confirmedAt: this.clock.now(),
          confirmedById: actor.userId,
        });
        await recordPlacementChange(tx, p.id, { fromStatus: p.status, toStatus: PlacementStatus.CONFIRMED, changedById: actor.userId });

        const filled = confirmed + 1 >= vacancy.numberOfPlaces && vacancy.status === VacancyStatus.OPEN;
        if (filled) await this.vacancies.markFilled(vacancy.id, tx, { actorId: actor.userId, reason: 'Alle plaatsen vervuld door bevestigde plaatsingen' });
        if (p.arrangementId) await this.arrangements.activateForPlacement(tx, p.arrangementId, actor.userId, p.id);

        const closed = await tx.query<{ vacancy_id: string }[]>(
          `WITH closed AS (DELETE FROM matches WHERE candidate_id = $1 RETURNING vacancy_id) SELECT vacancy_id FROM closed`,
          [p.candidateId],
        );
        await tx.insert(
          PlacementCheckInEntity,
          checkInSchedule(terms.actualStartDate).map((c) => ({ placementId: p.id, monthNumber: c.monthNumber, dueOn: c.dueOn })),
        );
        await touchCandidate(tx, p.candidateId);
        await recordEvents(tx, [
          placementEvent('placement.confirmed', p, {
            fromStatus: p.status,
            toStatus: PlacementStatus.CONFIRMED,
            actualStartDate: terms.actualStartDate,
            hoursPerWeek: terms.hoursPerWeek,
            vacancyFilled: filled,
          }),
          {
            aggregateType: 'candidate',
            aggregateId: p.candidateId,
            type: 'candidate.matches_closed',
            payload: { candidateId: p.candidateId, reason: 'PLACEMENT_CONFIRMED', placementId: p.id, vacancyIds: closed.map((r) => r.vacancy_id).sort() },
          },
        ]);
        return { id: p.id, filled, closedMatches: closed.length };
      });
      this.logger.log({ msg: 'placement confirmed', placementId: result.id, vacancyFilled: result.filled, closedMatches: result.closedMatches });
      return this.dataSource.manager.findOneByOrFail(PlacementEntity, { id: result.id });
    } catch (e) {
      if (violatedUniqueIndex(e) === 'UQ_placements_one_active_per_candidate') {
        throw new ConflictError('Deze kandidaat heeft al een bevestigde plaatsing; beëindig die eerst', { reason: 'ACTIVE_PLACEMENT_EXISTS' });
      }
      throw e;
    }
  }
}
