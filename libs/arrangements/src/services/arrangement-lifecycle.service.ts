import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Clock, ConflictError, todayIn, ValidationError } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { recordEvents } from '@wsp/events';
import { ArrangementEntity, ArrangementInstrumentEntity } from '../entities/arrangement.entity';
import { assertCanManageArrangement, respondentOf } from '../domain/arrangement-access';
import { ArrangementMover, ArrangementStatus, assertArrangementTransition } from '../domain/arrangement-lifecycle';
import { assertProefplaatsTotal, assertProposable, findDoubleSubsidy, legalEmployerKey, validateInstruments } from '../domain/instrument-rules';
import { findInstrument, Instrument, InstrumentKind, lksPeriod, proefplaatsPeriod } from '../domain/instruments';
import { ArrangementMoveInput, EndArrangementInput, ExtendProefplaatsInput } from '../graphql/arrangement.inputs';
import { isoDate } from './arrangement-input';
import { arrangementCandidateFacts, arrangementEvent, CandidateFacts, instrumentsOf, loadInstruments, lockArrangement, recordChange } from './arrangement-store';

/**
 * Status moves of an arrangement (table in domain/arrangement-lifecycle.ts). Each move locks the
 * row, re-checks the rules that depend on data that may have changed since the draft (LKS status,
 * double subsidy), and writes the status, a history row and an outbox event in one transaction.
 */
@Injectable()
export class ArrangementLifecycleService {
  private readonly logger = new Logger('ArrangementLifecycle');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** DRAFT → PROPOSED: the accountmanager proposes it to the employer. */
  propose(actor: Actor, input: ArrangementMoveInput): Promise<ArrangementEntity> {
    return this.dataSource.transaction(async (tx) => {
      const a = await lockArrangement(tx, input.id);
      assertCanManageArrangement(actor, a);
      assertArrangementTransition(a.status, ArrangementStatus.PROPOSED, 'OWNER');
      await this.assertRulesHold(tx, a, true);
      return this.move(tx, a, ArrangementStatus.PROPOSED, 'OWNER', actor.userId, input.reason ?? null);
    });
  }

  /** PROPOSED → AGREED: the employer accepts (or the owner records a signed acceptance). */
  accept(actor: Actor, input: ArrangementMoveInput): Promise<ArrangementEntity> {
    return this.dataSource.transaction(async (tx) => {
      const a = await lockArrangement(tx, input.id);
      const by = respondentOf(actor, a);
      assertArrangementTransition(a.status, ArrangementStatus.AGREED, by);
      await this.assertRulesHold(tx, a, true);
      return this.move(tx, a, ArrangementStatus.AGREED, by, actor.userId, input.reason ?? null);
    });
  }

  /** PROPOSED → DRAFT: the employer declines (reason required), or the owner withdraws the proposal. */
  decline(actor: Actor, input: ArrangementMoveInput): Promise<ArrangementEntity> {
    return this.dataSource.transaction(async (tx) => {
      const a = await lockArrangement(tx, input.id);
      const by = respondentOf(actor, a);
      const reason = input.reason?.trim() || null;
      assertArrangementTransition(a.status, ArrangementStatus.DRAFT, by, reason);
      return this.move(tx, a, ArrangementStatus.DRAFT, by, actor.userId, reason);
    });
  }

  /** AGREED → ACTIVE, by the owner. */
  activate(actor: Actor, input: ArrangementMoveInput): Promise<ArrangementEntity> {
    return this.dataSource.transaction(async (tx) => {
      const a = await lockArrangement(tx, input.id);
      assertCanManageArrangement(actor, a);
      assertArrangementTransition(a.status, ArrangementStatus.ACTIVE, 'OWNER');
      return this.move(tx, a, ArrangementStatus.ACTIVE, 'OWNER', actor.userId, input.reason ?? null);
    });
  }

