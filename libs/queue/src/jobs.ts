/**
 * Every queue and job of the platform, declared once. The worker refuses to start unless every
 * job name here has exactly one handler (see apps/worker/src/job-registry.ts).
 *
 * Job payloads carry ids only (never personal data). Job ids, where given, are deterministic
 * (derived from what the job is about), so that adding the same job twice is a no-op in BullMQ.
 */
export const QUEUES = {
  /** Housekeeping on vacancies (expiry). */
  vacancies: 'vacancies',
  /** Matching runs: one vacancy, one candidate, a full run with its children and finalisation. */
  matching: 'matching',
  /** Keeping the search indexes of the matching in step with Postgres. */
  search: 'search',
  /** Moving transactional outbox events to jobs. */
  outbox: 'outbox',
  /** Social return: placement-based realisations kept in step with the placements. */
  sroi: 'sroi',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  /** Scheduled: closes OPEN vacancies whose closing date has passed. Idempotent. */
  expireVacancies: { name: 'vacancy.expire', queue: QUEUES.vacancies },
  /** { vacancyId, runId?, trigger? }: re-match one vacancy (VACANCY run); a vacancy that is not open loses its matches. */
  matchVacancy: { name: 'match.vacancy', queue: QUEUES.matching },
  /** { candidateId, runId?, trigger? }: re-match one candidate against the open vacancies (CANDIDATE run). */
  matchCandidate: { name: 'match.candidate', queue: QUEUES.matching },
  /** { runId? }: a FULL run: fixes the open vacancies of the run and fans out one child per vacancy. Nightly by scheduler. */
  matchAll: { name: 'match.all', queue: QUEUES.matching },
  /** { runId, vacancyId }: one vacancy of a FULL run; counts towards its progress once. */
  matchAllVacancy: { name: 'match.all.vacancy', queue: QUEUES.matching },
  /** { runId }: after every child of a FULL run: the batch assignment (proposals) and the report. */
  matchAllFinalize: { name: 'match.all.finalize', queue: QUEUES.matching },
  /**
   * { employerId, profile, referenceDate, limit }: the top N candidates for a vacancy profile that is
   * not saved (a draft: occupation and skill ids, hours, PC4 centroid; no personal data), returned
   * as the job's value; writes nothing. Id `match.preview:<sha256 of the data>:<referenceDate>`
   * (MATCH_PREVIEW_JOB_OPTIONS). Asked and awaited by the API (sroiDraftSuggestions).
   */
  matchPreview: { name: 'match.preview', queue: QUEUES.matching },
  /** { candidateId }: (re)index one candidate; removes it from the index when it is gone. */
  indexCandidate: { name: 'search.index-candidate', queue: QUEUES.search },
  /** { vacancyId }: (re)index one vacancy; removes it from the index when it is gone. */
  indexVacancy: { name: 'search.index-vacancy', queue: QUEUES.search },
  /** Repeatable: reads undispatched outbox events and enqueues the jobs they trigger. */
  dispatchOutbox: { name: 'outbox.dispatch', queue: QUEUES.outbox },
  /** Repeatable: proposes counting placements as SROI realisations and revalues running ones. Idempotent. */
  sroiSync: { name: 'sroi.sync', queue: QUEUES.sroi },
} as const satisfies Record<string, { name: string; queue: QueueName }>;

export type JobName = (typeof JOBS)[keyof typeof JOBS]['name'];

/** Retry policy for every job: exponential backoff, failures kept for inspection. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

/**
 * `match.preview`: someone is waiting for the answer, so one quick retry only; a completed preview
 * answers the same question again for 10 minutes, a failed one is kept an hour for inspection.
 */
export const MATCH_PREVIEW_JOB_OPTIONS = {
  attempts: 2,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 600 },
  removeOnFail: { age: 3600 },
} as const;

/**
 * A BullMQ custom job id: either free of ':' or exactly three ':'-separated parts (BullMQ's rule),
 * e.g. `match.vacancy:<vacancyId>:e<outboxEventId>`.
 */
export function jobId(kind: JobName, subject: string, discriminator: string): string {
  if (subject.includes(':') || discriminator.includes(':')) throw new Error('job id parts must not contain ":"');
  return `${kind}:${subject}:${discriminator}`;
}
