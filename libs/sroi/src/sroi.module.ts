import { Module } from '@nestjs/common';
import { ReferenceDataModule } from '@wsp/reference-data';
import { SroiContractsResolver } from './graphql/contracts.resolver';
import { SroiRealisationsResolver } from './graphql/realisations.resolver';
import { SroiResolver } from './graphql/sroi.resolver';
import { AlertsService } from './services/alerts.service';
import { ContractViewBuilder } from './services/contract-views';
import { ContractsService } from './services/contracts.service';
import { CoordinationService } from './services/coordination.service';
import { DraftProfileBuilder } from './services/draft-profile';
import { DraftSuggestionsService } from './services/draft-suggestions.service';
import { MatchPreviewClient } from './services/match-preview-client';
import { SroiPlacementSync } from './services/placement-sync.service';
import { RealisationReadService } from './services/realisation-read.service';
import { RealisationsService } from './services/realisations.service';
import { ReportsService } from './services/reports.service';
import { SroiMatchingPolicy } from './services/sroi-matching-policy.service';
import { SroiScoreExtensions } from './services/sroi-score-extensions';
import { SuggestionsService } from './services/suggestions.service';
import { ValuationService } from './services/valuation.service';

/**
 * SROI for the worker: keeping placement-based realisations in step (SroiPlacementSync, job
 * `sroi.sync`) and the SROI score component of the matching runs (SroiScoreExtensions, bound with
 * `MatchingEngineModule.forRoot({ scoreExtensions: SroiScoreExtensions, imports: [SroiEngineModule] })`).
 */
@Module({
  providers: [ContractViewBuilder, SroiPlacementSync, SroiMatchingPolicy, SroiScoreExtensions],
  exports: [SroiPlacementSync, SroiMatchingPolicy, SroiScoreExtensions],
})
export class SroiEngineModule {}

/**
 * Social return (issue 5) over GraphQL: contracts and obligations, valuation tables, realisations
 * and their decisions, progress, the work list, suggestions from the matches and for draft vacancies
 * (job `match.preview`, awaited from the worker), reports with CSV, and the admin settings
 * (coordinators, the matching component per region). Needs the TypeORM connection, APP_CONFIG and
 * the global QueueModule.
 */
@Module({
  imports: [ReferenceDataModule],
  providers: [
    ContractViewBuilder,
    SroiPlacementSync,
    SroiMatchingPolicy,
    ValuationService,
    ContractsService,
    RealisationReadService,
    RealisationsService,
    AlertsService,
    SuggestionsService,
    DraftProfileBuilder,
    MatchPreviewClient,
    DraftSuggestionsService,
    ReportsService,
    CoordinationService,
    SroiContractsResolver,
    SroiRealisationsResolver,
    SroiResolver,
  ],
  exports: [SroiPlacementSync, SroiMatchingPolicy],
})
export class SroiModule {}
