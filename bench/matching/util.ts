/** Small helpers shared by the matching benchmark (no I/O beyond stdout and /proc). */
import { readFileSync } from 'node:fs';

export const out = (line: string): void => void process.stdout.write(`${line}\n`);

/** Milliseconds since `t0` (process.hrtime.bigint()). */
export const msSince = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

export interface LatencySummary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export function summarize(ms: readonly number[]): LatencySummary {
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return {
    n: ms.length,
    p50: r2(percentile(ms, 50)),
    p95: r2(percentile(ms, 95)),
    p99: r2(percentile(ms, 99)),
    mean: r2(ms.reduce((a, b) => a + b, 0) / Math.max(1, ms.length)),
    max: r2(Math.max(...ms)),
  };
}

export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** VmRSS and VmHWM (peak RSS) of a process in bytes, from /proc/<pid>/status; null when it is gone. */
export function processMemory(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

export const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** `--name=value` from argv. */
export function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
}

export function numArg(name: string, def: number): number {
  const v = arg(name);
  if (v === undefined) return def;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number`);
  return n;
}

export const flag = (name: string): boolean => process.argv.includes(`--${name}`);
