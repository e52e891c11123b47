import { MatchFeedbackEntity } from './match-feedback.entity';
import { MatchRunEntity } from './match-run.entity';
import { MatchEntity } from './match.entity';

export * from './match-run.entity';
export * from './match.entity';
export * from './match-feedback.entity';

export const MATCHING_ENTITIES = [MatchRunEntity, MatchEntity, MatchFeedbackEntity];
