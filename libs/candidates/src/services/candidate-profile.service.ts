import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Clock, ConflictError, ForbiddenError, Role, todayIn, ValidationError } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { recordEvents } from '@wsp/events';
import { ReferenceDataService } from '@wsp/reference-data';
import { BenefitType, CandidateEntity, LksStatus } from '../entities/candidate.entity';
import { assertCanWrite, consultantForNewCandidate } from '../domain/candidate-access';
import {
  CandidateField,
  CandidateState,
  changedFields,
  checkCandidateState,
  DEFAULT_MAX_TRAVEL_MINUTES,
  normalizeState,
} from '../domain/candidate-state';
import { CandidateSupportStatusInput, CreateCandidateInput, UpdateCandidateInput } from '../graphql/candidate.inputs';
import { BsnHasher } from './bsn.service';
import {
  allocatePseudonyms,
  assertActiveUserWithRole,
  candidateChangedEvents,
  candidateWithBsnHash,
  candidateWithExternalRef,
  findCandidate,
  insertCandidate,
  loadState,
  lockCandidate,
  updateCandidateRow,
} from './candidate-store';

/** Throws the first problem of a state as a ValidationError naming its field. */
function assertValidState(state: CandidateState, today: string): void {
  const [first] = checkCandidateState(state, today);
  if (first) throw new ValidationError(first.message, first.field);
}

/** A required field may be left out of an update, but not cleared with null. */
function required<T>(value: T | null | undefined, field: string, current: T): T {
  if (value === null) throw new ValidationError('Verplicht veld kan niet leeg worden gemaakt', field);
  return value === undefined ? current : value;
}

const given = <T>(value: T | null | undefined, current: T): T | null => (value === undefined ? current : value);

/** Creating and editing candidate profiles by their consultant (or an admin). */
@Injectable()
export class CandidateProfileService {
  private readonly logger = new Logger('CandidateProfile');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceDataService,
    private readonly bsn: BsnHasher,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private today(): string {
    return todayIn(this.config.timeZone, this.clock.now());
  }

  async create(actor: Actor, input: CreateCandidateInput): Promise<CandidateEntity> {
    const today = this.today();
    const consultantId = consultantForNewCandidate(actor, input.consultantId);
    const postcode = await this.referenceData.resolvePostcode(input.homePostcode, 'homePostcode');
    const skillsGiven = input.skillIds != null;
    if (input.skillsKnown === false && skillsGiven && input.skillIds!.length > 0) {
      throw new ValidationError('Vaardigheden zijn vastgelegd, dus bekend', 'skillsKnown');
    }
    const state = normalizeState({
      externalRef: input.externalRef ?? null,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email ?? null,
      phone: input.phone ?? null,
      dateOfBirth: input.dateOfBirth ?? null,
      homePostcode: postcode.pc4,
      mobility: input.mobility,
      maxTravelMinutes: input.maxTravelMinutes ?? DEFAULT_MAX_TRAVEL_MINUTES,
      maxTravelReason: input.maxTravelReason ?? null,
      hoursMin: input.hoursMin,
      hoursMax: input.hoursMax,
      availableFrom: input.availableFrom,
      educationLevel: input.educationLevel ?? null,
      drivingLicence: input.drivingLicence ?? false,
      occupationIds: input.occupationIds ?? [],
      skillIds: input.skillIds ?? [],
      // Setting skills (even an empty list) records them as known.
      skillsKnown: skillsGiven || input.skillsKnown === true,
      benefitType: input.benefitType ?? BenefitType.PARTICIPATIEWET,
      active: input.active ?? true,
      waitingSince: input.waitingSince ?? today,
      consultantId,
      jobCoachId: input.jobCoachId ?? null,
      lksStatus: LksStatus.NONE,
      zorg: false,
      beschutIndication: false,
      doelgroepregister: false,
    });
    assertValidState(state, today);
    await this.checkReferences(this.dataSource.manager, actor, state, null);
    const bsnHash = input.bsn != null ? this.bsn.hashInput(input.bsn) : null;

    const id = await this.dataSource.transaction(async (manager) => {
      await this.checkUnique(manager, state, bsnHash, undefined);
      const [pseudonym] = await allocatePseudonyms(manager, 1);
      const candidateId = await insertCandidate(manager, state, pseudonym, bsnHash);
      await recordEvents(manager, candidateChangedEvents(candidateId, Object.keys(state) as CandidateField[], true));
      return candidateId;
    });
    this.logger.log({ msg: 'candidate created', candidateId: id, consultantId });
    return findCandidate(this.dataSource.manager, id);
  }

