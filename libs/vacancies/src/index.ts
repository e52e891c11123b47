export * from './vacancy-expiry.service';
export * from './vacancies.module';

export const VACANCY_ENTITIES: Function[] = [];
