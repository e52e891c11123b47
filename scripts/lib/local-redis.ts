import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { freePort, waitFor } from './net';

export interface LocalRedis {
  url: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

export function redisServerPath(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const p = r.stdout.trim();
  return r.status === 0 && p ? p : null;
}

/**
 * Starts a private redis-server on a free loopback port. With `dataDir` it persists (AOF) there;
 * without, it keeps everything in memory (tests). `detached` puts it in its own process group, so
 * that a Ctrl-C in the terminal reaches only its owner, which stops it last (the launcher).
 * `pidFile` lets a later run find a server left behind by an owner that was killed.
 */
export async function startLocalRedis(
  opts: { dataDir?: string; port?: number; detached?: boolean; pidFile?: string } = {},
): Promise<LocalRedis> {
  const bin = redisServerPath();
  if (!bin) throw new Error('redis-server not found. Run `npm run setup` (Debian: apt-get install -y redis-server).');
  const port = opts.port ?? (await freePort());
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'yes', '--daemonize', 'no'];
  if (opts.dataDir) {
    mkdirSync(opts.dataDir, { recursive: true });
    args.push('--dir', opts.dataDir, '--appendonly', 'yes', '--save', '');
  } else {
    args.push('--save', '', '--appendonly', 'no');
  }
  if (opts.pidFile) args.push('--pidfile', opts.pidFile);
  // BullMQ requires that Redis never evicts its keys.
  args.push('--maxmemory-policy', 'noeviction');
  const proc: ChildProcess = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: opts.detached ?? false });
  let out = '';
  let ready = false;
  const collect = (d: Buffer) => {
    if (ready) return; // only the startup output is needed
    out += d.toString();
    ready = out.includes('Ready to accept connections');
  };
  proc.stdout?.on('data', collect);
  proc.stderr?.on('data', collect);
  const exited = new Promise((r) => proc.once('exit', r));
  try {
    await waitFor(async () => {
      if (proc.exitCode !== null) throw new Error(`redis-server exited: ${out}`);
      return ready;
    }, 15_000, 'Redis');
  } catch (e) {
    if (proc.exitCode === null) proc.kill('SIGKILL');
    throw e;
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: proc.pid ?? 0,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) {
        proc.kill('SIGTERM'); // redis-server flushes its AOF and exits
        await exited;
      }
    },
  };
}
