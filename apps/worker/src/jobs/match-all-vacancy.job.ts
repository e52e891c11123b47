import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { FullRunService } from '@wsp/matching';
import { JOBS } from '@wsp/queue';
import { JobHandler, JobHandlerFor } from '../job-handler';
import { isLastAttempt, unrecoverableWhenGone, uuidField } from './match-job-support';

/** { runId, vacancyId }: one vacancy of a FULL run (counted once towards its progress). */
@Injectable()
@JobHandlerFor(JOBS.matchAllVacancy.name)
export class MatchAllVacancyJob implements JobHandler {
  constructor(private readonly fullRuns: FullRunService) {}

  handle(job: Job): Promise<{ processed: number; total: number; finalizeDue: boolean }> {
    const runId = uuidField(job, 'runId');
    const vacancyId = uuidField(job, 'vacancyId');
    return unrecoverableWhenGone(() => this.fullRuns.runItem({ runId, vacancyId, lastAttempt: isLastAttempt(job) }));
  }
}
