import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrate } from '@wsp/database';

const ROOT = join(__dirname, '..', '..');

interface RunningEmbedded {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts scripts/embedded-postgres.ts (the same startEmbeddedPostgres the launcher uses) in a
 * child process: PGlite loads its WebAssembly with dynamic imports, which Jest's sandbox refuses.
 */
async function startEmbedded(dataDir: string, maxConnections: number): Promise<RunningEmbedded> {
  const proc: ChildProcess = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, 'scripts', 'embedded-postgres.ts'),
      '--data-dir', dataDir, '--port', '0', '--max-connections', String(maxConnections)],
    { cwd: ROOT, env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') }, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('embedded PostgreSQL did not start within 60 s')), 60_000);
    createInterface({ input: proc.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { url: string }).url);
    });
    void exited.then((code) => reject(new Error(`embedded PostgreSQL exited with ${code}`)));
  });
  return {
    url,
    async stop() {
      proc.kill('SIGTERM');
      expect(await exited).toBe(0); // a clean stop, not a crash
    },
  };
}

/**
 * The `npm start` default database: PGlite served over the Postgres wire protocol. All migrations
 * (including the reference-data load) run through a TypeORM DataSource over the socket, and
 * concurrent connections get correct answers (the scheduler in pglite-wire.ts).
 */
describe('embedded PostgreSQL (PGlite over a socket)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsp-pglite-'));
  let pg: RunningEmbedded;

  beforeAll(async () => {
    pg = await startEmbedded(join(dir, 'data'), 12);
  }, 90_000);

  afterAll(async () => {
    await pg?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs every migration over the socket', async () => {
    const started = Date.now();
    const ran = await migrate({ url: pg.url, poolSize: 2 });
    const ms = Date.now() - started;
    console.log(`[embedded-postgres] ${ran.length} migrations on PGlite in ${ms} ms`);
    expect(ran.length).toBeGreaterThan(0);
    expect(await migrate({ url: pg.url, poolSize: 2 })).toEqual([]);
  }, 240_000);

  it('answers queries and keeps transactions atomic through TypeORM', async () => {
    // No query logging: the duplicate key below is expected.
    const ds = new DataSource({ ...dataSourceOptions({ url: pg.url, poolSize: 3 }), logging: false });
    await ds.initialize();
    try {
      const [{ n }] = await ds.query<{ n: number }[]>('SELECT count(*)::int AS n FROM postcodes');
      expect(n).toBeGreaterThan(0);
      await ds.query('CREATE TABLE smoke (id int PRIMARY KEY, label text NOT NULL)');
      await ds.transaction(async (m) => {
        await m.query('INSERT INTO smoke VALUES ($1, $2)', [1, 'kept']);
      });
      await expect(
        ds.transaction(async (m) => {
          await m.query('INSERT INTO smoke VALUES ($1, $2)', [2, 'rolled back']);
          await m.query('INSERT INTO smoke VALUES ($1, $2)', [1, 'duplicate']);
        }),
      ).rejects.toThrow(/duplicate key/);
      expect(await ds.query('SELECT id, label FROM smoke ORDER BY id')).toEqual([{ id: 1, label: 'kept' }]);
    } finally {
      await ds.destroy();
    }
  });

  it('gives concurrent connections their own statements and transactions', async () => {
    const pools = [new Pool({ connectionString: pg.url, max: 4 }), new Pool({ connectionString: pg.url, max: 4 })];
    try {
      await pools[0].query('CREATE TABLE concurrent (id int PRIMARY KEY)');
      const results = await Promise.all(
        Array.from({ length: 200 }, async (_, i) => {
          const pool = pools[i % 2];
          if (i % 4 === 0) {
            const c = await pool.connect();
            try {
              await c.query('BEGIN');
              await c.query('INSERT INTO concurrent VALUES ($1)', [i]);
              const r = await c.query<{ id: number }>('SELECT id FROM concurrent WHERE id = $1', [i]);
              await c.query(i % 8 === 0 ? 'ROLLBACK' : 'COMMIT');
              return r.rows[0]?.id === i;
            } finally {
              c.release();
            }
          }
          const r = await pool.query<{ v: string; w: number }>('SELECT $1::text AS v, $2::int AS w', [`v${i}`, i]);
          return r.rows[0].v === `v${i}` && r.rows[0].w === i;
        }),
      );
      expect(results.every(Boolean)).toBe(true);
      const committed = Array.from({ length: 200 }, (_, i) => i).filter((i) => i % 4 === 0 && i % 8 !== 0);
      const rows = await pools[1].query<{ id: number }>('SELECT id FROM concurrent ORDER BY id');
      expect(rows.rows.map((r) => r.id)).toEqual(committed);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('rolls back the open transaction of a client that disconnects', async () => {
    const pool = new Pool({ connectionString: pg.url, max: 2 });
    try {
      await pool.query('CREATE TABLE abandoned (id int)');
      const c = await pool.connect();
      await c.query('BEGIN');
      await c.query('INSERT INTO abandoned VALUES (1)');
      c.release(new Error('drop this connection')); // closes the socket mid-transaction
      const r = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM abandoned');
      expect(r.rows[0].n).toBe(0);
    } finally {
      await pool.end();
    }
  });

  it('refuses connections beyond maxConnections with SQLSTATE 53300', async () => {
    const pool = new Pool({ connectionString: pg.url, max: 20 });
    try {
      const attempts = await Promise.allSettled(Array.from({ length: 16 }, () => pool.connect()));
      const refused = attempts.filter((a) => a.status === 'rejected');
      expect(refused.length).toBeGreaterThanOrEqual(4);
      expect(String(refused[0].reason)).toMatch(/too many clients/);
      for (const a of attempts) if (a.status === 'fulfilled') a.value.release();
    } finally {
      await pool.end();
    }
  });

  it('keeps the data across a restart on the same folder', async () => {
    await pg.stop();
    pg = await startEmbedded(join(dir, 'data'), 12);
    const pool = new Pool({ connectionString: pg.url, max: 1 });
    try {
      const r = await pool.query<{ label: string }>('SELECT label FROM smoke WHERE id = 1');
      expect(r.rows).toEqual([{ label: 'kept' }]);
      expect(await migrate({ url: pg.url, poolSize: 2 })).toEqual([]);
    } finally {
      await pool.end();
    }
  }, 90_000);
});
