import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, EducationLevel } from '@wsp/common';
import { BenefitType, LksStatus, MobilityMode } from '../entities/candidate.entity';
import { MatchingScope } from '../entities/consent.entity';
import { Doelgroep } from '../domain/doelgroep';

registerEnumType(MobilityMode, { name: 'MobilityMode', description: 'Manier van reizen' });
registerEnumType(LksStatus, {
  name: 'LksStatus',
  description: 'Loonkostensubsidie (Participatiewet art. 10d)',
  valuesMap: {
    NONE: { description: 'Geen loonkostensubsidie' },
    LKS_MDP: { description: 'Met doorgroeipotentieel' },
    LKS_ZDP: { description: 'Zonder doorgroeipotentieel' },
  },
});
registerEnumType(BenefitType, { name: 'BenefitType', description: 'Uitkering van de kandidaat' });
registerEnumType(MatchingScope, {
  name: 'MatchingScope',
  description: 'Reikwijdte van de toestemming voor matching',
  valuesMap: { REGION: { description: 'De hele WSP-regio' }, MUNICIPALITIES: { description: 'Alleen de genoemde gemeenten' } },
});
registerEnumType(Doelgroep, {
  name: 'Doelgroep',
  description: 'Doelgroep Participatiewet: afgeleid van de loonwaarde, ZORG door de klantmanager vastgelegd',
});

/**
 * The identifying fields of a candidate. Only reachable through `Candidate.identity`, whose
 * resolver writes every read to the access log (see candidate-identity.resolver.ts).
 */
@ObjectType('CandidateIdentity', { description: 'Identificerende gegevens; elke opvraging wordt gelogd' })
export class CandidateIdentityModel {
  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD' })
  dateOfBirth: string | null;

  @Field(() => String, { nullable: true, description: 'Klantnummer in het klantvolgsysteem van de gemeente' })
  externalRef: string | null;
}

/** Identifying field names, as written to the access log. */
export const IDENTITY_FIELDS: readonly (keyof CandidateIdentityModel)[] = ['firstName', 'lastName', 'email', 'phone', 'dateOfBirth', 'externalRef'];

@ObjectType('Candidate', { description: 'Werkzoekende (Participatiewet), bijgehouden door een klantmanager' })
export class CandidateModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Pseudoniem, bijvoorbeeld K-000123' })
  pseudonym: string;

  @Field({ description: 'PC4 van het woonadres' })
  homePostcode: string;

  @Field(() => [MobilityMode])
  mobility: MobilityMode[];

  @Field(() => Int)
  maxTravelMinutes: number;

  @Field(() => String, { nullable: true })
  maxTravelReason: string | null;

  @Field(() => Int)
  hoursMin: number;

  @Field(() => Int)
  hoursMax: number;

  @Field()
  availableFrom: string;

  @Field(() => EducationLevel, { nullable: true })
  educationLevel: EducationLevel | null;

  @Field()
  drivingLicence: boolean;

  @Field({ description: 'false = vaardigheden nog niet vastgelegd' })
  skillsKnown: boolean;

  @Field(() => ID)
  consultantId: string;

  @Field(() => ID, { nullable: true })
  jobCoachId: string | null;

  @Field(() => Int, { nullable: true, description: 'Loonwaarde (%) volgens de meest recente vaststelling' })
  currentLoonwaarde: number | null;

  @Field({ description: 'Doelgroep ZORG (expliciet vastgelegd)' })
  zorg: boolean;

  @Field(() => LksStatus)
  lksStatus: LksStatus;

  @Field()
  beschutIndication: boolean;

  @Field()
  doelgroepregister: boolean;

  @Field(() => BenefitType)
  benefitType: BenefitType;

  @Field()
  active: boolean;

  @Field()
  waitingSince: string;

  @Field({ description: 'Er is een geldige toestemming voor matching' })
  visibleForMatching: boolean;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int, { description: 'Voor optimistische gelijktijdigheid (expectedVersion)' })
  version: number;
}

@ObjectType('CandidateOccupation', { description: 'Gewenst beroep (ESCO)' })
export class CandidateOccupationModel {
  @Field(() => ID)
  id: string;

  @Field()
  conceptUri: string;

  @Field()
  labelNl: string;

  @Field({ description: 'ISCO-08-beroepsgroep' })
  iscoGroup: string;
}

@ObjectType('CandidateSkill', { description: 'Vaardigheid (ESCO, Engelse labels)' })
export class CandidateSkillModel {
  @Field(() => ID)
  id: string;

  @Field()
  conceptUri: string;

  @Field()
  labelEn: string;
}

@ObjectType('CandidateHomeArea', { description: 'Woongebied (PC4) met woonplaats en gemeente' })
export class CandidateHomeAreaModel {
  @Field()
  pc4: string;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field()
  municipalityCode: string;

  @Field()
  municipalityName: string;
}

