import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { DEFAULT_JOB_OPTIONS, QueueName, QUEUES } from './jobs';
import { createRedis } from './redis';

export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

/** Producers for every queue, sharing one connection; closed on shutdown. */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();
  private readonly connection: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.connection = createRedis(config.redis.url, 'worker');
  }

  get(name: QueueName): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, { connection: this.connection, defaultJobOptions: DEFAULT_JOB_OPTIONS });
      this.queues.set(name, q);
    }
    return q;
  }

  all(): Queue[] {
    return Object.values(QUEUES).map((n) => this.get(n));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.connection.disconnect();
  }
}

@Injectable()
export class RedisClientHolder implements OnApplicationShutdown {
  readonly client: Redis;
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.client = createRedis(config.redis.url, 'client');
    // Connection errors are reported by /health; without a listener ioredis would log them raw.
    this.client.on('error', () => undefined);
  }
  onApplicationShutdown(): void {
    this.client.disconnect();
  }
}

@Global()
@Module({
  providers: [
    QueueRegistry,
    RedisClientHolder,
    { provide: REDIS_CLIENT, inject: [RedisClientHolder], useFactory: (h: RedisClientHolder) => h.client },
  ],
  exports: [QueueRegistry, REDIS_CLIENT],
})
export class QueueModule {}
