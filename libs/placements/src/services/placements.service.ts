import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { ArrangementCandidateEntity, ArrangementEntity, ArrangementStatus } from '@wsp/arrangements';
import { IdentityConsentEntity } from '@wsp/candidates';
import { Actor, Clock, ConflictError, isIsoDate, NotFoundError, Role, todayIn, ValidationError } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { recordEvents } from '@wsp/events';
import { VacancyEntity, VacancyStatus } from '@wsp/vacancies';
import { PlacementEntity } from '../entities/placement.entity';
import { assertCanProgress, assertCanPropose, assertPlacementTransition } from '../domain/placement-rules';
import { PlacementEndReason, PlacementStatus } from '../domain/placement-status';
import { EndPlacementInput, MarkContractedInput, PlacementMoveInput, ProposePlacementInput, StartProefplaatsInput } from '../graphql/placement.inputs';
import {
  lockPlacement,
  placementCandidate,
  placementEvent,
  recordPlacementChange,
  touchCandidate,
  violatedUniqueIndex,
} from './placement-store';

/** Shown when an introduction is attempted without written identity consent (a CONFLICT: record the consent first). */
export const NO_IDENTITY_CONSENT_MESSAGE =
  'Voorstellen aan de werkgever kan pas als de kandidaat schriftelijk toestemming heeft gegeven om zijn of haar identiteit met deze werkgever te delen. ' +
  'Laat de klantmanager die toestemming eerst vastleggen.';

/**
 * The placement workflow up to the contract, and ending. Confirmation (the job coach's) lives in
 * PlacementConfirmationService. Every move locks the placement, writes the status, a history row
 * and an outbox event in one transaction.
 */
@Injectable()
export class PlacementsService {
  private readonly logger = new Logger('Placements');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async propose(actor: Actor, input: ProposePlacementInput): Promise<PlacementEntity> {
    const manager = this.dataSource.manager;
    const candidate = await placementCandidate(manager, input.candidateId);
    assertCanPropose(actor, candidate);
    if (!candidate.active) throw new ValidationError(`Kandidaat ${candidate.pseudonym} is niet actief`, 'candidateId');
    if (actor.role === Role.ACCOUNTMANAGER && !candidate.visibleForMatching) {
      throw new ValidationError(`Kandidaat ${candidate.pseudonym} heeft geen toestemming gegeven om te worden voorgesteld`, 'candidateId');
    }
    const vacancy = await manager.findOne(VacancyEntity, { where: { id: input.vacancyId }, select: { id: true, employerId: true, status: true } });
    if (!vacancy) throw new NotFoundError('Vacature', input.vacancyId);
    if (vacancy.status !== VacancyStatus.OPEN) throw new ConflictError('Kandidaten worden alleen voorgesteld voor een open vacature', { field: 'vacancyId' });
    if (input.arrangementId) await this.assertArrangementFits(manager, input.arrangementId, vacancy, candidate.id);

    try {
      const id = await this.dataSource.transaction(async (tx) => {
        const inserted = await tx.insert(PlacementEntity, {
          candidateId: candidate.id,
          vacancyId: vacancy.id,
          employerId: vacancy.employerId,
          arrangementId: input.arrangementId ?? null,
          status: PlacementStatus.PROPOSED,
          proposedById: actor.userId,
        });
        const placementId = (inserted.identifiers[0] as { id: string }).id;
        const p = await tx.findOneByOrFail(PlacementEntity, { id: placementId });
        await recordPlacementChange(tx, p.id, { fromStatus: null, toStatus: PlacementStatus.PROPOSED, reason: input.reason?.trim() || null, changedById: actor.userId });
        await recordEvents(tx, [placementEvent('placement.proposed', p)]);
        return p.id;
      });
      this.logger.log({ msg: 'placement proposed', placementId: id, vacancyId: vacancy.id });
      return manager.findOneByOrFail(PlacementEntity, { id });
    } catch (e) {
      if (violatedUniqueIndex(e) === 'UQ_placements_open_per_pair') {
        throw new ConflictError('Er loopt al een plaatsing van deze kandidaat bij deze vacature', { field: 'candidateId' });
      }
      throw e;
    }
  }

  /**
   * PROPOSED → INTRODUCED: the employer gets to know who the candidate is. Refused with CONFLICT
   * unless an unrevoked written identity consent for this employer is on record.
   */
  introduce(actor: Actor, input: PlacementMoveInput): Promise<PlacementEntity> {
    return this.dataSource.transaction(async (tx) => {
      const p = await lockPlacement(tx, input.id);
      assertCanPropose(actor, await placementCandidate(tx, p.candidateId));
      assertPlacementTransition(p.status, PlacementStatus.INTRODUCED);
      await this.assertVacancyOpen(tx, p.vacancyId);
      const consent = await tx.findOne(IdentityConsentEntity, {
        where: { candidateId: p.candidateId, employerId: p.employerId, revokedAt: IsNull() },
        order: { grantedOn: 'DESC', createdAt: 'DESC' },
      });
      if (!consent) throw new ConflictError(NO_IDENTITY_CONSENT_MESSAGE, { reason: 'IDENTITY_CONSENT_REQUIRED' });
      return this.move(tx, p, PlacementStatus.INTRODUCED, actor, input.reason, { introducedAt: this.clock.now(), identityConsentId: consent.id });
    });
  }

