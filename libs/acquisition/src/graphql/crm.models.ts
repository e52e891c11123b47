import { Field, ID, InterfaceType, ObjectType } from '@nestjs/graphql';
import { Connection } from '@wsp/common';
import { ContactMomentType } from '../entities/contact-moment.entity';
import { PipelineStage } from '../entities/employer.entity';
import { NextActionStatus } from '../domain/next-action';
import { EmployerDemandModel } from './demand.model';
import './enums';

/** CRM internals: only ADMIN and ACCOUNTMANAGER can reach these types. */

@ObjectType('EmployerStageChange', { description: 'Eén stap in de acquisitiepijplijn' })
export class StageChangeModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  employerId: string;

  @Field(() => PipelineStage, { nullable: true, description: 'Leeg bij het aanmaken van de werkgever' })
  fromStage: PipelineStage | null;

  @Field(() => PipelineStage)
  toStage: PipelineStage;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => ID)
  changedById: string;

  @Field()
  changedAt: Date;
}

@ObjectType('ContactMoment', { description: 'Contact met een werkgever, met uitkomst en eventuele vervolgactie' })
export class ContactMomentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  employerId: string;

  @Field(() => ContactMomentType)
  type: ContactMomentType;

  @Field()
  occurredAt: Date;

  @Field(() => ID, { nullable: true })
  contactPersonId: string | null;

  @Field()
  outcome: string;

  @Field(() => String, { nullable: true })
  nextAction: string | null;

  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD' })
  nextActionDueOn: string | null;

  @Field(() => ID, { nullable: true })
  nextActionAssigneeId: string | null;

  @Field(() => Date, { nullable: true })
  nextActionCompletedAt: Date | null;

  @Field(() => ID)
  recordedById: string;

  @Field()
  createdAt: Date;
}

@ObjectType('NextAction', { description: 'Openstaande vervolgactie van een contactmoment' })
export class NextActionModel {
  @Field(() => ID, { description: 'Id van het contactmoment' })
  contactMomentId: string;

  @Field(() => ID)
  employerId: string;

  @Field()
  employerName: string;

  @Field()
  action: string;

  @Field({ description: 'JJJJ-MM-DD' })
  dueOn: string;

  @Field(() => NextActionStatus)
  status: NextActionStatus;

  @Field(() => ID)
  assigneeId: string;

  @Field(() => ContactMomentType)
  contactMomentType: ContactMomentType;

  @Field()
  occurredAt: Date;
}

export enum TimelineKind {
  CONTACT_MOMENT = 'CONTACT_MOMENT',
  STAGE_CHANGE = 'STAGE_CHANGE',
  DEMAND_CREATED = 'DEMAND_CREATED',
}

/** Internal shape of a timeline entry; `kind` picks the GraphQL type. */
export type TimelineEntry =
  | { kind: TimelineKind.CONTACT_MOMENT; id: string; at: Date; contactMoment: ContactMomentModel }
  | { kind: TimelineKind.STAGE_CHANGE; id: string; at: Date; stageChange: StageChangeModel }
  | { kind: TimelineKind.DEMAND_CREATED; id: string; at: Date; demand: EmployerDemandModel };

@InterfaceType('TimelineEntry', {
  description: 'Gebeurtenis in de tijdlijn van een werkgever',
  resolveType: (entry: TimelineEntry) => {
    switch (entry.kind) {
      case TimelineKind.CONTACT_MOMENT:
        return 'ContactMomentEntry';
      case TimelineKind.STAGE_CHANGE:
        return 'StageChangeEntry';
      case TimelineKind.DEMAND_CREATED:
        return 'DemandCreatedEntry';
    }
  },
})
export class TimelineEntryModel {
  @Field(() => ID, { description: 'Id van het onderliggende contactmoment, de fasewijziging of de vraag' })
  id: string;

  @Field({ description: 'Tijdstip waarop de tijdlijn sorteert' })
  at: Date;
}

@ObjectType('ContactMomentEntry', { implements: () => [TimelineEntryModel] })
export class ContactMomentEntryModel extends TimelineEntryModel {
  @Field(() => ContactMomentModel)
  contactMoment: ContactMomentModel;
}

@ObjectType('StageChangeEntry', { implements: () => [TimelineEntryModel] })
export class StageChangeEntryModel extends TimelineEntryModel {
  @Field(() => StageChangeModel)
  stageChange: StageChangeModel;
}

@ObjectType('DemandCreatedEntry', { implements: () => [TimelineEntryModel] })
export class DemandCreatedEntryModel extends TimelineEntryModel {
  @Field(() => EmployerDemandModel)
  demand: EmployerDemandModel;
}

export const StageChangeConnection = Connection(StageChangeModel, 'EmployerStageChange');
export const ContactMomentConnection = Connection(ContactMomentModel, 'ContactMoment');
export const NextActionConnection = Connection(NextActionModel, 'NextAction');
export const TimelineConnection = Connection(TimelineEntryModel, 'TimelineEntry');
