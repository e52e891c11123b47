import { UserEntity } from '@wsp/auth';
import { ACQUISITION_ENTITIES } from '@wsp/acquisition';
import { OutboxEventEntity } from '@wsp/events';
import { REFERENCE_DATA_ENTITIES } from '@wsp/reference-data';
import { VACANCY_ENTITIES } from '@wsp/vacancies';
import { CANDIDATE_ENTITIES } from '@wsp/candidates';
import { MATCHING_ENTITIES } from '@wsp/matching';
import { ARRANGEMENT_ENTITIES } from '@wsp/arrangements';
import { PLACEMENT_ENTITIES } from '@wsp/placements';
import { SROI_ENTITIES } from '@wsp/sroi';

/** Every TypeORM entity of the platform; the migrations must describe exactly these. */
export const ALL_ENTITIES = [
  ...REFERENCE_DATA_ENTITIES,
  UserEntity,
  ...ACQUISITION_ENTITIES,
  ...VACANCY_ENTITIES,
  ...CANDIDATE_ENTITIES,
  ...MATCHING_ENTITIES,
  ...ARRANGEMENT_ENTITIES,
  ...PLACEMENT_ENTITIES,
  ...SROI_ENTITIES,
  OutboxEventEntity,
];
