import { UserEntity } from '@wsp/auth';
import { ACQUISITION_ENTITIES } from '@wsp/acquisition';
import { OutboxEventEntity } from '@wsp/events';
import { REFERENCE_DATA_ENTITIES } from '@wsp/reference-data';
import { VACANCY_ENTITIES } from '@wsp/vacancies';

/** Every TypeORM entity of the platform; the migrations must describe exactly these. */
export const ALL_ENTITIES = [
  ...REFERENCE_DATA_ENTITIES,
  UserEntity,
  ...ACQUISITION_ENTITIES,
  ...VACANCY_ENTITIES,
  OutboxEventEntity,
];
