import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { FullRunService } from '@wsp/matching';
import { JOBS } from '@wsp/queue';
import { JobHandler, JobHandlerFor } from '../job-handler';
import { isLastAttempt, unrecoverableWhenGone, uuidField } from './match-job-support';

/** { runId }: the batch assignment and report of a FULL run, after its last vacancy. Idempotent. */
@Injectable()
@JobHandlerFor(JOBS.matchAllFinalize.name)
export class MatchAllFinalizeJob implements JobHandler {
  constructor(private readonly fullRuns: FullRunService) {}

  handle(job: Job): Promise<Record<string, unknown>> {
    const runId = uuidField(job, 'runId');
    return unrecoverableWhenGone(() => this.fullRuns.finalize(runId, isLastAttempt(job)));
  }
}
