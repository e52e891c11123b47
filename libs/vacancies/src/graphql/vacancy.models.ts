import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, EducationLevel } from '@wsp/common';
import { ContractType, VacancyChangeKind, VacancyStatus } from '../entities';

registerEnumType(VacancyStatus, {
  name: 'VacancyStatus',
  description: 'Levensloop: DRAFT → OPEN → FILLED | CLOSED | EXPIRED; CLOSED en EXPIRED kunnen weer open',
});
registerEnumType(ContractType, { name: 'ContractType', description: 'Soort arbeidscontract' });
registerEnumType(VacancyChangeKind, { name: 'VacancyChangeKind', description: 'Soort wijziging in de historie van een vacature' });

@ObjectType('VacancySkill', { description: 'ESCO-vaardigheid die de vacature vraagt' })
export class VacancySkillModel {
  @Field(() => ID)
  skillId: string;

  @Field({ description: 'Essentieel (true) of optioneel (false)' })
  essential: boolean;

  @Field({ description: 'Engelse ESCO-benaming' })
  labelEn: string;
}

@ObjectType('VacancyLocation', { description: 'Werklocatie (PC4-gebied) van een vacature' })
export class VacancyLocationModel {
  @Field()
  pc4: string;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field({ description: 'CBS-gemeentecode, bijvoorbeeld GM0518' })
  municipalityCode: string;

  @Field()
  municipalityName: string;

  @Field(() => Float)
  latitude: number;

  @Field(() => Float)
  longitude: number;
}

@ObjectType('VacancyHealth', {
  description:
    'Gezondheid van een vacature. matchCount, introductionCount en placementCount zijn 0 tot matching, voorstellen en plaatsingen bestaan',
})
export class VacancyHealthModel {
  @Field(() => Int, { nullable: true, description: 'Dagen open sinds (her)opening tot sluiting of vandaag; leeg als nooit open' })
  daysOpen: number | null;

  @Field(() => Int)
  matchCount: number;

  @Field(() => Int)
  introductionCount: number;

  @Field(() => Int)
  placementCount: number;
}

@ObjectType('Vacancy')
export class VacancyModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  employerId: string;

  @Field(() => ID, { nullable: true, description: 'De werkgeversvraag waarvoor de vacature is gemaakt' })
  demandId: string | null;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => ID, { description: 'ESCO-beroep' })
  occupationId: string;

  @Field(() => EducationLevel, { nullable: true, description: 'Minimaal opleidingsniveau; leeg = geen eis' })
  educationLevel: EducationLevel | null;

  @Field()
  drivingLicenceRequired: boolean;

  @Field(() => Int)
  hoursMin: number;

  @Field(() => Int)
  hoursMax: number;

  @Field(() => ContractType)
  contractType: ContractType;

  @Field(() => String, { nullable: true, description: 'Startdatum (JJJJ-MM-DD)' })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'Sluitingsdatum (JJJJ-MM-DD); daarna verloopt de vacature' })
  closingDate: string | null;

  @Field(() => Int, { nullable: true, description: 'Bruto maandloon minimaal, in eurocent' })
  wageMinCents: number | null;

  @Field(() => Int, { nullable: true, description: 'Bruto maandloon maximaal, in eurocent' })
  wageMaxCents: number | null;

  @Field({ description: 'PC4 van de werklocatie' })
  postcode: string;

  @Field(() => Int)
  numberOfPlaces: number;

  @Field({ description: 'Staat open voor kandidaten met loonkostensubsidie (Participatiewet art. 10d)' })
  openToLks: boolean;

  @Field(() => Int, { nullable: true, description: 'Minimale loonwaarde (%) bij loonkostensubsidie; leeg = elke loonwaarde' })
  minLoonwaarde: number | null;

  @Field()
  proefplaatsPossible: boolean;

  @Field()
  jobcarvingPossible: boolean;

  @Field({ description: 'Beschut werk (Participatiewet art. 10b)' })
  beschut: boolean;

  @Field(() => VacancyStatus)
  status: VacancyStatus;

  @Field(() => Date, { nullable: true })
  openedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Reden van de laatste statuswijziging' })
  statusReason: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int, { description: 'Versie voor optimistische gelijktijdigheid (expectedVersion)' })
  version: number;
}

@ObjectType('VacancyFieldChange')
export class VacancyFieldChangeModel {
  @Field()
  field: string;

  @Field(() => String, { nullable: true, description: 'Oude waarde als JSON' })
  from: string | null;

  @Field(() => String, { nullable: true, description: 'Nieuwe waarde als JSON' })
  to: string | null;
}

@ObjectType('VacancyChange', { description: 'Eén regel uit de historie van een vacature' })
export class VacancyChangeModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  vacancyId: string;

  @Field(() => VacancyChangeKind)
  kind: VacancyChangeKind;

  @Field(() => VacancyStatus, { nullable: true })
  fromStatus: VacancyStatus | null;

  @Field(() => VacancyStatus, { nullable: true })
  toStatus: VacancyStatus | null;

  @Field(() => [VacancyFieldChangeModel])
  changes: VacancyFieldChangeModel[];

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => ID, { nullable: true, description: 'Leeg: door het systeem (bijvoorbeeld verlopen)' })
  changedById: string | null;

  @Field()
  changedAt: Date;
}

export const VacancyConnection = Connection(VacancyModel, 'Vacancy');
export const VacancyChangeConnection = Connection(VacancyChangeModel, 'VacancyChange');
