import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { MatchRunExecutor, RunSummary } from '@wsp/matching';
import { JOBS } from '@wsp/queue';
import { JobHandler, JobHandlerFor } from '../job-handler';
import { idempotencyKeyOf, isLastAttempt, optionalUuidField, stringField, unrecoverableWhenGone, uuidField } from './match-job-support';

/** { vacancyId, runId?, trigger? }: re-matches one vacancy; a closed vacancy loses its matches; a deleted one fails without retry. */
@Injectable()
@JobHandlerFor(JOBS.matchVacancy.name)
export class MatchVacancyJob implements JobHandler {
  constructor(private readonly executor: MatchRunExecutor) {}

  handle(job: Job): Promise<RunSummary> {
    const subjectId = uuidField(job, 'vacancyId');
    return unrecoverableWhenGone(() =>
      this.executor.runVacancy({
        subjectId,
        runId: optionalUuidField(job, 'runId'),
        trigger: stringField(job, 'trigger'),
        idempotencyKey: idempotencyKeyOf(job),
        lastAttempt: isLastAttempt(job),
      }),
    );
  }
}
