import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ActivePlacementSource } from '@wsp/search';
import { VacancyActivityCounter, VacancyActivityCounts } from '@wsp/vacancies';
import { OCCUPYING_STATUSES } from '../domain/placement-status';

/**
 * The vacancy health counts from real rows (replaces the vacancies context's default of zeros):
 * current matches, introductions (placements that reached INTRODUCED) and placements (confirmed).
 */
@Injectable()
export class PlacementVacancyActivityCounter extends VacancyActivityCounter {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async countsFor(vacancyIds: readonly string[]): Promise<Map<string, VacancyActivityCounts>> {
    if (vacancyIds.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; matches: number; introductions: number; placements: number }[]>(
      `SELECT v.id,
              (SELECT count(*)::int FROM matches m WHERE m.vacancy_id = v.id) AS matches,
              (SELECT count(*)::int FROM placements p WHERE p.vacancy_id = v.id AND p.introduced_at IS NOT NULL) AS introductions,
              (SELECT count(*)::int FROM placements p WHERE p.vacancy_id = v.id AND p.confirmed_at IS NOT NULL) AS placements
         FROM unnest($1::uuid[]) AS v(id)`,
      [[...vacancyIds]],
    );
    return new Map(rows.map((r) => [r.id, { matchCount: r.matches, introductionCount: r.introductions, placementCount: r.placements }]));
  }
}

/**
 * For the search indexes: candidates in a proefplaats, with a signed contract or a confirmed
 * placement are not available for other matches (hard constraint ACTIVE_PLACEMENT). Provide it as
 * `{ provide: ActivePlacementSource, useClass: PlacementActivePlacementSource }` in SearchModule.
 */
@Injectable()
export class PlacementActivePlacementSource extends ActivePlacementSource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async withActivePlacement(candidateIds: readonly string[]): Promise<Set<string>> {
    if (candidateIds.length === 0) return new Set();
    const rows = await this.dataSource.query<{ candidate_id: string }[]>(
      `SELECT DISTINCT candidate_id FROM placements WHERE candidate_id = ANY($1::uuid[]) AND status = ANY($2::placement_status[])`,
      [[...candidateIds], [...OCCUPYING_STATUSES]],
    );
    return new Set(rows.map((r) => r.candidate_id));
  }
}