  /** INTRODUCED → PROEFPLAATS. */
  startProefplaats(actor: Actor, input: StartProefplaatsInput): Promise<PlacementEntity> {
    if (!isIsoDate(input.startDate)) throw new ValidationError('Geef een datum als JJJJ-MM-DD', 'startDate');
    return this.dataSource.transaction(async (tx) => {
      const p = await lockPlacement(tx, input.id);
      assertCanProgress(actor, await placementCandidate(tx, p.candidateId));
      assertPlacementTransition(p.status, PlacementStatus.PROEFPLAATS);
      return this.move(tx, p, PlacementStatus.PROEFPLAATS, actor, input.reason, { proefplaatsStartDate: input.startDate });
    });
  }

  /** INTRODUCED or PROEFPLAATS → CONTRACTED: the employment contract is signed. */
  markContracted(actor: Actor, input: MarkContractedInput): Promise<PlacementEntity> {
    if (!isIsoDate(input.contractStartDate)) throw new ValidationError('Geef een datum als JJJJ-MM-DD', 'contractStartDate');
    return this.dataSource.transaction(async (tx) => {
      const p = await lockPlacement(tx, input.id);
      assertCanProgress(actor, await placementCandidate(tx, p.candidateId));
      assertPlacementTransition(p.status, PlacementStatus.CONTRACTED);
      if (p.proefplaatsStartDate && input.contractStartDate < p.proefplaatsStartDate) {
        throw new ValidationError('Het contract begint vóór de proefplaats', 'contractStartDate');
      }
      return this.move(tx, p, PlacementStatus.CONTRACTED, actor, input.reason, { contractStartDate: input.contractStartDate });
    });
  }

  /** Any open status → ENDED, with a reason and a date (not in the future). */
  end(actor: Actor, input: EndPlacementInput): Promise<PlacementEntity> {
    if (!isIsoDate(input.endDate)) throw new ValidationError('Geef een datum als JJJJ-MM-DD', 'endDate');
    if (input.endDate > todayIn(this.config.timeZone, this.clock.now())) throw new ValidationError('De einddatum ligt in de toekomst', 'endDate');
    const notes = input.notes?.trim() || null;
    if (input.reason === PlacementEndReason.OTHER && !notes) throw new ValidationError('Licht de reden toe', 'notes');
    return this.dataSource.transaction(async (tx) => {
      const p = await lockPlacement(tx, input.id);
      assertCanProgress(actor, await placementCandidate(tx, p.candidateId));
      assertPlacementTransition(p.status, PlacementStatus.ENDED);
      if (p.actualStartDate && input.endDate < p.actualStartDate) throw new ValidationError('De einddatum ligt vóór de werkelijke startdatum', 'endDate');
      const wasActive = p.status === PlacementStatus.CONFIRMED;
      const ended = await this.move(tx, p, PlacementStatus.ENDED, actor, notes, { endedOn: input.endDate, endReason: input.reason, endNotes: notes }, {
        endReason: input.reason,
        endedOn: input.endDate,
        wasConfirmed: wasActive,
        actualStartDate: p.actualStartDate,
      });
      if (wasActive) await touchCandidate(tx, p.candidateId);
      return ended;
    });
  }

  private async move(
    tx: EntityManager,
    p: PlacementEntity,
    to: PlacementStatus,
    actor: Actor,
    reason: string | null | undefined,
    set: Partial<Pick<PlacementEntity, 'introducedAt' | 'identityConsentId' | 'proefplaatsStartDate' | 'contractStartDate' | 'endedOn' | 'endReason' | 'endNotes'>>,
    extra: Record<string, unknown> = {},
  ): Promise<PlacementEntity> {
    const from = p.status;
    await tx.update(PlacementEntity, { id: p.id }, { ...set, status: to });
    await recordPlacementChange(tx, p.id, { fromStatus: from, toStatus: to, reason: reason?.trim() || null, changedById: actor.userId });
    const type = `placement.${to === PlacementStatus.PROEFPLAATS ? 'proefplaats_started' : to.toLowerCase()}`;
    await recordEvents(tx, [placementEvent(type, p, { fromStatus: from, toStatus: to, ...extra })]);
    this.logger.log({ msg: 'placement status changed', placementId: p.id, from, to });
    return tx.findOneByOrFail(PlacementEntity, { id: p.id });
  }

  private async assertVacancyOpen(tx: EntityManager, vacancyId: string): Promise<void> {
    const v = await tx.findOne(VacancyEntity, { where: { id: vacancyId }, select: { id: true, status: true } });
    if (v?.status !== VacancyStatus.OPEN) throw new ConflictError('De vacature is niet meer open');
  }

  /** The arrangement must be of the same employer and vacancy (or a jobcarving role), include the candidate and not be ended. */
  private async assertArrangementFits(manager: EntityManager, arrangementId: string, vacancy: { id: string; employerId: string }, candidateId: string): Promise<void> {
    const a = await manager.findOne(ArrangementEntity, { where: { id: arrangementId, status: Not(ArrangementStatus.ENDED) } });
    if (!a) throw new NotFoundError('Arrangement', arrangementId);
    if (a.employerId !== vacancy.employerId || (a.vacancyId !== null && a.vacancyId !== vacancy.id)) {
      throw new ValidationError('Het arrangement hoort bij een andere werkgever of vacature', 'arrangementId');
    }
    if (!(await manager.exists(ArrangementCandidateEntity, { where: { arrangementId: a.id, candidateId } }))) {
      throw new ValidationError('De kandidaat zit niet in dit arrangement', 'arrangementId');
    }
  }
}
