import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Server } from 'node:http';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { createLogger } from '@wsp/common';
import { AppConfig } from '@wsp/config';
import { assertNoPendingMigrations } from '@wsp/database';
import { QueueRegistry, REDIS_CLIENT } from '@wsp/queue';
import { startWorkerHealthServer } from './worker-health';
import { WorkerModule } from './worker.module';
import { WorkerService } from './worker.service';

export interface RunningWorker {
  app: INestApplicationContext;
  health: Server;
  stop(): Promise<void>;
}

/** Starts the worker: Nest application context (no HTTP framework) plus the health endpoint. */
export async function startWorker(config: AppConfig, opts: { logger?: false } = {}): Promise<RunningWorker> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: opts.logger === false ? false : createLogger(config.logLevel, 'worker'),
  });
  app.enableShutdownHooks();
  await assertNoPendingMigrations(app.get(DataSource));
  await app.init();
  const health = await startWorkerHealthServer({
    port: config.worker.healthPort,
    host: config.api.host,
    redis: app.get<Redis>(REDIS_CLIENT),
    queues: app.get(QueueRegistry),
    worker: app.get(WorkerService),
  });
  return {
    app,
    health,
    async stop() {
      await new Promise((r) => health.close(r));
      await app.close();
    },
  };
}
