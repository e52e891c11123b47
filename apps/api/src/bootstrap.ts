import { ConsoleLogger, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { createLogger } from '@wsp/common';
import { AppConfig } from '@wsp/config';
import { assertNoPendingMigrations } from '@wsp/database';
import { AppModule } from './app.module';

/** Builds the API application (used by main.ts and by the end-to-end tests). */
export async function createApiApp(config: AppConfig, opts: { logger?: ConsoleLogger | false } = {}): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), {
    logger: opts.logger === undefined ? createLogger(config.logLevel, 'api') : opts.logger,
    bufferLogs: false,
  });
  app.enableShutdownHooks();
  await app.init();
  await assertNoPendingMigrations(app.get(DataSource));
  return app;
}
