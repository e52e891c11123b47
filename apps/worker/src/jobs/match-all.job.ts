import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { FullRunService } from '@wsp/matching';
import { DEFAULT_JOB_OPTIONS, JOBS, QueueRegistry } from '@wsp/queue';
import { JobHandler, JobHandlerFor } from '../job-handler';
import { idempotencyKeyOf, isLastAttempt, optionalUuidField, stringField, unrecoverableWhenGone } from './match-job-support';

/** Fixed scheduler id: restarts and other workers upsert the same schedule instead of adding one. */
export const NIGHTLY_MATCH_SCHEDULER_ID = 'match-all-nightly';

/**
 * { runId? }: a FULL run; fans out one child per open vacancy. Scheduled nightly (MATCH_ALL_CRON);
 * the scheduler's job id (unique per iteration) is the run's idempotency key.
 */
@Injectable()
@JobHandlerFor(JOBS.matchAll.name)
export class MatchAllJob implements JobHandler, OnApplicationBootstrap {
  constructor(
    private readonly fullRuns: FullRunService,
    private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.get(JOBS.matchAll.queue).upsertJobScheduler(
      NIGHTLY_MATCH_SCHEDULER_ID,
      { pattern: this.config.matching.fullRunCron, tz: this.config.timeZone },
      { name: JOBS.matchAll.name, data: { trigger: 'nightly' }, opts: DEFAULT_JOB_OPTIONS },
    );
  }

  handle(job: Job): Promise<{ runId: string; total: number; enqueued: number }> {
    return unrecoverableWhenGone(() =>
      this.fullRuns.fanOut({
        runId: optionalUuidField(job, 'runId'),
        trigger: stringField(job, 'trigger'),
        idempotencyKey: idempotencyKeyOf(job),
        lastAttempt: isLastAttempt(job),
      }),
    );
  }
}
