import { DynamicModule, Module, Type } from '@nestjs/common';
import { ReferenceDataModule } from '@wsp/reference-data';
import { DemandVacanciesResolver, EmployerVacanciesResolver } from './graphql/employer-vacancies.resolver';
import { VacancyResolver } from './graphql/vacancy.resolver';
import { NoVacancyActivityCounter, VacancyActivityCounter } from './vacancy-activity';
import { VacancyExpiryService } from './vacancy-expiry.service';
import { VacancyLifecycleService } from './vacancy-lifecycle.service';
import { VacancyReadService } from './vacancy-read.service';
import { VacancyWriteService } from './vacancy-write.service';

/**
 * Vacancy services without GraphQL, for the worker (expiry) and for other contexts (placements
 * call `VacancyLifecycleService.markFilled`). Needs the TypeORM connection and APP_CONFIG.
 */
@Module({
  providers: [VacancyExpiryService, VacancyLifecycleService],
  exports: [VacancyExpiryService, VacancyLifecycleService],
})
export class VacancyLifecycleModule {}

/** The vacancy service over GraphQL. */
@Module({
  imports: [VacancyLifecycleModule, ReferenceDataModule],
  providers: [
    // Replaced by the matching/placement capabilities once they count per vacancy (see vacancy-activity.ts).
    { provide: VacancyActivityCounter, useClass: NoVacancyActivityCounter },
    VacancyReadService,
    VacancyWriteService,
    VacancyResolver,
    EmployerVacanciesResolver,
    DemandVacanciesResolver,
  ],
  exports: [VacancyReadService, VacancyWriteService, VacancyLifecycleModule],
})
export class VacanciesModule {
  /** The vacancy service with a real activity counter (the placement context's; see vacancy-activity.ts). */
  static withActivityCounter(counter: Type<VacancyActivityCounter>): DynamicModule {
    return { module: VacanciesModule, providers: [{ provide: VacancyActivityCounter, useClass: counter }] };
  }
}
