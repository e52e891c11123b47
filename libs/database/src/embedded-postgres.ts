import { mkdirSync } from 'node:fs';
import { Extension, PGlite } from '@electric-sql/pglite';
import { PgliteWireServer } from './pglite-wire';

export interface EmbeddedPostgres {
  url: string;
  port: number;
  /** Connections currently open on the wire server. */
  connections(): number;
  stop(): Promise<void>;
}

/**
 * Postgres extensions (beyond the built-in ones) that a migration may CREATE in the embedded
 * database; a migration that needs another contrib extension must add it here too. Loaded with
 * require: moduleResolution "node" does not see the package's subpath exports, Node does.
 */
function contribExtensions(): Record<string, Extension> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };
  const { unaccent } = require('@electric-sql/pglite/contrib/unaccent') as { unaccent: Extension };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return { pg_trgm, unaccent };
}

/**
 * The local default database: PGlite (Postgres compiled to WASM) with its data in `dataDir`
 * (or in memory when it is omitted), served over the Postgres wire protocol (pglite-socket
 * handlers with a transaction-aware scheduler, see pglite-wire.ts) so that the API and worker
 * processes connect to it like to any Postgres server. `maxConnections` must cover the pools of
 * every process that connects; a connection beyond it is refused with SQLSTATE 53300.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir?: string;
  port: number;
  maxConnections: number;
  host?: string;
}): Promise<EmbeddedPostgres> {
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir: opts.dataDir, extensions: contribExtensions() });
  const host = opts.host ?? '127.0.0.1';
  const server = new PgliteWireServer(db, { host, port: opts.port, maxConnections: opts.maxConnections });
  let port: number;
  try {
    port = await server.start();
  } catch (e) {
    await db.close();
    throw e;
  }
  return {
    url: `postgres://postgres:postgres@${host}:${port}/postgres?sslmode=disable`,
    port,
    connections: () => server.connectionCount,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
