import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * The local default database: PGlite (Postgres compiled to WASM) with its data in `dataDir`,
 * served over the Postgres wire protocol so that the API and worker processes connect to it like
 * to any Postgres server. `maxConnections` must cover the pools of every process that connects.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  maxConnections: number;
}): Promise<EmbeddedPostgres> {
  mkdirSync(opts.dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir: opts.dataDir });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: opts.port, maxConnections: opts.maxConnections });
  await server.start();
  const address = server.getServerConn();
  const port = Number(address.split(':').pop());
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
