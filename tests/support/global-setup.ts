/**
 * Jest global setup: one real PostgreSQL 15 and one real Redis for the whole run. The committed
 * migrations are applied once to a template database; every test file clones it
 * (`createTestDatabase`), so tests are isolated and start from the migrated schema with the
 * reference data loaded.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { startLocalPostgres } from '../../scripts/lib/local-postgres';
import { startLocalRedis } from '../../scripts/lib/local-redis';
import { HARNESS_FILE, TEMPLATE_DB } from './constants';

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const [pg, redis] = await Promise.all([startLocalPostgres(), startLocalRedis()]);
  try {
    const admin = new Client({ connectionString: pg.url('postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    await admin.end();
    // In a child process: see migrate-database.ts for why.
    const root = join(__dirname, '..', '..');
    execFileSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(__dirname, 'migrate-database.ts'), pg.url(TEMPLATE_DB)],
      { cwd: root, stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: join(root, 'tsconfig.json') } },
    );
  } catch (e) {
    // Jest runs no teardown after a failed setup: stop the servers here or they outlive the run.
    await Promise.all([pg.stop(), redis.stop()]);
    throw e;
  }
  (globalThis as Record<string, unknown>).__WSP_STOP__ = async () => {
    await Promise.all([pg.stop(), redis.stop()]);
  };
  writeFileSync(HARNESS_FILE, JSON.stringify({ pgPort: pg.port, redisUrl: redis.url }));
  process.env.WSP_TEST_PG_PORT = String(pg.port);
  process.env.WSP_TEST_REDIS_URL = redis.url;
  console.log(`\n[harness] PostgreSQL 15 on :${pg.port}, Redis at ${redis.url}, migrated in ${Date.now() - started} ms`);
}
