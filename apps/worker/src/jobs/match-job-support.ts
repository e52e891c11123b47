import { Job, UnrecoverableError } from 'bullmq';
import { MatchSubjectGoneError } from '@wsp/matching';
import { isUuid } from '@wsp/common';


/** A uuid from the job data; a job without one can never succeed. */
export function uuidField(job: Job, field: string): string {
  const value = (job.data as Record<string, unknown>)[field];
  if (!isUuid(value)) throw new UnrecoverableError(`job ${job.name} without a valid ${field}`);
  return value;
}

export function optionalUuidField(job: Job, field: string): string | undefined {
  const value = (job.data as Record<string, unknown>)[field];
  return value === undefined || value === null ? undefined : uuidField(job, field);
}

export function stringField(job: Job, field: string): string | undefined {
  const value = (job.data as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}

/** This attempt is the job's last (BullMQ counts failed attempts in attemptsMade). */
export function isLastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/** The job's id: deterministic where we chose it, BullMQ's otherwise (scheduler iterations). */
export function idempotencyKeyOf(job: Job): string {
  return `${job.name}/${job.id ?? 'no-id'}`;
}

/** A deleted subject (or run) fails the job at once instead of retrying it. */
export async function unrecoverableWhenGone<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof MatchSubjectGoneError) throw new UnrecoverableError(e.message);
    throw e;
  }
}
