import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, ConnectionShape, PageArgs, paginateArray } from '@wsp/common';
import { assertCanManage } from '../domain/access';
import { BenefitTypeCode } from '../domain/category';
import { StoredComponent } from '../domain/matching';
import { compareBySroiAdjustedScore, SuggestionContribution, suggestionContribution } from '../domain/suggestion';
import { ContractsService } from './contracts.service';
import { SroiPlacementSync } from './placement-sync.service';
import { SroiMatchingPolicy } from './sroi-matching-policy.service';

export interface SuggestionView extends SuggestionContribution {
  /** null for a draft vacancy (sroiDraftSuggestions). */
  vacancyId: string | null;
  vacancyTitle: string;
  candidateId: string;
  candidatePseudonym: string;
  matchScore: number;
  matchRank: number;
}

interface Row {
  vacancy_id: string;
  candidate_id: string;
  score: number;
  rank: number;
  components: StoredComponent[];
  title: string;
  v_hours_max: number;
  start_date: string | null;
  pseudonym: string;
  benefit_type: BenefitTypeCode;
  doelgroepregister: boolean;
  c_hours_max: number;
  date_of_birth: string | null;
}

/**
 * The loop with matching: for a contract with a remaining obligation, the current matches (table
 * `matches`, kept by the matching runs) for the contractor's open vacancies, each with what placing
 * that candidate would contribute: the derived category, the hours (the top of the overlap of the
 * vacancy's and the candidate's hours), the remaining contract months from the expected start
 * (today or the vacancy's later start date) to the contract's end, capped per category, and the
 * value. Candidates with a confirmed placement and inactive ones are left out. Ordered by the
 * match score, or by the SROI-adjusted score when the region has the SROI component on.
 */
@Injectable()
export class SuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contracts: ContractsService,
    private readonly policy: SroiMatchingPolicy,
    private readonly sync: SroiPlacementSync,
  ) {}

  async suggestions(actor: Actor, contractId: string, page: PageArgs): Promise<ConnectionShape<SuggestionView>> {
    assertCanManage(actor);
    const contract = await this.contracts.get(actor, contractId);
    const today = this.sync.today();
    if (contract.remainingCents <= 0 || contract.endDate < today) return paginateArray<SuggestionView>([], page);
    const setting = await this.policy.setting(contract.regionCode);
    const rows = await this.dataSource.query<Row[]>(
      `SELECT m.vacancy_id::text AS vacancy_id, m.candidate_id::text AS candidate_id, m.score, m.rank, m.components, v.title, v.hours_max AS v_hours_max,
              v.start_date::text AS start_date, c.pseudonym, c.benefit_type::text AS benefit_type, c.doelgroepregister, c.hours_max AS c_hours_max,
              c.date_of_birth::text AS date_of_birth
         FROM matches m JOIN vacancies v ON v.id = m.vacancy_id JOIN candidates c ON c.id = m.candidate_id
        WHERE v.employer_id = $1 AND v.status = 'OPEN' AND c.active
          AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.candidate_id = c.id AND p.status = 'CONFIRMED')
        ORDER BY m.score DESC, m.vacancy_id, m.candidate_id`,
      [contract.contractorId],
    );
    const scoring = { on: setting.enabled && setting.weight > 0, weight: setting.weight };
    const out = rows.map(
      (r): SuggestionView => ({
        vacancyId: r.vacancy_id,
        vacancyTitle: r.title,
        candidateId: r.candidate_id,
        candidatePseudonym: r.pseudonym,
        matchScore: r.score,
        matchRank: r.rank,
        ...suggestionContribution(
          contract,
          {
            vacancyHoursMax: r.v_hours_max,
            vacancyStartDate: r.start_date,
            benefitType: r.benefit_type,
            doelgroepregister: r.doelgroepregister,
            candidateHoursMax: r.c_hours_max,
            dateOfBirth: r.date_of_birth,
            components: r.components ?? [],
          },
          today,
          scoring,
        ),
      }),
    );
    if (scoring.on) out.sort(compareBySroiAdjustedScore);
    return paginateArray(out, page);
  }
}
