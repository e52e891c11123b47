import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, todayIn } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { MatchRunEntity, MatchRunKind, MatchRunStatus } from '../entities/match-run.entity';
import { MatchScopeKind } from '../entities/match-scope.entity';
import { MatchingPipeline, SubjectMatches } from '../pipeline/matching-pipeline';
import { ApplyResult, MatchStore } from '../store/match-store';
import { MatchRunService } from './match-run.service';

/** The subject of a run was deleted: the job can never succeed (the worker fails it without retrying). */
export class MatchSubjectGoneError extends Error {
  constructor(readonly subject: 'vacancy' | 'candidate' | 'run') {
    super(`${subject} no longer exists`);
    this.name = 'MatchSubjectGoneError';
  }
}

/** A job's reference to its run: the run id (runs requested through the API) or the job id as key. */
export interface RunRequest {
  subjectId: string;
  runId?: string;
  trigger?: string;
  /** The job id: a retry of the same job finds the run it created. */
  idempotencyKey: string;
  /** Whether this is the job's last attempt (a failure then marks the run FAILED). */
  lastAttempt: boolean;
}

export interface RunSummary {
  runId: string;
  status: MatchRunStatus;
  applied: boolean;
  matches: number;
}

/**
 * Executes VACANCY and CANDIDATE runs: create (or find) the run row, compute with the pipeline,
 * write the result and complete the run in ONE transaction (MatchStore). A run that is already
 * COMPLETED is not computed again (the same job twice leaves the same rows).
 */
@Injectable()
export class MatchRunExecutor {
  private readonly logger = new Logger('MatchRun');

  constructor(
    private readonly runs: MatchRunService,
    private readonly pipeline: MatchingPipeline,
    private readonly store: MatchStore,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  runVacancy(req: RunRequest): Promise<RunSummary> {
    return this.execute(MatchRunKind.VACANCY, req);
  }

  runCandidate(req: RunRequest): Promise<RunSummary> {
    return this.execute(MatchRunKind.CANDIDATE, req);
  }

  private async execute(kind: MatchRunKind.VACANCY | MatchRunKind.CANDIDATE, req: RunRequest): Promise<RunSummary> {
    const run = await this.resolveRun(kind, req);
    if (this.runs.isFinished(run)) return { runId: run.id, status: run.status, applied: false, matches: 0 };
    try {
      await this.runs.markRunning(run.id);
      const referenceDate = run.referenceDate ?? todayIn(this.config.timeZone, this.clock.now());
      const started = Date.now();
      const result: SubjectMatches =
        kind === MatchRunKind.VACANCY
          ? await this.pipeline.forVacancy(req.subjectId, { referenceDate })
          : // Every eligible open vacancy: the store keeps the pair where the candidate makes the vacancy's top N.
            await this.pipeline.forCandidate(req.subjectId, { referenceDate, limit: Number.POSITIVE_INFINITY });
      if (!result.found) throw new MatchSubjectGoneError(kind === MatchRunKind.VACANCY ? 'vacancy' : 'candidate');
      const scope =
        kind === MatchRunKind.VACANCY
          ? ({ kind: MatchScopeKind.VACANCY, vacancyId: req.subjectId } as const)
          : ({ kind: MatchScopeKind.CANDIDATE, candidateId: req.subjectId } as const);
      let applied: ApplyResult | undefined;
      await this.store.apply({ id: run.id, seq: run.seq }, scope, result.matches, async (tx, outcome) => {
        applied = outcome;
        await this.runs.complete(tx, run.id, {
          matches: result.matches.length,
          superseded: !outcome.applied,
          written: outcome.written,
          removed: outcome.removed,
          skippedPairs: outcome.skippedPairs,
          ...(result.status !== undefined ? { subjectStatus: result.status } : {}),
          ...result.stats,
          ms: Date.now() - started,
        });
      });
      this.logger.log({ msg: 'match run completed', runId: run.id, kind, matches: result.matches.length, applied: applied?.applied, ms: Date.now() - started });
      return { runId: run.id, status: MatchRunStatus.COMPLETED, applied: applied?.applied ?? false, matches: result.matches.length };
    } catch (e) {
      if (req.lastAttempt || e instanceof MatchSubjectGoneError) await this.runs.fail(run.id, errorSummary(e));
      throw e;
    }
  }

  private async resolveRun(kind: MatchRunKind, req: RunRequest): Promise<MatchRunEntity> {
    if (req.runId) {
      const run = await this.runs.find(req.runId);
      if (!run || run.kind !== kind || run.subjectId !== req.subjectId) throw new MatchSubjectGoneError('run');
      return run;
    }
    return this.runs.create({
      kind,
      subjectId: req.subjectId,
      trigger: req.trigger ?? 'job',
      referenceDate: todayIn(this.config.timeZone, this.clock.now()),
      idempotencyKey: req.idempotencyKey,
    });
  }
}

/** Error class and message of our own errors only (no query parameters, no personal data). */
export function errorSummary(e: unknown): string {
  if (e instanceof MatchSubjectGoneError) return e.message;
  if (e instanceof Error) return `${e.name}: ${e.message.split('\n')[0]}`.slice(0, 300);
  return 'unknown error';
}
