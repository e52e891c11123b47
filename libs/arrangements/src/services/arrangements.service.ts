import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { EmployerEntity } from '@wsp/acquisition';
import { UserEntity } from '@wsp/auth';
import { Actor, Clock, ConflictError, ForbiddenError, NotFoundError, Role, todayIn, ValidationError } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { recordEvents } from '@wsp/events';
import { VacancyEntity, VacancyStatus } from '@wsp/vacancies';
import { ArrangementCandidateEntity, ArrangementEntity } from '../entities/arrangement.entity';
import { assertCanManageArrangement } from '../domain/arrangement-access';
import { ArrangementStatus, assertEditable } from '../domain/arrangement-lifecycle';
import { validateInstruments } from '../domain/instrument-rules';
import { Instrument } from '../domain/instruments';
import { instrumentsFromTemplate, templateOn } from '../domain/templates';
import {
  AddArrangementCandidateInput,
  ArrangementCandidateInput,
  CreateArrangementFromTemplateInput,
  CreateArrangementInput,
  SetArrangementInstrumentsInput,
  UpdateArrangementInput,
} from '../graphql/arrangement.inputs';
import { instrumentsFromInput } from '../graphql/instrument-input';
import { assertDates, contractHours, isoDate, jobcarving, monthlyWage, optionalNotes } from './arrangement-input';
import {
  arrangementCandidateFacts,
  arrangementEvent,
  CandidateFacts,
  candidateFacts,
  candidatesOf,
  instrumentsOf,
  lockArrangement,
  recordChange,
  replaceInstruments,
  touch,
} from './arrangement-store';

type BaseInput = CreateArrangementInput | CreateArrangementFromTemplateInput;

interface PreparedCandidate {
  facts: CandidateFacts;
  hoursPerWeek: number;
  grossMonthlyWageCents: number;
}

/**
 * Creating arrangements and changing their content (candidates, instruments, terms) while they are
 * drafts. Only the owning accountmanager (or an admin) changes an arrangement. Every write validates
 * first and then runs in one transaction with a history row and an outbox event.
 */
@Injectable()
export class ArrangementsService {
  private readonly logger = new Logger('Arrangements');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(actor: Actor, input: CreateArrangementInput): Promise<ArrangementEntity> {
    const instruments = instrumentsFromInput(input.instruments);
    return this.createWith(actor, input, () => instruments, null);
  }

  /** A new draft from a standard arrangement (the version in force today), with overrides per kind. */
  async createFromTemplate(actor: Actor, input: CreateArrangementFromTemplateInput): Promise<ArrangementEntity> {
    const template = templateOn(input.templateCode.trim().toUpperCase(), this.today());
    if (!template) throw new ValidationError(`Onbekend standaardarrangement: ${input.templateCode}`, 'templateCode');
    const overrides = instrumentsFromInput(input.instrumentOverrides, 'instrumentOverrides');
    const kinds = overrides.map((o) => o.kind);
    const dup = kinds.findIndex((k, i) => kinds.indexOf(k) !== i);
    if (dup >= 0) throw new ValidationError(`Het instrument ${kinds[dup]} staat er meer dan eens in`, `instrumentOverrides[${dup}].kind`);
    return this.createWith(actor, input, (candidates) => instrumentsFromTemplate(template, overrides, candidates), {
      code: template.code,
      version: template.effectiveFrom,
    });
  }

