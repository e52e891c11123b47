import { EmployerEntity } from './employer.entity';

export * from './employer.entity';
export * from './acquisition.module';

export const ACQUISITION_ENTITIES = [EmployerEntity];
