import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { createRedis, DEFAULT_JOB_OPTIONS, JOBS, QueueRegistry, QUEUES } from '@wsp/queue';
import { UnrecoverableError } from './job-handler';
import { JobRegistry } from './job-registry';

/** Runs one BullMQ worker per queue, dispatching each job to its registered handler. */
@Injectable()
export class WorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private readonly workers: Worker[] = [];
  private connection: Redis | undefined;

  constructor(
    private readonly registry: JobRegistry,
    private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.connection = createRedis(this.config.redis.url, 'worker');
    for (const queueName of Object.values(QUEUES)) {
      const worker = new Worker(queueName, (job) => this.process(job), {
        connection: this.connection,
        concurrency: 2,
        autorun: true,
        lockDuration: this.config.worker.lockDurationMs,
        stalledInterval: this.config.worker.stalledIntervalMs,
      });
      worker.on('failed', (job, err) =>
        this.logger.warn({ msg: 'job failed', queue: queueName, job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, error: err.name }),
      );
      worker.on('error', (err) => this.logger.error({ msg: 'worker error', queue: queueName, error: err.message }));
      this.workers.push(worker);
    }
    await this.scheduleRepeatables();
    this.logger.log({ msg: 'worker started', queues: Object.values(QUEUES) });
  }

  /** Repeatable jobs are upserted by a fixed scheduler id, so restarts never add duplicates. */
  private async scheduleRepeatables(): Promise<void> {
    await this.queues.get(JOBS.expireVacancies.queue).upsertJobScheduler(
      'vacancy-expiry-daily',
      { pattern: this.config.worker.vacancyExpiryCron, tz: this.config.timeZone },
      { name: JOBS.expireVacancies.name, data: {}, opts: DEFAULT_JOB_OPTIONS },
    );
  }

  private async process(job: Job): Promise<unknown> {
    const handler = this.registry.get(job.name);
    if (!handler) throw new UnrecoverableError(`no handler for job ${job.name}`);
    const started = Date.now();
    const result = await handler.handle(job);
    const entry = { msg: 'job completed', job: job.name, jobId: job.id, ms: Date.now() - started };
    // Scheduled jobs (the outbox poll runs every few seconds) would drown the log at level 'log'.
    if (job.repeatJobKey) this.logger.debug(entry);
    else this.logger.log(entry);
    return result;
  }

  isRunning(): boolean {
    return this.workers.length > 0 && this.workers.every((w) => w.isRunning());
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
    this.connection?.disconnect();
  }
}