  /**
   * For the placement context, inside its transaction: a confirmed placement under an AGREED
   * arrangement starts it. Does nothing when the arrangement is already ACTIVE.
   */
  async activateForPlacement(manager: EntityManager, arrangementId: string, actorId: string, placementId: string): Promise<void> {
    const a = await lockArrangement(manager, arrangementId);
    if (a.status === ArrangementStatus.ACTIVE) return;
    if (a.status !== ArrangementStatus.AGREED) {
      throw new ConflictError('Het arrangement van deze plaatsing is nog niet door de werkgever akkoord bevonden (of al beëindigd)', { arrangementStatus: a.status });
    }
    await this.move(manager, a, ArrangementStatus.ACTIVE, 'SYSTEM', actorId, 'Plaatsing bevestigd door de jobcoach', { placementId });
  }

  /** Any open status → ENDED, with a reason; the end date defaults to today for a running arrangement. */
  end(actor: Actor, input: EndArrangementInput): Promise<ArrangementEntity> {
    const endDate = input.endDate == null ? null : isoDate(input.endDate, 'endDate');
    return this.dataSource.transaction(async (tx) => {
      const a = await lockArrangement(tx, input.id);
      assertCanManageArrangement(actor, a);
      const reason = input.reason?.trim() || null;
      assertArrangementTransition(a.status, ArrangementStatus.ENDED, 'OWNER', reason);
      let end = endDate ?? (a.status === ArrangementStatus.ACTIVE ? this.today() : a.endDate);
      if (end !== null && end < a.startDate) {
        if (endDate !== null) throw new ValidationError('De einddatum ligt vóór de startdatum', 'endDate');
        end = a.startDate;
      }
      await tx.update(ArrangementEntity, { id: a.id }, { endDate: end });
      return this.move(tx, a, ArrangementStatus.ENDED, 'OWNER', actor.userId, reason);
    });
  }

  /**
   * Extends the proefplaats while it runs: by at most 4 months in total, at most 6 months for the
   * whole proefplaats (Participatiewet art. 6 and 8a); longer is refused.
   */
  extendProefplaats(actor: Actor, input: ExtendProefplaatsInput): Promise<ArrangementEntity> {
    return this.dataSource.transaction(async (tx) => {
      const a = await lockArrangement(tx, input.arrangementId);
      assertCanManageArrangement(actor, a);
      if (a.status === ArrangementStatus.ENDED) throw new ConflictError('Dit arrangement is beëindigd');
      const instruments = await instrumentsOf(tx, a.id);
      const p = findInstrument(instruments, InstrumentKind.PROEFPLAATS);
      if (!p) throw new ConflictError('Dit arrangement heeft geen proefplaats');
      if (!Number.isInteger(input.months) || input.months < 1) throw new ValidationError('Verleng met minstens 1 hele maand', 'months');
      assertProefplaatsTotal(p.months, p.extensionMonths + input.months, 'months');
      if (proefplaatsPeriod(a.startDate, p).endDate < this.today()) throw new ConflictError('De proefplaats is al afgelopen; verlengen kan alleen zolang zij loopt');
      const extended: Instrument = { ...p, extensionMonths: p.extensionMonths + input.months };
      const next = instruments.map((i) => (i.kind === InstrumentKind.PROEFPLAATS ? extended : i));
      validateInstruments(next, { startDate: a.startDate, candidates: await arrangementCandidateFacts(tx, a.id) });
      const { kind: _kind, ...details } = extended;
      await tx.update(ArrangementInstrumentEntity, { arrangementId: a.id, kind: InstrumentKind.PROEFPLAATS }, { details });
      await tx.query('UPDATE arrangements SET version = version + 1, updated_at = now() WHERE id = $1', [a.id]);
      await recordChange(tx, a, { kind: 'PROEFPLAATS_EXTENDED', fromStatus: null, toStatus: a.status, reason: input.reason?.trim() || `Verlengd met ${input.months} maand(en)`, changedById: actor.userId });
      await recordEvents(tx, [arrangementEvent('arrangement.proefplaats_extended', a, { extensionMonths: extended.extensionMonths, totalMonths: extended.months + extended.extensionMonths })]);
      return tx.findOneByOrFail(ArrangementEntity, { id: a.id });
    });
  }

