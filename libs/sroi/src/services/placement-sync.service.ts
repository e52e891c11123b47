import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, todayIn, ValidationError } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { BenefitTypeCode, deriveBonuses, deriveCategory } from '../domain/category';
import { SroiBonus, SroiRealisationKind, SroiRealisationStatus } from '../domain/enums';
import { SroiContractEntity } from '../entities/contract.entity';
import { SroiRealisationEntity } from '../entities/realisation.entity';
import { personValueOn } from './person-value';
import { findContract, recordChange, tableFacts, TableFacts } from './sroi-store';

export interface SyncResult {
  contracts: number;
  proposed: number;
  revalued: number;
}

interface PlacementRow {
  id: string;
  candidate_id: string;
  actual_start_date: string;
  ended_on: string | null;
  hours_per_week: string;
  benefit_type: BenefitTypeCode;
  doelgroepregister: boolean;
  date_of_birth: string | null;
}

/** Placements that count: confirmed (actual start, hours) and still running or ended. */
const COUNTING = `p.status IN ('CONFIRMED', 'ENDED') AND p.actual_start_date IS NOT NULL AND p.hours_per_week IS NOT NULL`;

/**
 * Keeps the placement-based realisations in step with the placements (issue 5: "from placements,
 * automatically"), by reconciling state rather than replaying events, so nothing is missed when
 * outbox ids commit out of order:
 * - every counting placement at a contract's contractor whose employment overlaps the contract
 *   period gets one PENDING realisation for that contract (unique per contract and placement;
 *   INSERT ... ON CONFLICT DO NOTHING makes concurrent runs harmless), with the category derived
 *   from the candidate's profile and the age bonus from the date of birth (never returned or
 *   logged);
 * - person-based realisations are revalued as the employment runs or ends: hours and dates are
 *   copied from the placement, the value is computed as of today (or the end date).
 * The worker runs `syncAll` every few minutes (job `sroi.sync`); contract changes and the
 * `refreshSroiContract` mutation run `syncContract` for one contract at once.
 */
@Injectable()
export class SroiPlacementSync {
  private readonly logger = new Logger('SroiPlacementSync');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  today(): string {
    return todayIn(this.config.timeZone, this.clock.now());
  }

