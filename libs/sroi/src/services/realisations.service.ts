import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { Actor, ConflictError, isIsoDate, NotFoundError, ValidationError } from '@wsp/common';
import { assertCanCorrect, assertCanManage, assertIsCoordinator } from '../domain/access';
import { PERSON_KINDS, SroiRealisationKind, SroiRealisationStatus } from '../domain/enums';
import { valueActivity, valuePurchase } from '../domain/valuation';
import { SroiContractEntity } from '../entities/contract.entity';
import { SroiRealisationEntity } from '../entities/realisation.entity';
import {
  AcceptSroiRealisationInput,
  CorrectSroiRealisationCategoryInput,
  ProposeSroiRealisationInput,
  RecordSroiOtherActivityInput,
  RecordSroiSocialPurchaseInput,
  RejectSroiRealisationInput,
} from '../graphql/realisation.inputs';
import { personValueOn } from './person-value';
import { SroiPlacementSync } from './placement-sync.service';
import { RealisationReadService, RealisationView } from './realisation-read.service';
import { coordinatedMunicipalities, findContract, isUuid, recordChange, tableFacts, TableFacts } from './sroi-store';
import { hasAtMostDecimals } from '../domain/arithmetic';

const twoDecimals = (x: number) => hasAtMostDecimals(x, 2);

/**
 * Recording and deciding realisations. Everything is validated before anything is written; each
 * write (row + history) runs in one transaction under a lock of the contract or the realisation.
 */
