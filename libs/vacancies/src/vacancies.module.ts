import { Module } from '@nestjs/common';
import { VacancyExpiryService } from './vacancy-expiry.service';

/** Vacancy services without GraphQL, for the worker. */
@Module({ providers: [VacancyExpiryService], exports: [VacancyExpiryService] })
export class VacancyLifecycleModule {}

@Module({ imports: [VacancyLifecycleModule] })
export class VacanciesModule {}
