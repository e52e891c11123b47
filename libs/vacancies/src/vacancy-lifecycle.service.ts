import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Clock, todayIn, ValidationError, isIsoDate } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { recordEvents } from '@wsp/events';
import { VacancyChangeKind, VacancyEntity, VacancyStatus } from './entities';
import { assertCanManage } from './domain/vacancy-access';
import { FieldChanges } from './domain/vacancy-diff';
import { assertTransition, TransitionActor } from './domain/vacancy-lifecycle';
import { assertOpenable } from './domain/vacancy-rules';
import { assertVersion, fieldsOf, loadSkills, lockVacancy, recordHistory, vacancyEvent } from './vacancy-journal';

export interface OpenVacancyCommand {
  id: string;
  expectedVersion?: number | null;
  /** A new closing date, set while opening (needed to reopen an expired vacancy). */
  closingDate?: string | null;
}

/** Columns a status move may set besides the status. */
type StatusColumns = Partial<Pick<VacancyEntity, 'closingDate' | 'openedAt' | 'closedAt' | 'statusReason'>>;

export interface CloseVacancyCommand {
  id: string;
  expectedVersion?: number | null;
  reason?: string | null;
}

/**
 * Status moves of a vacancy (table in domain/vacancy-lifecycle.ts). Every move locks the row,
 * writes a STATUS history row and, when matching cares, an outbox event in one transaction.
 */
@Injectable()
export class VacancyLifecycleService {
  private readonly logger = new Logger('VacancyLifecycle');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** DRAFT → OPEN, or reopens a CLOSED/EXPIRED vacancy; the vacancy must be complete. */
  open(actor: Actor, cmd: OpenVacancyCommand): Promise<VacancyEntity> {
    if (cmd.closingDate != null && !isIsoDate(cmd.closingDate)) throw new ValidationError('Geef een datum als JJJJ-MM-DD', 'closingDate');
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await lockVacancy(manager, cmd.id);
      assertCanManage(actor, vacancy.employerId);
      assertVersion(vacancy, cmd.expectedVersion);
      assertTransition(vacancy.status, VacancyStatus.OPEN, 'USER');
      const fields = fieldsOf(vacancy, await loadSkills(manager, vacancy.id));
      const changes: FieldChanges = {};
      if (cmd.closingDate !== undefined && cmd.closingDate !== fields.closingDate) {
        changes.closingDate = { from: fields.closingDate, to: cmd.closingDate };
        fields.closingDate = cmd.closingDate;
      }
      assertOpenable(fields, this.today());
      return this.move(manager, vacancy, VacancyStatus.OPEN, 'USER', {
        actorId: actor.userId,
        reason: null,
        changes,
        set: { closingDate: fields.closingDate, openedAt: this.clock.now(), closedAt: null, statusReason: null },
      });
    });
  }

  /** OPEN → CLOSED (reason required) or withdraws a DRAFT (DRAFT → CLOSED). */
  close(actor: Actor, cmd: CloseVacancyCommand): Promise<VacancyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await lockVacancy(manager, cmd.id);
      assertCanManage(actor, vacancy.employerId);
      assertVersion(vacancy, cmd.expectedVersion);
      const reason = cmd.reason?.trim() || null;
      return this.move(manager, vacancy, VacancyStatus.CLOSED, 'USER', {
        actorId: actor.userId,
        reason,
        set: { closedAt: this.clock.now(), statusReason: reason },
      });
    });
  }

  /**
   * OPEN → FILLED, for the placement capability: call it inside the transaction that records the
   * placement (pass its manager), so the vacancy is filled exactly when the placement commits.
   * Not exposed as a mutation. Throws a CONFLICT when the vacancy is not OPEN.
   */
  async markFilled(
    vacancyId: string,
    manager: EntityManager,
    opts: { actorId?: string | null; reason?: string | null } = {},
  ): Promise<VacancyEntity> {
    const vacancy = await lockVacancy(manager, vacancyId);
    return this.move(manager, vacancy, VacancyStatus.FILLED, 'SYSTEM', {
      actorId: opts.actorId ?? null,
      reason: opts.reason ?? null,
      set: { closedAt: this.clock.now(), statusReason: opts.reason ?? null },
    });
  }

  private async move(
    manager: EntityManager,
    vacancy: VacancyEntity,
    to: VacancyStatus,
    by: TransitionActor,
    opts: { actorId: string | null; reason: string | null; changes?: FieldChanges; set: StatusColumns },
  ): Promise<VacancyEntity> {
    const from = vacancy.status;
    const rule = assertTransition(from, to, by, opts.reason);
    // TypeORM adds version = version + 1 and updated_at to this UPDATE.
    await manager.update(VacancyEntity, { id: vacancy.id }, { ...opts.set, status: to });
    await recordHistory(manager, [vacancy.id], {
      kind: VacancyChangeKind.STATUS,
      fromStatus: from,
      toStatus: to,
      changes: opts.changes,
      reason: opts.reason,
      changedById: opts.actorId,
    });
    if (rule.event) await recordEvents(manager, [vacancyEvent(rule.event, vacancy, { fromStatus: from })]);
    this.logger.log({ msg: 'vacancy status changed', vacancyId: vacancy.id, from, to });
    return manager.findOneByOrFail(VacancyEntity, { id: vacancy.id });
  }

  private today(): string {
    return todayIn(this.config.timeZone, this.clock.now());
  }
}