  private async createWith(
    actor: Actor,
    input: BaseInput,
    buildInstruments: (candidates: CandidateFacts[]) => Instrument[],
    template: { code: string; version: string } | null,
  ): Promise<ArrangementEntity> {
    if (actor.role !== Role.ADMIN && actor.role !== Role.ACCOUNTMANAGER) throw new ForbiddenError();
    const startDate = isoDate(input.startDate, 'startDate');
    const endDate = input.endDate == null ? null : isoDate(input.endDate, 'endDate');
    assertDates(startDate, endDate);
    if (input.vacancyId && input.jobcarvingRole) throw new ValidationError('Kies een vacature óf beschrijf een jobcarvingfunctie, niet allebei', 'jobcarvingRole');
    if (!input.vacancyId && !input.jobcarvingRole) throw new ValidationError('Kies een vacature of beschrijf een jobcarvingfunctie', 'vacancyId');
    const role = input.jobcarvingRole ? jobcarving(input.jobcarvingRole) : null;

    const manager = this.dataSource.manager;
    const employer = await manager.findOne(EmployerEntity, { where: { id: input.employerId } });
    if (!employer) throw new NotFoundError('Werkgever', input.employerId);
    if (input.vacancyId) await this.assertVacancy(manager, input.vacancyId, employer.id);
    const ownerId = await this.ownerFor(actor, input.ownerId ?? null, employer);
    const candidates = await this.prepareCandidates(actor, manager, input.candidates ?? [], 'candidates');
    const facts = candidates.map((c) => c.facts);
    const instruments = validateInstruments(buildInstruments(facts), { startDate, candidates: facts });

    const id = await this.dataSource.transaction(async (tx) => {
      const inserted = await tx.insert(ArrangementEntity, {
        employerId: employer.id,
        vacancyId: input.vacancyId ?? null,
        jobcarvingTitle: role?.title ?? null,
        jobcarvingDescription: role?.description ?? null,
        ownerId,
        status: ArrangementStatus.DRAFT,
        startDate,
        endDate,
        templateCode: template?.code ?? null,
        templateVersion: template?.version ?? null,
        notes: optionalNotes(input.notes),
        statusReason: null,
      });
      const arrangementId = (inserted.identifiers[0] as { id: string }).id;
      if (candidates.length > 0) {
        await tx.insert(
          ArrangementCandidateEntity,
          candidates.map((c) => ({
            arrangementId,
            candidateId: c.facts.id,
            hoursPerWeek: c.hoursPerWeek,
            grossMonthlyWageCents: c.grossMonthlyWageCents,
            loonwaardePercentage: c.facts.loonwaardePercentage,
          })),
        );
      }
      await replaceInstruments(tx, arrangementId, instruments);
      await recordChange(tx, { id: arrangementId }, { kind: 'CREATED', fromStatus: null, toStatus: ArrangementStatus.DRAFT, changedById: actor.userId, reason: template ? `Standaardarrangement ${template.code}` : null });
      await recordEvents(tx, [
        arrangementEvent('arrangement.created', { id: arrangementId, employerId: employer.id, vacancyId: input.vacancyId ?? null }, {
          templateCode: template?.code ?? null,
          candidateIds: candidates.map((c) => c.facts.id),
          instrumentKinds: instruments.map((i) => i.kind),
        }),
      ]);
      return arrangementId;
    });
    this.logger.log({ msg: 'arrangement created', arrangementId: id, employerId: employer.id, template: template?.code ?? null });
    return this.dataSource.manager.findOneByOrFail(ArrangementEntity, { id });
  }

  /** Start/end date, notes and the jobcarving role of a draft. */
  async update(actor: Actor, input: UpdateArrangementInput): Promise<ArrangementEntity> {
    await this.dataSource.transaction(async (tx) => {
      const a = await this.lockEditable(actor, tx, input.id, input.expectedVersion);
      const startDate = input.startDate != null ? isoDate(input.startDate, 'startDate') : a.startDate;
      const endDate = input.endDate === undefined ? a.endDate : input.endDate === null ? null : isoDate(input.endDate, 'endDate');
      assertDates(startDate, endDate);
      let role = { title: a.jobcarvingTitle, description: a.jobcarvingDescription };
      if (input.jobcarvingRole) {
        if (a.vacancyId) throw new ValidationError('Dit arrangement hoort bij een vacature; een jobcarvingfunctie kan alleen zonder vacature', 'jobcarvingRole');
        role = jobcarving(input.jobcarvingRole);
      }
      const facts = await arrangementCandidateFacts(tx, a.id);
      validateInstruments(await instrumentsOf(tx, a.id), { startDate, candidates: facts });
      await tx.update(ArrangementEntity, { id: a.id }, {
        startDate,
        endDate,
        notes: input.notes === undefined ? a.notes : optionalNotes(input.notes),
        jobcarvingTitle: role.title,
        jobcarvingDescription: role.description,
      });
      await recordChange(tx, a, { kind: 'TERMS', fromStatus: null, toStatus: a.status, changedById: actor.userId });
    });
    return this.dataSource.manager.findOneByOrFail(ArrangementEntity, { id: input.id });
  }

  /** Replaces the whole set of instruments of a draft. */
  async setInstruments(actor: Actor, input: SetArrangementInstrumentsInput): Promise<ArrangementEntity> {
    const requested = instrumentsFromInput(input.instruments);
    await this.dataSource.transaction(async (tx) => {
      const a = await this.lockEditable(actor, tx, input.arrangementId);
      const facts = await arrangementCandidateFacts(tx, a.id);
      const instruments = validateInstruments(requested, { startDate: a.startDate, candidates: facts });
      await replaceInstruments(tx, a.id, instruments);
      await touch(tx, a.id);
      await recordChange(tx, a, { kind: 'INSTRUMENTS', fromStatus: null, toStatus: a.status, changedById: actor.userId });
    });
    return this.dataSource.manager.findOneByOrFail(ArrangementEntity, { id: input.arrangementId });
  }

  async addCandidate(actor: Actor, input: AddArrangementCandidateInput): Promise<ArrangementEntity> {
    const [prepared] = await this.prepareCandidates(actor, this.dataSource.manager, [input], 'candidateId', true);
    await this.dataSource.transaction(async (tx) => {
      const a = await this.lockEditable(actor, tx, input.arrangementId);
      const existing = await candidatesOf(tx, a.id);
      if (existing.some((c) => c.candidateId === input.candidateId)) throw new ConflictError('Deze kandidaat zit al in het arrangement', { field: 'candidateId' });
      const facts = [...(await arrangementCandidateFacts(tx, a.id)), prepared.facts];
      validateInstruments(await instrumentsOf(tx, a.id), { startDate: a.startDate, candidates: facts });
      await tx.insert(ArrangementCandidateEntity, {
        arrangementId: a.id,
        candidateId: prepared.facts.id,
        hoursPerWeek: prepared.hoursPerWeek,
        grossMonthlyWageCents: prepared.grossMonthlyWageCents,
        loonwaardePercentage: prepared.facts.loonwaardePercentage,
      });
      await touch(tx, a.id);
      await recordChange(tx, a, { kind: 'CANDIDATES', fromStatus: null, toStatus: a.status, changedById: actor.userId });
    });
    return this.dataSource.manager.findOneByOrFail(ArrangementEntity, { id: input.arrangementId });
  }

