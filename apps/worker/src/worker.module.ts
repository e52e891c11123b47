import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Clock, SystemClock } from '@wsp/common';
import { AppConfig, ConfigModule } from '@wsp/config';
import { DatabaseModule } from '@wsp/database';
import { QueueModule } from '@wsp/queue';
import { VacancyLifecycleModule } from '@wsp/vacancies';
import { JobRegistry } from './job-registry';
import { ExpireVacanciesJob } from './jobs/expire-vacancies.job';
import { WorkerService } from './worker.service';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, DiscoveryModule, VacancyLifecycleModule],
      providers: [{ provide: Clock, useClass: SystemClock }, JobRegistry, WorkerService, ExpireVacanciesJob],
    };
  }
}
