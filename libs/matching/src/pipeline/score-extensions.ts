import { Injectable } from '@nestjs/common';
import type { MatchingParameters, ScoreComponent, VacancyProfile } from '@wsp/matching-core';

/** How the pairs of one vacancy are scored when an extension applies. */
export interface PairScoring {
  /** The parameters in force with the extension's weight added. */
  params: MatchingParameters;
  /** The core's components with the extension's component in its slot. */
  components: readonly ScoreComponent[];
  /** Loads what the components need about these candidates; called before they are scored. */
  load(candidateIds: readonly string[]): Promise<void>;
}

/**
 * Optional score components that another context adds to the matching runs, such as SROI (issue 5:
 * favour candidates who would count for an open obligation of the vacancy's employer). The
 * pipeline asks per vacancy; `null` scores with the core's defaults. The bounds of the pipeline
 * (rest tier, branch and bound) take the extension's parameters and components, so the top N
 * stays exact.
 */
export abstract class MatchingScoreExtensions {
  /** The scoring of these vacancies' pairs on `referenceDate`; a vacancy left out scores with the core's defaults. */
  abstract forVacancies(vacancies: readonly VacancyProfile[], base: MatchingParameters, referenceDate: string): Promise<Map<string, PairScoring>>;

  /**
   * Parameters under which the score of any pair without occupation or skill overlap is highest
   * (the largest weight the extension can add on `referenceDate`): bounds the rest tier of a
   * candidate's run, whose vacancies are not known yet.
   */
  abstract restBoundParams(base: MatchingParameters, referenceDate: string): Promise<MatchingParameters>;
}

/** Default: no extension (the core's components and parameters). */
@Injectable()
export class NoScoreExtensions extends MatchingScoreExtensions {
  forVacancies(): Promise<Map<string, PairScoring>> {
    return Promise.resolve(new Map());
  }

  restBoundParams(base: MatchingParameters): Promise<MatchingParameters> {
    return Promise.resolve(base);
  }
}
