import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { DispatchResult, OutboxDispatcher } from '@wsp/matching';
import { JOBS, QueueRegistry } from '@wsp/queue';
import { JobHandler, JobHandlerFor } from '../job-handler';

export const OUTBOX_SCHEDULER_ID = 'outbox-dispatch';

/**
 * Repeatable every OUTBOX_DISPATCH_INTERVAL_MS: moves undispatched outbox events to jobs (see
 * OutboxDispatcher). Not retried (the next iteration comes soon) and not kept when completed.
 */
@Injectable()
@JobHandlerFor(JOBS.dispatchOutbox.name)
export class OutboxDispatchJob implements JobHandler, OnApplicationBootstrap {
  constructor(
    private readonly dispatcher: OutboxDispatcher,
    private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.get(JOBS.dispatchOutbox.queue).upsertJobScheduler(
      OUTBOX_SCHEDULER_ID,
      { every: this.config.worker.outboxDispatchIntervalMs },
      { name: JOBS.dispatchOutbox.name, data: {}, opts: { attempts: 1, removeOnComplete: true, removeOnFail: { count: 100 } } },
    );
  }

  handle(): Promise<DispatchResult> {
    return this.dispatcher.dispatchAll();
  }
}
