import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { Actor, ConflictError, ConnectionShape, NotFoundError, paginateArray, PageArgs, Role, ValidationError } from '@wsp/common';
import { assertCanManage, assertCanSetObligation } from '../domain/access';
import { validateContractTerms } from '../domain/contract-rules';
import { SroiRealisationStatus } from '../domain/enums';
import { SroiContractEntity } from '../entities/contract.entity';
import { SroiRealisationEntity } from '../entities/realisation.entity';
import { CreateSroiContractInput, SroiContractFilterInput, UpdateSroiContractInput } from '../graphql/contract.inputs';
import { ContractView, ContractViewBuilder } from './contract-views';
import { SroiPlacementSync } from './placement-sync.service';
import { rescoreContractor } from './rematch';
import { effectiveTable, findContract, readableContract, tableByCode, TableFacts } from './sroi-store';

/**
 * SROI contracts: create, change, delete and read, with their obligation and progress. Creating or
 * changing a contract proposes the contractor's counting placements in the period at once (in the
 * same transaction); the worker keeps doing so afterwards.
 */
/** The terms that decide a contract's open obligation and when it runs (see SroiScoreExtensions). */
const OBLIGATION_TERMS = ['contractValueCents', 'sroiPercentage', 'startDate', 'endDate', 'psoDiscountPercentage', 'obligationOverrideCents'] as const;

