import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EscoSkillEntity } from '@wsp/reference-data';
import { VacancyEntity } from './vacancy.entity';

/** An ESCO skill asked for by a vacancy: essential or optional. */
@Entity('vacancy_skills')
export class VacancySkillEntity {
  @PrimaryColumn({ type: 'uuid' })
  vacancyId: string;

  @PrimaryColumn({ type: 'uuid' })
  @Index()
  skillId: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @ManyToOne(() => EscoSkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skill_id' })
  skill?: EscoSkillEntity;

  @Column({ type: 'boolean' })
  essential: boolean;
}