@ObjectType('LoonwaardeAssessment', { description: 'Vastgestelde loonwaarde (Participatiewet art. 10d lid 3); wordt opgeslagen, nooit berekend' })
export class LoonwaardeAssessmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  candidateId: string;

  @Field(() => Int)
  percentage: number;

  @Field()
  assessedOn: string;

  @Field()
  method: string;

  @Field()
  assessor: string;

  @Field(() => String, { nullable: true })
  nextReassessmentOn: string | null;

  @Field(() => ID)
  recordedById: string;

  @Field()
  createdAt: Date;

  @Field({ description: 'Dit is de actuele vaststelling (laatste op datum)' })
  current: boolean;
}

@ObjectType('MatchingConsent', { description: 'Toestemming van de kandidaat om (geanonimiseerd) gematcht te worden' })
export class MatchingConsentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  candidateId: string;

  @Field(() => MatchingScope)
  scope: MatchingScope;

  @Field(() => [String])
  municipalityCodes: string[];

  @Field()
  grantedOn: string;

  @Field(() => ID)
  recordedById: string;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => ID, { nullable: true })
  revokedById: string | null;

  @Field()
  createdAt: Date;

  @Field()
  active: boolean;
}

@ObjectType('IdentityConsent', { description: 'Schriftelijke toestemming om de identiteit te delen met één werkgever' })
export class IdentityConsentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  candidateId: string;

  @Field(() => ID)
  employerId: string;

  @Field()
  employerName: string;

  @Field()
  grantedOn: string;

  @Field()
  documentReference: string;

  @Field(() => ID)
  recordedById: string;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => ID, { nullable: true })
  revokedById: string | null;

  @Field()
  createdAt: Date;

  @Field()
  active: boolean;
}

@ObjectType('CandidateAccessLogEntry', { description: 'Eén opvraging van identificerende gegevens van een kandidaat' })
export class CandidateAccessLogEntryModel {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field(() => ID)
  actorUserId: string;

  @Field(() => String, { nullable: true })
  actorDisplayName: string | null;

  @Field(() => ID)
  candidateId: string;

  @Field(() => String, { nullable: true })
  candidatePseudonym: string | null;

  @Field({ description: 'GraphQL-operatie, bijvoorbeeld "query candidate"' })
  operation: string;

  @Field(() => [String])
  fields: string[];
}

@ObjectType('CandidateImportError')
export class CandidateImportErrorModel {
  @Field(() => Int, { description: 'Regelnummer in het bestand (kolomnamen = regel 1)' })
  line: number;

  @Field(() => String, { nullable: true, description: 'Kolom' })
  field: string | null;

  @Field()
  message: string;
}

@ObjectType('CandidateImportReport')
export class CandidateImportReportModel {
  @Field()
  dryRun: boolean;

  @Field(() => Int)
  totalRows: number;

  @Field(() => Int)
  valid: number;

  @Field(() => Int)
  invalid: number;

  @Field(() => Int, { description: 'Nieuw (bij dryRun: zou nieuw worden)' })
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => [CandidateImportErrorModel])
  errors: CandidateImportErrorModel[];
}

@ObjectType('AnonymisedCandidate', {
  description: 'Geanonimiseerd profiel voor werkgevers en accountmanagers: geen naam, contactgegevens, BSN, geboortedatum of exacte loonwaarde',
})
export class AnonymisedCandidateModel {
  @Field()
  pseudonym: string;

  @Field()
  municipalityName: string;

  @Field(() => String, { nullable: true, description: 'Leeftijdsklasse, bijvoorbeeld 25–34' })
  ageBand: string | null;

  @Field(() => [String])
  wishedOccupations: string[];

  @Field(() => [String], { nullable: true, description: 'null = nog niet vastgelegd' })
  skills: string[] | null;

  @Field(() => EducationLevel, { nullable: true })
  educationLevel: EducationLevel | null;

  @Field(() => Int)
  hoursMin: number;

  @Field(() => Int)
  hoursMax: number;

  @Field()
  drivingLicence: boolean;

  @Field({ description: 'Loonkostensubsidie mogelijk' })
  lksPossible: boolean;

  @Field(() => String, { nullable: true, description: 'Indicatieve loonwaardeklasse, bijvoorbeeld 50–70%' })
  loonwaardeBand: string | null;

  @Field()
  doelgroepregister: boolean;
}

export const CandidateConnection = Connection(CandidateModel, 'Candidate');
export const LoonwaardeAssessmentConnection = Connection(LoonwaardeAssessmentModel, 'LoonwaardeAssessment');
export const MatchingConsentConnection = Connection(MatchingConsentModel, 'MatchingConsent');
export const IdentityConsentConnection = Connection(IdentityConsentModel, 'IdentityConsent');
export const CandidateAccessLogConnection = Connection(CandidateAccessLogEntryModel, 'CandidateAccessLog');
