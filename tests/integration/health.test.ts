import { AddressInfo } from 'node:net';
import { startLocalRedis, LocalRedis } from '../../scripts/lib/local-redis';
import { RunningWorker, startWorker } from '../../apps/worker/src/bootstrap';
import { TestApi } from '@wsp/testing/api';
import { createTestDatabase, dropTestDatabase, testConfig } from '@wsp/testing/harness';

interface Health {
  status: number;
  body: { status: string; checks: Record<string, string> };
}

async function health(url: string): Promise<Health> {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: (await res.json()) as Health['body'] };
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const workerUrl = (w: RunningWorker) => `http://127.0.0.1:${(w.health.address() as AddressInfo).port}/health`;

describe('/health of the API and the worker', () => {
  describe('with their own Redis, which goes down and comes back', () => {
    let redis: LocalRedis;
    let api: TestApi;
    let worker: RunningWorker;
    let workerDb: { name: string; url: string };

    beforeAll(async () => {
      redis = await startLocalRedis();
      api = await TestApi.start({ REDIS_URL: redis.url });
      workerDb = await createTestDatabase();
      worker = await startWorker(testConfig(workerDb.url, { REDIS_URL: redis.url }), { logger: false });
    });

    afterAll(async () => {
      await worker?.stop();
      await api?.stop();
      await redis?.stop();
      if (workerDb) await dropTestDatabase(workerDb.name);
    });

    it('are 200 when everything is up', async () => {
      const a = await health(`${api.url}/health`);
      expect(a).toEqual({ status: 200, body: { status: 'ok', checks: { database: 'up', redis: 'up' } } });
      const w = await health(workerUrl(worker));
      expect(w.status).toBe(200);
      expect(w.body.checks).toEqual({ redis: 'up', workers: 'running' });
    });

    it('are 503 naming Redis while it is down, and 200 again once it is back', async () => {
      const port = redis.port;
      await redis.stop();

      const a = await health(`${api.url}/health`);
      expect(a.status).toBe(503);
      expect(a.body).toEqual({ status: 'error', checks: { database: 'up', redis: 'down' } });
      const w = await health(workerUrl(worker));
      expect(w.status).toBe(503);
      expect(w.body.checks.redis).toBe('down');

      redis = await startLocalRedis({ port });
      await eventually(async () => (await health(`${api.url}/health`)).status === 200);
      await eventually(async () => (await health(workerUrl(worker))).status === 200);
    }, 60_000);
  });

  describe('when the database is unreachable', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await TestApi.start();
    });
    afterAll(async () => {
      await api?.stop();
    });

    it('the API answers 503 naming the database', async () => {
      expect((await health(`${api.url}/health`)).status).toBe(200);
      await dropTestDatabase(api.db.name); // terminates the pool's connections; reconnects fail
      const a = await health(`${api.url}/health`);
      expect(a.status).toBe(503);
      expect(a.body).toEqual({ status: 'error', checks: { database: 'down', redis: 'up' } });
    });
  });
});
