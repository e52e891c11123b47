import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { draftVacancyProfile, InvalidMatchPreviewDataError, MatchingPipeline, MatchPreviewData, MatchPreviewResult, parseMatchPreviewData, toPreviewResult } from '@wsp/matching';
import { JOBS } from '@wsp/queue';
import { JobHandler, JobHandlerFor, UnrecoverableError } from '../job-handler';

/**
 * { employerId, profile, referenceDate, limit }: the top N candidates for a draft vacancy profile
 * (MatchingPipeline.forProfile: the same retrieval, bounds, score extensions and active placements
 * as a vacancy run), returned as plain JSON; nothing is written. Invalid data fails without retry.
 */
@Injectable()
@JobHandlerFor(JOBS.matchPreview.name)
export class MatchPreviewJob implements JobHandler {
  constructor(private readonly pipeline: MatchingPipeline) {}

  async handle(job: Job): Promise<MatchPreviewResult> {
    const data = previewDataOf(job);
    const { matches, stats } = await this.pipeline.forProfile(draftVacancyProfile(data), { referenceDate: data.referenceDate, limit: data.limit });
    return toPreviewResult(matches, stats);
  }
}

/** The job's data, checked; a job with invalid data can never succeed. */
export function previewDataOf(job: Job): MatchPreviewData {
  try {
    return parseMatchPreviewData(job.data);
  } catch (e) {
    if (e instanceof InvalidMatchPreviewDataError) throw new UnrecoverableError(`job ${job.name}: ${e.message}`);
    throw e;
  }
}
