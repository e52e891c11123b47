import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@wsp/auth';
import { EmployerEntity, PipelineStage } from './employer.entity';

/** One move in the acquisition pipeline; the first row of an employer has `fromStage` null. */
@Entity('employer_stage_changes')
@Index(['employerId', 'changedAt'])
export class EmployerStageChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  employerId: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id' })
  employer?: EmployerEntity;

  @Column({ type: 'enum', enum: PipelineStage, enumName: 'pipeline_stage', nullable: true })
  fromStage: PipelineStage | null;

  @Column({ type: 'enum', enum: PipelineStage, enumName: 'pipeline_stage' })
  toStage: PipelineStage;

  /** Required when moving to LOST; optional otherwise. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid' })
  changedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changed_by_id' })
  changedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt: Date;
}
