import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { EmployerEntity } from '@wsp/acquisition';
import { UserEntity } from '@wsp/auth';
import { MunicipalityEntity } from '@wsp/reference-data';
import { SroiValuationTableEntity } from './valuation-table.entity';
import { bigintNumber, numericNumber } from './transformers';

/**
 * A contract with a social-return clause: the commissioning municipality, the contractor (an
 * employer record), the value excluding VAT and the SROI percentage, the period, the valuation
 * table, an optional PSO discount and the penalty rule (a percentage of the shortfall, after a
 * grace period). The obligation is derived (domain/obligation.ts), never stored, except for an
 * explicit obligation an admin sets (`obligationOverrideCents`).
 */
@Entity('sroi_contracts')
@Index('UQ_sroi_contracts_municipality_reference', ['municipalityCode', 'reference'], { unique: true })
@Index(['contractorId', 'endDate'])
@Index(['endDate'])
@Check('CHK_sroi_contracts_value', 'contract_value_cents > 0')
@Check('CHK_sroi_contracts_percentages', `sroi_percentage > 0 AND sroi_percentage <= 100 AND (pso_discount_percentage IS NULL OR pso_discount_percentage BETWEEN 0 AND 100) AND penalty_percentage BETWEEN 0 AND 100`)
@Check('CHK_sroi_contracts_period', 'end_date >= start_date')
@Check('CHK_sroi_contracts_grace', 'grace_period_days BETWEEN 0 AND 730')
@Check('CHK_sroi_contracts_override', 'obligation_override_cents IS NULL OR obligation_override_cents >= 0')
export class SroiContractEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The municipality's contract reference (unique per municipality). */
  @Column({ type: 'varchar', length: 60 })
  reference: string;

  @Column({ type: 'text' })
  description: string;

  /** Commissioning municipality (CBS GM code). */
  @Index()
  @Column({ type: 'char', length: 6 })
  municipalityCode: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: MunicipalityEntity;

  /** The contractor (opdrachtnemer): an employer record. */
  @Column({ type: 'uuid' })
  contractorId: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contractor_id' })
  contractor?: EmployerEntity;

  /** Contract value excluding VAT. */
  @Column({ type: 'bigint', transformer: bigintNumber })
  contractValueCents: number;

  /** e.g. 5.00 */
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numericNumber })
  sroiPercentage: number;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Index()
  @Column({ type: 'uuid' })
  valuationTableId: string;

  @ManyToOne(() => SroiValuationTableEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'valuation_table_id' })
  valuationTable?: SroiValuationTableEntity;

  /** Discount on the obligation for a PSO-certified contractor (percent), if agreed. */
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: numericNumber })
  psoDiscountPercentage: number | null;

  /** Penalty: this percentage of the shortfall, due after the grace period. */
  @Column({ type: 'numeric', precision: 5, scale: 2, default: 0, transformer: numericNumber })
  penaltyPercentage: number;

  @Column({ type: 'smallint', default: 0 })
  gracePeriodDays: number;

  /** An obligation set explicitly by an admin (e.g. below the threshold); replaces the formula. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  obligationOverrideCents: number | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
