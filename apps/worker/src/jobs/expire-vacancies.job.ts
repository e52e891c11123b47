import { Inject, Injectable } from '@nestjs/common';
import { Clock, todayIn } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { JOBS } from '@wsp/queue';
import { VacancyExpiryService } from '@wsp/vacancies';
import { JobHandler, JobHandlerFor } from '../job-handler';

/** Scheduled daily: OPEN vacancies past their closing date become EXPIRED. Safe to run twice. */
@Injectable()
@JobHandlerFor(JOBS.expireVacancies.name)
export class ExpireVacanciesJob implements JobHandler {
  constructor(
    private readonly expiry: VacancyExpiryService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(): Promise<{ expired: number }> {
    const expired = await this.expiry.expireDue(todayIn(this.config.timeZone, this.clock.now()));
    return { expired };
  }
}
