import {
  ArrangementCandidateEntity,
  ArrangementChangeEntity,
  ArrangementEntity,
  ArrangementInstrumentEntity,
  CoachingHoursEntity,
} from './arrangement.entity';

export * from './arrangement.entity';

export const ARRANGEMENT_ENTITIES = [
  ArrangementEntity,
  ArrangementCandidateEntity,
  ArrangementInstrumentEntity,
  ArrangementChangeEntity,
  CoachingHoursEntity,
];
