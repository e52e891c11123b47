import IORedis, { Redis, RedisOptions } from 'ioredis';

/**
 * One ioredis connection. BullMQ needs `maxRetriesPerRequest: null` for blocking workers; for
 * plain commands (health, queue producers) we fail fast instead of queueing forever.
 */
export function createRedis(url: string, purpose: 'worker' | 'client'): Redis {
  const options: RedisOptions = {
    maxRetriesPerRequest: purpose === 'worker' ? null : 1,
    enableOfflineQueue: purpose === 'worker',
    lazyConnect: false,
    connectionName: `wsp-${purpose}`,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  };
  return new IORedis(url, options);
}

/** PING with a timeout; never throws. */
export async function redisIsUp(redis: Redis, timeoutMs = 1_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const pong = await Promise.race([
      redis.ping(),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), timeoutMs))),
    ]);
    return pong === 'PONG';
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
