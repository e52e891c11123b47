import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { JOBS } from '@wsp/queue';
import { SearchIndexer } from '@wsp/search';
import { JobHandler, JobHandlerFor } from '../job-handler';
import { uuidField } from './match-job-support';

/** { candidateId }: (re)indexes one candidate from Postgres; a deleted candidate is removed from the index. Idempotent. */
@Injectable()
@JobHandlerFor(JOBS.indexCandidate.name)
export class IndexCandidateJob implements JobHandler {
  constructor(private readonly indexer: SearchIndexer) {}

  async handle(job: Job): Promise<void> {
    await this.indexer.indexCandidate(uuidField(job, 'candidateId'));
  }
}
