import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { EmployerEntity } from '@wsp/acquisition';
import { ArrangementEntity } from '@wsp/arrangements';
import { UserEntity } from '@wsp/auth';
import { CandidateEntity, IdentityConsentEntity } from '@wsp/candidates';
import { VacancyEntity } from '@wsp/vacancies';
import { CheckInStatus, PlacementEndReason, PlacementStatus } from '../domain/placement-status';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * A candidate placed (or on the way to being placed) at a vacancy. A candidate holds at most one
 * CONFIRMED placement (partial unique index); one open placement per candidate and vacancy.
 */
@Entity('placements')
@Index('UQ_placements_one_active_per_candidate', ['candidateId'], { unique: true, where: `status = 'CONFIRMED'` })
@Index('UQ_placements_open_per_pair', ['candidateId', 'vacancyId'], { unique: true, where: `status <> 'ENDED'` })
@Index(['vacancyId', 'status'])
@Index(['employerId', 'status'])
@Check('CHK_placements_confirmed', `status NOT IN ('CONFIRMED') OR (actual_start_date IS NOT NULL AND hours_per_week IS NOT NULL AND gross_monthly_wage_cents IS NOT NULL AND confirmed_by_id IS NOT NULL)`)
@Check('CHK_placements_ended', `(status = 'ENDED') = (ended_on IS NOT NULL AND end_reason IS NOT NULL)`)
@Check('CHK_placements_hours', 'hours_per_week IS NULL OR (hours_per_week > 0 AND hours_per_week <= 60)')
@Check('CHK_placements_wage', 'gross_monthly_wage_cents IS NULL OR gross_monthly_wage_cents > 0')
export class PlacementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  candidateId: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity;

  @Column({ type: 'uuid' })
  vacancyId: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  /** The vacancy's employer (denormalised: it never changes), for employer scoping and the timeline. */
  @Column({ type: 'uuid' })
  employerId: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id' })
  employer?: EmployerEntity;

  /** The arrangement the placement runs under, if any. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  arrangementId: string | null;

  @ManyToOne(() => ArrangementEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'arrangement_id' })
  arrangement?: ArrangementEntity;

  @Index()
  @Column({ type: 'enum', enum: PlacementStatus, enumName: 'placement_status', default: PlacementStatus.PROPOSED })
  status: PlacementStatus;

  @Column({ type: 'uuid' })
  proposedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by_id' })
  proposedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  introducedAt: Date | null;

  /** The written consent on which the identity was shared with the employer at introduction. */
  @Column({ type: 'uuid', nullable: true })
  identityConsentId: string | null;

  @ManyToOne(() => IdentityConsentEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'identity_consent_id' })
  identityConsent?: IdentityConsentEntity;

  @Column({ type: 'date', nullable: true })
  proefplaatsStartDate: string | null;

  @Column({ type: 'date', nullable: true })
  contractStartDate: string | null;

  /** Set by the job coach's confirmation. */
  @Column({ type: 'date', nullable: true })
  actualStartDate: string | null;

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: numeric })
  hoursPerWeek: number | null;

  @Column({ type: 'integer', nullable: true })
  grossMonthlyWageCents: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  confirmedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'confirmed_by_id' })
  confirmedBy?: UserEntity;

  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'enum', enum: PlacementEndReason, enumName: 'placement_end_reason', nullable: true })
  endReason: PlacementEndReason | null;

  @Column({ type: 'text', nullable: true })
  endNotes: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}

/** Every status move of a placement (the first row has fromStatus null). */
@Entity('placement_changes')
@Index(['placementId', 'changedAt'])
export class PlacementChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  placementId: string;

  @ManyToOne(() => PlacementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'placement_id' })
  placement?: PlacementEntity;

  @Column({ type: 'enum', enum: PlacementStatus, enumName: 'placement_status', nullable: true })
  fromStatus: PlacementStatus | null;

  @Column({ type: 'enum', enum: PlacementStatus, enumName: 'placement_status' })
  toStatus: PlacementStatus;

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

/** A durability check-in, due 1, 3, 6 and 12 months after the actual start; recorded by the job coach. */
@Entity('placement_check_ins')
@Index(['placementId', 'monthNumber'], { unique: true })
@Index(['dueOn'])
@Check('CHK_placement_check_ins_month', 'month_number IN (1, 3, 6, 12)')
@Check('CHK_placement_check_ins_recorded', '(held_on IS NULL) = (status IS NULL) AND (held_on IS NULL) = (recorded_by_id IS NULL)')
export class PlacementCheckInEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  placementId: string;

  @ManyToOne(() => PlacementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'placement_id' })
  placement?: PlacementEntity;

  @Column({ type: 'smallint' })
  monthNumber: number;

  @Column({ type: 'date' })
  dueOn: string;

  /** The day the check-in took place; null while open. */
  @Column({ type: 'date', nullable: true })
  heldOn: string | null;

  @Column({ type: 'enum', enum: CheckInStatus, enumName: 'check_in_status', nullable: true })
  status: CheckInStatus | null;

  /** Work-related notes only (no health details). */
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  recordedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
