import { Injectable } from '@nestjs/common';
import type { MatchingParameters, VacancyProfile } from '@wsp/matching-core';
import { MatchingScoreExtensions, PairScoring } from '@wsp/matching';
import { SroiCategory } from '../domain/enums';
import { relativeCategoryValue, sroiComponents, withSroiWeight } from '../domain/matching';
import { SroiMatchingPolicy } from './sroi-matching-policy.service';

/**
 * The SROI score component in the matching runs (issue 5: "matching gets an optional score
 * component that favours candidates who would count for an open obligation; off by default, on
 * per region"). A vacancy whose employer is the contractor of a running contract with a remaining
 * obligation, in a region where the component is on, is scored with the SROI weight of that region
 * and the candidate's category value under the contract's valuation table (domain/matching.ts).
 * Every other vacancy keeps the core's scoring. Bound into the worker's MatchingEngineModule.
 */
@Injectable()
export class SroiScoreExtensions extends MatchingScoreExtensions {
  constructor(private readonly policy: SroiMatchingPolicy) {
    super();
  }

  async forVacancies(vacancies: readonly VacancyProfile[], base: MatchingParameters, referenceDate: string): Promise<Map<string, PairScoring>> {
    const out = new Map<string, PairScoring>();
    // The common case (no region has the component on) costs one small query.
    if (vacancies.length === 0) return out;
    const enabled = await this.policy.enabledWeights();
    if (enabled.size === 0) return out;
    const byEmployer = await this.policy.openContractsOf(
      vacancies.map((v) => v.employerId),
      referenceDate,
      enabled,
    );
    // Categories are looked up once per candidate for all vacancies of this call.
    const categories = new Map<string, SroiCategory>();
    const loadCategories = async (ids: readonly string[]) => {
      const missing = [...new Set(ids)].filter((id) => !categories.has(id));
      for (const [id, category] of await this.policy.categoriesOf(missing)) categories.set(id, category);
    };
    for (const v of vacancies) {
      const open = byEmployer.get(v.employerId);
      if (!open) continue;
      const values = new Map<string, number>();
      out.set(v.id, {
        params: withSroiWeight(base, open.weight),
        components: sroiComponents({ contribution: (vacancyId, candidateId) => (vacancyId === v.id ? (values.get(candidateId) ?? 0) : 0) }),
        load: async (candidateIds) => {
          await loadCategories(candidateIds);
          for (const id of candidateIds) {
            const category = categories.get(id);
            if (category !== undefined && !values.has(id)) values.set(id, relativeCategoryValue(open.table, category));
          }
        },
      });
    }
    return out;
  }

  async restBoundParams(base: MatchingParameters): Promise<MatchingParameters> {
    const weights = [...(await this.policy.enabledWeights()).values()];
    return weights.length === 0 ? base : withSroiWeight(base, Math.max(...weights));
  }
}
