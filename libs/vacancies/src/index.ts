export * from './entities';
export * from './vacancy-expiry.service';
export * from './vacancies.module';
