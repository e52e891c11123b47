#!/usr/bin/env node
// The npm registry mirror reachable here lacks some platform-only optional packages (macOS,
// Windows, 32-bit ARM builds of msgpackr-extract). `npm install` then leaves them out of
// package-lock.json, and `npm ci` refuses the lock as out of sync. This adds the missing
// entries as optional, platform-bound packages, exactly as npm writes them when the registry has
// them: npm ci skips them on other platforms, so it never needs to download them here.
// Run after `npm install` whenever the lock file changed.
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORM_PACKAGES = {
  '@msgpackr-extract/msgpackr-extract-darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  '@msgpackr-extract/msgpackr-extract-darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  '@msgpackr-extract/msgpackr-extract-linux-arm': { os: ['linux'], cpu: ['arm'] },
  '@msgpackr-extract/msgpackr-extract-win32-x64': { os: ['win32'], cpu: ['x64'] },
};

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
let added = 0;
for (const [name, platform] of Object.entries(PLATFORM_PACKAGES)) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const parent = Object.values(lock.packages).find((p) => p.optionalDependencies?.[name]);
  if (!parent) continue;
  lock.packages[key] = { version: parent.optionalDependencies[name], cpu: platform.cpu, license: 'MIT', optional: true, os: platform.os };
  added++;
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`[lockfile] added ${added} platform-only optional entries`);
