import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JOBS, QueueRegistry } from '@wsp/queue';
import { SroiPlacementSync, SyncResult } from '@wsp/sroi';
import { JobHandler, JobHandlerFor } from '../job-handler';

export const SROI_SYNC_SCHEDULER_ID = 'sroi-sync';
/** How often placement-based SROI realisations are proposed and revalued. */
export const SROI_SYNC_INTERVAL_MS = 5 * 60_000;

/**
 * Repeatable every 5 minutes: proposes the placements that count for an SROI contract of their
 * employer as PENDING realisations (once per placement and contract) and revalues running ones
 * (SroiPlacementSync.syncAll, idempotent). It reconciles state (placements confirmed or ended)
 * instead of reading `placement.confirmed` / `placement.ended` from the outbox, so an event id that
 * commits out of order can never be skipped. Not retried: the next iteration comes soon.
 */
@Injectable()
@JobHandlerFor(JOBS.sroiSync.name)
export class SroiSyncJob implements JobHandler, OnApplicationBootstrap {
  constructor(
    private readonly sync: SroiPlacementSync,
    private readonly queues: QueueRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.get(JOBS.sroiSync.queue).upsertJobScheduler(
      SROI_SYNC_SCHEDULER_ID,
      { every: SROI_SYNC_INTERVAL_MS },
      { name: JOBS.sroiSync.name, data: {}, opts: { attempts: 1, removeOnComplete: true, removeOnFail: { count: 100 } } },
    );
  }

  handle(): Promise<SyncResult> {
    return this.sync.syncAll();
  }
}
