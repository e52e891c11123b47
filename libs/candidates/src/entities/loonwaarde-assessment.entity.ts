import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@wsp/auth';
import { CandidateEntity } from './candidate.entity';

/**
 * A loonwaarde assessment (productivity as % of the minimum wage), as determined by an assessor
 * with a recognised method (Participatiewet art. 10d lid 3). The product stores it; it never
 * computes it. The latest by assessedOn is current.
 */
@Entity('loonwaarde_assessments')
@Index(['candidateId', 'assessedOn'])
@Check('CHK_loonwaarde_pct', 'percentage BETWEEN 0 AND 100')
export class LoonwaardeAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  candidateId: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity;

  @Column({ type: 'smallint' })
  percentage: number;

  @Column({ type: 'date' })
  assessedOn: string;

  /** e.g. Dariuz, Ergatis, Loonwaarde.nl, praktijkroute */
  @Column({ type: 'varchar', length: 80 })
  method: string;

  /** Name of the assessor or assessing organisation. */
  @Column({ type: 'varchar', length: 120 })
  assessor: string;

  @Index()
  @Column({ type: 'date', nullable: true })
  nextReassessmentOn: string | null;

  @Column({ type: 'uuid' })
  recordedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
