import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, ConnectionShape, PageArgs, paginateArray } from '@wsp/common';
import { assertCanManage } from '../domain/access';
import { fraction } from '../domain/arithmetic';
import { BenefitTypeCode, deriveBonuses, deriveCategory } from '../domain/category';
import { SroiBonus, SroiCategory } from '../domain/enums';
import { relativeCategoryValue, rescoreWithSroi, StoredComponent } from '../domain/matching';
import { countMonths, maxDate } from '../domain/months';
import { valuePerson } from '../domain/valuation';
import { ContractsService } from './contracts.service';
import { SroiPlacementSync } from './placement-sync.service';
import { SroiMatchingPolicy } from './sroi-matching-policy.service';

export interface SuggestionView {
  vacancyId: string;
  vacancyTitle: string;
  candidateId: string;
  candidatePseudonym: string;
  matchScore: number;
  matchRank: number;
  /** The score with the region's SROI component; null while the component is off in the region. */
  sroiAdjustedScore: number | null;
  category: SroiCategory;
  hoursPerWeek: number;
  expectedStartDate: string;
  remainingContractMonths: number;
  monthsCounted: number;
  capApplied: boolean;
  bonuses: SroiBonus[];
  contributionCents: number;
  /** contribution / remaining obligation (may exceed 1). */
  shareOfRemaining: number;
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
    const table = contract.table;
    const ageFrom = table.bonuses.get(SroiBonus.AGE)?.minAge ?? null;
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
    const on = setting.enabled && setting.weight > 0;
    const out = rows.map((r): SuggestionView => {
      const category = deriveCategory({ benefitType: r.benefit_type, doelgroepregister: r.doelgroepregister });
      const hoursPerWeek = Math.min(r.v_hours_max, r.c_hours_max);
      const start = maxDate(today, r.start_date ?? today);
      const months = start <= contract.endDate ? countMonths(start, contract.endDate) : fraction(0);
      const bonuses = deriveBonuses(r.date_of_birth, start, ageFrom);
      const known = table.categories.has(category) && hoursPerWeek > 0;
      const v = known ? valuePerson(table, { category, hoursPerWeek, months, bonuses }) : null;
      const contributionCents = v?.valueCents ?? 0;
      return {
        vacancyId: r.vacancy_id,
        vacancyTitle: r.title,
        candidateId: r.candidate_id,
        candidatePseudonym: r.pseudonym,
        matchScore: r.score,
        matchRank: r.rank,
        sroiAdjustedScore: on ? rescoreWithSroi(r.components ?? [], relativeCategoryValue(table, category), setting.weight).score : null,
        category,
        hoursPerWeek,
        expectedStartDate: start,
        remainingContractMonths: Math.round((v?.monthsRequested ?? 0) * 10_000) / 10_000,
        monthsCounted: Math.round((v?.monthsCounted ?? 0) * 10_000) / 10_000,
        capApplied: v?.capApplied ?? false,
        bonuses: v?.bonusesApplied ?? [],
        contributionCents,
        shareOfRemaining: Math.round((contributionCents / contract.remainingCents) * 10_000) / 10_000,
      };
    });
    if (on) out.sort((a, b) => b.sroiAdjustedScore! - a.sroiAdjustedScore! || b.contributionCents - a.contributionCents || cmp(a.vacancyId, b.vacancyId) || cmp(a.candidateId, b.candidateId));
    return paginateArray(out, page);
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
