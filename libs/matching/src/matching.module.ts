import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { CandidatesModule } from '@wsp/candidates';
import { ActivePlacementSource, NoActivePlacements, SearchModule } from '@wsp/search';
import { MatchRunResolver } from './graphql/match-run.resolver';
import { MatchesResolver } from './graphql/matches.resolver';
import { OutboxDispatcher } from './outbox/outbox-dispatcher';
import { MatchingPipeline } from './pipeline/matching-pipeline';
import { MatchingScoreExtensions, NoScoreExtensions } from './pipeline/score-extensions';
import { FullRunService } from './runs/full-run.service';
import { MatchRunExecutor } from './runs/match-run-executor';
import { MatchRunService } from './runs/match-run.service';
import { MatchDecisionService } from './services/match-decision.service';
import { MatchReadService } from './services/match-read.service';
import { MatchRequestService } from './services/match-request.service';
import { MatchStore } from './store/match-store';

export interface MatchingEngineOptions {
  /** Who has an active placement (hard constraint ACTIVE_PLACEMENT); the placements context provides it. Default: nobody. */
  activePlacements?: Type<ActivePlacementSource>;
  /**
   * Optional score components of other contexts (e.g. SROI's SroiScoreExtensions), from a module in
   * `imports` that exports it. Default: none.
   */
  scoreExtensions?: Type<MatchingScoreExtensions>;
  /** Modules the extensions come from. */
  imports?: ModuleMetadata['imports'];
}

/**
 * The matching engine for the worker: pipeline, persistence, run execution, FULL runs and the
 * outbox dispatcher, with the search port (SearchModule, re-exported for the index jobs). Needs
 * the TypeORM connection, APP_CONFIG and the global QueueModule.
 */
@Module({})
export class MatchingEngineModule {
  static forRoot(options: MatchingEngineOptions = {}): DynamicModule {
    const services = [MatchingPipeline, MatchStore, MatchRunService, MatchRunExecutor, FullRunService, OutboxDispatcher];
    return {
      module: MatchingEngineModule,
      imports: [SearchModule, ...(options.imports ?? [])],
      providers: [
        { provide: ActivePlacementSource, useClass: options.activePlacements ?? NoActivePlacements },
        options.scoreExtensions
          ? { provide: MatchingScoreExtensions, useExisting: options.scoreExtensions }
          : { provide: MatchingScoreExtensions, useClass: NoScoreExtensions },
        ...services,
      ],
      exports: [SearchModule, ActivePlacementSource, ...services],
    };
  }
}

/**
 * Matching over GraphQL (API): matches per vacancy and per candidate, decisions, requesting runs
 * and following their progress. The runs themselves execute in the worker.
 */
@Module({
  imports: [CandidatesModule],
  providers: [
    MatchRunService,
    MatchReadService,
    MatchDecisionService,
    MatchRequestService,
    MatchesResolver,
    MatchRunResolver,
  ],
})
export class MatchingModule {}
