import { Injectable } from '@nestjs/common';

/** What other capabilities did with a vacancy; part of its health. */
export interface VacancyActivityCounts {
  matchCount: number;
  introductionCount: number;
  placementCount: number;
}

export const NO_ACTIVITY: Readonly<VacancyActivityCounts> = { matchCount: 0, introductionCount: 0, placementCount: 0 };

/**
 * Port through which the vacancy service learns how many matches, introductions and placements a
 * vacancy has, without importing the matching and placement contexts. Used as the Nest injection
 * token: a later capability replaces the provider in VacanciesModule
 * (`{ provide: VacancyActivityCounter, useClass: ... }`) with one that counts its own rows.
 */
export abstract class VacancyActivityCounter {
  /** Counts for each of the given vacancies; a vacancy missing from the map has no activity. */
  abstract countsFor(vacancyIds: readonly string[]): Promise<Map<string, VacancyActivityCounts>>;
}

/**
 * Default until matching, introductions and placements exist: every count is 0. Replace it (see
 * VacancyActivityCounter) as soon as one of those capabilities stores rows per vacancy.
 */
@Injectable()
export class NoVacancyActivityCounter extends VacancyActivityCounter {
  async countsFor(_vacancyIds: readonly string[]): Promise<Map<string, VacancyActivityCounts>> {
    return new Map();
  }
}
