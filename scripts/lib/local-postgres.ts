import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor } from './net';

/** Debian's PostgreSQL 15 server binaries; override with PG_BIN. */
export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface LocalPostgres {
  url: (database: string) => string;
  port: number;
  stop(): Promise<void>;
}

function asPostgresUser(args: string[]): [string, string[]] {
  // initdb and postgres refuse to run as root; Debian ships a `postgres` system user.
  if (process.getuid?.() === 0) return ['runuser', ['-u', 'postgres', '--', ...args]];
  return [args[0], args.slice(1)];
}

/**
 * Starts a throw-away PostgreSQL 15 cluster on a free loopback port (trust auth, no fsync): used by
 * the test harness and the migration generator. Never used for real data.
 */
export async function startLocalPostgres(): Promise<LocalPostgres> {
  if (!existsSync(join(PG_BIN, 'postgres'))) {
    throw new Error(`PostgreSQL 15 not found in ${PG_BIN}. Install it with: apt-get install -y postgresql-15`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'wsp-pg-'));
  if (process.getuid?.() === 0) {
    const pw = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(pw.stdout.trim()), Number(gid.stdout.trim()));
  }
  const dataDir = join(dir, 'data');
  const [cmd, args] = asPostgresUser([join(PG_BIN, 'initdb'), '-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  const init = spawnSync(cmd, args, { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);

  const port = await freePort();
  const [pcmd, pargs] = asPostgresUser([
    join(PG_BIN, 'postgres'), '-D', dataDir, '-p', String(port), '-h', '127.0.0.1', '-k', dir,
    '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200',
  ]);
  const proc: ChildProcess = spawn(pcmd, pargs, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  await waitFor(async () => {
    if (proc.exitCode !== null) throw new Error(`postgres exited: ${stderr}`);
    const { Client } = await import('pg');
    const c = new Client({ connectionString: url('postgres'), connectionTimeoutMillis: 1_000 });
    try {
      await c.connect();
    } catch {
      return false; // not accepting connections yet (end() on a client that never connected can hang)
    }
    await c.end();
    return true;
  }, 30_000, 'PostgreSQL');

  return {
    url,
    port,
    async stop() {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        // Signal the postmaster itself: runuser ignores SIGINT while it waits for its child.
        const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
        if (pid > 0) process.kill(pid, 'SIGINT'); // fast shutdown
        else proc.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
