import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CandidateEntity, MobilityMode } from '@wsp/candidates';
import { VacancyEntity } from '@wsp/vacancies';
import { MatchRunEntity } from './match-run.entity';

/**
 * The current match of a candidate for a vacancy: at most one row per pair, replaced as a whole
 * set per vacancy (or per candidate) when a later run finishes. Advice only: a person decides
 * (AVG art. 22).
 */
@Entity('matches')
@Index(['vacancyId', 'score'])
@Index(['candidateId', 'score'])
export class MatchEntity {
  @PrimaryColumn({ type: 'uuid' })
  vacancyId: string;

  @PrimaryColumn({ type: 'uuid' })
  candidateId: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity;

  @Column({ type: 'uuid' })
  runId: string;

  @ManyToOne(() => MatchRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: MatchRunEntity;

  /** seq of the run that produced this row. */
  @Column({ type: 'bigint' })
  runSeq: string;

  /** 0..1, rounded to 4 decimals; equals the sum of the component contributions. */
  @Column({ type: 'double precision' })
  score: number;

  /** Rank within the vacancy (1 = best). */
  @Column({ type: 'smallint' })
  rank: number;

  /** [{ code, value, weight, contribution, note }] */
  @Column({ type: 'jsonb' })
  components: Record<string, unknown>[];

  /** Dutch sentence for the consultant; no personal data. */
  @Column({ type: 'text' })
  explanation: string;

  @Column({ type: 'smallint' })
  travelMinutes: number;

  @Column({ type: 'enum', enum: MobilityMode, enumName: 'mobility_mode' })
  travelMode: MobilityMode;

  @Column({ type: 'double precision' })
  distanceKm: number;

  /** Set by the batch assignment of a FULL run: proposed within the per-candidate cap K. */
  @Column({ type: 'boolean', default: false })
  proposed: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  computedAt: Date;
}