  /** Rules that must still hold when an arrangement is proposed or accepted. */
  private async assertRulesHold(tx: EntityManager, a: ArrangementEntity, proposing: boolean): Promise<void> {
    const facts = await arrangementCandidateFacts(tx, a.id);
    const instruments = validateInstruments(await instrumentsOf(tx, a.id), { startDate: a.startDate, candidates: facts });
    if (proposing) assertProposable(instruments, facts);
    await this.assertNoDoubleSubsidy(tx, a, instruments, facts);
  }

  /**
   * No double subsidy on one employment (Participatiewet art. 10d lid 9): none of the candidates
   * may have an overlapping LKS with the same legal employer in another proposed, agreed or
   * running arrangement. Serialised per candidate with transaction-scoped advisory locks.
   */
  private async assertNoDoubleSubsidy(tx: EntityManager, a: ArrangementEntity, instruments: Instrument[], candidates: CandidateFacts[]): Promise<void> {
    const period = lksPeriod(a.startDate, instruments);
    if (!period || candidates.length === 0) return;
    const ids = candidates.map((c) => c.id).sort();
    for (const id of ids) await tx.query(`SELECT pg_advisory_xact_lock(hashtext('arrangement-lks:' || $1::text))`, [id]);
    const rows = await tx.query<{ id: string; employer_id: string; start_date: string; candidate_id: string }[]>(
      `SELECT a.id, a.employer_id, to_char(a.start_date, 'YYYY-MM-DD') AS start_date, ac.candidate_id
         FROM arrangements a JOIN arrangement_candidates ac ON ac.arrangement_id = a.id
        WHERE ac.candidate_id = ANY($1::uuid[]) AND a.id <> $2 AND a.status IN ('PROPOSED', 'AGREED', 'ACTIVE')`,
      [ids, a.id],
    );
    if (rows.length === 0) return;
    const otherInstruments = await loadInstruments(tx, [...new Set(rows.map((r) => r.id))]);
    const mine = { legalEmployerKey: legalEmployerKey(a.employerId, instruments), startDate: period.startDate, endDate: period.endDate ?? a.endDate };
    const others = rows.flatMap((r) => {
      const its = otherInstruments.get(r.id) ?? [];
      const p = lksPeriod(r.start_date, its);
      return p ? [{ candidateId: r.candidate_id, legalEmployerKey: legalEmployerKey(r.employer_id, its), startDate: p.startDate, endDate: p.endDate }] : [];
    });
    const clash = findDoubleSubsidy(mine, others);
    if (clash) {
      const pseudonym = candidates.find((c) => c.id === clash.candidateId)?.pseudonym ?? clash.candidateId;
      throw new ConflictError(
        `Geen dubbele loonkostensubsidie op één dienstverband (art. 10d lid 9 Participatiewet): kandidaat ${pseudonym} heeft al loonkostensubsidie bij dezelfde werkgever in die periode`,
        { candidate: pseudonym },
      );
    }
  }

  private async move(
    tx: EntityManager,
    a: ArrangementEntity,
    to: ArrangementStatus,
    by: ArrangementMover,
    actorId: string,
    reason: string | null,
    extra: Record<string, unknown> = {},
  ): Promise<ArrangementEntity> {
    const from = a.status;
    const rule = assertArrangementTransition(from, to, by, reason);
    await tx.update(ArrangementEntity, { id: a.id }, { status: to, statusReason: reason });
    await recordChange(tx, a, { kind: 'STATUS', fromStatus: from, toStatus: to, reason, changedById: actorId });
    await recordEvents(tx, [arrangementEvent(rule.event, a, { fromStatus: from, toStatus: to, by, ...extra })]);
    this.logger.log({ msg: 'arrangement status changed', arrangementId: a.id, from, to, by });
    return tx.findOneByOrFail(ArrangementEntity, { id: a.id });
  }

  private today(): string {
    return todayIn(this.config.timeZone, this.clock.now());
  }
}
