import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MatchRunEntity } from './match-run.entity';

/**
 * One vacancy of a FULL run, fixed when the run fans out. Progress is the number of completed
 * items (counted, never incremented), so a child that runs twice (a worker died after its commit)
 * is still counted once.
 */
@Entity('match_run_items')
export class MatchRunItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  runId: string;

  @ManyToOne(() => MatchRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: MatchRunEntity;

  /** No foreign key: a vacancy deleted during the run still counts as an item of it. */
  @PrimaryColumn({ type: 'uuid' })
  vacancyId: string;

  /** Set in the same transaction as the item's matches. */
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** The item gave up after its last attempt (it still counts as processed; the run report says how many). */
  @Column({ type: 'boolean', default: false })
  failed: boolean;
}
