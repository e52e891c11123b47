import { ContactMomentEntity } from './contact-moment.entity';
import { EmployerContactEntity } from './employer-contact.entity';
import { EmployerDemandEntity } from './employer-demand.entity';
import { EmployerStageChangeEntity } from './employer-stage-change.entity';
import { EmployerEntity } from './employer.entity';

export * from './employer.entity';
export * from './employer-contact.entity';
export * from './employer-stage-change.entity';
export * from './contact-moment.entity';
export * from './employer-demand.entity';

export const ACQUISITION_ENTITIES = [
  EmployerEntity,
  EmployerContactEntity,
  EmployerStageChangeEntity,
  ContactMomentEntity,
  EmployerDemandEntity,
];
