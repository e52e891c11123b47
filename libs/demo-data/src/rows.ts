import {
  ContactMomentType,
  DemandStatus,
  EmployerSizeClass,
  PipelineStage,
  PsoLevel,
} from '@wsp/acquisition';
import { BenefitType, LksStatus, MatchingScope, MobilityMode } from '@wsp/candidates';
import { EducationLevel, Role } from '@wsp/common';
import { SroiBonus, SroiCategory, SroiRealisationKind, SroiRealisationStatus } from '@wsp/sroi';
import { ContractType, VacancyChangeKind, VacancyStatus } from '@wsp/vacancies';

/**
 * Plain rows, one interface per table, with every column the generator sets (camelCase of the
 * snake_case column). Generators return these; `insert.ts` writes them with bulk INSERTs.
 */

export interface UserRow {
  id: string;
  email: string;
  passwordHash: string;
  displayName: string;
  role: Role;
  employerId: string | null;
  active: boolean;
}

export interface EmployerRow {
  id: string;
  name: string;
  kvkNumber: string;
  sbiSection: string;
  sizeClass: EmployerSizeClass;
  postcode: string;
  ownerId: string;
  stage: PipelineStage;
  lostReason: string | null;
  inclusiveEmployer: boolean;
  psoLevel: PsoLevel | null;
  psoExpiresOn: string | null;
  website: string | null;
  notes: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface EmployerContactRow {
  id: string;
  employerId: string;
  name: string;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
  isPrimary: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface StageChangeRow {
  id: string;
  employerId: string;
  fromStage: PipelineStage | null;
  toStage: PipelineStage;
  reason: string | null;
  changedById: string;
  changedAt: Date;
}

export interface ContactMomentRow {
  id: string;
  employerId: string;
  type: ContactMomentType;
  occurredAt: Date;
  contactPersonId: string | null;
  outcome: string;
  nextAction: string | null;
  nextActionDueOn: string | null;
  nextActionAssigneeId: string | null;
  nextActionCompletedAt: Date | null;
  recordedById: string;
  createdAt: Date;
}

export interface DemandRow {
  id: string;
  employerId: string;
  title: string;
  occupationId: string | null;
  numberOfPeople: number;
  startFrom: string;
  status: DemandStatus;
  notes: string | null;
  createdById: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface VacancyRow {
  id: string;
  employerId: string;
  demandId: string | null;
  title: string;
  description: string;
  occupationId: string;
  educationLevel: EducationLevel | null;
  drivingLicenceRequired: boolean;
  hoursMin: number;
  hoursMax: number;
  contractType: ContractType;
  startDate: string | null;
  closingDate: string | null;
  wageMinCents: number | null;
  wageMaxCents: number | null;
  postcode: string;
  numberOfPlaces: number;
  openToLks: boolean;
  minLoonwaarde: number | null;
  proefplaatsPossible: boolean;
  jobcarvingPossible: boolean;
  beschut: boolean;
  status: VacancyStatus;
  openedAt: Date | null;
  closedAt: Date | null;
  statusReason: string | null;
  createdById: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface VacancySkillRow {
  vacancyId: string;
  skillId: string;
  essential: boolean;
}

export interface VacancyChangeRow {
  id: string;
  vacancyId: string;
  kind: VacancyChangeKind;
  fromStatus: VacancyStatus | null;
  toStatus: VacancyStatus | null;
  changes: Record<string, { from: unknown; to: unknown }>;
  reason: string | null;
  changedById: string | null;
  changedAt: Date;
}

export interface OutboxEventRow {
  aggregateType: string;
  aggregateId: string;
  type: string;
  payload: Record<string, unknown>;
  occurredAt: Date;
  dispatchedAt: Date | null;
}

/** The rows of the acquisition context that `generateEmployers` returns. */
export interface AcquisitionRows {
  employers: EmployerRow[];
  contacts: EmployerContactRow[];
  stageChanges: StageChangeRow[];
  contactMoments: ContactMomentRow[];
  demands: DemandRow[];
}

/** The rows of the vacancies context that `generateVacancies` returns (plus their outbox events). */
export interface VacancyRows {
  vacancies: VacancyRow[];
  skills: VacancySkillRow[];
  changes: VacancyChangeRow[];
  events: OutboxEventRow[];
}

export interface CandidateRow {
  id: string;
  pseudonym: string;
  externalRef: string | null;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  dateOfBirth: string | null;
  bsnHash: string | null;
  homePostcode: string;
  mobility: MobilityMode[];
  maxTravelMinutes: number;
  maxTravelReason: string | null;
  hoursMin: number;
  hoursMax: number;
  availableFrom: string;
  educationLevel: EducationLevel | null;
  drivingLicence: boolean;
  skillsKnown: boolean;
  consultantId: string;
  jobCoachId: string | null;
  currentLoonwaarde: number | null;
  zorg: boolean;
  lksStatus: LksStatus;
  beschutIndication: boolean;
  doelgroepregister: boolean;
  benefitType: BenefitType;
  active: boolean;
  waitingSince: string;
  visibleForMatching: boolean;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface CandidateOccupationRow {
  candidateId: string;
  occupationId: string;
}

export interface CandidateSkillRow {
  candidateId: string;
  skillId: string;
}

export interface LoonwaardeAssessmentRow {
  id: string;
  candidateId: string;
  percentage: number;
  assessedOn: string;
  method: string;
  assessor: string;
  nextReassessmentOn: string | null;
  recordedById: string;
  createdAt: Date;
}

export interface MatchingConsentRow {
  id: string;
  candidateId: string;
  scope: MatchingScope;
  municipalityCodes: string[];
  grantedOn: string;
  recordedById: string;
  revokedAt: Date | null;
  revokedById: string | null;
  createdAt: Date;
}

export interface IdentityConsentRow {
  id: string;
  candidateId: string;
  employerId: string;
  grantedOn: string;
  documentReference: string;
  recordedById: string;
  revokedAt: Date | null;
  revokedById: string | null;
  createdAt: Date;
}

/** The rows of the candidates context that `generateCandidates` returns (plus their outbox events). */
export interface CandidateRows {
  candidates: CandidateRow[];
  occupations: CandidateOccupationRow[];
  skills: CandidateSkillRow[];
  assessments: LoonwaardeAssessmentRow[];
  matchingConsents: MatchingConsentRow[];
  identityConsents: IdentityConsentRow[];
  events: OutboxEventRow[];
}

export interface SroiContractRow {
  id: string;
  reference: string;
  description: string;
  municipalityCode: string;
  contractorId: string;
  contractValueCents: number;
  sroiPercentage: number;
  startDate: string;
  endDate: string;
  valuationTableId: string;
  psoDiscountPercentage: number | null;
  penaltyPercentage: number;
  gracePeriodDays: number;
  obligationOverrideCents: number | null;
  createdById: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface SroiRealisationRow {
  id: string;
  contractId: string;
  kind: SroiRealisationKind;
  status: SroiRealisationStatus;
  placementId: string | null;
  candidateId: string | null;
  category: SroiCategory | null;
  derivedCategory: SroiCategory | null;
  bonuses: SroiBonus[];
  hoursPerWeek: number | null;
  startDate: string | null;
  endDate: string | null;
  monthsCounted: number | null;
  purchaseAmountCents: number | null;
  supplierName: string | null;
  invoiceReference: string | null;
  activityHours: number | null;
  description: string | null;
  valueCents: number;
  valuedOn: string;
  pendingSince: Date;
  statusReason: string | null;
  decidedById: string | null;
  decidedAt: Date | null;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface SroiRealisationChangeRow {
  id: string;
  realisationId: string;
  fromStatus: SroiRealisationStatus | null;
  toStatus: SroiRealisationStatus;
  fromCategory: SroiCategory | null;
  toCategory: SroiCategory | null;
  reason: string | null;
  changedById: string | null;
  changedAt: Date;
}

export interface SroiCoordinatorRow {
  id: string;
  municipalityCode: string;
  userId: string;
  assignedById: string;
  createdAt: Date;
}

/** The rows of the SROI context that `generateSroi` returns. */
export interface SroiRows {
  contracts: SroiContractRow[];
  realisations: SroiRealisationRow[];
  changes: SroiRealisationChangeRow[];
  coordinators: SroiCoordinatorRow[];
}
