import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig, ConfigModule } from '@wsp/config';
import { DatabaseModule } from '@wsp/database';
import { MatchingEngineModule } from '@wsp/matching';
import { PlacementActivePlacementSource } from '@wsp/placements';
import { QueueModule } from '@wsp/queue';
import { SroiEngineModule, SroiScoreExtensions } from '@wsp/sroi';
import { VacancyLifecycleModule } from '@wsp/vacancies';
import { JobRegistry } from './job-registry';
import { ExpireVacanciesJob } from './jobs/expire-vacancies.job';
import { IndexCandidateJob } from './jobs/index-candidate.job';
import { IndexVacancyJob } from './jobs/index-vacancy.job';
import { MatchAllFinalizeJob } from './jobs/match-all-finalize.job';
import { MatchAllVacancyJob } from './jobs/match-all-vacancy.job';
import { MatchAllJob } from './jobs/match-all.job';
import { MatchCandidateJob } from './jobs/match-candidate.job';
import { MatchPreviewJob } from './jobs/match-preview.job';
import { MatchVacancyJob } from './jobs/match-vacancy.job';
import { OutboxDispatchJob } from './jobs/outbox-dispatch.job';
import { SroiSyncJob } from './jobs/sroi-sync.job';
import { WorkerService } from './worker.service';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule,
        DiscoveryModule,
        VacancyLifecycleModule,
        MatchingEngineModule.forRoot({ activePlacements: PlacementActivePlacementSource, scoreExtensions: SroiScoreExtensions, imports: [SroiEngineModule] }),
        SroiEngineModule,
      ],
      providers: [
        JobRegistry,
        WorkerService,
        ExpireVacanciesJob,
        MatchVacancyJob,
        MatchCandidateJob,
        MatchAllJob,
        MatchAllVacancyJob,
        MatchAllFinalizeJob,
        MatchPreviewJob,
        IndexCandidateJob,
        IndexVacancyJob,
        OutboxDispatchJob,
        SroiSyncJob,
      ],
    };
  }
}
