import { Module } from '@nestjs/common';
import { CandidatesModule } from '@wsp/candidates';
import { ArrangementResolver } from './graphql/arrangement.resolver';
import { LksResolver } from './graphql/lks.resolver';
import { ArrangementLifecycleService } from './services/arrangement-lifecycle.service';
import { ArrangementReadService } from './services/arrangement-read.service';
import { ArrangementsService } from './services/arrangements.service';
import { CandidateIdentityReader } from './services/candidate-identity.reader';
import { CoachingHoursService } from './services/coaching-hours.service';

/**
 * Arrangements: the LKS calculator, arrangements with their candidates and instruments, the
 * lifecycle, templates, the cost overview and the jobcoaching budget. Exports what the placement
 * context needs (reading an arrangement with access checks, activating it on confirmation, the
 * identity reader).
 */
@Module({
  imports: [CandidatesModule],
  providers: [
    CandidateIdentityReader,
    ArrangementsService,
    ArrangementLifecycleService,
    ArrangementReadService,
    CoachingHoursService,
    LksResolver,
    ArrangementResolver,
  ],
  exports: [ArrangementReadService, ArrangementLifecycleService, CandidateIdentityReader],
})
export class ArrangementsModule {}
