export * from './entities';
export * from './domain/placement-status';
export * from './domain/placement-rules';
export { PlacementVacancyActivityCounter, PlacementActivePlacementSource } from './services/activity';
export { PlacementReadService } from './services/placement-read.service';
export { NO_IDENTITY_CONSENT_MESSAGE } from './services/placements.service';
export * from './placements.module';
