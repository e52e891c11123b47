import 'reflect-metadata';
import { ConfigError, loadConfig } from '@wsp/config';
import { createLogger } from '@wsp/common';
import { createApiApp } from './bootstrap';

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
  const app = await createApiApp(config);
  await app.listen(config.api.port, config.api.host);
  createLogger(config.logLevel, 'api').log({ msg: 'API listening', url: `http://${config.api.host}:${config.api.port}/graphql` });
}

main().catch((e: unknown) => {
  console.error(JSON.stringify({ level: 'fatal', context: 'api', msg: 'API failed to start', error: e instanceof Error ? e.stack : String(e) }));
  process.exit(1);
});
