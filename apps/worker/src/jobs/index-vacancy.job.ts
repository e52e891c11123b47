import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { JOBS } from '@wsp/queue';
import { SearchIndexer } from '@wsp/search';
import { JobHandler, JobHandlerFor } from '../job-handler';
import { uuidField } from './match-job-support';

/** { vacancyId }: (re)indexes one vacancy (status included) from Postgres; a deleted vacancy is removed. Idempotent. */
@Injectable()
@JobHandlerFor(JOBS.indexVacancy.name)
export class IndexVacancyJob implements JobHandler {
  constructor(private readonly indexer: SearchIndexer) {}

  async handle(job: Job): Promise<void> {
    await this.indexer.indexVacancy(uuidField(job, 'vacancyId'));
  }
}