@Injectable()
export class RealisationsService {
  private readonly logger = new Logger('SroiRealisations');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sync: SroiPlacementSync,
    private readonly reads: RealisationReadService,
  ) {}

  /** A placement (idempotent per contract), or a person employed outside the WSP's placements (EMPLOYMENT). */
  async propose(actor: Actor, input: ProposeSroiRealisationInput): Promise<RealisationView> {
    assertCanManage(actor);
    const today = this.sync.today();
    if (input.placementId) {
      if (input.category || input.hoursPerWeek || input.startDate || input.endDate || input.bonuses?.length) {
        throw new ValidationError('Bij een plaatsing komen categorie, uren en data uit de plaatsing; corrigeer de categorie daarna', 'placementId');
      }
      const placementId = input.placementId;
      const id = await this.dataSource.transaction((tx) => this.sync.proposeOne(tx, input.contractId, placementId, actor.userId, today));
      return this.reads.get(actor, id);
    }
    const contract = await findContract(this.dataSource.manager, input.contractId);
    const table = await tableFacts(this.dataSource.manager, contract.valuationTableId);
    const facts = this.validateEmployment(input, contract, table, today);
    const id = await this.dataSource.transaction(async (tx) => {
      const locked = await findContract(tx, contract.id, true);
      const v = personValueOn(table, locked, facts, today);
      const r = await tx.insert(SroiRealisationEntity, {
        contractId: locked.id,
        kind: SroiRealisationKind.EMPLOYMENT,
        status: SroiRealisationStatus.PENDING,
        category: facts.category,
        bonuses: facts.bonuses,
        hoursPerWeek: facts.hoursPerWeek,
        startDate: facts.startDate,
        endDate: facts.endDate,
        monthsCounted: v.monthsCounted,
        valueCents: v.valueCents,
        valuedOn: today,
        description: input.description?.trim() || null,
        createdById: actor.userId,
      });
      const rid = (r.identifiers[0] as { id: string }).id;
      await recordChange(tx, { realisationId: rid, fromStatus: null, toStatus: SroiRealisationStatus.PENDING, toCategory: facts.category, changedById: actor.userId, reason: 'Dienstverband vastgelegd' });
      return rid;
    });
    this.logger.log({ msg: 'sroi employment recorded', contractId: contract.id, realisationId: id });
    return this.reads.get(actor, id);
  }

  async recordPurchase(actor: Actor, input: RecordSroiSocialPurchaseInput): Promise<RealisationView> {
    assertCanManage(actor);
    const today = this.sync.today();
    const contract = await findContract(this.dataSource.manager, input.contractId);
    const table = await tableFacts(this.dataSource.manager, contract.valuationTableId);
    this.assertDateInContract(input.invoiceDate, 'invoiceDate', contract, today);
    const supplierName = input.supplierName.trim();
    if (!supplierName) throw new ValidationError('Geef de leverancier (SW-bedrijf of sociale onderneming)', 'supplierName');
    const valueCents = valuePurchase(table, input.amountCents);
    return this.insertSimple(actor, contract, {
      kind: SroiRealisationKind.SOCIAL_PURCHASE,
      purchaseAmountCents: input.amountCents,
      supplierName,
      invoiceReference: input.invoiceReference?.trim() || null,
      startDate: input.invoiceDate,
      description: input.description?.trim() || null,
      valueCents,
      valuedOn: today,
    });
  }

  async recordActivity(actor: Actor, input: RecordSroiOtherActivityInput): Promise<RealisationView> {
    assertCanManage(actor);
    const today = this.sync.today();
    const contract = await findContract(this.dataSource.manager, input.contractId);
    const table = await tableFacts(this.dataSource.manager, contract.valuationTableId);
    this.assertDateInContract(input.activityDate, 'activityDate', contract, today);
    const description = input.description.trim();
    if (!description) throw new ValidationError('Beschrijf de activiteit', 'description');
    if (!twoDecimals(input.hours)) throw new ValidationError('Geef de uren in hoogstens twee decimalen', 'hours');
    const valueCents = valueActivity(table, input.hours);
    return this.insertSimple(actor, contract, { kind: SroiRealisationKind.OTHER_ACTIVITY, activityHours: input.hours, startDate: input.activityDate, description, valueCents, valuedOn: today });
  }

  accept(actor: Actor, input: AcceptSroiRealisationInput): Promise<RealisationView> {
    return this.decide(actor, input.id, SroiRealisationStatus.ACCEPTED, input.reason?.trim() || null);
  }

  reject(actor: Actor, input: RejectSroiRealisationInput): Promise<RealisationView> {
    const reason = input.reason.trim();
    if (!reason) throw new ValidationError('Geef de reden van de afwijzing', 'reason');
    return this.decide(actor, input.id, SroiRealisationStatus.REJECTED, reason);
  }

  /**
   * The consultant corrects the category (and optionally the bonuses) of a person-based
   * realisation, with a reason. The value is recomputed; a decided realisation goes back to PENDING
   * for a new decision on the new value.
   */
  async correctCategory(actor: Actor, input: CorrectSroiRealisationCategoryInput): Promise<RealisationView> {
    const reason = input.reason.trim();
    if (!reason) throw new ValidationError('Geef de reden van de correctie', 'reason');
    const today = this.sync.today();
    await this.dataSource.transaction(async (tx) => {
      const r = await this.lockRealisation(tx, input.id);
      const candidate = r.candidateId
        ? ((await tx.query<{ consultant_id: string }[]>('SELECT consultant_id::text FROM candidates WHERE id = $1', [r.candidateId]))[0] ?? null)
        : null;
      assertCanCorrect(actor, candidate ? { consultantId: candidate.consultant_id } : null);
      if (!PERSON_KINDS.includes(r.kind)) throw new ValidationError('Alleen bij een plaatsing of dienstverband is er een categorie', 'id');
      const contract = await findContract(tx, r.contractId, true);
      const table = await tableFacts(tx, contract.valuationTableId);
      if (!table.categories.has(input.category)) throw new ValidationError(`Tabel ${table.code} kent geen waarde voor categorie ${input.category}`, 'category');
      const bonuses = input.bonuses ? [...new Set(input.bonuses)].sort() : r.bonuses;
      if (input.category === r.category && sameSet(bonuses, r.bonuses)) throw new ValidationError('Categorie en toeslagen zijn al zo vastgelegd', 'category');
      const v = personValueOn(table, contract, { category: input.category, hoursPerWeek: r.hoursPerWeek!, startDate: r.startDate!, endDate: r.endDate, bonuses }, today);
      const reopen = r.status !== SroiRealisationStatus.PENDING;
      await tx.update(SroiRealisationEntity, { id: r.id }, {
        category: input.category,
        bonuses,
        valueCents: v.valueCents,
        monthsCounted: v.monthsCounted,
        valuedOn: today,
        ...(reopen ? { status: SroiRealisationStatus.PENDING, decidedAt: null, decidedById: null, statusReason: null, pendingSince: new Date() } : {}),
      });
      await recordChange(tx, { realisationId: r.id, fromStatus: r.status, toStatus: SroiRealisationStatus.PENDING, fromCategory: r.category, toCategory: input.category, reason, changedById: actor.userId });
    });
    this.logger.log({ msg: 'sroi realisation category corrected', realisationId: input.id });
    return this.reads.get(actor, input.id);
  }

  private async decide(actor: Actor, id: string, to: SroiRealisationStatus, reason: string | null): Promise<RealisationView> {
    try {
      await this.dataSource.transaction(async (tx) => {
        const r = await this.lockRealisation(tx, id);
        const contract = await findContract(tx, r.contractId);
        assertIsCoordinator(actor, contract.municipalityCode, await coordinatedMunicipalities(tx, actor.userId));
        if (r.status !== SroiRealisationStatus.PENDING) throw new ConflictError('Deze realisatie is al beoordeeld', { status: r.status });
        await tx.update(SroiRealisationEntity, { id: r.id }, { status: to, statusReason: reason, decidedById: actor.userId, decidedAt: new Date() });
        await recordChange(tx, { realisationId: r.id, fromStatus: r.status, toStatus: to, fromCategory: r.category, toCategory: r.category, reason, changedById: actor.userId });
      });
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { constraint?: string }).constraint === 'UQ_sroi_realisations_placement_accepted_once') {
        throw new ConflictError('Deze plaatsing telt al mee voor een ander contract', { reason: 'PLACEMENT_ALREADY_COUNTED' });
      }
      throw e;
    }
    this.logger.log({ msg: 'sroi realisation decided', realisationId: id, status: to });
    return this.reads.get(actor, id);
  }

  private async lockRealisation(tx: EntityManager, id: string): Promise<SroiRealisationEntity> {
    const r = isUuid(id) ? await tx.findOne(SroiRealisationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!r) throw new NotFoundError('Realisatie', id);
    return r;
  }

  private async insertSimple(
    actor: Actor,
    contract: SroiContractEntity,
    values: Pick<SroiRealisationEntity, 'kind' | 'startDate' | 'description' | 'valueCents' | 'valuedOn'> &
      Partial<Pick<SroiRealisationEntity, 'purchaseAmountCents' | 'supplierName' | 'invoiceReference' | 'activityHours'>>,
  ): Promise<RealisationView> {
    const id = await this.dataSource.transaction(async (tx) => {
      await findContract(tx, contract.id, true);
      const r = await tx.insert(SroiRealisationEntity, { ...values, contractId: contract.id, status: SroiRealisationStatus.PENDING, createdById: actor.userId });
      const rid = (r.identifiers[0] as { id: string }).id;
      await recordChange(tx, { realisationId: rid, fromStatus: null, toStatus: SroiRealisationStatus.PENDING, changedById: actor.userId, reason: 'Vastgelegd' });
      return rid;
    });
    this.logger.log({ msg: 'sroi realisation recorded', contractId: contract.id, realisationId: id, kind: values.kind });
    return this.reads.get(actor, id);
  }

  /** Invoices and activities count within the contract period and not in the future. */
  private assertDateInContract(date: string, field: string, contract: SroiContractEntity, today: string): void {
    if (!isIsoDate(date)) throw new ValidationError('Geef een datum als JJJJ-MM-DD', field);
    if (date > today) throw new ValidationError('De datum ligt in de toekomst', field);
    if (date < contract.startDate || date > contract.endDate) throw new ValidationError('De datum valt buiten de looptijd van het contract', field);
  }

  private validateEmployment(input: ProposeSroiRealisationInput, contract: SroiContractEntity, table: TableFacts, today: string) {
    if (!input.category) throw new ValidationError('Kies de categorie, of geef een plaatsing', 'category');
    if (!table.categories.has(input.category)) throw new ValidationError(`Tabel ${table.code} kent geen waarde voor categorie ${input.category}`, 'category');
    const h = input.hoursPerWeek;
    if (typeof h !== 'number' || !(h > 0) || h > 60 || !twoDecimals(h)) throw new ValidationError('Het aantal uren per week ligt tussen 0 en 60, met hoogstens twee decimalen', 'hoursPerWeek');
    if (!input.startDate || !isIsoDate(input.startDate)) throw new ValidationError('Geef de startdatum als JJJJ-MM-DD', 'startDate');
    if (input.startDate > today) throw new ValidationError('Leg een dienstverband vast als het begonnen is', 'startDate');
    const endDate = input.endDate ?? null;
    if (endDate !== null && !isIsoDate(endDate)) throw new ValidationError('Geef de einddatum als JJJJ-MM-DD', 'endDate');
    if (endDate !== null && endDate < input.startDate) throw new ValidationError('De einddatum ligt vóór de startdatum', 'endDate');
    if (input.startDate > contract.endDate || (endDate ?? today) < contract.startDate) throw new ValidationError('Het dienstverband valt buiten de looptijd van het contract', 'startDate');
    return { category: input.category, hoursPerWeek: h, startDate: input.startDate, endDate, bonuses: [...new Set(input.bonuses ?? [])].sort() };
  }
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
