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
import { EmployerDemandEntity, EmployerEntity } from '@wsp/acquisition';
import { UserEntity } from '@wsp/auth';
import { EducationLevel } from '@wsp/common';
import { EscoOccupationEntity, PostcodeEntity } from '@wsp/reference-data';

/** DRAFT → OPEN → FILLED | CLOSED | EXPIRED (expired by the scheduled worker job). */
export enum VacancyStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
  EXPIRED = 'EXPIRED',
}

export enum ContractType {
  /** vast contract */
  PERMANENT = 'PERMANENT',
  /** tijdelijk contract */
  FIXED_TERM = 'FIXED_TERM',
  /** uitzendwerk */
  TEMPORARY_AGENCY = 'TEMPORARY_AGENCY',
  /** oproepcontract */
  ON_CALL = 'ON_CALL',
  /** leerwerkovereenkomst (BBL) */
  APPRENTICESHIP = 'APPRENTICESHIP',
}

@Entity('vacancies')
@Index(['employerId', 'status'])
@Check('CHK_vacancies_hours', 'hours_min >= 1 AND hours_min <= hours_max AND hours_max <= 60')
@Check('CHK_vacancies_places', 'number_of_places BETWEEN 1 AND 1000')
@Check('CHK_vacancies_wage', 'wage_min_cents IS NULL OR wage_max_cents IS NULL OR wage_min_cents <= wage_max_cents')
@Check('CHK_vacancies_min_loonwaarde', 'min_loonwaarde IS NULL OR min_loonwaarde BETWEEN 0 AND 100')
export class VacancyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  employerId: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id' })
  employer?: EmployerEntity;

  /** The werkgeversvraag this vacancy was created for, if any. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  demandId: string | null;

  @ManyToOne(() => EmployerDemandEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'demand_id' })
  demand?: EmployerDemandEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Index()
  @Column({ type: 'uuid' })
  occupationId: string;

  @ManyToOne(() => EscoOccupationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: EscoOccupationEntity;

  /** Minimum education level asked for; null = no requirement. */
  @Column({ type: 'enum', enum: EducationLevel, enumName: 'education_level', nullable: true })
  educationLevel: EducationLevel | null;

  @Column({ type: 'boolean', default: false })
  drivingLicenceRequired: boolean;

  @Column({ type: 'smallint' })
  hoursMin: number;

  @Column({ type: 'smallint' })
  hoursMax: number;

  @Column({ type: 'enum', enum: ContractType, enumName: 'contract_type' })
  contractType: ContractType;

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  /** After this date an OPEN vacancy is expired by the scheduled job. */
  @Index()
  @Column({ type: 'date', nullable: true })
  closingDate: string | null;

  /** Gross wage per month, in eurocents. */
  @Column({ type: 'integer', nullable: true })
  wageMinCents: number | null;

  @Column({ type: 'integer', nullable: true })
  wageMaxCents: number | null;

  /** Work location; defaults to the employer's postcode. */
  @Column({ type: 'char', length: 4 })
  postcode: string;

  @ManyToOne(() => PostcodeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'postcode' })
  postcodeArea?: PostcodeEntity;

  @Column({ type: 'smallint', default: 1 })
  numberOfPlaces: number;

  // Inclusive options (set per vacancy).
  /** Open to candidates with loonkostensubsidie (Participatiewet art. 10d). */
  @Column({ type: 'boolean', default: false })
  openToLks: boolean;

  /** Lowest loonwaarde (% of WML productivity) the employer can accept; only with openToLks. */
  @Column({ type: 'smallint', nullable: true })
  minLoonwaarde: number | null;

  @Column({ type: 'boolean', default: false })
  proefplaatsPossible: boolean;

  @Column({ type: 'boolean', default: false })
  jobcarvingPossible: boolean;

  /** Beschut werk (Participatiewet art. 10b). */
  @Column({ type: 'boolean', default: false })
  beschut: boolean;

  @Index()
  @Column({ type: 'enum', enum: VacancyStatus, enumName: 'vacancy_status', default: VacancyStatus.DRAFT })
  status: VacancyStatus;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Indexed: the search indexer reads rows changed since its watermark. */
  @Index()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
