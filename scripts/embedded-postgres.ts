/**
 * The embedded database (PGlite over the Postgres wire protocol) as a standalone process:
 *   node dist/scripts/embedded-postgres.js [--data-dir DIR] [--port N] [--max-connections N]
 * Prints one JSON line `{"url": ...}` when it accepts connections; stops cleanly on SIGINT/SIGTERM
 * or when its standard input closes (so that it never outlives a parent that reads its output).
 * Used by tests/integration/embedded-postgres.test.ts: PGlite's dynamic imports cannot run
 * inside Jest's module sandbox.
 */
import { startEmbeddedPostgres } from '@wsp/database';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const pg = await startEmbeddedPostgres({
    dataDir: arg('data-dir'),
    port: Number(arg('port') ?? 0),
    maxConnections: Number(arg('max-connections') ?? 20),
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    pg.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
  console.log(JSON.stringify({ url: pg.url, port: pg.port }));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