  async update(actor: Actor, input: UpdateCandidateInput): Promise<CandidateEntity> {
    const today = this.today();
    const id = await this.dataSource.transaction(async (manager) => {
      const candidate = await lockCandidate(manager, input.id);
      assertCanWrite(actor, candidate);
      assertVersion(candidate, input.expectedVersion);
      if (input.consultantId != null && input.consultantId !== candidate.consultantId && actor.role !== Role.ADMIN) {
        throw new ForbiddenError('Alleen een beheerder kan een kandidaat aan een andere klantmanager toewijzen');
      }
      const before = await loadState(manager, candidate);
      const after = await this.applyUpdate(before, input);
      assertValidState(after, today);
      await this.checkReferences(manager, actor, after, before);
      const bsnHash = input.bsn != null ? this.bsn.hashInput(input.bsn) : undefined;
      await this.checkUnique(manager, after, bsnHash ?? null, candidate.id);

      const changed = changedFields(before, after);
      const bsnChanged = bsnHash !== undefined && (await this.bsnDiffers(manager, candidate.id, bsnHash));
      if (changed.length === 0 && !bsnChanged) return candidate.id;
      await updateCandidateRow(manager, candidate.id, before, after, changed, bsnChanged ? bsnHash : undefined);
      await recordEvents(manager, candidateChangedEvents(candidate.id, changed));
      this.logger.log({ msg: 'candidate updated', candidateId: candidate.id, changedFields: changed, bsnChanged });
      return candidate.id;
    });
    return findCandidate(this.dataSource.manager, id);
  }

  /** LKS status, ZORG, beschut-werk indication and doelgroepregister: set by the consultant. */
  async setSupportStatus(actor: Actor, input: CandidateSupportStatusInput): Promise<CandidateEntity> {
    const id = await this.dataSource.transaction(async (manager) => {
      const candidate = await lockCandidate(manager, input.candidateId);
      assertCanWrite(actor, candidate);
      assertVersion(candidate, input.expectedVersion);
      const before = await loadState(manager, candidate);
      const after: CandidateState = {
        ...before,
        lksStatus: required(input.lksStatus, 'lksStatus', before.lksStatus),
        zorg: required(input.zorg, 'zorg', before.zorg),
        beschutIndication: required(input.beschutIndication, 'beschutIndication', before.beschutIndication),
        doelgroepregister: required(input.doelgroepregister, 'doelgroepregister', before.doelgroepregister),
      };
      const changed = changedFields(before, after);
      if (changed.length === 0) return candidate.id;
      await updateCandidateRow(manager, candidate.id, before, after, changed);
      await recordEvents(manager, candidateChangedEvents(candidate.id, changed));
      this.logger.log({ msg: 'candidate support status set', candidateId: candidate.id, changedFields: changed });
      return candidate.id;
    });
    return findCandidate(this.dataSource.manager, id);
  }

