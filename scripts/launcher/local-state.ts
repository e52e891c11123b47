import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { freePort, isPortFree } from '../lib/net';

/** The repository root: the nearest folder up from here with a package.json (works from dist/ too). */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function commandOf(pid: number): string {
  const r = spawnSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

/** One launcher per data folder: refuses to start while another one is running. */
export function acquireLock(dataDir: string): () => void {
  const file = join(dataDir, 'launcher.pid');
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8').trim());
    if (pid > 0 && pid !== process.pid && isAlive(pid) && commandOf(pid).includes('launcher')) {
      throw new Error(`Another launcher (pid ${pid}) is already running on ${dataDir}. Stop it first (Ctrl-C).`);
    }
  }
  writeFileSync(file, String(process.pid));
  return () => {
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file);
    } catch {
      // already gone
    }
  };
}

/**
 * A redis-server left running by a launcher that was killed (SIGKILL gives it no chance to stop
 * its children) still owns the AOF files; stop it before starting a new one.
 */
export async function stopStaleRedis(pidFile: string): Promise<number | null> {
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  rmSync(pidFile, { force: true });
  if (!(pid > 0) || !isAlive(pid) || !commandOf(pid).includes('redis-server')) return null;
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  return pid;
}

/** The JWT signing secret of this machine's local installation: generated once, kept in .data. */
export function localJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= 32) return secret;
  }
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

/**
 * The port from the environment variable (must be free), else the default when it is free,
 * else any free port.
 */
export async function choosePort(envName: string | null, fallback: number, host = '127.0.0.1'): Promise<number> {
  const raw = envName ? process.env[envName] : undefined;
  if (raw !== undefined && raw !== '') {
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${envName} must be a port number, got "${raw}"`);
    if (port !== 0 && !(await isPortFree(port, host))) throw new Error(`${envName}=${port} is already in use`);
    return port === 0 ? freePort() : port;
  }
  return (await isPortFree(fallback, host)) ? fallback : freePort();
}

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
