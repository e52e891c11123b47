import { Module } from '@nestjs/common';
import { ArrangementsModule } from '@wsp/arrangements';
import { CandidatesModule } from '@wsp/candidates';
import { VacancyLifecycleModule } from '@wsp/vacancies';
import { PlacementResolver } from './graphql/placement.resolver';
import { FollowUpService } from './services/follow-up.service';
import { PlacementConfirmationService } from './services/placement-confirmation.service';
import { PlacementReadService } from './services/placement-read.service';
import { PlacementsService } from './services/placements.service';
import { TimelineService } from './services/timeline.service';

/**
 * Placements: the workflow from proposal to confirmation by the job coach and the end, the
 * durability follow-up (check-ins, work lists) and the timelines per candidate and per employer.
 * Its PlacementVacancyActivityCounter replaces the vacancies' default counter
 * (`VacanciesModule.withActivityCounter`), and PlacementActivePlacementSource is the search
 * indexes' ActivePlacementSource.
 */
@Module({
  imports: [ArrangementsModule, CandidatesModule, VacancyLifecycleModule],
  providers: [
    PlacementsService,
    PlacementConfirmationService,
    PlacementReadService,
    FollowUpService,
    TimelineService,
    PlacementResolver,
  ],
  exports: [PlacementReadService],
})
export class PlacementsModule {}
