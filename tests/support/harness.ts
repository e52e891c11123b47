import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { AppConfig, loadConfig } from '@wsp/config';

import { TEMPLATE_DB } from './constants';

export { HARNESS_FILE, TEMPLATE_DB } from './constants';

function pgPort(): number {
  const port = Number(process.env.WSP_TEST_PG_PORT);
  if (!port) throw new Error('The test harness is not running (tests/support/global-setup.ts)');
  return port;
}

export const pgUrl = (db: string) => `postgres://postgres@127.0.0.1:${pgPort()}/${db}`;

export function redisUrl(): string {
  const url = process.env.WSP_TEST_REDIS_URL;
  if (!url) throw new Error('The test harness is not running (tests/support/global-setup.ts)');
  return url;
}

/** A fresh database cloned from the migrated template. Drop it with `dropTestDatabase`. */
export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  const name = `wsp_t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: pgUrl('postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  return { name, url: pgUrl(name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  const admin = new Client({ connectionString: pgUrl('postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** A validated config pointing at the given database and the harness Redis. */
export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: redisUrl(),
    JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    API_PORT: '0',
    WORKER_HEALTH_PORT: '0',
    LOG_LEVEL: 'error',
    ...overrides,
  });
}
