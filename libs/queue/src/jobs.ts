/**
 * Every queue and job of the platform, declared once. The worker refuses to start unless every
 * job name here has exactly one handler (see apps/worker/src/job-registry.ts).
 */
export const QUEUES = {
  /** Housekeeping on vacancies (expiry). */
  vacancies: 'vacancies',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  /** Scheduled: closes OPEN vacancies whose closing date has passed. Idempotent. */
  expireVacancies: { name: 'vacancy.expire', queue: QUEUES.vacancies },
} as const satisfies Record<string, { name: string; queue: QueueName }>;

export type JobName = (typeof JOBS)[keyof typeof JOBS]['name'];

/** Retry policy for every job: exponential backoff, failures kept for inspection. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;