  async removeCandidate(actor: Actor, arrangementId: string, candidateId: string): Promise<ArrangementEntity> {
    await this.dataSource.transaction(async (tx) => {
      const a = await this.lockEditable(actor, tx, arrangementId);
      const removed = await tx.delete(ArrangementCandidateEntity, { arrangementId: a.id, candidateId });
      if (!removed.affected) throw new NotFoundError('Kandidaat in dit arrangement', candidateId);
      await touch(tx, a.id);
      await recordChange(tx, a, { kind: 'CANDIDATES', fromStatus: null, toStatus: a.status, changedById: actor.userId });
    });
    return this.dataSource.manager.findOneByOrFail(ArrangementEntity, { id: arrangementId });
  }

  private async lockEditable(actor: Actor, tx: EntityManager, id: string, expectedVersion?: number | null): Promise<ArrangementEntity> {
    const a = await lockArrangement(tx, id);
    assertCanManageArrangement(actor, a);
    assertEditable(a.status);
    if (expectedVersion != null && expectedVersion !== a.version) {
      throw new ConflictError('Het arrangement is intussen door iemand anders gewijzigd; laad het opnieuw', { field: 'expectedVersion', currentVersion: a.version });
    }
    return a;
  }

  private async assertVacancy(manager: EntityManager, vacancyId: string, employerId: string): Promise<void> {
    const vacancy = await manager.findOne(VacancyEntity, { where: { id: vacancyId }, select: { id: true, employerId: true, status: true } });
    if (!vacancy) throw new NotFoundError('Vacature', vacancyId);
    if (vacancy.employerId !== employerId) throw new ValidationError('De vacature hoort niet bij deze werkgever', 'vacancyId');
    if (vacancy.status !== VacancyStatus.DRAFT && vacancy.status !== VacancyStatus.OPEN) {
      throw new ConflictError('Een arrangement kan alleen bij een concept- of open vacature', { field: 'vacancyId', status: vacancy.status });
    }
  }

  /** An accountmanager owns what they create; an admin names an active accountmanager (default: the employer's). */
  private async ownerFor(actor: Actor, requested: string | null, employer: EmployerEntity): Promise<string> {
    if (actor.role === Role.ACCOUNTMANAGER) {
      if (requested && requested !== actor.userId) throw new ForbiddenError('Alleen een beheerder kan een andere eigenaar kiezen');
      return actor.userId;
    }
    const ownerId = requested ?? employer.ownerId;
    const ok = await this.dataSource.manager.exists(UserEntity, { where: { id: ownerId, active: true, role: In([Role.ACCOUNTMANAGER]) } });
    if (!ok) throw new ValidationError('De eigenaar moet een actieve accountmanager zijn', 'ownerId');
    return ownerId;
  }

  /**
   * Candidates must exist and be active; an accountmanager may only add candidates who consented to
   * be matched (they know them only through anonymised matches).
   */
  private async prepareCandidates(
    actor: Actor,
    manager: EntityManager,
    inputs: readonly ArrangementCandidateInput[],
    field: string,
    single = false,
  ): Promise<PreparedCandidate[]> {
    const at = (n: number, sub?: string) => (single ? (sub && sub !== 'candidateId' ? sub : field) : `${field}[${n}]${sub ? `.${sub}` : ''}`);
    const ids = inputs.map((c) => c.candidateId);
    const dup = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (dup >= 0) throw new ValidationError('Een kandidaat staat er meer dan eens in', at(dup, 'candidateId'));
    const facts = await candidateFacts(manager, ids);
    return inputs.map((c, n) => {
      const f = facts.get(c.candidateId);
      if (!f) throw new NotFoundError('Kandidaat', c.candidateId);
      if (!f.active) throw new ValidationError(`Kandidaat ${f.pseudonym} is niet actief`, at(n, 'candidateId'));
      if (actor.role === Role.ACCOUNTMANAGER && !f.visibleForMatching) {
        throw new ValidationError(`Kandidaat ${f.pseudonym} heeft geen toestemming gegeven om te worden voorgesteld`, at(n, 'candidateId'));
      }
      return {
        facts: f,
        hoursPerWeek: contractHours(c.hoursPerWeek, at(n, 'hoursPerWeek')),
        grossMonthlyWageCents: monthlyWage(c.grossMonthlyWageCents, at(n, 'grossMonthlyWageCents')),
      };
    });
  }

  private today(): string {
    return todayIn(this.config.timeZone, this.clock.now());
  }
}