  private async applyUpdate(before: CandidateState, input: UpdateCandidateInput): Promise<CandidateState> {
    const homePostcode =
      input.homePostcode != null ? (await this.referenceData.resolvePostcode(input.homePostcode, 'homePostcode')).pc4 : before.homePostcode;
    let skillIds = before.skillIds;
    let skillsKnown = before.skillsKnown;
    if (input.skillIds != null) {
      if (input.skillsKnown === false && input.skillIds.length > 0) {
        throw new ValidationError('Vaardigheden zijn vastgelegd, dus bekend', 'skillsKnown');
      }
      skillIds = input.skillIds;
      skillsKnown = true;
    } else if (input.skillsKnown === false) {
      skillIds = [];
      skillsKnown = false;
    } else if (input.skillsKnown === true) {
      skillsKnown = true;
    }
    return normalizeState({
      ...before,
      externalRef: given(input.externalRef, before.externalRef),
      firstName: required(input.firstName, 'firstName', before.firstName),
      lastName: required(input.lastName, 'lastName', before.lastName),
      email: given(input.email, before.email),
      phone: given(input.phone, before.phone),
      dateOfBirth: given(input.dateOfBirth, before.dateOfBirth),
      homePostcode,
      mobility: required(input.mobility, 'mobility', before.mobility),
      maxTravelMinutes: given(input.maxTravelMinutes, before.maxTravelMinutes) ?? DEFAULT_MAX_TRAVEL_MINUTES,
      maxTravelReason: given(input.maxTravelReason, before.maxTravelReason),
      hoursMin: required(input.hoursMin, 'hoursMin', before.hoursMin),
      hoursMax: required(input.hoursMax, 'hoursMax', before.hoursMax),
      availableFrom: required(input.availableFrom, 'availableFrom', before.availableFrom),
      educationLevel: given(input.educationLevel, before.educationLevel),
      drivingLicence: required(input.drivingLicence, 'drivingLicence', before.drivingLicence),
      occupationIds: given(input.occupationIds, before.occupationIds) ?? [],
      skillIds,
      skillsKnown,
      benefitType: required(input.benefitType, 'benefitType', before.benefitType),
      active: required(input.active, 'active', before.active),
      waitingSince: required(input.waitingSince, 'waitingSince', before.waitingSince),
      consultantId: required(input.consultantId, 'consultantId', before.consultantId),
      jobCoachId: given(input.jobCoachId, before.jobCoachId),
    });
  }

  /** ESCO references, the job coach and (when changed) the consultant must exist and fit. */
  private async checkReferences(manager: EntityManager, actor: Actor, state: CandidateState, before: CandidateState | null): Promise<void> {
    const changed = (f: keyof CandidateState) => !before || JSON.stringify(before[f]) !== JSON.stringify(state[f]);
    if (changed('occupationIds')) {
      for (const [i, id] of state.occupationIds.entries()) await this.referenceData.assertOccupationExists(id, `occupationIds[${i}]`);
    }
    if (changed('skillIds') && state.skillIds.length) await this.referenceData.assertSkillsExist(state.skillIds, 'skillIds');
    if (state.jobCoachId && changed('jobCoachId')) {
      await assertActiveUserWithRole(manager, state.jobCoachId, Role.JOBCOACH, 'jobCoachId', 'jobcoach');
    }
    if (changed('consultantId') && (actor.role === Role.ADMIN || before)) {
      await assertActiveUserWithRole(manager, state.consultantId, Role.CONSULTANT, 'consultantId', 'klantmanager');
    }
  }

  /** A second candidate with the same BSN or client number is a CONFLICT (no details about the other one). */
  private async checkUnique(manager: EntityManager, state: CandidateState, bsnHash: string | null, exceptId: string | undefined): Promise<void> {
    if (bsnHash && (await candidateWithBsnHash(manager, bsnHash, exceptId))) {
      throw new ConflictError('Er is al een kandidaat met dit BSN', { field: 'bsn' });
    }
    if (state.externalRef && (await candidateWithExternalRef(manager, state.externalRef, exceptId))) {
      throw new ConflictError('Er is al een kandidaat met dit klantnummer', { field: 'externalRef' });
    }
  }

  private async bsnDiffers(manager: EntityManager, id: string, bsnHash: string): Promise<boolean> {
    const [row] = await manager.query<{ same: boolean }[]>(`SELECT bsn_hash IS NOT DISTINCT FROM $2 AS same FROM candidates WHERE id = $1`, [id, bsnHash]);
    return !row?.same;
  }
}

export function assertVersion(candidate: CandidateEntity, expected: number): void {
  if (candidate.version !== expected) {
    throw new ConflictError('De kandidaat is intussen gewijzigd; laad de gegevens opnieuw', { expectedVersion: expected, currentVersion: candidate.version });
  }
}
