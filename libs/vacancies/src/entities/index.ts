import { VacancyChangeEntity } from './vacancy-change.entity';
import { VacancySkillEntity } from './vacancy-skill.entity';
import { VacancyEntity } from './vacancy.entity';

export * from './vacancy.entity';
export * from './vacancy-skill.entity';
export * from './vacancy-change.entity';

export const VACANCY_ENTITIES = [VacancyEntity, VacancySkillEntity, VacancyChangeEntity];
