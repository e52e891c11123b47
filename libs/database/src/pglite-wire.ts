import { createServer, Server, Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler, PGLiteSocketHandlerOptions } from '@electric-sql/pglite-socket';

/**
 * PGlite is one single-session Postgres backend. pglite-socket multiplexes client connections
 * onto it message by message, which interleaves the extended-protocol messages of concurrent
 * connections (A:Parse, B:Parse, A:Bind binds B's statement: "portal does not exist", or worse,
 * wrong rows). This scheduler gives the backend to one connection at a time and only hands it
 * over at a protocol boundary: after a ReadyForQuery with status Idle, i.e. after a Sync or a
 * simple query outside a transaction block. A connection in a transaction keeps the backend
 * until COMMIT/ROLLBACK; the others wait (at most `waitTimeoutMs`, then their socket is closed).
 *
 * It implements the queue interface that PGLiteSocketHandler calls (enqueue,
 * clearQueueForHandler, clearTransactionIfNeeded); tests/integration/embedded-postgres.test.ts
 * checks concurrent pools against it.
 */
export class PgliteBackendScheduler {
  private owner: number | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private readonly waiters: { handlerId: number; resolve: () => void; reject: (e: Error) => void; timer: NodeJS.Timeout }[] = [];

  constructor(
    private readonly db: PGlite,
    private readonly waitTimeoutMs = 30_000,
  ) {}

  async enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    if (message[0] === 0x58 /* 'X' Terminate: the client is leaving; never forwarded */) {
      await this.clearTransactionIfNeeded(handlerId);
      return 0;
    }
    await this.acquire(handlerId);
    let bytes = 0;
    let tail: Uint8Array = new Uint8Array(0);
    const run = this.db.runExclusive(() =>
      this.db.execProtocolRawStream(message, {
        onRawData: (chunk: Uint8Array) => {
          bytes += chunk.length;
          tail = lastBytes(tail, chunk, 6);
          onData(chunk);
        },
      }),
    );
    this.running = run.catch(() => undefined);
    try {
      await run;
    } catch (e) {
      await this.reset(handlerId);
      throw e;
    }
    // Hand over only after a message that ends with ReadyForQuery ('Z', int32 length 5, status
    // byte I(dle), T(ransaction) or E(rror in transaction)) with status Idle: Sync, simple Query
    // or the startup message (whose first byte is the high byte of its length, 0).
    const boundary = message[0] === 0x53 || message[0] === 0x51 || message[0] === 0;
    if (boundary && tail.length === 6 && tail[0] === 0x5a && tail[4] === 5 && tail[5] === 0x49) this.handOver(handlerId);
    return bytes;
  }

  clearQueueForHandler(handlerId: number): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const w = this.waiters[i];
      if (w.handlerId !== handlerId) continue;
      this.waiters.splice(i, 1);
      clearTimeout(w.timer);
      w.reject(new Error('Handler disconnected'));
    }
  }

  /** Called when a connection goes away: undo whatever it left open and free the backend. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    await this.running;
    await this.reset(handlerId);
  }

  getQueueLength(): number {
    return this.waiters.length;
  }

  private async reset(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    try {
      // Sync ends a half-sent extended-protocol batch; ROLLBACK ends an open transaction block.
      await this.db.runExclusive(() => this.db.execProtocolRaw(new Uint8Array([0x53, 0, 0, 0, 4])));
      if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    } finally {
      this.handOver(handlerId);
    }
  }

  private acquire(handlerId: number): Promise<void> {
    if (this.owner === null || this.owner === handlerId) {
      this.owner = handlerId;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        handlerId,
        resolve,
        reject,
        timer: setTimeout(() => {
          const i = this.waiters.indexOf(waiter);
          if (i >= 0) this.waiters.splice(i, 1);
          reject(new Error(`waited ${this.waitTimeoutMs} ms for the embedded database (connection ${this.owner} holds a transaction)`));
        }, this.waitTimeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  private handOver(from: number): void {
    if (this.owner !== from) return;
    const next = this.waiters.shift();
    if (!next) {
      this.owner = null;
      return;
    }
    clearTimeout(next.timer);
    this.owner = next.handlerId;
    next.resolve();
  }
}

function lastBytes(prev: Uint8Array, chunk: Uint8Array, n: number): Uint8Array {
  if (chunk.length >= n) return chunk.slice(chunk.length - n);
  const joined = new Uint8Array(prev.length + chunk.length);
  joined.set(prev);
  joined.set(chunk, prev.length);
  return joined.slice(Math.max(0, joined.length - n));
}

/** An ErrorResponse (FATAL 53300) for connections beyond the limit, so clients report it properly. */
function tooManyConnections(): Buffer {
  const fields = Buffer.concat(
    [['S', 'FATAL'], ['V', 'FATAL'], ['C', '53300'], ['M', 'sorry, too many clients already (embedded database)']].map(([k, v]) =>
      Buffer.concat([Buffer.from(k), Buffer.from(v), Buffer.from([0])]),
    ),
  );
  const body = Buffer.concat([fields, Buffer.from([0])]);
  const len = Buffer.alloc(4);
  len.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from('E'), len, body]);
}

/** A TCP server speaking the Postgres wire protocol for one PGlite instance. */
export class PgliteWireServer {
  private server: Server | null = null;
  private readonly handlers = new Set<PGLiteSocketHandler>();
  private readonly sockets = new Set<Socket>();
  private readonly scheduler: PgliteBackendScheduler;

  constructor(
    db: PGlite,
    private readonly opts: { host: string; port: number; maxConnections: number },
  ) {
    this.scheduler = new PgliteBackendScheduler(db);
  }

  /** Starts listening; resolves with the bound port. */
  start(): Promise<number> {
    const server = createServer((socket) => this.accept(socket));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.opts.port, this.opts.host, () => {
        server.off('error', reject);
        const addr = server.address();
        resolve(typeof addr === 'object' && addr ? addr.port : this.opts.port);
      });
    });
  }

  get connectionCount(): number {
    return this.handlers.size;
  }

  private accept(socket: Socket): void {
    socket.on('error', () => undefined);
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    if (this.handlers.size >= this.opts.maxConnections) {
      socket.end(tooManyConnections());
      // Clients do not always close their side after a startup error; do not wait for them.
      setTimeout(() => socket.destroy(), 1_000).unref();
      return;
    }
    const handler = new PGLiteSocketHandler({
      queryQueue: this.scheduler as unknown as PGLiteSocketHandlerOptions['queryQueue'],
      closeOnDetach: true,
    });
    this.handlers.add(handler);
    const forget = () => this.handlers.delete(handler);
    handler.addEventListener('close', forget);
    handler.addEventListener('error', forget);
    socket.on('close', forget);
    handler.attach(socket).catch(() => {
      forget();
      socket.destroy();
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    await Promise.all([...this.handlers].map((h) => h.detach(true).catch(() => undefined)));
    for (const s of this.sockets) s.destroy();
    this.handlers.clear();
    this.sockets.clear();
    if (server) await new Promise<void>((r) => server.close(() => r()));
  }
}
