import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, Clock, ConflictError, ConnectionShape, ForbiddenError, isIsoDate, NotFoundError, PageArgs, pageWindow, Role, toConnection, todayIn, ValidationError } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { recordEvents } from '@wsp/events';
import { PlacementCheckInEntity, PlacementEntity } from '../entities/placement.entity';
import { assertIsJobCoachOf, workListUntil } from '../domain/placement-rules';
import { PlacementStatus } from '../domain/placement-status';
import { RecordCheckInInput } from '../graphql/placement.inputs';
import { isUuid, placementCandidate, placementEvent } from './placement-store';

export enum WorkListKind {
  CHECK_IN = 'CHECK_IN',
  LOONWAARDE_REASSESSMENT = 'LOONWAARDE_REASSESSMENT',
}

export interface WorkListItem {
  id: string;
  kind: WorkListKind;
  dueOn: string;
  overdue: boolean;
  candidateId: string;
  candidatePseudonym: string;
  placementId: string | null;
  checkInId: string | null;
  checkInMonth: number | null;
  employerName: string | null;
  vacancyTitle: string | null;
}

interface WorkListRow {
  kind: WorkListKind;
  due_on: string;
  candidate_id: string;
  pseudonym: string;
  placement_id: string | null;
  check_in_id: string | null;
  month_number: number | null;
  employer_name: string | null;
  vacancy_title: string | null;
}

/**
 * Follow-up for durability: the check-ins at 1, 3, 6 and 12 months (recorded by the candidate's
 * job coach) and the work list of due and overdue items:
 * - JOBCOACH: open check-ins of confirmed placements of their candidates, and the loonwaarde
 *   reassessments due for their candidates;
 * - CONSULTANT: the loonwaarde reassessments due for their caseload.
 * The reassessment date is next_reassessment_on of the candidate's latest assessment.
 */
@Injectable()
export class FollowUpService {
  private readonly logger = new Logger('PlacementFollowUp');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async recordCheckIn(actor: Actor, input: RecordCheckInInput): Promise<PlacementCheckInEntity> {
    if (!isIsoDate(input.heldOn)) throw new ValidationError('Geef een datum als JJJJ-MM-DD', 'heldOn');
    if (input.heldOn > this.today()) throw new ValidationError('De datum ligt in de toekomst', 'heldOn');
    await this.dataSource.transaction(async (tx) => {
      const checkIn = isUuid(input.checkInId)
        ? await tx.findOne(PlacementCheckInEntity, { where: { id: input.checkInId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!checkIn) throw new NotFoundError('Nazorgmoment', input.checkInId);
      const placement = await tx.findOneByOrFail(PlacementEntity, { id: checkIn.placementId });
      assertIsJobCoachOf(actor, await placementCandidate(tx, placement.candidateId), 'vastleggen');
      if (checkIn.heldOn !== null) throw new ConflictError('Dit nazorgmoment is al vastgelegd');
      if (placement.status !== PlacementStatus.CONFIRMED) throw new ConflictError('De plaatsing loopt niet meer');
      if (placement.actualStartDate && input.heldOn < placement.actualStartDate) throw new ValidationError('De datum ligt vóór de start van het werk', 'heldOn');
      await tx.update(PlacementCheckInEntity, { id: checkIn.id }, {
        heldOn: input.heldOn,
        status: input.status,
        notes: input.notes?.trim() || null,
        recordedById: actor.userId,
        recordedAt: this.clock.now(),
      });
      await recordEvents(tx, [placementEvent('placement.check_in_recorded', placement, { checkInId: checkIn.id, monthNumber: checkIn.monthNumber, status: input.status })]);
    });
    this.logger.log({ msg: 'check-in recorded', checkInId: input.checkInId, status: input.status });
    return this.dataSource.manager.findOneByOrFail(PlacementCheckInEntity, { id: input.checkInId });
  }

  checkIns(placementId: string): Promise<PlacementCheckInEntity[]> {
    return this.dataSource.manager.find(PlacementCheckInEntity, { where: { placementId }, order: { monthNumber: 'ASC' } });
  }

  /** Due (within `horizonDays`) and overdue items, earliest first. */
  async workList(actor: Actor, horizonDays: number, page: PageArgs): Promise<ConnectionShape<WorkListItem>> {
    if (actor.role !== Role.JOBCOACH && actor.role !== Role.CONSULTANT) throw new ForbiddenError();
    const { offset, limit } = pageWindow(page);
    const today = this.today();
    const until = workListUntil(today, horizonDays);
    const owner = actor.role === Role.JOBCOACH ? 'job_coach_id' : 'consultant_id';
    const checkIns =
      actor.role === Role.JOBCOACH
        ? `SELECT 'CHECK_IN' AS kind, to_char(ci.due_on, 'YYYY-MM-DD') AS due_on, c.id AS candidate_id, c.pseudonym,
                  p.id AS placement_id, ci.id AS check_in_id, ci.month_number, e.name AS employer_name, v.title AS vacancy_title
             FROM placement_check_ins ci
             JOIN placements p ON p.id = ci.placement_id
             JOIN candidates c ON c.id = p.candidate_id
             JOIN employers e ON e.id = p.employer_id
             JOIN vacancies v ON v.id = p.vacancy_id
            WHERE c.job_coach_id = $1 AND p.status = 'CONFIRMED' AND ci.held_on IS NULL AND ci.due_on <= $2::date
           UNION ALL `
        : '';
    const sql = `${checkIns}
      SELECT 'LOONWAARDE_REASSESSMENT' AS kind, to_char(l.next_reassessment_on, 'YYYY-MM-DD') AS due_on, c.id AS candidate_id, c.pseudonym,
             NULL::uuid AS placement_id, NULL::uuid AS check_in_id, NULL::smallint AS month_number, NULL AS employer_name, NULL AS vacancy_title
        FROM candidates c
        JOIN LATERAL (SELECT la.next_reassessment_on FROM loonwaarde_assessments la WHERE la.candidate_id = c.id
                       ORDER BY la.assessed_on DESC, la.created_at DESC LIMIT 1) l ON true
       WHERE c.${owner} = $1 AND c.active AND l.next_reassessment_on IS NOT NULL AND l.next_reassessment_on <= $2::date`;
    const [rows, [{ n }]] = await Promise.all([
      this.dataSource.query<WorkListRow[]>(`SELECT * FROM (${sql}) w ORDER BY due_on, kind, candidate_id, check_in_id LIMIT $3 OFFSET $4`, [actor.userId, until, limit, offset]),
      this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM (${sql}) w`, [actor.userId, until]),
    ]);
    const items = rows.map(
      (r): WorkListItem => ({
        id: `${r.kind}:${r.check_in_id ?? r.candidate_id}`,
        kind: r.kind,
        dueOn: r.due_on,
        overdue: r.due_on < today,
        candidateId: r.candidate_id,
        candidatePseudonym: r.pseudonym,
        placementId: r.placement_id,
        checkInId: r.check_in_id,
        checkInMonth: r.month_number === null ? null : Number(r.month_number),
        employerName: r.employer_name,
        vacancyTitle: r.vacancy_title,
      }),
    );
    return toConnection(items, n, offset);
  }

  private today(): string {
    return todayIn(this.config.timeZone, this.clock.now());
  }
}
