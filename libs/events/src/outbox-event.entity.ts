import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Transactional outbox: a domain event is written in the same transaction as the change it
 * describes, so no change is published without its event and no event without its change.
 * The matching capability consumes these (issue: candidates and the matching core).
 */
@Entity('outbox_events')
@Index(['dispatchedAt', 'id'])
export class OutboxEventEntity {
  /** Monotonic, so consumers can read in commit-ish order. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  /** e.g. 'vacancy' */
  @Column({ type: 'varchar', length: 60 })
  aggregateType: string;

  @Index()
  @Column({ type: 'uuid' })
  aggregateId: string;

  /** e.g. 'vacancy.opened', 'vacancy.changed' */
  @Column({ type: 'varchar', length: 80 })
  type: string;

  /** Ids and changed field names only: never personal data. */
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;
}
