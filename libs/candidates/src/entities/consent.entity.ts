import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EmployerEntity } from '@wsp/acquisition';
import { UserEntity } from '@wsp/auth';
import { CandidateEntity } from './candidate.entity';

/** How widely the candidate agreed to be matched (anonymised) to vacancies. */
export enum MatchingScope {
  /** All vacancies in the WSP region */
  REGION = 'REGION',
  /** Only vacancies of employers in the listed municipalities */
  MUNICIPALITIES = 'MUNICIPALITIES',
}

/** The candidate's agreement to be visible for matching, recorded by the consultant. Revocable. */
@Entity('matching_consents')
@Index(['candidateId', 'revokedAt'])
export class MatchingConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  candidateId: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity;

  @Column({ type: 'enum', enum: MatchingScope, enumName: 'matching_scope' })
  scope: MatchingScope;

  /** GM codes when scope is MUNICIPALITIES. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  municipalityCodes: string[];

  @Column({ type: 'date' })
  grantedOn: string;

  @Column({ type: 'uuid' })
  recordedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * Written consent to share the candidate's identity with one named employer (Participatiewet
 * art. 65: data are shared only as needed and with consent). Revocable.
 */
@Entity('identity_consents')
@Index(['candidateId', 'employerId'])
export class IdentityConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  candidateId: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity;

  @Column({ type: 'uuid' })
  employerId: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id' })
  employer?: EmployerEntity;

  @Column({ type: 'date' })
  grantedOn: string;

  /** Reference to the signed form in the document system (no document content here). */
  @Column({ type: 'varchar', length: 200 })
  documentReference: string;

  @Column({ type: 'uuid' })
  recordedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
