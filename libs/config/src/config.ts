import { z } from 'zod';

/**
 * The one typed configuration of the platform. It is read once at boot (see `loadConfig`)
 * and injected everywhere else; no other code reads `process.env`.
 */
const intFromEnv = (def: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: intFromEnv(3000, 0, 65535),
  WORKER_HEALTH_PORT: intFromEnv(3001, 0, 65535),
  DATABASE_URL: z
    .string({ error: 'is required (postgres://user:pass@host:port/db)' })
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
  DATABASE_POOL_SIZE: intFromEnv(10, 1, 100),
  REDIS_URL: z
    .string({ error: 'is required (redis://host:port)' })
    .regex(/^rediss?:\/\//, 'must be a redis:// URL'),
  JWT_SECRET: z
    .string({ error: 'is required (at least 32 characters)' })
    .min(32, 'must be at least 32 characters'),
  JWT_EXPIRES_IN_SECONDS: intFromEnv(8 * 3600, 60, 30 * 24 * 3600),
  GRAPHQL_MAX_DEPTH: intFromEnv(8, 2, 50),
  GRAPHQL_MAX_COMPLEXITY: intFromEnv(5000, 10, 1_000_000),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  /** IANA zone the WSP works in; dates such as "due today" and "expired" are judged in it. */
  TIME_ZONE: z.string().default('Europe/Amsterdam'),
  /** Cron pattern of the scheduled job that expires vacancies past their closing date. */
  VACANCY_EXPIRY_CRON: z.string().default('5 0 * * *'),
  /** BullMQ job lock (ms): a job of a worker that died is taken over after at most lock + stalled interval. */
  WORKER_LOCK_DURATION_MS: intFromEnv(30_000, 500, 600_000),
  WORKER_STALLED_INTERVAL_MS: intFromEnv(30_000, 500, 600_000),
  /** How often the worker moves outbox events to jobs (ms). */
  OUTBOX_DISPATCH_INTERVAL_MS: intFromEnv(2_000, 200, 600_000),
  /** Matches kept per vacancy (and per candidate) by a matching run. */
  MATCH_TOP_N: intFromEnv(50, 1, 500),
  /** Batch assignment of a full run: at most this many proposals per vacancy (S) ... */
  MATCH_PROPOSALS_PER_VACANCY: intFromEnv(10, 1, 500),
  /** ... and per candidate (K), so nobody is flooded with proposals. */
  MATCH_PROPOSALS_PER_CANDIDATE: intFromEnv(3, 1, 50),
  /** Cron pattern of the nightly full matching run (every open vacancy, then the batch assignment). */
  MATCH_ALL_CRON: z.string().default('30 2 * * *'),
  /**
   * Key of the HMAC-SHA256 under which candidates' BSNs are stored (the BSN itself never is).
   * Required in production; changing it makes every stored hash useless for duplicate detection.
   */
  BSN_HMAC_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Retrieval engine of the matching: in-process index (default) or a Meilisearch server. */
  SEARCH_ENGINE: z.enum(['embedded', 'meilisearch']).default('embedded'),
  /** Meilisearch server; required when SEARCH_ENGINE=meilisearch. */
  MEILI_URL: z.string().regex(/^https?:\/\//, 'must be an http(s):// URL').optional(),
  /** Meilisearch API key (a secret: never log it). Optional for a server without keys. */
  MEILI_MASTER_KEY: z.string().min(1).optional(),
});

/**
 * Used only when NODE_ENV is development or test and BSN_HMAC_KEY is unset, so that local runs
 * and tests need no secret. Never accepted in production.
 */
export const INSECURE_DEV_BSN_HMAC_KEY = 'INSECURE-development-only-bsn-hmac-key-do-not-use-in-production';

export type AppConfig = {
  nodeEnv: 'development' | 'production' | 'test';
  isProduction: boolean;
  api: { host: string; port: number };
  worker: { healthPort: number; vacancyExpiryCron: string; lockDurationMs: number; stalledIntervalMs: number; outboxDispatchIntervalMs: number };
  matching: { topN: number; proposalsPerVacancy: number; proposalsPerCandidate: number; fullRunCron: string };
  database: { url: string; poolSize: number };
  redis: { url: string };
  auth: { jwtSecret: string; jwtExpiresInSeconds: number };
  /** `bsnHmacKey` is a secret: never log it. */
  privacy: { bsnHmacKey: string };
  graphql: { maxDepth: number; maxComplexity: number };
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  timeZone: string;
  /** `meili.apiKey` is a secret: never log it. */
  search: { engine: 'embedded' | 'meilisearch'; meili: { url: string; apiKey?: string } | null };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment and returns the typed config; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`),
    );
  }
  const e = parsed.data;
  try {
    new Intl.DateTimeFormat('en', { timeZone: e.TIME_ZONE });
  } catch {
    throw new ConfigError([`TIME_ZONE is not a known IANA time zone: ${e.TIME_ZONE}`]);
  }
  if (e.NODE_ENV === 'production' && !e.BSN_HMAC_KEY) {
    throw new ConfigError(['BSN_HMAC_KEY is required in production (at least 32 characters)']);
  }
  if (e.SEARCH_ENGINE === 'meilisearch' && !e.MEILI_URL) {
    throw new ConfigError(['MEILI_URL is required when SEARCH_ENGINE=meilisearch']);
  }
  return {
    nodeEnv: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    api: { host: e.API_HOST, port: e.API_PORT },
    worker: {
      healthPort: e.WORKER_HEALTH_PORT,
      vacancyExpiryCron: e.VACANCY_EXPIRY_CRON,
      lockDurationMs: e.WORKER_LOCK_DURATION_MS,
      stalledIntervalMs: e.WORKER_STALLED_INTERVAL_MS,
      outboxDispatchIntervalMs: e.OUTBOX_DISPATCH_INTERVAL_MS,
    },
    matching: {
      topN: e.MATCH_TOP_N,
      proposalsPerVacancy: e.MATCH_PROPOSALS_PER_VACANCY,
      proposalsPerCandidate: e.MATCH_PROPOSALS_PER_CANDIDATE,
      fullRunCron: e.MATCH_ALL_CRON,
    },
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE },
    redis: { url: e.REDIS_URL },
    auth: { jwtSecret: e.JWT_SECRET, jwtExpiresInSeconds: e.JWT_EXPIRES_IN_SECONDS },
    privacy: { bsnHmacKey: e.BSN_HMAC_KEY ?? INSECURE_DEV_BSN_HMAC_KEY },
    graphql: { maxDepth: e.GRAPHQL_MAX_DEPTH, maxComplexity: e.GRAPHQL_MAX_COMPLEXITY },
    logLevel: e.LOG_LEVEL,
    timeZone: e.TIME_ZONE,
    search: {
      engine: e.SEARCH_ENGINE,
      meili: e.MEILI_URL ? { url: e.MEILI_URL, ...(e.MEILI_MASTER_KEY ? { apiKey: e.MEILI_MASTER_KEY } : {}) } : null,
    },
  };
}
