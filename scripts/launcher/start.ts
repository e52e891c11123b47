/**
 * `npm start`: the whole product on one machine with nothing but Node and redis-server.
 *
 *   1. database: DATABASE_URL, or embedded Postgres (PGlite, data in .data/pglite) on loopback
 *   2. Redis: REDIS_URL, or a private redis-server (AOF in .data/redis) on loopback
 *   3. migrations, then the demo data (first run only; the seed is idempotent)
 *   4. the API and the worker as two child processes, each with its /health
 *   5. once both answer 200: the URLs and the demo accounts
 *
 * Ctrl-C / SIGTERM stops the children, then Redis, then PGlite. A second Ctrl-C forces. If a child
 * dies, everything stops and the launcher exits non-zero. Real deployments do not use this: they
 * run `npm run migrate` and the two entry points (see infra/).
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { createLogger } from '@wsp/common';
import { createDataSource, EmbeddedPostgres, migrate, startEmbeddedPostgres } from '@wsp/database';
import { seedDemoData, SeedResult } from '@wsp/demo-data';
import { LocalRedis, startLocalRedis } from '../lib/local-redis';
import { printBanner } from './banner';
import { acquireLock, choosePort, ensureDir, localJwtSecret, repoRoot, stopStaleRedis } from './local-state';
import { ChildService, prefix, waitHealthy } from './supervisor';

const DEFAULT_PORTS = { api: 3000, worker: 3001, postgres: 5433, redis: 6380 };
/** Pool per process on the embedded database: PGlite executes one statement at a time anyway. */
const EMBEDDED_POOL_SIZE = 5;
const HEALTH_TIMEOUT_MS = 120_000;

const log = (msg: string) => console.log(`${prefix('launcher')} ${msg}`);
const fail = (msg: string) => console.error(`${prefix('launcher')} ${msg}`);

class Launcher {
  private readonly root = repoRoot();
  private readonly dataDir = ensureDir(join(this.root, '.data'));
  private readonly children: ChildService[] = [];
  private pg: EmbeddedPostgres | undefined;
  private redis: LocalRedis | undefined;
  private releaseLock: (() => void) | undefined;
  private shuttingDown = false;
  private firstSignalAt = 0;

  async run(): Promise<void> {
    const started = Date.now();
    this.installSignalHandlers();
    // Migrations and the seed log through Nest's Logger: the same JSON lines as the API and worker.
    Logger.overrideLogger(createLogger((process.env.LOG_LEVEL as 'log' | undefined) ?? 'log', 'launcher'));
    this.releaseLock = acquireLock(this.dataDir);

    const host = process.env.API_HOST || '127.0.0.1';
    const apiPort = await choosePort('API_PORT', DEFAULT_PORTS.api, host);
    const workerPort = await choosePort('WORKER_HEALTH_PORT', DEFAULT_PORTS.worker, host);
    const embedded = !process.env.DATABASE_URL;
    const poolSize = Number(process.env.DATABASE_POOL_SIZE || (embedded ? EMBEDDED_POOL_SIZE : 10));

    const databaseUrl = await this.startDatabase(poolSize);
    const redisUrl = await this.startRedis();
    this.throwIfStopping();

    const t = Date.now();
    const ran = await migrate({ url: databaseUrl, poolSize: 2 });
    log(ran.length ? `applied ${ran.length} migration(s) in ${Date.now() - t} ms: ${ran.join(', ')}` : 'database schema is up to date');
    this.throwIfStopping();
    const seed = await this.seed(databaseUrl);
    this.throwIfStopping();

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV || 'development',
      API_HOST: host,
      API_PORT: String(apiPort),
      WORKER_HEALTH_PORT: String(workerPort),
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(poolSize),
      REDIS_URL: redisUrl,
      JWT_SECRET: process.env.JWT_SECRET || localJwtSecret(this.dataDir),
    };
    const api = this.spawn('api', join(this.root, 'dist/apps/api/src/main.js'), env);
    const worker = this.spawn('worker', join(this.root, 'dist/apps/worker/src/main.js'), env);
    const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
    const urls = {
      graphql: `http://${shownHost}:${apiPort}/graphql`,
      apiHealth: `http://${shownHost}:${apiPort}/health`,
      workerHealth: `http://${shownHost}:${workerPort}/health`,
    };
    await Promise.all([waitHealthy(urls.apiHealth, api, HEALTH_TIMEOUT_MS), waitHealthy(urls.workerHealth, worker, HEALTH_TIMEOUT_MS)]);
    this.throwIfStopping();

