import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MatchRunEntity, MatchRunKind, MatchRunStatus } from '../entities/match-run.entity';
import { isUuid } from '@wsp/common';

export interface NewRun {
  kind: MatchRunKind;
  subjectId: string | null;
  trigger: string;
  referenceDate: string;
  requestedById?: string | null;
  /** The creating job's id: a retried job finds its run instead of creating another. */
  idempotencyKey?: string | null;
}


/** The run rows (match_runs): creation (idempotent by key), status transitions, progress. */
@Injectable()
export class MatchRunService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Creates the run, or returns the one an earlier attempt of the same job created. */
  async create(input: NewRun, manager: EntityManager = this.dataSource.manager): Promise<MatchRunEntity> {
    const key = input.idempotencyKey ?? null;
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO match_runs (kind, subject_id, trigger, reference_date, requested_by_id, idempotency_key, total_items)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [input.kind, input.subjectId, input.trigger.slice(0, 60), input.referenceDate, input.requestedById ?? null, key, input.kind === MatchRunKind.FULL ? 0 : 1],
    );
    const id = inserted[0]?.id;
    if (id) return manager.findOneByOrFail(MatchRunEntity, { id });
    return manager.findOneByOrFail(MatchRunEntity, { idempotencyKey: key! });
  }

  async find(id: string, manager: EntityManager = this.dataSource.manager): Promise<MatchRunEntity | null> {
    if (!isUuid(id)) return null;
    return manager.findOneBy(MatchRunEntity, { id });
  }

  /** QUEUED → RUNNING (keeps the first start time when a job is retried). */
  async markRunning(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE match_runs SET status = 'RUNNING', started_at = COALESCE(started_at, now()) WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')`,
      [id],
    );
  }

  async complete(manager: EntityManager, id: string, report: Record<string, unknown>): Promise<void> {
    await manager.query(
      `UPDATE match_runs SET status = 'COMPLETED', finished_at = now(), started_at = COALESCE(started_at, now()), report = $2::jsonb, error = NULL,
              processed_items = total_items
        WHERE id = $1`,
      [id, JSON.stringify(report)],
    );
  }

  /** `message` is ours (no personal data): an error class and a short reason. */
  async fail(id: string, message: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE match_runs SET status = 'FAILED', finished_at = now(), error = $2 WHERE id = $1 AND status <> 'COMPLETED'`,
      [id, message.slice(0, 500)],
    );
  }

  isFinished(run: MatchRunEntity): boolean {
    return run.status === MatchRunStatus.COMPLETED || run.status === MatchRunStatus.FAILED;
  }
}
