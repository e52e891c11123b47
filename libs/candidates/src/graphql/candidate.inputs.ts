import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { EducationLevel } from '@wsp/common';
import { BenefitType, LksStatus, MobilityMode } from '../entities/candidate.entity';
import { MatchingScope } from '../entities/consent.entity';

// Only types and sizes here; the domain rules (domain/candidate-state.ts) check ranges and
// combinations so that every error names its field.

/** Fields shared by create and update; on update every field is optional (null clears where allowed). */
@InputType({ isAbstract: true })
abstract class CandidateProfileInput {
  @Field(() => String, { nullable: true, description: 'Klantnummer in het klantvolgsysteem van de gemeente' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  externalRef?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mailadres' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  dateOfBirth?: string | null;

  @Field(() => Int, { nullable: true, description: 'Maximale reistijd enkele reis in minuten (standaard 90); afwijken vraagt een reden' })
  @IsOptional()
  @IsInt()
  maxTravelMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'Reden voor een andere maximale reistijd dan 90 minuten' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  maxTravelReason?: string | null;

  @Field(() => EducationLevel, { nullable: true })
  @IsOptional()
  @IsEnum(EducationLevel)
  educationLevel?: EducationLevel | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  drivingLicence?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'Gewenste beroepen (ESCO); vervangt de hele lijst' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(25)
  @IsUUID('all', { each: true })
  occupationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Vaardigheden (ESCO); vervangt de hele lijst en markeert ze als bekend (ook een lege lijst)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(300)
  @IsUUID('all', { each: true })
  skillIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'false = vaardigheden nog niet vastgelegd (wist de lijst)' })
  @IsOptional()
  @IsBoolean()
  skillsKnown?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Jobcoach (actieve gebruiker met rol JOBCOACH); null = geen' })
  @IsOptional()
  @IsUUID()
  jobCoachId?: string | null;

  @Field(() => BenefitType, { nullable: true })
  @IsOptional()
  @IsEnum(BenefitType)
  benefitType?: BenefitType | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Zoekt werk sinds (JJJJ-MM-DD); standaard vandaag' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  waitingSince?: string | null;

  @Field(() => ID, { nullable: true, description: 'Klantmanager; alleen een beheerder kan deze kiezen of wijzigen' })
  @IsOptional()
  @IsUUID()
  consultantId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'BSN (9 cijfers, elfproef). Wordt alleen als sleutel-hash opgeslagen en nooit teruggegeven.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  bsn?: string | null;
}

@InputType()
export class CreateCandidateInput extends CandidateProfileInput {
  @Field()
  @IsString()
  @MaxLength(200)
  firstName: string;

  @Field()
  @IsString()
  @MaxLength(200)
  lastName: string;

  @Field({ description: 'Postcode van het woonadres (vier cijfers, eventueel met letters)' })
  @IsString()
  @MaxLength(10)
  homePostcode: string;

  @Field(() => [MobilityMode], { description: 'Minstens één' })
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(MobilityMode, { each: true })
  mobility: MobilityMode[];

  @Field(() => Int)
  @IsInt()
  hoursMin: number;

  @Field(() => Int)
  @IsInt()
  hoursMax: number;

  @Field({ description: 'Beschikbaar vanaf (JJJJ-MM-DD)' })
  @IsString()
  @MaxLength(10)
  availableFrom: string;
}

@InputType()
export class UpdateCandidateInput extends CandidateProfileInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'De versie die de gebruiker heeft bewerkt; bij een andere versie volgt CONFLICT' })
  @IsInt()
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  homePostcode?: string | null;

  @Field(() => [MobilityMode], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(MobilityMode, { each: true })
  mobility?: MobilityMode[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  hoursMin?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  hoursMax?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  availableFrom?: string | null;
}

@InputType()
export class CandidateSupportStatusInput {
  @Field(() => ID)
  @IsUUID()
  candidateId: string;

  @Field(() => Int)
  @IsInt()
  expectedVersion: number;

  @Field(() => LksStatus, { nullable: true, description: 'Loonkostensubsidie (Participatiewet art. 10d)' })
  @IsOptional()
  @IsEnum(LksStatus)
  lksStatus?: LksStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Doelgroep ZORG (expliciet door de klantmanager)' })
  @IsOptional()
  @IsBoolean()
  zorg?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Indicatie beschut werk (Participatiewet art. 10b)' })
  @IsOptional()
  @IsBoolean()
  beschutIndication?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Ingeschreven in het doelgroepregister (banenafspraak)' })
  @IsOptional()
  @IsBoolean()
  doelgroepregister?: boolean | null;
}

@InputType()
export class RecordLoonwaardeInput {
  @Field(() => ID)
  @IsUUID()
  candidateId: string;

  @Field(() => Int, { description: 'Loonwaarde in procenten van het wettelijk minimumloon (0-100)' })
  @IsInt()
  percentage: number;

  @Field({ description: 'Datum van de vaststelling (JJJJ-MM-DD), niet in de toekomst' })
  @IsString()
  @MaxLength(10)
  assessedOn: string;

  @Field({ description: 'Methode, bijvoorbeeld Dariuz, Ergatis of praktijkroute' })
  @IsString()
  @MaxLength(80)
  method: string;

  @Field({ description: 'Beoordelaar of beoordelende organisatie' })
  @IsString()
  @MaxLength(120)
  assessor: string;

  @Field(() => String, { nullable: true, description: 'Volgende herbeoordeling (na de vaststellingsdatum)' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  nextReassessmentOn?: string | null;
}

@InputType()
export class GrantMatchingConsentInput {
  @Field(() => ID)
  @IsUUID()
  candidateId: string;

  @Field({ description: 'Datum waarop de kandidaat instemde (JJJJ-MM-DD), niet in de toekomst' })
  @IsString()
  @MaxLength(10)
  grantedOn: string;

  @Field(() => MatchingScope)
  @IsEnum(MatchingScope)
  scope: MatchingScope;

  @Field(() => [String], { nullable: true, description: 'CBS-gemeentecodes (GM....), verplicht bij scope MUNICIPALITIES' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(/^GM[0-9]{4}$/i, { each: true })
  municipalityCodes?: string[] | null;
}

@InputType()
export class RecordIdentityConsentInput {
  @Field(() => ID)
  @IsUUID()
  candidateId: string;

  @Field(() => ID, { description: 'De werkgever met wie de identiteit gedeeld mag worden' })
  @IsUUID()
  employerId: string;

  @Field({ description: 'Datum van de schriftelijke toestemming (JJJJ-MM-DD), niet in de toekomst' })
  @IsString()
  @MaxLength(10)
  grantedOn: string;

  @Field({ description: 'Verwijzing naar het getekende formulier in het documentsysteem' })
  @IsString()
  @MaxLength(200)
  documentReference: string;
}

@InputType()
export class ImportCandidatesInput {
  @Field({ description: 'Inhoud van het CSV-bestand (UTF-8, maximaal 5 MB); zie libs/candidates/README.md' })
  @IsString()
  csv: string;

  @Field({ description: 'true = alleen controleren, niets opslaan' })
  @IsBoolean()
  dryRun: boolean;

  @Field(() => ID, { nullable: true, description: 'Klantmanager van nieuwe kandidaten; alleen voor een beheerder (verplicht)' })
  @IsOptional()
  @IsUUID()
  consultantId?: string | null;
}
