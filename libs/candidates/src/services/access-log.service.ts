import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, ConnectionShape, decodeCursor, MAX_PAGE_SIZE, PageArgs, toConnection, ValidationError } from '@wsp/common';
import { CandidateAccessLogEntity } from '../entities/candidate-access-log.entity';

export interface AccessLogRow {
  id: string;
  at: Date;
  actorUserId: string;
  actorDisplayName: string | null;
  candidateId: string;
  candidatePseudonym: string | null;
  operation: string;
  fields: string[];
}

export interface AccessLogFilter {
  candidateId?: string | null;
  actorUserId?: string | null;
}

/**
 * The audit trail of reads of identifying candidate data (AVG art. 5 lid 2 accountability,
 * art. 32; BIO logging). Writes are awaited by the reading resolver before any data is returned,
 * so a read that cannot be logged fails instead of going unrecorded.
 */
@Injectable()
export class CandidateAccessLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One row; returns its id. */
  async record(actor: Actor, candidateId: string, operation: string, fields: readonly string[], manager?: EntityManager): Promise<string> {
    const result = await (manager ?? this.dataSource.manager).insert(CandidateAccessLogEntity, {
      actorUserId: actor.userId,
      candidateId,
      operation: operation.slice(0, 120),
      fields: [...fields],
    });
    return String((result.identifiers[0] as { id: string | number }).id);
  }

  /** Rows for several candidates at once (e.g. the results of a name search). */
  async recordMany(actor: Actor, candidateIds: readonly string[], operation: string, fields: readonly string[]): Promise<void> {
    if (candidateIds.length === 0) return;
    await this.dataSource.manager.insert(
      CandidateAccessLogEntity,
      candidateIds.map((candidateId) => ({ actorUserId: actor.userId, candidateId, operation: operation.slice(0, 120), fields: [...fields] })),
    );
  }

  /** Adds fields to an existing row (the same candidate read again within one operation). */
  async addFields(rowId: string, fields: readonly string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE candidate_access_log SET fields = ARRAY(SELECT DISTINCT f FROM unnest(fields || $2::text[]) AS f ORDER BY f) WHERE id = $1`,
      [rowId, [...fields]],
    );
  }

  /** Newest first; filter by candidate and/or actor. */
  async list(filter: AccessLogFilter, page: PageArgs): Promise<ConnectionShape<AccessLogRow>> {
    const limit = page.first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw new ValidationError(`first moet tussen 1 en ${MAX_PAGE_SIZE} liggen`, 'first');
    const offset = page.after ? decodeCursor(page.after) + 1 : 0;
    const where = `($1::uuid IS NULL OR l.candidate_id = $1::uuid) AND ($2::uuid IS NULL OR l.actor_user_id = $2::uuid)`;
    const params = [filter.candidateId ?? null, filter.actorUserId ?? null];
    const [rows, count] = await Promise.all([
      this.dataSource.query<AccessLogRow[]>(
        `SELECT l.id::text AS id, l.at, l.actor_user_id AS "actorUserId", u.display_name AS "actorDisplayName",
                l.candidate_id AS "candidateId", c.pseudonym AS "candidatePseudonym", l.operation, l.fields
           FROM candidate_access_log l
           LEFT JOIN users u ON u.id = l.actor_user_id
           LEFT JOIN candidates c ON c.id = l.candidate_id
          WHERE ${where}
          ORDER BY l.at DESC, l.id DESC
          LIMIT $3 OFFSET $4`,
        [...params, limit, offset],
      ),
      this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM candidate_access_log l WHERE ${where}`, params),
    ]);
    return toConnection(rows, count[0]?.n ?? 0, offset);
  }
}
