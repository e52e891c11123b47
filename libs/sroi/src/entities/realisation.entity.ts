import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { UserEntity } from '@wsp/auth';
import { CandidateEntity } from '@wsp/candidates';
import { PlacementEntity } from '@wsp/placements';
import { SroiBonus, SroiCategory, SroiRealisationKind, SroiRealisationStatus } from '../domain/enums';
import { SroiContractEntity } from './contract.entity';
import { bigintNumber, numericNumber } from './transformers';

/**
 * Something that counts towards a contract's obligation, decided by the municipality's
 * coordinator (PENDING → ACCEPTED | REJECTED). A placement counts once per contract (unique), and
 * is accepted for at most one contract (no double counting).
 */
@Entity('sroi_realisations')
@Index('UQ_sroi_realisations_placement_per_contract', ['contractId', 'placementId'], { unique: true, where: 'placement_id IS NOT NULL' })
@Index('UQ_sroi_realisations_placement_accepted_once', ['placementId'], { unique: true, where: `status = 'ACCEPTED'` })
@Index(['contractId', 'status'])
@Index(['status', 'pendingSince'])
@Check('CHK_sroi_realisations_person', `(kind IN ('PLACEMENT', 'EMPLOYMENT')) = (category IS NOT NULL AND hours_per_week IS NOT NULL AND start_date IS NOT NULL)`)
@Check('CHK_sroi_realisations_placement', `(kind = 'PLACEMENT') = (placement_id IS NOT NULL)`)
@Check('CHK_sroi_realisations_purchase', `(kind = 'SOCIAL_PURCHASE') = (purchase_amount_cents IS NOT NULL)`)
@Check('CHK_sroi_realisations_activity', `(kind = 'OTHER_ACTIVITY') = (activity_hours IS NOT NULL)`)
@Check('CHK_sroi_realisations_amounts', 'value_cents >= 0 AND (purchase_amount_cents IS NULL OR purchase_amount_cents > 0) AND (activity_hours IS NULL OR activity_hours > 0) AND (hours_per_week IS NULL OR (hours_per_week > 0 AND hours_per_week <= 60))')
@Check('CHK_sroi_realisations_period', 'end_date IS NULL OR start_date IS NULL OR end_date >= start_date')
@Check('CHK_sroi_realisations_decided', `(status = 'PENDING') = (decided_at IS NULL) AND (decided_at IS NULL) = (decided_by_id IS NULL)`)
export class SroiRealisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  contractId: string;

  @ManyToOne(() => SroiContractEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contract_id' })
  contract?: SroiContractEntity;

  @Column({ type: 'enum', enum: SroiRealisationKind, enumName: 'sroi_realisation_kind' })
  kind: SroiRealisationKind;

  @Column({ type: 'enum', enum: SroiRealisationStatus, enumName: 'sroi_realisation_status', default: SroiRealisationStatus.PENDING })
  status: SroiRealisationStatus;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  placementId: string | null;

  @ManyToOne(() => PlacementEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'placement_id' })
  placement?: PlacementEntity;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  candidateId: string | null;

  @ManyToOne(() => CandidateEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity;

  /** Person-based: the category that is valued (derived, or corrected by the consultant). */
  @Column({ type: 'enum', enum: SroiCategory, enumName: 'sroi_category', nullable: true })
  category: SroiCategory | null;

  /** Placement: the category derived from the candidate's profile, kept to show a correction. */
  @Column({ type: 'enum', enum: SroiCategory, enumName: 'sroi_category', nullable: true })
  derivedCategory: SroiCategory | null;

  @Column({ type: 'enum', enum: SroiBonus, enumName: 'sroi_bonus', array: true, default: () => "'{}'" })
  bonuses: SroiBonus[];

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: numericNumber })
  hoursPerWeek: number | null;

  /** Person-based: first day of the employment; purchase/activity: invoice or activity date. */
  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  /** Person-based: last day of the employment; null while it runs. */
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  /** Person-based: months counted at the last valuation (after the cap), for reports. */
  @Column({ type: 'numeric', precision: 9, scale: 4, nullable: true, transformer: numericNumber })
  monthsCounted: number | null;

  /** Sociale inkoop: invoice amount excluding VAT. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  purchaseAmountCents: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  supplierName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  invoiceReference: string | null;

  /** Other activity: hours spent. */
  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true, transformer: numericNumber })
  activityHours: number | null;

  /** No personal data of candidates. */
  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Value as of `valuedOn` (person-based realisations grow while the employment runs). */
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  valueCents: number;

  @Column({ type: 'date' })
  valuedOn: string;

  /** Since when it waits for the coordinator (alerts after 30 days). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  pendingSince: Date;

  /** Reason of the last decision (required for a rejection). */
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** null = proposed automatically from a placement. */
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}

/** History of a realisation: proposal, decisions and category corrections, with reasons. */
@Entity('sroi_realisation_changes')
@Index(['realisationId', 'changedAt'])
export class SroiRealisationChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  realisationId: string;

  @ManyToOne(() => SroiRealisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'realisation_id' })
  realisation?: SroiRealisationEntity;

  @Column({ type: 'enum', enum: SroiRealisationStatus, enumName: 'sroi_realisation_status', nullable: true })
  fromStatus: SroiRealisationStatus | null;

  @Column({ type: 'enum', enum: SroiRealisationStatus, enumName: 'sroi_realisation_status' })
  toStatus: SroiRealisationStatus;

  @Column({ type: 'enum', enum: SroiCategory, enumName: 'sroi_category', nullable: true })
  fromCategory: SroiCategory | null;

  @Column({ type: 'enum', enum: SroiCategory, enumName: 'sroi_category', nullable: true })
  toCategory: SroiCategory | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** null = the system (automatic proposal from a placement). */
  @Column({ type: 'uuid', nullable: true })
  changedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'changed_by_id' })
  changedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt: Date;
}
