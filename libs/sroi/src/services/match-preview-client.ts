import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Job, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { ServiceUnavailableError } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { MatchPreviewData, matchPreviewJobId, MatchPreviewResult } from '@wsp/matching';
import { createRedis, JOBS, MATCH_PREVIEW_JOB_OPTIONS, QueueRegistry } from '@wsp/queue';

/**
 * How long a request waits for the worker's `match.preview` (no configuration key: 30 s, well
 * within a GraphQL request; a preview of 100,000 candidates takes well under a second).
 */
export const MATCH_PREVIEW_WAIT_MS = 30_000;
export const MATCH_PREVIEW_UNAVAILABLE = 'De matching is nu niet bereikbaar; probeer het over een minuut opnieuw';

/**
 * The API's side of job `match.preview` (the matching core runs only in the worker): enqueues the
 * draft under its deterministic id and waits for the worker's answer through BullMQ QueueEvents.
 * A preview that already completed (kept 10 minutes) is answered at once; one that failed is
 * removed and asked again. No answer within the wait, a failed job or an unreachable Redis is a
 * SERVICE_UNAVAILABLE error (the same question may succeed a minute later).
 */
@Injectable()
export class MatchPreviewClient implements OnApplicationShutdown {
  private readonly logger = new Logger('MatchPreview');
  private events: Promise<QueueEvents> | null = null;
  private eventsConnection: Redis | null = null;
  private waitMs = MATCH_PREVIEW_WAIT_MS;

  constructor(
    private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** How long `run` waits (tests shorten it). */
  setWaitTimeout(ms: number): void {
    this.waitMs = ms;
  }

  async run(data: MatchPreviewData): Promise<MatchPreviewResult> {
    const id = matchPreviewJobId(data);
    const deadline = Date.now() + this.waitMs;
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${this.waitMs} ms`)), this.waitMs);
      });
      const result = await Promise.race([this.runJob(id, data, deadline), timeout]);
      if (!result || !Array.isArray(result.matches)) throw new Error('malformed preview result');
      return result;
    } catch (e) {
      // The reason only (job ids are hashes; a failed reason never carries personal data, but is not logged either).
      this.logger.warn({ msg: 'match preview unavailable', jobId: id, error: e instanceof Error ? e.name : typeof e });
      throw new ServiceUnavailableError(MATCH_PREVIEW_UNAVAILABLE);
    } finally {
      clearTimeout(timer);
    }
  }

  private async runJob(id: string, data: MatchPreviewData, deadline: number): Promise<MatchPreviewResult> {
    const queue = this.queues.get(JOBS.matchPreview.queue);
    // Listening before the job is added, so that its completion cannot be missed.
    const events = await this.queueEvents();
    let job: Job | undefined = await queue.getJob(id);
    if (job) {
      const state = await job.getState();
      if (state === 'completed') return job.returnvalue as MatchPreviewResult;
      if (state === 'failed') {
        await job.remove().catch(() => undefined); // another request may have removed it already
        job = undefined;
      }
    }
    // A job with this id that is waiting or running already makes this add a no-op.
    job ??= await queue.add(JOBS.matchPreview.name, data, { ...MATCH_PREVIEW_JOB_OPTIONS, jobId: id });
    try {
      return (await job.waitUntilFinished(events, Math.max(1, deadline - Date.now()))) as MatchPreviewResult;
    } catch (e) {
      // QueueEvents can miss a completion between two blocking reads of the stream: look once more.
      const again = await queue.getJob(id);
      if (again && (await again.getState()) === 'completed') return again.returnvalue as MatchPreviewResult;
      throw e;
    }
  }

  private queueEvents(): Promise<QueueEvents> {
    if (!this.events) {
      // A blocking connection of its own (QueueEvents reads the event stream with XREAD BLOCK).
      const connection = createRedis(this.config.redis.url, 'worker');
      connection.on('error', () => undefined);
      this.eventsConnection = connection;
      const events = new QueueEvents(JOBS.matchPreview.queue, { connection });
      events.on('error', (err) => this.logger.warn({ msg: 'match preview events error', error: err.name }));
      const ready = events.waitUntilReady().then(() => events);
      this.events = ready;
      void ready.catch(() => {
        // Not reachable now: the next request starts over.
        if (this.events === ready) this.events = null;
        void events.close().catch(() => undefined);
        connection.disconnect();
      });
    }
    return this.events;
  }

  async onApplicationShutdown(): Promise<void> {
    const events = this.events;
    this.events = null;
    if (events) await (await events.catch(() => null))?.close();
    this.eventsConnection?.disconnect();
    this.eventsConnection = null;
  }
}