  async syncAll(today = this.today()): Promise<SyncResult> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT k.id::text AS id FROM sroi_contracts k
        WHERE EXISTS (
                SELECT 1 FROM placements p
                 WHERE p.employer_id = k.contractor_id AND ${COUNTING}
                   AND p.actual_start_date <= LEAST(k.end_date, $1::date) AND COALESCE(p.ended_on, $1::date) >= k.start_date
                   AND NOT EXISTS (SELECT 1 FROM sroi_realisations r WHERE r.contract_id = k.id AND r.placement_id = p.id))
           OR EXISTS (
                SELECT 1 FROM sroi_realisations r LEFT JOIN placements p ON p.id = r.placement_id
                 WHERE r.contract_id = k.id AND r.kind IN ('PLACEMENT', 'EMPLOYMENT') AND r.status <> 'REJECTED'
                   AND ((r.valued_on < $1::date AND r.valued_on < LEAST(COALESCE(r.end_date, k.end_date), k.end_date))
                        OR (r.kind = 'PLACEMENT' AND (p.hours_per_week IS DISTINCT FROM r.hours_per_week OR p.ended_on IS DISTINCT FROM r.end_date
                                                     OR p.actual_start_date IS DISTINCT FROM r.start_date))))
        ORDER BY k.id`,
      [today],
    );
    const total: SyncResult = { contracts: 0, proposed: 0, revalued: 0 };
    for (const { id } of rows) {
      const r = await this.dataSource.transaction((tx) => this.syncContract(tx, id, today));
      total.contracts += 1;
      total.proposed += r.proposed;
      total.revalued += r.revalued;
    }
    if (total.contracts > 0) this.logger.log({ msg: 'sroi placements synced', ...total });
    return total;
  }

  /** Proposes missing placement realisations of one contract and revalues its person-based ones. Run inside a transaction. */
  async syncContract(tx: EntityManager, contractId: string, today = this.today()): Promise<Omit<SyncResult, 'contracts'>> {
    const contract = await findContract(tx, contractId, true);
    const table = await tableFacts(tx, contract.valuationTableId);
    const missing = await tx.query<PlacementRow[]>(
      `SELECT p.id::text AS id, p.candidate_id::text AS candidate_id, p.actual_start_date::text AS actual_start_date, p.ended_on::text AS ended_on,
              p.hours_per_week::text AS hours_per_week, c.benefit_type::text AS benefit_type, c.doelgroepregister, c.date_of_birth::text AS date_of_birth
         FROM placements p JOIN candidates c ON c.id = p.candidate_id
        WHERE p.employer_id = $1 AND ${COUNTING}
          AND p.actual_start_date <= LEAST($3::date, $4::date) AND COALESCE(p.ended_on, $4::date) >= $2::date
          AND NOT EXISTS (SELECT 1 FROM sroi_realisations r WHERE r.contract_id = $5 AND r.placement_id = p.id)
        ORDER BY p.actual_start_date, p.id`,
      [contract.contractorId, contract.startDate, contract.endDate, today, contract.id],
    );
    let proposed = 0;
    for (const p of missing) if (await this.insert(tx, contract, table, p, today, null)) proposed += 1;
    const revalued = await this.revalue(tx, contract, today);
    if (proposed > 0) this.logger.log({ msg: 'sroi realisations proposed from placements', contractId: contract.id, proposed });
    return { proposed, revalued };
  }

  /**
   * Proposes one placement for a contract by hand (idempotent: an existing realisation of the pair
   * is returned). The placement must count (confirmed or ended after confirmation), be at the
   * contractor and overlap the contract period. Run inside a transaction.
   */
  async proposeOne(tx: EntityManager, contractId: string, placementId: string, actorId: string, today = this.today()): Promise<string> {
    const contract = await findContract(tx, contractId, true);
    const existing = await tx.findOne(SroiRealisationEntity, { where: { contractId, placementId }, select: { id: true } });
    if (existing) return existing.id;
    const table = await tableFacts(tx, contract.valuationTableId);
    const rows = await tx.query<(PlacementRow & { employer_id: string })[]>(
      `SELECT p.id::text AS id, p.employer_id::text AS employer_id, p.candidate_id::text AS candidate_id, p.actual_start_date::text AS actual_start_date,
              p.ended_on::text AS ended_on, p.hours_per_week::text AS hours_per_week, c.benefit_type::text AS benefit_type, c.doelgroepregister,
              c.date_of_birth::text AS date_of_birth
         FROM placements p JOIN candidates c ON c.id = p.candidate_id WHERE p.id = $1 AND ${COUNTING}`,
      [placementId],
    );
    const p = rows[0];
    if (!p) throw new ValidationError('Alleen een bevestigde (of na bevestiging beëindigde) plaatsing telt mee', 'placementId');
    if (p.employer_id !== contract.contractorId) throw new ValidationError('De plaatsing is niet bij de opdrachtnemer van dit contract', 'placementId');
    if (p.actual_start_date > contract.endDate || (p.ended_on ?? today) < contract.startDate) {
      throw new ValidationError('De plaatsing valt buiten de looptijd van het contract', 'placementId');
    }
    const id = await this.insert(tx, contract, table, p, today, actorId);
    if (id) return id;
    const raced = await tx.findOneOrFail(SroiRealisationEntity, { where: { contractId, placementId }, select: { id: true } });
    return raced.id;
  }

  /** Inserts the PENDING realisation of a placement (or nothing when one exists); returns its id. */
  private async insert(tx: EntityManager, contract: SroiContractEntity, table: TableFacts, p: PlacementRow, today: string, actorId: string | null): Promise<string | null> {
    const ageFrom = table.bonuses.get(SroiBonus.AGE)?.minAge ?? null;
    const category = deriveCategory({ benefitType: p.benefit_type, doelgroepregister: p.doelgroepregister });
    const facts = { category, hoursPerWeek: Number(p.hours_per_week), startDate: p.actual_start_date, endDate: p.ended_on, bonuses: deriveBonuses(p.date_of_birth, p.actual_start_date, ageFrom) };
    const { valueCents, monthsCounted } = personValueOn(table, contract, facts, today);
    const inserted = await tx.query<{ id: string }[]>(
      `INSERT INTO sroi_realisations (contract_id, kind, status, placement_id, candidate_id, category, derived_category, bonuses, hours_per_week,
                                      start_date, end_date, months_counted, value_cents, valued_on, description, created_by_id, version)
       VALUES ($1, 'PLACEMENT', 'PENDING', $2, $3, $4, $4, $5::sroi_bonus[], $6, $7, $8, $9, $10, $11, $12, $13, 1)
       ON CONFLICT (contract_id, placement_id) WHERE placement_id IS NOT NULL DO NOTHING RETURNING id::text AS id`,
      [contract.id, p.id, p.candidate_id, category, facts.bonuses, facts.hoursPerWeek, facts.startDate, facts.endDate, monthsCounted, valueCents, today, 'Plaatsing via het WSP', actorId],
    );
    if (inserted.length === 0) return null;
    await recordChange(tx, {
      realisationId: inserted[0].id,
      fromStatus: null,
      toStatus: SroiRealisationStatus.PENDING,
      toCategory: category,
      reason: actorId ? 'Voorgesteld vanuit een plaatsing' : 'Automatisch voorgesteld vanuit een plaatsing',
      changedById: actorId,
    });
    return inserted[0].id;
  }

  /** Copies hours and dates from the placements and recomputes the value of every person-based realisation (not rejected) as of today. */
  private async revalue(tx: EntityManager, contract: SroiContractEntity, today: string): Promise<number> {
    await tx.query(
      `UPDATE sroi_realisations r SET hours_per_week = p.hours_per_week, start_date = p.actual_start_date, end_date = p.ended_on
         FROM placements p
        WHERE r.contract_id = $1 AND r.placement_id = p.id AND p.actual_start_date IS NOT NULL AND p.hours_per_week IS NOT NULL
          AND (p.hours_per_week IS DISTINCT FROM r.hours_per_week OR p.ended_on IS DISTINCT FROM r.end_date OR p.actual_start_date IS DISTINCT FROM r.start_date)`,
      [contract.id],
    );
    const table = await tableFacts(tx, contract.valuationTableId);
    const rows = await tx
      .createQueryBuilder(SroiRealisationEntity, 'r')
      .where('r.contract_id = :id', { id: contract.id })
      .andWhere('r.kind IN (:...kinds)', { kinds: [SroiRealisationKind.PLACEMENT, SroiRealisationKind.EMPLOYMENT] })
      .andWhere('r.status <> :rejected', { rejected: SroiRealisationStatus.REJECTED })
      .getMany();
    let changed = 0;
    for (const r of rows) {
      if (r.category === null || r.hoursPerWeek === null || r.startDate === null) continue;
      const v = personValueOn(table, contract, { category: r.category, hoursPerWeek: r.hoursPerWeek, startDate: r.startDate, endDate: r.endDate, bonuses: r.bonuses }, today);
      if (v.valueCents === r.valueCents && v.monthsCounted === r.monthsCounted && r.valuedOn === today) continue;
      await tx.update(SroiRealisationEntity, { id: r.id }, { valueCents: v.valueCents, monthsCounted: v.monthsCounted, valuedOn: today });
      changed += 1;
    }
    return changed;
  }
}
