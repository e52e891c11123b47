import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BenefitTypeCode, deriveCategory } from '../domain/category';
import { relativeCategoryValue, SroiContributionLookup } from '../domain/matching';
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

/**
 * The matching side of SROI: whether a region has the SROI score component on, and the lookup the
 * component needs. The matching runs use it through SroiScoreExtensions; the suggestions use
 * `lookupForVacancy` (`null`: no open obligation of the vacancy's employer in a region where the
 * component is on, so the matching stays as it is).
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
   * The open contract of the employer (remaining obligation, running on `today`) with the largest
   * remaining obligation among the regions where the component is on, or null.
   */
  async openContractOf(
    employerId: string,
    today: string,
    /** The regions with the component on (`enabledWeights`), when the caller has them already. */
    enabled?: ReadonlyMap<string, number>,
  ): Promise<{ table: TableFacts; weight: number; contractId: string } | null> {
    const contracts = await this.dataSource.manager
      .createQueryBuilder(SroiContractEntity, 'k')
      .where('k.contractor_id = :employerId AND k.start_date <= :today AND k.end_date >= :today', { employerId, today })
      .getMany();
    const views = (await this.views.build(this.dataSource.manager, contracts, today)).filter((v) => v.remainingCents > 0).sort((a, b) => b.remainingCents - a.remainingCents);
    const weights = enabled ?? (await this.enabledWeights());
    for (const v of views) {
      const weight = weights.get(v.regionCode);
      if (weight !== undefined) return { table: v.table, weight, contractId: v.id };
    }
    return null;
  }

  /** Regions with the component on and a positive weight: region code → weight. */
  async enabledWeights(): Promise<Map<string, number>> {
    const rows = await this.dataSource.manager.find(SroiRegionSettingEntity, { where: { matchingComponentEnabled: true } });
    return new Map(rows.filter((r) => r.matchingWeight > 0).map((r) => [r.regionCode, r.matchingWeight]));
  }

  /** Each candidate's SROI category value relative to the table's highest (0–1; missing ids are left out). */
  async relativeValues(table: TableFacts, candidateIds: readonly string[]): Promise<Map<string, number>> {
    const categories = await this.categoriesOf(candidateIds);
    return new Map([...categories].map(([id, category]) => [id, relativeCategoryValue(table, category)]));
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

  async lookupForVacancy(vacancyId: string, candidateIds: readonly string[], today: string): Promise<{ weight: number; lookup: SroiContributionLookup } | null> {
    const [vacancy] = await this.dataSource.query<{ employer_id: string }[]>('SELECT employer_id::text FROM vacancies WHERE id = $1', [vacancyId]);
    if (!vacancy) return null;
    const open = await this.openContractOf(vacancy.employer_id, today);
    if (!open) return null;
    const values = await this.relativeValues(open.table, candidateIds);
    return { weight: open.weight, lookup: { contribution: (v, c) => (v === vacancyId ? (values.get(c) ?? 0) : 0) } };
  }
}