    printBanner({
      seconds: (Date.now() - started) / 1000,
      urls,
      database: this.pg ? `embedded PGlite in .data/pglite, ${this.pg.url.replace(/:[^:@/]*@/, ':***@')}` : 'DATABASE_URL',
      redis: this.redis ? `private redis-server in .data/redis, ${this.redis.url}` : 'REDIS_URL',
      seed,
    });
  }

  private async startDatabase(poolSize: number): Promise<string> {
    if (process.env.DATABASE_URL) {
      log('database: DATABASE_URL');
      return process.env.DATABASE_URL;
    }
    const port = await choosePort(null, DEFAULT_PORTS.postgres);
    // Every pool that connects (API, worker) plus the migration and seed connections and a margin.
    const maxConnections = 2 * poolSize + 2 + 2 + 6;
    const t = Date.now();
    this.pg = await startEmbeddedPostgres({ dataDir: join(this.dataDir, 'pglite'), port, maxConnections });
    log(`embedded PostgreSQL (PGlite) on 127.0.0.1:${this.pg.port}, data in .data/pglite, ${maxConnections} connections (${Date.now() - t} ms)`);
    return this.pg.url;
  }

  private async startRedis(): Promise<string> {
    if (process.env.REDIS_URL) {
      log('Redis: REDIS_URL');
      return process.env.REDIS_URL;
    }
    const dataDir = ensureDir(join(this.dataDir, 'redis'));
    const pidFile = join(dataDir, 'redis.pid');
    const stale = await stopStaleRedis(pidFile);
    if (stale) log(`stopped a redis-server left behind by an earlier run (pid ${stale})`);
    const port = await choosePort(null, DEFAULT_PORTS.redis);
    this.redis = await startLocalRedis({ dataDir, port, detached: true, pidFile });
    log(`redis-server on 127.0.0.1:${this.redis.port}, data in .data/redis`);
    return this.redis.url;
  }

  private async seed(url: string): Promise<SeedResult> {
    const ds = createDataSource({ url, poolSize: 2, applicationName: 'wsp-seed' });
    await ds.initialize();
    try {
      const t = Date.now();
      // Same key as the API, so that a BSN typed in later is recognised as a duplicate of a demo one.
      const result = await seedDemoData(ds, { log, timeZone: process.env.TIME_ZONE || undefined, bsnHmacKey: process.env.BSN_HMAC_KEY || undefined });
      log(result.created ? `demo data created in ${Date.now() - t} ms` : 'demo data already present');
      return result;
    } finally {
      await ds.destroy();
    }
  }

  private spawn(name: string, script: string, env: NodeJS.ProcessEnv): ChildService {
    const child = new ChildService(name, script, env);
    this.children.push(child);
    void child.exited.then(({ code, signal }) => {
      if (child.isStopping || this.shuttingDown) return;
      void this.shutdown(1, `${name} exited unexpectedly (${signal ?? `code ${code}`}); stopping everything`);
    });
    return child;
  }

  private installSignalHandlers(): void {
    const onSignal = (signal: NodeJS.Signals) => {
      const now = Date.now();
      if (!this.shuttingDown) {
        this.firstSignalAt = now;
        void this.shutdown(0, `${signal}: stopping (press Ctrl-C again to force)`);
        return;
      }
      // `npm start` forwards the terminal's Ctrl-C to us as well: the same key press arrives twice.
      if (now - this.firstSignalAt < 500) return;
      this.force();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('SIGHUP', onSignal);
  }

  private throwIfStopping(): void {
    if (this.shuttingDown) throw new StoppingError();
  }

  /** Children first (they hold connections), then Redis, then the database. */
  async shutdown(code: number, reason: string): Promise<void> {
    if (this.shuttingDown) return;
    this.shuttingDown = true;
    (code === 0 ? log : fail)(reason);
    const watchdog = setTimeout(() => this.force(), 30_000);
    watchdog.unref();
    try {
      await Promise.all(
        this.children.map(async (c) => {
          const { code, signal } = await c.stop();
          log(`${c.name} stopped (${signal ?? `exit code ${code}`})`);
        }),
      );
      if (this.redis) {
        await this.redis.stop();
        log('Redis stopped');
      }
      if (this.pg) {
        await this.pg.stop();
        log('embedded PostgreSQL stopped');
      }
    } catch (e) {
      fail(`error while stopping: ${e instanceof Error ? e.message : String(e)}`);
      code = code || 1;
    }
    this.releaseLock?.();
    log('stopped');
    process.exit(code);
  }

  /** Second Ctrl-C: kill what is left at once. PGlite's files recover like after a power cut. */
  private force(): void {
    fail('forced stop');
    for (const c of this.children) c.kill();
    if (this.redis) {
      try {
        process.kill(this.redis.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    this.releaseLock?.();
    process.exit(130);
  }
}

class StoppingError extends Error {}

const launcher = new Launcher();
launcher.run().catch((e: unknown) => {
  if (e instanceof StoppingError) return; // a signal arrived during startup; shutdown() is running
  void launcher.shutdown(1, `startup failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
});
