import 'reflect-metadata';
import { ConfigError, loadConfig } from '@wsp/config';
import { startWorker } from './bootstrap';

/**
 * Started by the local launcher (with an IPC channel): stop like on SIGTERM when the launcher
 * disappears, so that a killed launcher leaves no orphan behind.
 */
function stopWithParent(): void {
  if (!process.send) return;
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

async function main(): Promise<void> {
  stopWithParent();
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(78); // EX_CONFIG
    }
    throw e;
  }
  await startWorker(config);
}

main().catch((e: unknown) => {
  console.error(JSON.stringify({ level: 'fatal', context: 'worker', msg: 'worker failed to start', error: e instanceof Error ? e.stack : String(e) }));
  process.exit(1);
});
