import { SetMetadata } from '@nestjs/common';
import { Job } from 'bullmq';
import { JobName } from '@wsp/queue';

export const JOB_HANDLER_KEY = 'wsp:jobHandler';

/** Marks a provider as the one handler of a job name. */
export const JobHandlerFor = (name: JobName): ClassDecorator => SetMetadata(JOB_HANDLER_KEY, name);

export interface JobHandler {
  handle(job: Job): Promise<unknown>;
}

/**
 * A job that can never succeed (its subject was deleted, its data is invalid) throws this: BullMQ
 * then fails it at once instead of retrying it.
 */
export { UnrecoverableError } from 'bullmq';
