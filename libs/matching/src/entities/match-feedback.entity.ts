import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@wsp/auth';
import { CandidateEntity } from '@wsp/candidates';
import { VacancyEntity } from '@wsp/vacancies';

export enum MatchDecision {
  SHORTLISTED = 'SHORTLISTED',
  REJECTED = 'REJECTED',
}

/** A person's decision on a match, kept as history (the latest per pair is current). */
@Entity('match_feedback')
@Index(['vacancyId', 'candidateId', 'decidedAt'])
export class MatchFeedbackEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  vacancyId: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @Column({ type: 'uuid' })
  candidateId: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity;

  @Column({ type: 'enum', enum: MatchDecision, enumName: 'match_decision' })
  decision: MatchDecision;

  @Column({ type: 'text' })
  reason: string;

  /** Score of the match when the decision was taken (feedback for tuning the weights). */
  @Column({ type: 'double precision', nullable: true })
  scoreAtDecision: number | null;

  @Column({ type: 'uuid' })
  decidedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  decidedAt: Date;
}
