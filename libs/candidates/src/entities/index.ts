import { CandidateAccessLogEntity } from './candidate-access-log.entity';
import { CandidateOccupationEntity, CandidateSkillEntity } from './candidate-links.entity';
import { CandidateEntity } from './candidate.entity';
import { IdentityConsentEntity, MatchingConsentEntity } from './consent.entity';
import { LoonwaardeAssessmentEntity } from './loonwaarde-assessment.entity';

export * from './candidate.entity';
export * from './candidate-links.entity';
export * from './loonwaarde-assessment.entity';
export * from './consent.entity';
export * from './candidate-access-log.entity';

export const CANDIDATE_ENTITIES = [
  CandidateEntity,
  CandidateOccupationEntity,
  CandidateSkillEntity,
  LoonwaardeAssessmentEntity,
  MatchingConsentEntity,
  IdentityConsentEntity,
  CandidateAccessLogEntity,
];
