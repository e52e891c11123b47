import { createServer, Server } from 'node:http';
import { Redis } from 'ioredis';
import { QueueRegistry, redisIsUp } from '@wsp/queue';
import { WorkerService } from './worker.service';

/** The worker's only HTTP surface: GET /health (Redis, queues, workers), 503 when one is down. */
export function startWorkerHealthServer(deps: {
  port: number;
  host: string;
  redis: Redis;
  queues: QueueRegistry;
  worker: WorkerService;
}): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/health') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'not found' }));
      return;
    }
    void (async () => {
      const redis = await redisIsUp(deps.redis);
      const queues: Record<string, unknown> = {};
      if (redis) {
        for (const q of deps.queues.all()) {
          try {
            queues[q.name] = await q.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
          } catch {
            queues[q.name] = 'unavailable';
          }
        }
      }
      const workers = deps.worker.isRunning();
      const ok = redis && workers;
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(
        JSON.stringify({ status: ok ? 'ok' : 'error', checks: { redis: redis ? 'up' : 'down', workers: workers ? 'running' : 'stopped' }, queues }),
      );
    })();
  });
  return new Promise((resolve) => server.listen(deps.port, deps.host, () => resolve(server)));
}
