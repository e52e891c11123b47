import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@wsp/auth';
import { EmployerContactEntity } from './employer-contact.entity';
import { EmployerEntity } from './employer.entity';

export enum ContactMomentType {
  CALL = 'CALL',
  VISIT = 'VISIT',
  EMAIL = 'EMAIL',
  EVENT = 'EVENT',
}

/** A contact with an employer, with its outcome and an optional next action with a due date. */
@Entity('contact_moments')
@Index(['employerId', 'occurredAt'])
@Index(['nextActionAssigneeId', 'nextActionDueOn'])
export class ContactMomentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  employerId: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id' })
  employer?: EmployerEntity;

  @Column({ type: 'enum', enum: ContactMomentType, enumName: 'contact_moment_type' })
  type: ContactMomentType;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  contactPersonId: string | null;

  @ManyToOne(() => EmployerContactEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'contact_person_id' })
  contactPerson?: EmployerContactEntity;

  @Column({ type: 'text' })
  outcome: string;

  @Column({ type: 'text', nullable: true })
  nextAction: string | null;

  @Column({ type: 'date', nullable: true })
  nextActionDueOn: string | null;

  /** Who must do the next action; defaults to the employer's owning accountmanager. */
  @Column({ type: 'uuid', nullable: true })
  nextActionAssigneeId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'next_action_assignee_id' })
  nextActionAssignee?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  nextActionCompletedAt: Date | null;

  @Column({ type: 'uuid' })
  recordedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
