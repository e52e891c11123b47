import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { normaliseTerm } from '../embedded/text-index';
import { attributesOf, evaluate, FilterNode, parseFilter } from './meili-filter';

/**
 * An in-process stand-in for the parts of the Meilisearch HTTP API the adapter uses (indexes,
 * settings, documents, search, stats, tasks), for tests on machines without a Meilisearch server.
 * Behaves as documented where it matters to the adapter: unknown indexes give `index_not_found`,
 * filters and sorts on attributes that are not filterable/sortable are rejected, `maxTotalHits`
 * (default 1,000) caps what offset/limit can reach, `_geoRadius` uses its own Earth radius, and
 * tasks are asynchronous (enqueued, then polled). Not a substitute for the real contract run.
 */

interface FakeIndex {
  primaryKey: string;
  docs: Map<string, Record<string, any>>;
  filterable: Set<string>;
  sortable: Set<string>;
  searchable: string[];
  maxTotalHits: number;
}

interface FakeTask {
  uid: number;
  indexUid: string;
  status: 'succeeded' | 'failed';
  type: string;
  error: { code: string; message: string; type: string; link: string } | null;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class FakeMeilisearch {
  readonly indexes = new Map<string, FakeIndex>();
  private readonly tasks = new Map<number, FakeTask>();
  private nextTask = 0;
  /** Every search request body received (tests inspect the filters). */
  readonly searches: Record<string, any>[] = [];
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    try {
      const body = raw === '' ? undefined : JSON.parse(raw);
      const [status, payload] = this.route(req.method ?? 'GET', url, body);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(400, 'invalid_search_filter', (e as Error).message);
      res.writeHead(err.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: err.message, code: err.code, type: 'invalid_request', link: '' }));
    }
  }

  private route(method: string, url: URL, body: any): [number, unknown] {
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] === 'tasks' && method === 'GET') {
      const task = this.tasks.get(Number(parts[1]));
      if (!task) throw new ApiError(404, 'task_not_found', 'task not found');
      return [200, { ...task, enqueuedAt: new Date().toISOString() }];
    }
    if (parts[0] !== 'indexes') throw new ApiError(404, 'not_found', `no route ${url.pathname}`);
    if (parts.length === 1 && method === 'POST') {
      return this.task(body.uid, 'indexCreation', () => {
        if (this.indexes.has(body.uid)) throw new ApiError(409, 'index_already_exists', 'exists');
        this.indexes.set(body.uid, this.newIndex(body.primaryKey ?? 'id'));
      });
    }
    const uid = parts[1];
    const sub = parts.slice(2).join('/');
    if (sub === '' && method === 'DELETE') {
      return this.task(uid, 'indexDeletion', () => {
        if (!this.indexes.delete(uid)) throw new ApiError(404, 'index_not_found', `index ${uid} not found`);
      });
    }
    if (sub === 'settings' && method === 'PATCH') {
      return this.task(uid, 'settingsUpdate', () => {
        const index = this.indexes.get(uid) ?? this.indexes.set(uid, this.newIndex('id')).get(uid)!;
        if (body.filterableAttributes) index.filterable = new Set(body.filterableAttributes);
        if (body.sortableAttributes) index.sortable = new Set(body.sortableAttributes);
        if (body.searchableAttributes) index.searchable = body.searchableAttributes;
        if (body.pagination?.maxTotalHits) index.maxTotalHits = body.pagination.maxTotalHits;
      });
    }
    if (sub === 'documents' && method === 'POST') {
      return this.task(uid, 'documentAdditionOrUpdate', () => {
        const index = this.indexes.get(uid) ?? this.indexes.set(uid, this.newIndex(url.searchParams.get('primaryKey') ?? 'id')).get(uid)!;
        for (const d of body as Record<string, any>[]) index.docs.set(String(d[index.primaryKey]), d);
      });
    }
    if (sub === 'documents/delete-batch' && method === 'POST') {
      return this.task(uid, 'documentDeletion', () => {
        const index = this.index(uid);
        for (const id of body as string[]) index.docs.delete(String(id));
      });
    }
    const index = this.index(uid);
    if (sub === '' && method === 'GET') return [200, { uid, primaryKey: index.primaryKey }];
    if (sub === 'stats' && method === 'GET') {
      return [200, { numberOfDocuments: index.docs.size, isIndexing: false, fieldDistribution: {} }];
    }
    if (sub === 'documents' && method === 'GET') {
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const fields = url.searchParams.get('fields')?.split(',');
      const all = [...index.docs.values()];
      return [200, { results: all.slice(offset, offset + limit).map((d) => pick(d, fields)), offset, limit, total: all.length }];
    }
    if (sub === 'search' && method === 'POST') return [200, this.search(index, body)];
    throw new ApiError(404, 'not_found', `no route ${method} ${url.pathname}`);
  }

  private search(index: FakeIndex, body: Record<string, any>): unknown {
    this.searches.push(body);
    const filter = body.filter as string | (string | string[])[] | undefined;
    const nodes: FilterNode[] = [];
    const add = (f: string) => {
      const node = parseFilter(f);
      for (const a of attributesOf(node)) {
        if (!index.filterable.has(a)) throw new ApiError(400, 'invalid_search_filter', `Attribute ${a} is not filterable`);
      }
      nodes.push(node);
    };
    if (typeof filter === 'string') add(filter);
    else for (const f of filter ?? []) add(Array.isArray(f) ? f.map((x) => `(${x})`).join(' OR ') : f);
    const words = tokens(String(body.q ?? ''));
    let hits = [...index.docs.values()].filter((d) => nodes.every((n) => evaluate(n, d)));
    if (words.length > 0) hits = hits.filter((d) => matchesText(words, tokens(index.searchable.map((a) => String(d[a] ?? '')).join(' '))));
    for (const s of [...((body.sort as string[] | undefined) ?? [])].reverse()) {
      const [attr, dir] = s.split(':');
      if (!index.sortable.has(attr)) throw new ApiError(400, 'invalid_search_sort', `Attribute ${attr} is not sortable`);
      hits.sort((a, b) => (dir === 'desc' ? -1 : 1) * (Number(a[attr]) - Number(b[attr])));
    }
    const offset = Number(body.offset ?? 0);
    const limit = Number(body.limit ?? 20);
    const reachable = hits.slice(0, index.maxTotalHits);
    const fields = body.attributesToRetrieve as string[] | undefined;
    return {
      hits: reachable.slice(offset, offset + limit).map((d) => pick(d, fields)),
      query: body.q ?? '',
      processingTimeMs: 0,
      offset,
      limit,
      estimatedTotalHits: reachable.length,
    };
  }

  private index(uid: string): FakeIndex {
    const index = this.indexes.get(uid);
    if (!index) throw new ApiError(404, 'index_not_found', `Index \`${uid}\` not found.`);
    return index;
  }

  private newIndex(primaryKey: string): FakeIndex {
    return { primaryKey, docs: new Map(), filterable: new Set(), sortable: new Set(), searchable: ['*'], maxTotalHits: 1000 };
  }

  /** Runs the operation now but answers like Meilisearch: 202 with an enqueued task to poll. */
  private task(indexUid: string, type: string, run: () => void): [number, unknown] {
    const uid = this.nextTask++;
    let error: FakeTask['error'] = null;
    try {
      run();
    } catch (e) {
      const err = e as ApiError;
      error = { code: err.code ?? 'internal', message: err.message, type: 'invalid_request', link: '' };
    }
    this.tasks.set(uid, { uid, indexUid, status: error ? 'failed' : 'succeeded', type, error });
    return [202, { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt: new Date().toISOString() }];
  }
}

function pick(d: Record<string, any>, fields: string[] | undefined): Record<string, any> {
  if (!fields || fields.includes('*')) return d;
  return Object.fromEntries(fields.filter((f) => f in d).map((f) => [f, d[f]]));
}

const tokens = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(normaliseTerm);

/** matchingStrategy "all": every word, the last also as a prefix, 1 typo from 5 letters, 2 from 9. */
function matchesText(words: string[], docWords: string[]): boolean {
  return words.every((w, i) => {
    const typos = w.length >= 9 ? 2 : w.length >= 5 ? 1 : 0;
    return docWords.some((d) => d === w || (i === words.length - 1 && d.startsWith(w)) || (typos > 0 && editDistance(w, d) <= typos));
  });
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
