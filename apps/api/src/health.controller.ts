import { Controller, Get, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '@wsp/auth';
import { REDIS_CLIENT, redisIsUp } from '@wsp/queue';

async function databaseIsUp(ds: DataSource, timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      ds.query('SELECT 1'),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), timeoutMs))),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Liveness and readiness: 200 when the database and Redis answer, 503 otherwise. */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
  ) {}

  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const [database, redis] = await Promise.all([databaseIsUp(this.ds), redisIsUp(this.redis)]);
    const ok = database && redis;
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ok' : 'error',
      checks: { database: database ? 'up' : 'down', redis: redis ? 'up' : 'down' },
    });
  }
}
