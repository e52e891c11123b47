import { PlacementChangeEntity, PlacementCheckInEntity, PlacementEntity } from './placement.entity';

export * from './placement.entity';

export const PLACEMENT_ENTITIES = [PlacementEntity, PlacementChangeEntity, PlacementCheckInEntity];
