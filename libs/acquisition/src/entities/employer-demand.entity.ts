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
import { EscoOccupationEntity } from '@wsp/reference-data';
import { EmployerEntity } from './employer.entity';

export enum DemandStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  FULFILLED = 'FULFILLED',
  CANCELLED = 'CANCELLED',
}

/** Werkgeversvraag: "I need N people for X from date D". Vacancies created for it link back. */
@Entity('employer_demands')
@Check('CHK_employer_demands_people', 'number_of_people BETWEEN 1 AND 1000')
export class EmployerDemandEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  employerId: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id' })
  employer?: EmployerEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'uuid', nullable: true })
  occupationId: string | null;

  @ManyToOne(() => EscoOccupationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: EscoOccupationEntity;

  @Column({ type: 'integer' })
  numberOfPeople: number;

  @Column({ type: 'date' })
  startFrom: string;

  @Index()
  @Column({ type: 'enum', enum: DemandStatus, enumName: 'demand_status', default: DemandStatus.OPEN })
  status: DemandStatus;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

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
