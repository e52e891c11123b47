import { EntityManager } from 'typeorm';
import { Actor, ForbiddenError, isUuid, NotFoundError, Role } from '@wsp/common';
import { assertCanReadContract, canReadContract } from '../domain/access';
import { SroiBonus, SroiCategory, SroiRealisationKind, SroiRealisationStatus } from '../domain/enums';
import { ValuationTableFacts } from '../domain/valuation';
import { SroiContractEntity } from '../entities/contract.entity';
import { SroiCoordinatorEntity } from '../entities/coordination.entity';
import { SroiRealisationChangeEntity } from '../entities/realisation.entity';
import { SroiValuationTableEntity } from '../entities/valuation-table.entity';

export { isUuid };

export interface TableFacts extends ValuationTableFacts {
  id: string;
  name: string;
  regionName: string;
  effectiveFrom: string;
  source: string | null;
}

/** Valuation tables are reference data (changed by migrations only): cached per process. */
const tableCache = new Map<string, TableFacts>();

export function toFacts(t: SroiValuationTableEntity): TableFacts {
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    regionCode: t.regionCode,
    regionName: t.regionName,
    effectiveFrom: t.effectiveFrom,
    source: t.source,
    fullTimeHours: t.fullTimeHours,
    activityHourlyValueCents: t.activityHourlyValueCents,
    purchaseCountPercent: t.purchaseCountPercent,
    purchaseCapPercent: t.purchaseCapPercent,
    obligationThresholdCents: t.obligationThresholdCents,
    categories: new Map((t.categories ?? []).map((c) => [c.category, { yearlyValueCents: c.yearlyValueCents, capMonths: c.capMonths }] as [SroiCategory, { yearlyValueCents: number; capMonths: number | null }])),
    bonuses: new Map((t.bonuses ?? []).map((b) => [b.bonus, { yearlyValueCents: b.yearlyValueCents, minAge: b.minAge }] as [SroiBonus, { yearlyValueCents: number; minAge: number | null }])),
  };
}

export async function tableFacts(manager: EntityManager, tableId: string): Promise<TableFacts> {
  const cached = tableCache.get(tableId);
  if (cached) return cached;
  const t = await manager.findOne(SroiValuationTableEntity, { where: { id: tableId }, relations: { categories: true, bonuses: true } });
  if (!t) throw new NotFoundError('Waarderingstabel', tableId);
  const facts = toFacts(t);
  tableCache.set(tableId, facts);
  return facts;
}

export async function tableByCode(manager: EntityManager, code: string): Promise<TableFacts> {
  const t = await manager.findOne(SroiValuationTableEntity, { where: { code }, select: { id: true } });
  if (!t) throw new NotFoundError('Waarderingstabel', code);
  return tableFacts(manager, t.id);
}

/** The region's table in force on `date` (latest effectiveFrom not after it). */
export async function effectiveTable(manager: EntityManager, regionCode: string, date: string): Promise<TableFacts | null> {
  const t = await manager
    .createQueryBuilder(SroiValuationTableEntity, 't')
    .select('t.id', 'id')
    .where('t.region_code = :regionCode AND t.effective_from <= :date', { regionCode, date })
    .orderBy('t.effective_from', 'DESC')
    .limit(1)
    .getRawOne<{ id: string }>();
  return t ? tableFacts(manager, t.id) : null;
}

export async function findContract(manager: EntityManager, id: string, lock = false): Promise<SroiContractEntity> {
  const c = isUuid(id) ? await manager.findOne(SroiContractEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) }) : null;
  if (!c) throw new NotFoundError('SROI-contract', id);
  return c;
}

/**
 * A contract the actor may read. An employer user gets FORBIDDEN for any contract that is not
 * their own employer's, existing or not, so that ids cannot be probed.
 */
export async function readableContract(manager: EntityManager, actor: Actor, id: string): Promise<SroiContractEntity> {
  if (actor.role === Role.EMPLOYER) {
    const c = isUuid(id) ? await manager.findOne(SroiContractEntity, { where: { id } }) : null;
    if (!c || !canReadContract(actor, c)) throw new ForbiddenError('Alleen de eigen SROI-contracten zijn zichtbaar');
    return c;
  }
  const c = await findContract(manager, id);
  assertCanReadContract(actor, c);
  return c;
}

export interface KindStatusTotal {
  contractId: string;
  kind: SroiRealisationKind;
  status: SroiRealisationStatus;
  valueCents: number;
}

/** Sums of realisation values per contract, kind and status. */
export async function realisationTotals(manager: EntityManager, contractIds: readonly string[]): Promise<Map<string, KindStatusTotal[]>> {
  const out = new Map<string, KindStatusTotal[]>(contractIds.map((id) => [id, []]));
  if (contractIds.length === 0) return out;
  const rows = await manager.query<{ contract_id: string; kind: SroiRealisationKind; status: SroiRealisationStatus; value: string }[]>(
    `SELECT contract_id::text, kind::text, status::text, sum(value_cents)::text AS value
       FROM sroi_realisations WHERE contract_id = ANY($1::uuid[]) GROUP BY contract_id, kind, status`,
    [contractIds],
  );
  for (const r of rows) out.get(r.contract_id)?.push({ contractId: r.contract_id, kind: r.kind, status: r.status, valueCents: Number(r.value) });
  return out;
}

export async function coordinatedMunicipalities(manager: EntityManager, userId: string): Promise<string[]> {
  const rows = await manager.find(SroiCoordinatorEntity, { where: { userId }, select: { municipalityCode: true } });
  return rows.map((r) => r.municipalityCode);
}

export async function recordChange(
  manager: EntityManager,
  change: Pick<SroiRealisationChangeEntity, 'realisationId' | 'fromStatus' | 'toStatus'> &
    Partial<Pick<SroiRealisationChangeEntity, 'fromCategory' | 'toCategory' | 'reason' | 'changedById'>>,
): Promise<void> {
  await manager.insert(SroiRealisationChangeEntity, {
    realisationId: change.realisationId,
    fromStatus: change.fromStatus,
    toStatus: change.toStatus,
    fromCategory: change.fromCategory ?? null,
    toCategory: change.toCategory ?? null,
    reason: change.reason ?? null,
    changedById: change.changedById ?? null,
  });
}
