import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, ConnectionShape, ForbiddenError, NotFoundError, paginate, Role } from '@wsp/common';
import { SroiBonus, SroiCategory, SroiRealisationKind, SroiRealisationStatus } from '../domain/enums';
import { SroiRealisationChangeEntity, SroiRealisationEntity } from '../entities/realisation.entity';
import { isUuid, readableContract } from './sroi-store';

export interface RealisationChangeView {
  id: string;
  fromStatus: SroiRealisationStatus | null;
  toStatus: SroiRealisationStatus;
  fromCategory: SroiCategory | null;
  toCategory: SroiCategory | null;
  reason: string | null;
  changedById: string | null;
  changedAt: Date;
}

/** A realisation as shown (the GraphQL type SroiRealisation). */
export interface RealisationView {
  id: string;
  contractId: string;
  kind: SroiRealisationKind;
  status: SroiRealisationStatus;
  placementId: string | null;
  candidateId: string | null;
  candidatePseudonym: string | null;
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
  history: RealisationChangeView[];
}

/**
 * Reads realisations with the contract's read rule. Employer users (of the contractor) see the
 * values, categories and decisions, but not which placement or candidate a realisation is about.
 */
@Injectable()
export class RealisationReadService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, contractId: string, args: { first?: number; after?: string; status?: SroiRealisationStatus; kind?: SroiRealisationKind }): Promise<ConnectionShape<RealisationView>> {
    await readableContract(this.dataSource.manager, actor, contractId);
    const qb = this.dataSource.manager
      .createQueryBuilder(SroiRealisationEntity, 'r')
      .where('r.contract_id = :contractId', { contractId })
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC');
    if (args.status) qb.andWhere('r.status = :status', { status: args.status });
    if (args.kind) qb.andWhere('r.kind = :kind', { kind: args.kind });
    const page = await paginate(qb, args);
    const views = await this.views(this.dataSource.manager, actor, page.nodes);
    return { ...page, nodes: views, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: views[i] })) };
  }

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<RealisationView> {
    const r = isUuid(id) ? await manager.findOne(SroiRealisationEntity, { where: { id } }) : null;
    if (!r) {
      if (actor.role === Role.EMPLOYER) throw new ForbiddenError('Alleen de eigen SROI-contracten zijn zichtbaar');
      throw new NotFoundError('Realisatie', id);
    }
    await readableContract(manager, actor, r.contractId);
    return (await this.views(manager, actor, [r]))[0];
  }

  async views(manager: EntityManager, actor: Actor, rows: readonly SroiRealisationEntity[]): Promise<RealisationView[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const changes = await manager
      .createQueryBuilder(SroiRealisationChangeEntity, 'c')
      .where('c.realisation_id IN (:...ids)', { ids })
      .orderBy('c.changed_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
    const history = new Map<string, RealisationChangeView[]>();
    for (const c of changes) {
      history.set(c.realisationId, [
        ...(history.get(c.realisationId) ?? []),
        { id: c.id, fromStatus: c.fromStatus, toStatus: c.toStatus, fromCategory: c.fromCategory, toCategory: c.toCategory, reason: c.reason, changedById: c.changedById, changedAt: c.changedAt },
      ]);
    }
    const candidateIds = [...new Set(rows.map((r) => r.candidateId).filter((x): x is string => x !== null))];
    const pseudonyms = new Map<string, string>();
    if (candidateIds.length > 0) {
      const found = await manager.query<{ id: string; pseudonym: string }[]>('SELECT id::text AS id, pseudonym FROM candidates WHERE id = ANY($1::uuid[])', [candidateIds]);
      for (const f of found) pseudonyms.set(f.id, f.pseudonym);
    }
    const employer = actor.role === Role.EMPLOYER;
    return rows.map((r) => ({
      id: r.id,
      contractId: r.contractId,
      kind: r.kind,
      status: r.status,
      placementId: employer ? null : r.placementId,
      candidateId: employer ? null : r.candidateId,
      candidatePseudonym: employer || r.candidateId === null ? null : (pseudonyms.get(r.candidateId) ?? null),
      category: r.category,
      derivedCategory: r.derivedCategory,
      bonuses: r.bonuses,
      hoursPerWeek: r.hoursPerWeek,
      startDate: r.startDate,
      endDate: r.endDate,
      monthsCounted: r.monthsCounted,
      purchaseAmountCents: r.purchaseAmountCents,
      supplierName: r.supplierName,
      invoiceReference: r.invoiceReference,
      activityHours: r.activityHours,
      description: r.description,
      valueCents: r.valueCents,
      valuedOn: r.valuedOn,
      pendingSince: r.pendingSince,
      statusReason: r.statusReason,
      decidedById: r.decidedById,
      decidedAt: r.decidedAt,
      createdById: r.createdById,
      createdAt: r.createdAt,
      history: history.get(r.id) ?? [],
    }));
  }
}
