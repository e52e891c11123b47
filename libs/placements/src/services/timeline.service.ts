import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, ConnectionShape, ForbiddenError, NotFoundError, PageArgs, Role, toConnection } from '@wsp/common';
import { pageWindow } from '@wsp/common';
import { isUuid, placementCandidate } from './placement-store';

export enum TimelineEventKind {
  PLACEMENT_STATUS = 'PLACEMENT_STATUS',
  ARRANGEMENT_STATUS = 'ARRANGEMENT_STATUS',
  CHECK_IN = 'CHECK_IN',
}

export interface TimelineEvent {
  id: string;
  at: Date;
  kind: TimelineEventKind;
  candidateId: string | null;
  candidatePseudonym: string | null;
  employerId: string;
  employerName: string;
  placementId: string | null;
  arrangementId: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  /** Reason of the move, or the check-in month; never the check-in notes. */
  detail: string | null;
  actorId: string | null;
}

interface Row {
  id: string;
  at: Date;
  kind: TimelineEventKind;
  candidate_id: string | null;
  pseudonym: string | null;
  employer_id: string;
  employer_name: string;
  placement_id: string | null;
  arrangement_id: string | null;
  from_status: string | null;
  to_status: string | null;
  detail: string | null;
  actor_id: string | null;
}

/**
 * Timelines per candidate and per employer: the union of the placement and arrangement history
 * and the recorded check-ins, newest first, paginated in SQL. Candidates appear by pseudonym only.
 */
@Injectable()
export class TimelineService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** For admins and the candidate's own consultant or job coach. */
  async forCandidate(actor: Actor, candidateId: string, page: PageArgs): Promise<ConnectionShape<TimelineEvent>> {
    const c = await placementCandidate(this.dataSource.manager, candidateId);
    const ok = actor.role === Role.ADMIN || (actor.role === Role.CONSULTANT && c.consultantId === actor.userId) || (actor.role === Role.JOBCOACH && c.jobCoachId === actor.userId);
    if (!ok) throw new ForbiddenError();
    const sql = `
      SELECT pc.id::text AS id, pc.changed_at AS at, 'PLACEMENT_STATUS' AS kind, p.candidate_id, p.employer_id, p.id AS placement_id,
             p.arrangement_id, pc.from_status::text AS from_status, pc.to_status::text AS to_status, pc.reason AS detail, pc.changed_by_id AS actor_id
        FROM placement_changes pc JOIN placements p ON p.id = pc.placement_id WHERE p.candidate_id = $1
      UNION ALL
      SELECT ci.id::text, ci.recorded_at, 'CHECK_IN', p.candidate_id, p.employer_id, p.id, p.arrangement_id, NULL, ci.status::text,
             'Nazorg na ' || ci.month_number || ' maand(en)', ci.recorded_by_id
        FROM placement_check_ins ci JOIN placements p ON p.id = ci.placement_id WHERE p.candidate_id = $1 AND ci.recorded_at IS NOT NULL
      UNION ALL
      SELECT ac.id::text, ac.changed_at, 'ARRANGEMENT_STATUS', $1::uuid, a.employer_id, NULL::uuid, a.id, ac.from_status::text, ac.to_status::text,
             ac.reason, ac.changed_by_id
        FROM arrangement_changes ac JOIN arrangements a ON a.id = ac.arrangement_id
       WHERE ac.kind IN ('CREATED', 'STATUS', 'PROEFPLAATS_EXTENDED')
         AND EXISTS (SELECT 1 FROM arrangement_candidates x WHERE x.arrangement_id = a.id AND x.candidate_id = $1)`;
    return this.page(sql, [c.id], page);
  }

  /**
   * For admins, accountmanagers and the employer's own users. An employer sees placements from
   * the introduction on and arrangement status moves from the proposal on, without check-ins.
   */
  async forEmployer(actor: Actor, employerId: string, page: PageArgs): Promise<ConnectionShape<TimelineEvent>> {
    if (actor.role === Role.EMPLOYER && actor.employerId !== employerId) throw new ForbiddenError();
    if (![Role.ADMIN, Role.ACCOUNTMANAGER, Role.EMPLOYER].includes(actor.role)) throw new ForbiddenError();
    const exists = isUuid(employerId) && (await this.dataSource.query<unknown[]>('SELECT 1 FROM employers WHERE id = $1', [employerId])).length > 0;
    if (!exists) throw new NotFoundError('Werkgever', employerId);
    const employer = actor.role === Role.EMPLOYER;
    const sql = `
      SELECT pc.id::text AS id, pc.changed_at AS at, 'PLACEMENT_STATUS' AS kind, p.candidate_id, p.employer_id, p.id AS placement_id,
             p.arrangement_id, pc.from_status::text AS from_status, pc.to_status::text AS to_status, pc.reason AS detail, pc.changed_by_id AS actor_id
        FROM placement_changes pc JOIN placements p ON p.id = pc.placement_id
       WHERE p.employer_id = $1 ${employer ? `AND p.introduced_at IS NOT NULL AND pc.to_status <> 'PROPOSED'` : ''}
      UNION ALL
      SELECT ac.id::text, ac.changed_at, 'ARRANGEMENT_STATUS', NULL::uuid, a.employer_id, NULL::uuid, a.id, ac.from_status::text, ac.to_status::text,
             ac.reason, ac.changed_by_id
        FROM arrangement_changes ac JOIN arrangements a ON a.id = ac.arrangement_id
       WHERE a.employer_id = $1 AND ${employer ? `ac.kind = 'STATUS' AND (ac.to_status <> 'DRAFT' OR ac.from_status = 'PROPOSED')` : `ac.kind IN ('CREATED', 'STATUS', 'PROEFPLAATS_EXTENDED')`}
      ${
        employer
          ? ''
          : `UNION ALL
      SELECT ci.id::text, ci.recorded_at, 'CHECK_IN', p.candidate_id, p.employer_id, p.id, p.arrangement_id, NULL, ci.status::text,
             'Nazorg na ' || ci.month_number || ' maand(en)', ci.recorded_by_id
        FROM placement_check_ins ci JOIN placements p ON p.id = ci.placement_id WHERE p.employer_id = $1 AND ci.recorded_at IS NOT NULL`
      }`;
    return this.page(sql, [employerId], page);
  }

  private async page(sql: string, params: unknown[], page: PageArgs): Promise<ConnectionShape<TimelineEvent>> {
    const { offset, limit } = pageWindow(page);
    const n = params.length;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<Row[]>(
        `SELECT t.*, c.pseudonym, e.name AS employer_name
           FROM (${sql}) t LEFT JOIN candidates c ON c.id = t.candidate_id JOIN employers e ON e.id = t.employer_id
          ORDER BY t.at DESC, t.kind, t.id DESC LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...params, limit, offset],
      ),
      this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM (${sql}) t`, params),
    ]);
    const items = rows.map(
      (r): TimelineEvent => ({
        id: r.id,
        at: r.at,
        kind: r.kind,
        candidateId: r.candidate_id,
        candidatePseudonym: r.pseudonym,
        employerId: r.employer_id,
        employerName: r.employer_name,
        placementId: r.placement_id,
        arrangementId: r.arrangement_id,
        fromStatus: r.from_status,
        toStatus: r.to_status,
        detail: r.detail,
        actorId: r.actor_id,
      }),
    );
    return toConnection(items, total, offset);
  }
}
