import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { EmployerEntity } from '@wsp/acquisition';
import { UserEntity } from '@wsp/auth';
import { CandidateEntity } from '@wsp/candidates';
import { VacancyEntity } from '@wsp/vacancies';
import { ArrangementStatus } from '../domain/arrangement-lifecycle';
import { Instrument, InstrumentKind } from '../domain/instruments';

/**
 * An arrangement: an employer and a vacancy (or a jobcarving role described here) tied to one or
 * more candidates and a set of instruments. Owned by an accountmanager.
 */
@Entity('arrangements')
@Index(['employerId', 'status'])
@Check('CHK_arrangements_role', 'vacancy_id IS NOT NULL OR jobcarving_title IS NOT NULL')
@Check('CHK_arrangements_dates', 'end_date IS NULL OR end_date >= start_date')
export class ArrangementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  employerId: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id' })
  employer?: EmployerEntity;

  /** The vacancy; null for a jobcarving role described in the arrangement itself. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  vacancyId: string | null;

  @ManyToOne(() => VacancyEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @Column({ type: 'varchar', length: 200, nullable: true })
  jobcarvingTitle: string | null;

  /** The tasks carved out of existing jobs for this role. */
  @Column({ type: 'text', nullable: true })
  jobcarvingDescription: string | null;

  /** The owning accountmanager. */
  @Index()
  @Column({ type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Index()
  @Column({ type: 'enum', enum: ArrangementStatus, enumName: 'arrangement_status', default: ArrangementStatus.DRAFT })
  status: ArrangementStatus;

  /** Planned first day (of the proefplaats when there is one, otherwise of the employment). */
  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  /** Template it was created from, e.g. 'BEPERKT_LKS_MDP', with the template version's date. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  templateCode: string | null;

  @Column({ type: 'date', nullable: true })
  templateVersion: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Reason of the last decline or of the end. */
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}

/** A candidate in an arrangement, with the employment terms the cost overview uses. */
@Entity('arrangement_candidates')
@Check('CHK_arrangement_candidates_hours', 'hours_per_week > 0 AND hours_per_week <= 60')
@Check('CHK_arrangement_candidates_wage', 'gross_monthly_wage_cents > 0')
@Check('CHK_arrangement_candidates_loonwaarde', 'loonwaarde_percentage IS NULL OR loonwaarde_percentage BETWEEN 0 AND 100')
export class ArrangementCandidateEntity {
  @PrimaryColumn({ type: 'uuid' })
  arrangementId: string;

  @PrimaryColumn({ type: 'uuid' })
  @Index()
  candidateId: string;

  @ManyToOne(() => ArrangementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'arrangement_id' })
  arrangement?: ArrangementEntity;

  @ManyToOne(() => CandidateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity;

  /** Contract hours per week (two decimals). */
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  hoursPerWeek: number;

  /** Gross monthly wage for those hours, eurocents. */
  @Column({ type: 'integer' })
  grossMonthlyWageCents: number;

  /** The candidate's loonwaarde when added (or last refreshed), for the LKS; never shown to employers. */
  @Column({ type: 'smallint', nullable: true })
  loonwaardePercentage: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;
}

/** One instrument of an arrangement; `details` holds the kind's fields, validated by domain/instruments.ts. */
@Entity('arrangement_instruments')
@Index(['arrangementId', 'kind'], { unique: true })
export class ArrangementInstrumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  arrangementId: string;

  @ManyToOne(() => ArrangementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'arrangement_id' })
  arrangement?: ArrangementEntity;

  @Column({ type: 'enum', enum: InstrumentKind, enumName: 'instrument_kind' })
  kind: InstrumentKind;

  /** The instrument without its kind (see the Instrument union). */
  @Column({ type: 'jsonb' })
  details: Omit<Instrument, 'kind'>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** History of an arrangement: every status move, and content changes while it is a draft. */
@Entity('arrangement_changes')
@Index(['arrangementId', 'changedAt'])
export class ArrangementChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  arrangementId: string;

  @ManyToOne(() => ArrangementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'arrangement_id' })
  arrangement?: ArrangementEntity;

  /** Null on the creation row and on content changes. */
  @Column({ type: 'enum', enum: ArrangementStatus, enumName: 'arrangement_status', nullable: true })
  fromStatus: ArrangementStatus | null;

  @Column({ type: 'enum', enum: ArrangementStatus, enumName: 'arrangement_status' })
  toStatus: ArrangementStatus;

  /** e.g. 'CREATED', 'STATUS', 'INSTRUMENTS', 'CANDIDATES', 'TERMS', 'PROEFPLAATS_EXTENDED' */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** Null when the system made the move (activation by a confirmed placement has the job coach). */
  @Column({ type: 'uuid', nullable: true })
  changedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'changed_by_id' })
  changedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt: Date;
}

/** Jobcoaching hours a job coach logged against an arrangement's jobcoaching budget. */
@Entity('coaching_hours')
@Index(['arrangementId', 'workedOn'])
@Index(['candidateId', 'workedOn'])
@Check('CHK_coaching_hours_minutes', 'minutes BETWEEN 1 AND 1440')
export class CoachingHoursEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  arrangementId: string;

  @ManyToOne(() => ArrangementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'arrangement_id' })
  arrangement?: ArrangementEntity;

  @Column({ type: 'uuid' })
  candidateId: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity;

  @Column({ type: 'uuid' })
  jobCoachId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'job_coach_id' })
  jobCoach?: UserEntity;

  @Column({ type: 'date' })
  workedOn: string;

  @Column({ type: 'integer' })
  minutes: number;

  /** What was done; no health details. */
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
