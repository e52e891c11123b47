import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { computeObligation } from '../domain/obligation';
import { computeProgress } from '../domain/progress';
import { SroiContractStatus } from '../domain/enums';
import { SroiContractEntity } from '../entities/contract.entity';
import { realisationTotals, tableFacts, TableFacts } from './sroi-store';

/** A contract with its obligation and progress on a day (the GraphQL type SroiContract). */
export interface ContractView {
  id: string;
  reference: string;
  description: string;
  municipalityCode: string;
  municipalityName: string;
  contractorId: string;
  contractorName: string;
  contractValueCents: number;
  sroiPercentage: number;
  startDate: string;
  endDate: string;
  valuationTableCode: string;
  regionCode: string;
  psoDiscountPercentage: number | null;
  penaltyPercentage: number;
  gracePeriodDays: number;
  obligationOverrideCents: number | null;
  obligationCents: number;
  obligationFormulaCents: number;
  belowThreshold: boolean;
  obligationOverridden: boolean;
  realisedCents: number;
  pendingCents: number;
  remainingCents: number;
  forecastCents: number;
  expectedToDateCents: number;
  elapsedFraction: number;
  status: SroiContractStatus;
  graceEndsOn: string;
  penaltyDue: boolean;
  penaltyCents: number;
  purchaseOverCapCents: number;
  asOf: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** Not exposed: for services. */
  table: TableFacts;
}

/** Builds contract views in bulk (one query for the totals, one for the names). */
@Injectable()
export class ContractViewBuilder {
  async build(manager: EntityManager, contracts: readonly SroiContractEntity[], today: string): Promise<ContractView[]> {
    if (contracts.length === 0) return [];
    const ids = contracts.map((c) => c.id);
    const totals = await realisationTotals(manager, ids);
    const names = await manager.query<{ id: string; contractor: string; municipality: string }[]>(
      `SELECT k.id::text AS id, e.name AS contractor, m.name AS municipality
         FROM sroi_contracts k JOIN employers e ON e.id = k.contractor_id JOIN municipalities m ON m.code = k.municipality_code
        WHERE k.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(names.map((n) => [n.id, n]));
    const out: ContractView[] = [];
    for (const c of contracts) {
      const table = await tableFacts(manager, c.valuationTableId);
      out.push(this.view(c, table, totals.get(c.id) ?? [], today, byId.get(c.id)));
    }
    return out;
  }

  async one(manager: EntityManager, contract: SroiContractEntity, today: string): Promise<ContractView> {
    return (await this.build(manager, [contract], today))[0];
  }

  private view(
    c: SroiContractEntity,
    table: TableFacts,
    totals: Parameters<typeof computeProgress>[0]['totals'],
    today: string,
    names: { contractor: string; municipality: string } | undefined,
  ): ContractView {
    const obligation = computeObligation({
      contractValueCents: c.contractValueCents,
      sroiPercentage: c.sroiPercentage,
      psoDiscountPercentage: c.psoDiscountPercentage,
      thresholdCents: table.obligationThresholdCents,
      overrideCents: c.obligationOverrideCents,
    });
    const p = computeProgress({
      obligationCents: obligation.obligationCents,
      startDate: c.startDate,
      endDate: c.endDate,
      today,
      gracePeriodDays: c.gracePeriodDays,
      penaltyPercentage: c.penaltyPercentage,
      purchaseCapPercent: table.purchaseCapPercent,
      totals,
    });
    return {
      id: c.id,
      reference: c.reference,
      description: c.description,
      municipalityCode: c.municipalityCode,
      municipalityName: names?.municipality ?? c.municipalityCode,
      contractorId: c.contractorId,
      contractorName: names?.contractor ?? '',
      contractValueCents: c.contractValueCents,
      sroiPercentage: c.sroiPercentage,
      startDate: c.startDate,
      endDate: c.endDate,
      valuationTableCode: table.code,
      regionCode: table.regionCode,
      psoDiscountPercentage: c.psoDiscountPercentage,
      penaltyPercentage: c.penaltyPercentage,
      gracePeriodDays: c.gracePeriodDays,
      obligationOverrideCents: c.obligationOverrideCents,
      obligationCents: obligation.obligationCents,
      obligationFormulaCents: obligation.formulaCents,
      belowThreshold: obligation.belowThreshold,
      obligationOverridden: obligation.overridden,
      realisedCents: p.realisedCents,
      pendingCents: p.pendingCents,
      remainingCents: p.remainingCents,
      forecastCents: p.forecastCents,
      expectedToDateCents: p.expectedToDateCents,
      elapsedFraction: p.elapsedFraction,
      status: p.status,
      graceEndsOn: p.graceEndsOn,
      penaltyDue: p.penaltyDue,
      penaltyCents: p.penaltyCents,
      purchaseOverCapCents: p.purchaseOverCapCents,
      asOf: today,
      version: c.version,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      table,
    };
  }
}
