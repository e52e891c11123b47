import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, ConnectionShape, PageArgs, paginateArray } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { MatchPreviewData } from '@wsp/matching';
import { assertCanManage } from '../domain/access';
import { BenefitTypeCode } from '../domain/category';
import { compareBySroiAdjustedScore, suggestionContribution } from '../domain/suggestion';
import { SroiDraftVacancyInput } from '../graphql/draft.inputs';
import { ContractsService } from './contracts.service';
import { DraftProfileBuilder } from './draft-profile';
import { MatchPreviewClient } from './match-preview-client';
import { SroiPlacementSync } from './placement-sync.service';
import { SroiMatchingPolicy } from './sroi-matching-policy.service';
import { SuggestionView } from './suggestions.service';

interface CandidateRow {
  id: string;
  pseudonym: string;
  benefit_type: BenefitTypeCode;
  doelgroepregister: boolean;
  c_hours_max: number;
  date_of_birth: string | null;
}

/**
 * The loop with matching for a vacancy the contractor has not posted yet (issue 5: "suggest
 * candidates for the contractor's open vacancies, or for new ones, through the matching core"):
 * an accountmanager drafts a vacancy profile with the contractor; the worker matches it like a
 * saved vacancy of the contractor (job `match.preview`, SROI score component included where the
 * region has it on) without saving anything, and each candidate comes with what placing them would
 * contribute to the contract's remaining obligation, computed exactly as for the open vacancies
 * (domain/suggestion.ts). Access and the empty list (no remaining obligation, contract ended) are
 * those of sroiSuggestions; inactive candidates and those with a confirmed placement are left out.
 */
@Injectable()
export class DraftSuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contracts: ContractsService,
    private readonly policy: SroiMatchingPolicy,
    private readonly sync: SroiPlacementSync,
    private readonly drafts: DraftProfileBuilder,
    private readonly preview: MatchPreviewClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async suggestions(actor: Actor, contractId: string, draft: SroiDraftVacancyInput, page: PageArgs): Promise<ConnectionShape<SuggestionView>> {
    assertCanManage(actor);
    const contract = await this.contracts.get(actor, contractId);
    // Invalid input is refused whatever the contract's state; nothing is enqueued before this.
    const { profile, occupationLabel } = await this.drafts.build(contract.contractorId, draft);
    const today = this.sync.today();
    if (contract.remainingCents <= 0 || contract.endDate < today) return paginateArray<SuggestionView>([], page);

    const data: MatchPreviewData = { employerId: contract.contractorId, profile, referenceDate: today, limit: this.config.matching.topN };
    const result = await this.preview.run(data);
    const candidates = await this.candidates(result.matches.map((m) => m.candidateId));
    const setting = await this.policy.setting(contract.regionCode);
    const scoring = { on: setting.enabled && setting.weight > 0, weight: setting.weight };
    const out: SuggestionView[] = [];
    for (const m of result.matches) {
      const c = candidates.get(m.candidateId);
      if (!c) continue;
      out.push({
        vacancyId: null,
        vacancyTitle: `Concept: ${occupationLabel}`,
        candidateId: m.candidateId,
        candidatePseudonym: c.pseudonym,
        matchScore: m.score,
        matchRank: m.rank,
        ...suggestionContribution(
          contract,
          {
            vacancyHoursMax: profile.hoursMax,
            vacancyStartDate: profile.startDate,
            benefitType: c.benefit_type,
            doelgroepregister: c.doelgroepregister,
            candidateHoursMax: c.c_hours_max,
            dateOfBirth: c.date_of_birth,
            components: m.components.map((k) => ({ code: k.key, label: k.label, value: k.value, weight: k.weight })),
          },
          today,
          scoring,
        ),
      });
    }
    if (scoring.on) out.sort(compareBySroiAdjustedScore);
    return paginateArray(out, page);
  }

  /** The suggested candidates that are still active and without a confirmed placement (as in sroiSuggestions). */
  private async candidates(ids: readonly string[]): Promise<Map<string, CandidateRow>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<CandidateRow[]>(
      `SELECT c.id::text AS id, c.pseudonym, c.benefit_type::text AS benefit_type, c.doelgroepregister, c.hours_max AS c_hours_max,
              c.date_of_birth::text AS date_of_birth
         FROM candidates c
        WHERE c.id = ANY($1::uuid[]) AND c.active
          AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.candidate_id = c.id AND p.status = 'CONFIRMED')`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }
}
