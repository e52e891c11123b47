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
import { EducationLevel } from '@wsp/common';
import { PostcodeEntity } from '@wsp/reference-data';

export enum MobilityMode {
  CAR = 'CAR',
  BIKE = 'BIKE',
  PUBLIC_TRANSPORT = 'PUBLIC_TRANSPORT',
  WALK = 'WALK',
}

/** Loonkostensubsidie status set by the consultant (Participatiewet art. 10d). */
export enum LksStatus {
  NONE = 'NONE',
  /** met doorgroeipotentieel: subsidy expected to phase out */
  LKS_MDP = 'LKS_MDP',
  /** zonder doorgroeipotentieel: durable */
  LKS_ZDP = 'LKS_ZDP',
}

/** The benefit a candidate receives; SROI valuation tables count by it. */
export enum BenefitType {
  PARTICIPATIEWET = 'PARTICIPATIEWET',
  WW = 'WW',
  WIA = 'WIA',
  WAJONG = 'WAJONG',
  WSW = 'WSW',
  NONE = 'NONE',
}

/**
 * A job seeker kept by a consultant (klantmanager). Identifying fields (names, contact details,
 * date of birth) are special-category context: every read of them is written to the access log.
 * The BSN is never stored: only a keyed hash (HMAC-SHA256) to detect duplicates.
 */
@Entity('candidates')
@Check('CHK_candidates_hours', 'hours_min >= 0 AND hours_min <= hours_max AND hours_max <= 60')
@Check('CHK_candidates_travel', 'max_travel_minutes BETWEEN 5 AND 240')
@Check('CHK_candidates_loonwaarde', 'current_loonwaarde IS NULL OR current_loonwaarde BETWEEN 0 AND 100')
export class CandidateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Pseudonymous id shown instead of the name, e.g. K-000123. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 20 })
  pseudonym: string;

  /** Client number in the municipality's client system (CSV import key). */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  externalRef: string | null;

  @Column({ type: 'varchar', length: 100 })
  firstName: string;

  @Column({ type: 'varchar', length: 100 })
  lastName: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Column({ type: 'date', nullable: true })
  dateOfBirth: string | null;

  /** HMAC-SHA256 of the BSN with the configured key (hex). Never returned, never logged. */
  @Index({ unique: true })
  @Column({ type: 'char', length: 64, nullable: true, select: false })
  bsnHash: string | null;

  @Index()
  @Column({ type: 'char', length: 4 })
  homePostcode: string;

  @ManyToOne(() => PostcodeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'home_postcode' })
  homePostcodeArea?: PostcodeEntity;

  @Column({ type: 'enum', enum: MobilityMode, enumName: 'mobility_mode', array: true, default: () => "'{}'" })
  mobility: MobilityMode[];

  /** Default 90: half of the 3 hours a day of Participatiewet art. 18 lid 4 sub d. */
  @Column({ type: 'smallint', default: 90 })
  maxTravelMinutes: number;

  @Column({ type: 'text', nullable: true })
  maxTravelReason: string | null;

  @Column({ type: 'smallint' })
  hoursMin: number;

  @Column({ type: 'smallint' })
  hoursMax: number;

  @Column({ type: 'date' })
  availableFrom: string;

  @Column({ type: 'enum', enum: EducationLevel, enumName: 'education_level', nullable: true })
  educationLevel: EducationLevel | null;

  @Column({ type: 'boolean', default: false })
  drivingLicence: boolean;

  /** Null = skills not yet recorded (matching then scores skills 0, never as a match). */
  @Column({ type: 'boolean', default: false })
  skillsKnown: boolean;

  @Index()
  @Column({ type: 'uuid' })
  consultantId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consultant_id' })
  consultant?: UserEntity;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  jobCoachId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'job_coach_id' })
  jobCoach?: UserEntity;

  /** Latest loonwaarde assessment (denormalised from loonwaarde_assessments in the same transaction). */
  @Column({ type: 'smallint', nullable: true })
  currentLoonwaarde: number | null;

  /** Doelgroep ZORG is set explicitly by the consultant; the others derive from the loonwaarde. */
  @Column({ type: 'boolean', default: false })
  zorg: boolean;

  @Column({ type: 'enum', enum: LksStatus, enumName: 'lks_status', default: LksStatus.NONE })
  lksStatus: LksStatus;

  /** UWV advice: indication beschut werk (Participatiewet art. 10b). */
  @Column({ type: 'boolean', default: false })
  beschutIndication: boolean;

  /** Registered in the doelgroepregister (banenafspraak, Wet banenafspraak). */
  @Column({ type: 'boolean', default: false })
  doelgroepregister: boolean;

  @Column({ type: 'enum', enum: BenefitType, enumName: 'benefit_type', default: BenefitType.PARTICIPATIEWET })
  benefitType: BenefitType;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Start of the current search for work; the fairness component favours longer waits. */
  @Column({ type: 'date' })
  waitingSince: string;

  /** Denormalised from matching_consents: true while an unrevoked consent exists. */
  @Index()
  @Column({ type: 'boolean', default: false })
  visibleForMatching: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Indexed: the search indexer reads rows changed since its watermark. */
  @Index()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
