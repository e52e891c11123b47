import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@wsp/common';
import { EmployerSizeClass, PsoLevel } from '../entities/employer.entity';
import { SbiSection } from '../domain/sbi';
import './enums';

/**
 * The employer profile as every role that may see the employer reads it. CRM internals (stage,
 * notes, stage history, contact moments) are separate field resolvers that only ADMIN and
 * ACCOUNTMANAGER may read (see EmployerFieldsResolver).
 */
@ObjectType('Employer', { description: 'Werkgever' })
export class EmployerModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'KvK-nummer (8 cijfers)' })
  kvkNumber: string;

  @Field(() => SbiSection, { description: 'Sector: SBI 2008-sectie' })
  sbiSection: SbiSection;

  @Field({ description: 'Naam van de SBI-sectie' })
  sectorName: string;

  @Field(() => EmployerSizeClass)
  sizeClass: EmployerSizeClass;

  @Field({ description: 'Postcodegebied (PC4) van het vestigingsadres' })
  postcode: string;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field({ description: 'CBS-gemeentecode, bijvoorbeeld GM0518' })
  municipalityCode: string;

  @Field()
  municipalityName: string;

  @Field(() => Float, { description: 'Breedtegraad (WGS84) van het postcodegebied' })
  latitude: number;

  @Field(() => Float)
  longitude: number;

  @Field({ description: 'Inclusieve werkgever' })
  inclusiveEmployer: boolean;

  @Field(() => PsoLevel, { nullable: true, description: 'Trede van het PSO-certificaat' })
  psoLevel: PsoLevel | null;

  @Field(() => String, { nullable: true, description: 'Vervaldatum van het PSO-certificaat (JJJJ-MM-DD)' })
  psoExpiresOn: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => ID, { description: 'De eigenaar: de accountmanager van deze werkgever' })
  ownerId: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('AccountManager', { description: 'Accountmanager (alleen id en naam)' })
export class AccountManagerModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

@ObjectType('SbiSectionInfo', { description: 'Een sectie van de SBI 2008 met haar naam' })
export class SbiSectionInfoModel {
  @Field(() => SbiSection)
  code: SbiSection;

  @Field()
  name: string;
}

@ObjectType('EmployerContact', { description: 'Contactpersoon bij een werkgever' })
export class EmployerContactModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  employerId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  jobTitle: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field({ description: 'Eerste aanspreekpunt; hoogstens één per werkgever' })
  isPrimary: boolean;
}

export const EmployerConnection = Connection(EmployerModel, 'Employer');
