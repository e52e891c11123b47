import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BenefitTypeCode, deriveCategory } from '../domain/category';
import { SroiRegionSettingEntity } from '../entities/coordination.entity';
import { SroiCategory } from '../domain/enums';
import { ContractViewBuilder } from './contract-views';
import { TableFacts } from './sroi-store';
import { SroiContractEntity } from '../entities/contract.entity';

export interface RegionMatchingSetting {
  regionCode: string;
  enabled: boolean;
  weight: number;
}

export const DEFAULT_SROI_MATCHING_WEIGHT = 0.1;

/** An employer's open contract as the SROI component uses it. */
export interface OpenContract {
  table: TableFacts;
  weight: number;
  contractId: string;
}

/**
 * The matching side of SROI: whether a region has the SROI score component on, the employer's open
 * contract and the candidates' categories. The matching runs use it through SroiScoreExtensions;
 * the suggestions read the region setting.
 */
@Injectable()
export class SroiMatchingPolicy {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly views: ContractViewBuilder,
  ) {}

  async setting(regionCode: string): Promise<RegionMatchingSetting> {
    const s = await this.dataSource.manager.findOne(SroiRegionSettingEntity, { where: { regionCode } });
    return { regionCode, enabled: s?.matchingComponentEnabled ?? false, weight: s?.matchingWeight ?? DEFAULT_SROI_MATCHING_WEIGHT };
  }

  /**
   * Per employer: its open contract (remaining obligation, running on `today`) with the largest
   * remaining obligation among the regions where the component is on. Employers without one are
   * left out. One read for all employers (a candidate's run asks for hundreds).
   */
  async openContractsOf(
    employerIds: readonly string[],
    today: string,
    /** The regions with the component on (`enabledWeights`), when the caller has them already. */
    enabled?: ReadonlyMap<string, number>,
  ): Promise<Map<string, OpenContract>> {
    const out = new Map<string, OpenContract>();
    if (employerIds.length === 0) return out;
    const weights = enabled ?? (await this.enabledWeights());
    if (weights.size === 0) return out;
    const contracts = await this.dataSource.manager
      .createQueryBuilder(SroiContractEntity, 'k')
      .where('k.contractor_id = ANY(:employerIds) AND k.start_date <= :today AND k.end_date >= :today', { employerIds: [...new Set(employerIds)], today })
      .getMany();
    const views = (await this.views.build(this.dataSource.manager, contracts, today)).filter((v) => v.remainingCents > 0).sort((a, b) => b.remainingCents - a.remainingCents);
    for (const v of views) {
      const weight = weights.get(v.regionCode);
      if (weight !== undefined && !out.has(v.contractorId)) out.set(v.contractorId, { table: v.table, weight, contractId: v.id });
    }
    return out;
  }

  /** Regions with the component on and a positive weight: region code → weight. */
  async enabledWeights(): Promise<Map<string, number>> {
    const rows = await this.dataSource.manager.find(SroiRegionSettingEntity, { where: { matchingComponentEnabled: true } });
    return new Map(rows.filter((r) => r.matchingWeight > 0).map((r) => [r.regionCode, r.matchingWeight]));
  }

  /** The candidates' SROI category (derived from benefit and doelgroepregister, as for realisations). */
  async categoriesOf(candidateIds: readonly string[]): Promise<Map<string, SroiCategory>> {
    if (candidateIds.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; benefit_type: BenefitTypeCode; doelgroepregister: boolean }[]>(
      'SELECT id::text, benefit_type::text, doelgroepregister FROM candidates WHERE id = ANY($1::uuid[])',
      [candidateIds],
    );
    return new Map(rows.map((r) => [r.id, deriveCategory({ benefitType: r.benefit_type, doelgroepregister: r.doelgroepregister })]));
  }
}
