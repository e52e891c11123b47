#!/usr/bin/env node
// Makes sure the local services the launcher and the test suite need are installed:
// Debian's redis-server (always) and PostgreSQL 15 (for the integration tests).
// As root on Debian/Ubuntu it installs what is missing with apt; elsewhere it prints the command.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const onPath = (bin) => spawnSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' }).status === 0;
const needTests = process.argv.includes('--tests');

const missing = [];
if (!process.env.REDIS_URL && !onPath('redis-server') && !existsSync('/usr/bin/redis-server')) missing.push('redis-server');
if (needTests && !existsSync('/usr/lib/postgresql/15/bin/postgres')) missing.push('postgresql-15');

if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = onPath('apt-get');
const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;

if (isRoot && hasApt) {
  console.log(`[setup] installing ${missing.join(', ')} with apt`);
  execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  process.exit(0);
}

const hint = hasApt
  ? `sudo ${command.replace('&& apt-get', '&& sudo apt-get')}`
  : process.platform === 'darwin'
    ? `brew install ${missing.map((m) => (m === 'postgresql-15' ? 'postgresql@15' : 'redis')).join(' ')}`
    : `install ${missing.join(' and ')} with your package manager`;
console.error(`[setup] missing: ${missing.join(', ')}.\n[setup] install it with:\n  ${hint}\n[setup] or set REDIS_URL to an existing Redis server.`);
process.exit(1);
