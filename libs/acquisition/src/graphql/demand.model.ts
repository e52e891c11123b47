import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@wsp/common';
import { DemandStatus } from '../entities/employer-demand.entity';
import './enums';

/** Werkgeversvraag. The vacancies context adds a `vacancies` field with @ResolveField. */
@ObjectType('EmployerDemand', { description: 'Werkgeversvraag: N mensen voor X vanaf datum D' })
export class EmployerDemandModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  employerId: string;

  @Field()
  title: string;

  @Field(() => ID, { nullable: true, description: 'ESCO-beroep' })
  occupationId: string | null;

  @Field(() => Int)
  numberOfPeople: number;

  @Field({ description: 'Gewenste startdatum (JJJJ-MM-DD)' })
  startFrom: string;

  @Field(() => DemandStatus)
  status: DemandStatus;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

export const EmployerDemandConnection = Connection(EmployerDemandModel, 'EmployerDemand');
