import { Module } from '@nestjs/common';
import { ReferenceDataModule } from '@wsp/reference-data';
import { CrmResolver } from './graphql/crm.resolver';
import { DemandsResolver } from './graphql/demands.resolver';
import { EmployerFieldsResolver } from './graphql/employer-fields.resolver';
import { EmployersResolver } from './graphql/employers.resolver';
import { ContactMomentsService } from './services/contact-moments.service';
import { DemandsService } from './services/demands.service';
import { EmployerAccessService } from './services/employer-access.service';
import { EmployerContactsService } from './services/employer-contacts.service';
import { EmployerViewBuilder } from './services/employer-view';
import { EmployersService } from './services/employers.service';
import { NextActionsService } from './services/next-actions.service';
import { PipelineService } from './services/pipeline.service';
import { TimelineService } from './services/timeline.service';

/** Only the employer access checks (needs nothing but the TypeORM connection), for other contexts. */
@Module({ providers: [EmployerAccessService], exports: [EmployerAccessService] })
export class EmployerAccessModule {}

/**
 * Employer acquisition: employer records and contacts, the pipeline, contact moments with next
 * actions, the timeline and employer demands. Exports EmployerAccessService (and the employer
 * lookups) for contexts that hang data on employers, such as vacancies.
 */
@Module({
  imports: [ReferenceDataModule, EmployerAccessModule],
  providers: [
    EmployerViewBuilder,
    EmployersService,
    EmployerContactsService,
    PipelineService,
    ContactMomentsService,
    NextActionsService,
    TimelineService,
    DemandsService,
    EmployersResolver,
    EmployerFieldsResolver,
    CrmResolver,
    DemandsResolver,
  ],
  exports: [EmployerAccessModule, EmployersService, DemandsService, EmployerViewBuilder],
})
export class AcquisitionModule {}
