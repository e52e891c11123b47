import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@wsp/common';
import { CheckInStatus, PlacementEndReason, PlacementStatus } from '../domain/placement-status';
import { WorkListKind } from '../services/follow-up.service';
import { TimelineEventKind } from '../services/timeline.service';
import './placement.inputs';

registerEnumType(WorkListKind, { name: 'WorkListKind', description: 'Soort werklijstitem' });
registerEnumType(TimelineEventKind, { name: 'PlacementTimelineKind', description: 'Soort gebeurtenis in de tijdlijn' });

@ObjectType('Placement', { description: 'Plaatsing van een kandidaat op een vacature' })
export class PlacementModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  candidateId: string;

  @Field(() => ID)
  vacancyId: string;

  @Field(() => ID)
  employerId: string;

  @Field(() => ID, { nullable: true })
  arrangementId: string | null;

  @Field(() => PlacementStatus)
  status: PlacementStatus;

  @Field(() => Date, { nullable: true })
  introducedAt: Date | null;

  @Field(() => String, { nullable: true })
  proefplaatsStartDate: string | null;

  @Field(() => String, { nullable: true })
  contractStartDate: string | null;

  @Field(() => String, { nullable: true, description: 'Werkelijke startdatum, vastgelegd door de jobcoach' })
  actualStartDate: string | null;

  @Field(() => Float, { nullable: true })
  hoursPerWeek: number | null;

  @Field(() => Int, { nullable: true })
  grossMonthlyWageCents: number | null;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;

  @Field(() => ID, { nullable: true })
  confirmedById: string | null;

  @Field(() => String, { nullable: true })
  endedOn: string | null;

  @Field(() => PlacementEndReason, { nullable: true })
  endReason: PlacementEndReason | null;

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('PlacementChange')
export class PlacementChangeModel {
  @Field(() => ID)
  id: string;

  @Field(() => PlacementStatus, { nullable: true })
  fromStatus: PlacementStatus | null;

  @Field(() => PlacementStatus)
  toStatus: PlacementStatus;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => ID)
  changedById: string;

  @Field()
  changedAt: Date;
}

@ObjectType('PlacementCheckIn', { description: 'Nazorgmoment na 1, 3, 6 of 12 maanden' })
export class PlacementCheckInModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  placementId: string;

  @Field(() => Int)
  monthNumber: number;

  @Field()
  dueOn: string;

  @Field(() => String, { nullable: true })
  heldOn: string | null;

  @Field(() => CheckInStatus, { nullable: true })
  status: CheckInStatus | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => ID, { nullable: true })
  recordedById: string | null;

  @Field(() => Date, { nullable: true })
  recordedAt: Date | null;
}

@ObjectType('WorkListItem', { description: 'Iets dat (bijna) moet gebeuren: een nazorgmoment of een herbeoordeling van de loonwaarde' })
export class WorkListItemModel {
  @Field(() => ID)
  id: string;

  @Field(() => WorkListKind)
  kind: WorkListKind;

  @Field()
  dueOn: string;

  @Field()
  overdue: boolean;

  @Field(() => ID)
  candidateId: string;

  @Field()
  candidatePseudonym: string;

  @Field(() => ID, { nullable: true })
  placementId: string | null;

  @Field(() => ID, { nullable: true })
  checkInId: string | null;

  @Field(() => Int, { nullable: true })
  checkInMonth: number | null;

  @Field(() => String, { nullable: true })
  employerName: string | null;

  @Field(() => String, { nullable: true })
  vacancyTitle: string | null;
}

@ObjectType('PlacementTimelineEntry', { description: 'Gebeurtenis van plaatsingen en arrangementen; kandidaten alleen met pseudoniem' })
export class PlacementTimelineEntryModel {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field(() => TimelineEventKind)
  kind: TimelineEventKind;

  @Field(() => ID, { nullable: true })
  candidateId: string | null;

  @Field(() => String, { nullable: true })
  candidatePseudonym: string | null;

  @Field(() => ID)
  employerId: string;

  @Field()
  employerName: string;

  @Field(() => ID, { nullable: true })
  placementId: string | null;

  @Field(() => ID, { nullable: true })
  arrangementId: string | null;

  @Field(() => String, { nullable: true })
  fromStatus: string | null;

  @Field(() => String, { nullable: true })
  toStatus: string | null;

  @Field(() => String, { nullable: true })
  detail: string | null;

  @Field(() => ID, { nullable: true })
  actorId: string | null;
}

export const PlacementConnection = Connection(PlacementModel, 'Placement');
export const PlacementChangeConnection = Connection(PlacementChangeModel, 'PlacementChange');
export const WorkListConnection = Connection(WorkListItemModel, 'WorkList');
export const PlacementTimelineConnection = Connection(PlacementTimelineEntryModel, 'PlacementTimeline');
