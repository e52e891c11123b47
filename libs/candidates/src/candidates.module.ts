import { Module } from '@nestjs/common';
import { ReferenceDataModule } from '@wsp/reference-data';
import { CandidateAdminResolver } from './graphql/candidate-admin.resolver';
import { CandidateFieldsResolver } from './graphql/candidate-fields.resolver';
import { CandidateIdentityResolver } from './graphql/candidate-identity.resolver';
import { CandidateRecordsResolver } from './graphql/candidate-records.resolver';
import { CandidateResolver } from './graphql/candidate.resolver';
import { CandidateAccessAudit } from './services/access-audit';
import { CandidateAccessLogService } from './services/access-log.service';
import { AnonymisedCandidateService } from './services/anonymised-candidate.service';
import { BsnHasher } from './services/bsn.service';
import { CandidateImportService } from './services/candidate-import.service';
import { CandidateProfileService } from './services/candidate-profile.service';
import { CandidateQueryService } from './services/candidate-query.service';
import { ConsentService } from './services/consent.service';
import { LoonwaardeService } from './services/loonwaarde.service';

/**
 * Candidates (job seekers under the Participatiewet): profiles kept by consultants, loonwaarde
 * history, consents, the access log and the CSV import. Other contexts use
 * `AnonymisedCandidateService` (what employers may see) and `ConsentService.hasIdentityConsent`.
 */
@Module({
  imports: [ReferenceDataModule],
  providers: [
    BsnHasher,
    CandidateAccessLogService,
    CandidateAccessAudit,
    CandidateProfileService,
    CandidateQueryService,
    LoonwaardeService,
    ConsentService,
    CandidateImportService,
    AnonymisedCandidateService,
    CandidateResolver,
    CandidateIdentityResolver,
    CandidateFieldsResolver,
    CandidateRecordsResolver,
    CandidateAdminResolver,
  ],
  exports: [AnonymisedCandidateService, ConsentService, CandidateQueryService],
})
export class CandidatesModule {}
