import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Audit log: every read of a candidate's identifying fields (who, when, which candidate, how). */
@Entity('candidate_access_log')
@Index(['candidateId', 'at'])
@Index(['actorUserId', 'at'])
export class CandidateAccessLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  actorUserId: string;

  @Column({ type: 'uuid' })
  candidateId: string;

  /** GraphQL operation or service path, e.g. 'query candidate'. */
  @Column({ type: 'varchar', length: 120 })
  operation: string;

  /** Identifying fields that were read. */
  @Column({ type: 'text', array: true })
  fields: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
