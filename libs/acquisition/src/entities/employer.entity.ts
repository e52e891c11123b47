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
import { UserEntity } from '@wsp/auth';
import { PostcodeEntity } from '@wsp/reference-data';

/** Acquisition pipeline stages; LOST can be reached from any open stage, with a reason. */
export enum PipelineStage {
  PROSPECT = 'PROSPECT',
  CONTACTED = 'CONTACTED',
  MEETING = 'MEETING',
  AGREEMENT = 'AGREEMENT',
  ACTIVE = 'ACTIVE',
  LOST = 'LOST',
}

/** Size classes by number of employees (CBS/KvK "grootteklasse", grouped). */
export enum EmployerSizeClass {
  MICRO = 'MICRO', // 1-9
  SMALL = 'SMALL', // 10-49
  MEDIUM = 'MEDIUM', // 50-249
  LARGE = 'LARGE', // 250+
}

/** PSO (PrestatieLadder Socialer Ondernemen, TNO/Stichting PSO) certificate levels. */
export enum PsoLevel {
  AANLOOPTREDE = 'AANLOOPTREDE',
  TREDE_1 = 'TREDE_1',
  TREDE_2 = 'TREDE_2',
  TREDE_3 = 'TREDE_3',
  PSO_30_PLUS = 'PSO_30_PLUS',
}

@Entity('employers')
@Check('CHK_employers_kvk', `kvk_number ~ '^[0-9]{8}$'`)
export class EmployerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** KvK number: 8 digits, unique across employers. */
  @Index({ unique: true })
  @Column({ type: 'char', length: 8 })
  kvkNumber: string;

  /** SBI 2008 section letter (A-U). */
  @Column({ type: 'char', length: 1 })
  sbiSection: string;

  @Column({ type: 'enum', enum: EmployerSizeClass, enumName: 'employer_size_class' })
  sizeClass: EmployerSizeClass;

  @Index()
  @Column({ type: 'char', length: 4 })
  postcode: string;

  @ManyToOne(() => PostcodeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'postcode' })
  postcodeArea?: PostcodeEntity;

  /** Owning accountmanager. */
  @Index()
  @Column({ type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Index()
  @Column({ type: 'enum', enum: PipelineStage, enumName: 'pipeline_stage', default: PipelineStage.PROSPECT })
  stage: PipelineStage;

  @Column({ type: 'text', nullable: true })
  lostReason: string | null;

  @Column({ type: 'boolean', default: false })
  inclusiveEmployer: boolean;

  @Column({ type: 'enum', enum: PsoLevel, enumName: 'pso_level', nullable: true })
  psoLevel: PsoLevel | null;

  @Column({ type: 'date', nullable: true })
  psoExpiresOn: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  website: string | null;

  /** Free-text notes of the accountmanager about the employer (no personal data of candidates). */
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