@Injectable()
export class ContractsService {
  private readonly logger = new Logger('SroiContracts');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly views: ContractViewBuilder,
    private readonly sync: SroiPlacementSync,
  ) {}

  async create(actor: Actor, input: CreateSroiContractInput): Promise<ContractView> {
    assertCanManage(actor);
    if (input.obligationOverrideCents !== undefined && input.obligationOverrideCents !== null) assertCanSetObligation(actor);
    const terms = validateContractTerms({
      reference: input.reference,
      description: input.description,
      municipalityCode: input.municipalityCode,
      contractValueCents: input.contractValueCents,
      sroiPercentage: input.sroiPercentage,
      startDate: input.startDate,
      endDate: input.endDate,
      psoDiscountPercentage: input.psoDiscountPercentage ?? null,
      penaltyPercentage: input.penaltyPercentage ?? 0,
      gracePeriodDays: input.gracePeriodDays ?? 0,
      obligationOverrideCents: input.obligationOverrideCents ?? null,
    });
    const manager = this.dataSource.manager;
    const table = await this.resolveTable(input, terms.startDate);
    await this.assertReferences(terms.municipalityCode, input.contractorId);
    const today = this.sync.today();
    const id = await this.guardUnique(() =>
      this.dataSource.transaction(async (tx) => {
        const inserted = await tx.insert(SroiContractEntity, { ...terms, contractorId: input.contractorId, valuationTableId: table.id, createdById: actor.userId });
        const contractId = (inserted.identifiers[0] as { id: string }).id;
        await this.sync.syncContract(tx, contractId, today);
        await rescoreContractor(tx, input.contractorId, 'contract_created');
        return contractId;
      }),
    );
    this.logger.log({ msg: 'sroi contract created', contractId: id, municipalityCode: terms.municipalityCode });
    return this.views.one(manager, await findContract(manager, id), today);
  }

  async update(actor: Actor, input: UpdateSroiContractInput): Promise<ContractView> {
    assertCanManage(actor);
    if (input.obligationOverrideCents !== undefined) assertCanSetObligation(actor);
    const today = this.sync.today();
    await this.guardUnique(() =>
      this.dataSource.transaction(async (tx) => {
        const c = await findContract(tx, input.id, true);
        const terms = validateContractTerms({
          reference: input.reference ?? c.reference,
          description: input.description ?? c.description,
          municipalityCode: c.municipalityCode,
          contractValueCents: input.contractValueCents ?? c.contractValueCents,
          sroiPercentage: input.sroiPercentage ?? c.sroiPercentage,
          startDate: input.startDate ?? c.startDate,
          endDate: input.endDate ?? c.endDate,
          psoDiscountPercentage: input.psoDiscountPercentage === undefined ? c.psoDiscountPercentage : input.psoDiscountPercentage,
          penaltyPercentage: input.penaltyPercentage ?? c.penaltyPercentage,
          gracePeriodDays: input.gracePeriodDays ?? c.gracePeriodDays,
          obligationOverrideCents: input.obligationOverrideCents === undefined ? c.obligationOverrideCents : input.obligationOverrideCents,
        });
        await tx.update(SroiContractEntity, { id: c.id }, terms);
        await this.sync.syncContract(tx, c.id, today);
        // Only the obligation and the period decide whether the contractor's vacancies score SROI (a new description does not).
        if (OBLIGATION_TERMS.some((k) => terms[k] !== c[k])) await rescoreContractor(tx, c.contractorId, 'contract_changed');
      }),
    );
    this.logger.log({ msg: 'sroi contract changed', contractId: input.id });
    return this.views.one(this.dataSource.manager, await findContract(this.dataSource.manager, input.id), today);
  }

  /** Deletes a contract with its pending and rejected realisations; refused (CONFLICT) once anything was accepted. */
  async remove(actor: Actor, id: string): Promise<string> {
    assertCanManage(actor);
    await this.dataSource.transaction(async (tx) => {
      const c = await findContract(tx, id, true);
      if (await tx.exists(SroiRealisationEntity, { where: { contractId: c.id, status: SroiRealisationStatus.ACCEPTED } })) {
        throw new ConflictError('Dit contract heeft geaccepteerde realisaties en kan niet worden verwijderd');
      }
      await tx.delete(SroiContractEntity, { id: c.id });
      await rescoreContractor(tx, c.contractorId, 'contract_deleted');
    });
    this.logger.log({ msg: 'sroi contract deleted', contractId: id });
    return id;
  }

  async get(actor: Actor, id: string): Promise<ContractView> {
    const c = await readableContract(this.dataSource.manager, actor, id);
    return this.views.one(this.dataSource.manager, c, this.sync.today());
  }

  /** Proposes missing placements and revalues running employments of the contract now; its view after. */
  async refresh(actor: Actor, id: string): Promise<ContractView> {
    const c = await readableContract(this.dataSource.manager, actor, id);
    await this.dataSource.transaction((tx) => this.sync.syncContract(tx, c.id));
    return this.get(actor, id);
  }

  /** Ending soonest first. Employer users get their own employer's contracts only (whatever the filter says). */
  async list(actor: Actor, filter: SroiContractFilterInput, page: PageArgs): Promise<ConnectionShape<ContractView>> {
    return paginateArray(await this.listAll(actor, filter), page);
  }

  async listAll(actor: Actor, filter: SroiContractFilterInput): Promise<ContractView[]> {
    const qb = this.dataSource.manager.createQueryBuilder(SroiContractEntity, 'k').orderBy('k.end_date', 'ASC').addOrderBy('k.id', 'ASC');
    if (actor.role === Role.EMPLOYER) {
      if (filter.contractorId && filter.contractorId !== actor.employerId) return [];
      qb.andWhere('k.contractor_id = :own', { own: actor.employerId });
    }
    if (filter.contractorId) qb.andWhere('k.contractor_id = :contractorId', { contractorId: filter.contractorId });
    if (filter.municipalityCode) qb.andWhere('k.municipality_code = :municipalityCode', { municipalityCode: filter.municipalityCode });
    if (filter.regionCode) {
      qb.andWhere('k.valuation_table_id IN (SELECT t.id FROM sroi_valuation_tables t WHERE t.region_code = :regionCode)', { regionCode: filter.regionCode });
    }
    let views = await this.views.build(this.dataSource.manager, await qb.getMany(), this.sync.today());
    if (filter.status) views = views.filter((v) => v.status === filter.status);
    if (filter.withRemainingObligation) views = views.filter((v) => v.remainingCents > 0);
    return views;
  }

  private async resolveTable(input: CreateSroiContractInput, startDate: string): Promise<TableFacts> {
    const manager = this.dataSource.manager;
    if (input.valuationTableCode) return tableByCode(manager, input.valuationTableCode);
    if (!input.regionCode) throw new ValidationError('Kies de waarderingstabel of de regio', 'valuationTableCode');
    const t = await effectiveTable(manager, input.regionCode, startDate);
    if (!t) throw new ValidationError(`Regio ${input.regionCode} heeft geen waarderingstabel die op ${startDate} geldt`, 'regionCode');
    return t;
  }

  private async assertReferences(municipalityCode: string, contractorId: string): Promise<void> {
    const [m] = await this.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM municipalities WHERE code = $1', [municipalityCode]);
    if (m.n === 0) throw new ValidationError(`Gemeente ${municipalityCode} bestaat niet`, 'municipalityCode');
    const [e] = await this.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM employers WHERE id = $1', [contractorId]);
    if (e.n === 0) throw new NotFoundError('Werkgever', contractorId);
  }

  private async guardUnique<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { constraint?: string }).constraint === 'UQ_sroi_contracts_municipality_reference') {
        throw new ConflictError('Deze gemeente heeft al een contract met dit kenmerk', { field: 'reference' });
      }
      throw e;
    }
  }
}
