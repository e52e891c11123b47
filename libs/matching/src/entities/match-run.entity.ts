import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@wsp/auth';

export enum MatchRunKind {
  /** One vacancy against all candidates. */
  VACANCY = 'VACANCY',
  /** One candidate against all open vacancies. */
  CANDIDATE = 'CANDIDATE',
  /** Every open vacancy, fanned out, then the batch assignment (max K proposals per candidate). */
  FULL = 'FULL',
}

export enum MatchRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}

/** A requested or triggered matching run with its progress. */
@Entity('match_runs')
@Index(['kind', 'subjectId', 'createdAt'])
export class MatchRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Monotonic: a result is only replaced by one from a later run. */
  @Index({ unique: true })
  @Column({ type: 'bigint', generated: 'increment' })
  seq: string;

  @Column({ type: 'enum', enum: MatchRunKind, enumName: 'match_run_kind' })
  kind: MatchRunKind;

  /** Vacancy or candidate id; null for FULL. */
  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  @Index()
  @Column({ type: 'enum', enum: MatchRunStatus, enumName: 'match_run_status', default: MatchRunStatus.QUEUED })
  status: MatchRunStatus;

  /** Why it ran: 'manual', 'vacancy.opened', 'nightly', ... */
  @Column({ type: 'varchar', length: 60 })
  trigger: string;

  /**
   * The job that created the run (BullMQ job id), so that a retried job finds its run instead of
   * starting another; null for runs requested through the API (their job carries the run id).
   */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  idempotencyKey: string | null;

  /** "Today" of the run (ISO date, WSP time zone): every part of a run judges on the same day, with the parameters of that day. */
  @Column({ type: 'date', nullable: true })
  referenceDate: string | null;

  @Column({ type: 'integer', default: 0 })
  totalItems: number;

  @Column({ type: 'integer', default: 0 })
  processedItems: number;

  /** Batch-mode report for FULL runs: totals of the assignment vs greedy ranking. */
  @Column({ type: 'jsonb', nullable: true })
  report: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'uuid', nullable: true })
  requestedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'requested_by_id' })
  requestedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
