import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@wsp/auth';
import { MunicipalityEntity } from '@wsp/reference-data';
import { numericNumber } from './transformers';

/**
 * The municipality's SROI coordinator: a user (ADMIN or ACCOUNTMANAGER) who accepts or rejects
 * the realisations of the contracts of that commissioning municipality. Assigned by an admin.
 */
@Entity('sroi_coordinators')
@Index('UQ_sroi_coordinators_municipality_user', ['municipalityCode', 'userId'], { unique: true })
export class SroiCoordinatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 6 })
  municipalityCode: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: MunicipalityEntity;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'uuid' })
  assignedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assigned_by_id' })
  assignedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * Per region (the valuation tables' region code): whether the matching favours candidates who
 * would count for an open obligation, and with what weight. Off unless a row says otherwise.
 */
@Entity('sroi_region_settings')
@Check('CHK_sroi_region_settings_weight', 'matching_weight >= 0 AND matching_weight <= 1')
export class SroiRegionSettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  regionCode: string;

  @Column({ type: 'boolean', default: false })
  matchingComponentEnabled: boolean;

  /** Weight of the SROI component next to the other weights (which sum to 1); the service sets it (0.1 unless given). */
  @Column({ type: 'numeric', precision: 4, scale: 3, transformer: numericNumber })
  matchingWeight: number;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy?: UserEntity;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
