import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEFAULT_JOB_OPTIONS, QueueName, QueueRegistry } from '@wsp/queue';
import { OutboxEventRow, PlannedJob, jobsForEvents } from '../domain/triggers';

export interface DispatchResult {
  events: number;
  jobs: number;
}

/**
 * Moves transactional outbox events to jobs (see domain/triggers.ts for which jobs).
 *
 * Per batch, in one transaction: read undispatched events `FOR UPDATE SKIP LOCKED` (dispatchers
 * in several workers take disjoint batches), enqueue their jobs, mark them dispatched, commit.
 * Enqueue-then-commit: a crash after the enqueue and before the commit leaves the events
 * undispatched; the next dispatch enqueues the same deterministic job ids again, which BullMQ
 * ignores while the first copies exist, and a job that already ran finds its run completed
 * (idempotency key). So no event is lost, and none triggers its work twice.
 */
@Injectable()
export class OutboxDispatcher {
  private readonly logger = new Logger('OutboxDispatcher');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
  ) {}

  /** Dispatches batches until none is left (or `maxBatches`). */
  async dispatchAll(batchSize = 200, maxBatches = 50): Promise<DispatchResult> {
    const total: DispatchResult = { events: 0, jobs: 0 };
    for (let i = 0; i < maxBatches; i++) {
      const r = await this.dispatchBatch(batchSize);
      total.events += r.events;
      total.jobs += r.jobs;
      if (r.events < batchSize) break;
    }
    if (total.events > 0) this.logger.log({ msg: 'outbox dispatched', ...total });
    return total;
  }

  /** `afterEnqueue` (tests) runs between the enqueue and the commit, e.g. to simulate a crash there. */
  async dispatchBatch(batchSize = 200, afterEnqueue?: () => Promise<void>): Promise<DispatchResult> {
    return this.dataSource.transaction(async (tx) => {
      const events = await tx.query<OutboxEventRow[]>(
        `SELECT id::text AS id, aggregate_type AS "aggregateType", aggregate_id::text AS "aggregateId", type, payload
           FROM outbox_events WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      );
      if (events.length === 0) return { events: 0, jobs: 0 };
      const jobs = jobsForEvents(events);
      await this.enqueue(jobs);
      if (afterEnqueue) await afterEnqueue();
      await tx.query('UPDATE outbox_events SET dispatched_at = now() WHERE id = ANY($1::bigint[])', [events.map((e) => e.id)]);
      return { events: events.length, jobs: jobs.length };
    });
  }

  private async enqueue(jobs: readonly PlannedJob[]): Promise<void> {
    const byQueue = new Map<QueueName, PlannedJob[]>();
    for (const j of jobs) byQueue.set(j.queue, [...(byQueue.get(j.queue) ?? []), j]);
    for (const [queueName, list] of byQueue) {
      await this.queues.get(queueName).addBulk(list.map((j) => ({ name: j.name, data: j.data, opts: { ...DEFAULT_JOB_OPTIONS, jobId: j.jobId } })));
    }
  }
}
