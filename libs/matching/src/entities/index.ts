import { MatchFeedbackEntity } from './match-feedback.entity';
import { MatchRunItemEntity } from './match-run-item.entity';
import { MatchRunEntity } from './match-run.entity';
import { MatchScopeEntity } from './match-scope.entity';
import { MatchEntity } from './match.entity';

export * from './match-run.entity';
export * from './match.entity';
export * from './match-feedback.entity';
export * from './match-run-item.entity';
export * from './match-scope.entity';

export const MATCHING_ENTITIES = [MatchRunEntity, MatchEntity, MatchFeedbackEntity, MatchRunItemEntity, MatchScopeEntity];
