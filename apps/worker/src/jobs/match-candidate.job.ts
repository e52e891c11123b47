import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { MatchRunExecutor, RunSummary } from '@wsp/matching';
import { JOBS } from '@wsp/queue';
import { JobHandler, JobHandlerFor } from '../job-handler';
import { idempotencyKeyOf, isLastAttempt, optionalUuidField, stringField, unrecoverableWhenGone, uuidField } from './match-job-support';

/** { candidateId, runId?, trigger? }: re-matches one candidate against the open vacancies (CANDIDATE run). */
@Injectable()
@JobHandlerFor(JOBS.matchCandidate.name)
export class MatchCandidateJob implements JobHandler {
  constructor(private readonly executor: MatchRunExecutor) {}

  handle(job: Job): Promise<RunSummary> {
    const subjectId = uuidField(job, 'candidateId');
    return unrecoverableWhenGone(() =>
      this.executor.runCandidate({
        subjectId,
        runId: optionalUuidField(job, 'runId'),
        trigger: stringField(job, 'trigger'),
        idempotencyKey: idempotencyKeyOf(job),
        lastAttempt: isLastAttempt(job),
      }),
    );
  }
}
