import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EscoOccupationEntity, EscoSkillEntity } from '@wsp/reference-data';
import { CandidateEntity } from './candidate.entity';

/** An ESCO occupation the candidate wishes to work in. */
@Entity('candidate_occupations')
export class CandidateOccupationEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId: string;

  @PrimaryColumn({ type: 'uuid' })
  @Index()
  occupationId: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity;

  @ManyToOne(() => EscoOccupationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: EscoOccupationEntity;
}

/** An ESCO skill the candidate has. */
@Entity('candidate_skills')
export class CandidateSkillEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId: string;

  @PrimaryColumn({ type: 'uuid' })
  @Index()
  skillId: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity;

  @ManyToOne(() => EscoSkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skill_id' })
  skill?: EscoSkillEntity;
}
