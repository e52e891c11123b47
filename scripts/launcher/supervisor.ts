import { ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const COLORS: Record<string, string> = { api: '\x1b[36m', worker: '\x1b[35m', launcher: '\x1b[33m' };
const useColor = process.stdout.isTTY === true && !process.env.NO_COLOR;

/** `[name]` padded, coloured on a terminal. */
export function prefix(name: string): string {
  const label = `[${name}]`.padEnd(10);
  return useColor ? `${COLORS[name] ?? ''}${label}\x1b[0m` : label;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * One child process of the launcher (the API or the worker). Its JSON log lines are forwarded
 * with a `[name]` prefix. It runs in its own process group, so a Ctrl-C in the terminal reaches
 * only the launcher, which stops the children first; an IPC channel lets the child notice when
 * the launcher disappears without stopping it (apps/*\/src/main.ts stop themselves then).
 */
export class ChildService {
  private readonly proc: ChildProcess;
  readonly exited: Promise<ExitInfo>;
  private stopping = false;

  constructor(
    readonly name: string,
    script: string,
    env: NodeJS.ProcessEnv,
  ) {
    this.proc = spawn(process.execPath, [script], {
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      detached: true,
    });
    this.exited = new Promise((resolve) => this.proc.once('exit', (code, signal) => resolve({ code, signal })));
    this.proc.on('error', (e) => process.stderr.write(`${prefix(name)} failed to spawn: ${e.message}\n`));
    for (const [stream, out] of [
      [this.proc.stdout, process.stdout],
      [this.proc.stderr, process.stderr],
    ] as const) {
      if (!stream) continue;
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => out.write(`${prefix(name)} ${line}\n`));
    }
  }

  get pid(): number | undefined {
    return this.proc.pid;
  }

  get running(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** True once `stop` was called: an exit after that is expected. */
  get isStopping(): boolean {
    return this.stopping;
  }

  /** SIGTERM (Nest closes its connections), then SIGKILL after `graceMs`. */
  async stop(graceMs = 10_000): Promise<ExitInfo> {
    this.stopping = true;
    if (this.running) {
      this.proc.kill('SIGTERM');
      const timer = setTimeout(() => this.kill(), graceMs);
      const info = await this.exited;
      clearTimeout(timer);
      return info;
    }
    return this.exited;
  }

  kill(): void {
    this.stopping = true;
    if (this.running) this.proc.kill('SIGKILL');
  }
}

/** Polls `url` until it answers 200; fails early when `child` exits, or after `timeoutMs`. */
export async function waitHealthy(url: string, child: ChildService, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  for (;;) {
    if (!child.running) throw new Error(`${child.name} exited before it became healthy`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}: ${await res.text()}`;
    } catch (e) {
      last = e instanceof Error ? e.message : String(e);
    }
    if (Date.now() > deadline) throw new Error(`${child.name} not healthy at ${url} after ${timeoutMs} ms (${last})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
