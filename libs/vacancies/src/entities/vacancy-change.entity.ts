import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@wsp/auth';
import { VacancyEntity, VacancyStatus } from './vacancy.entity';

export enum VacancyChangeKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  STATUS = 'STATUS',
}

/** History of a vacancy: creation, field changes (kept for OPEN vacancies) and status moves. */
@Entity('vacancy_changes')
@Index(['vacancyId', 'changedAt'])
export class VacancyChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  vacancyId: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @Column({ type: 'enum', enum: VacancyChangeKind, enumName: 'vacancy_change_kind' })
  kind: VacancyChangeKind;

  @Column({ type: 'enum', enum: VacancyStatus, enumName: 'vacancy_status', nullable: true })
  fromStatus: VacancyStatus | null;

  @Column({ type: 'enum', enum: VacancyStatus, enumName: 'vacancy_status', nullable: true })
  toStatus: VacancyStatus | null;

  /** Changed fields: `{ field: { from, to } }`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes: Record<string, { from: unknown; to: unknown }>;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** Null when the system made the change (scheduled expiry). */
  @Column({ type: 'uuid', nullable: true })
  changedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'changed_by_id' })
  changedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt: Date;
}
