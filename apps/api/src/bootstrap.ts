import { ConsoleLogger, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createLogger } from '@wsp/common';
import { AppConfig } from '@wsp/config';
import { assertNoPendingMigrations } from '@wsp/database';
import { AppModule } from './app.module';

/** Builds the API application (used by main.ts and by the end-to-end tests). */
export async function createApiApp(config: AppConfig, opts: { logger?: ConsoleLogger | false } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: opts.logger === undefined ? createLogger(config.logLevel, 'api') : opts.logger,
    bufferLogs: false,
  });
  app.enableShutdownHooks();
  // GraphQL requests carry JSON; the candidate CSV import accepts files up to 5 MB inside one.
  app.useBodyParser('json', { limit: '8mb' });
  await app.init();
  await assertNoPendingMigrations(app.get(DataSource));
  return app;
}
