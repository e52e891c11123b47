import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, Clock, ConflictError, ForbiddenError, NotFoundError, todayIn, ValidationError } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { DEFAULT_JOB_OPTIONS, JOBS, QueueRegistry, jobId } from '@wsp/queue';
import { assertCanRequestRun, RUN_REQUESTERS } from '../domain/match-access';
import { MatchRunEntity, MatchRunKind } from '../entities/match-run.entity';
import { RequestMatchRunInput } from '../graphql/match.inputs';
import { MatchRunService } from '../runs/match-run.service';
import { MatchReadService } from './match-read.service';

/** Runs requested by a person (GraphQL): the run row first, then its job (the job carries the run id). */
@Injectable()
export class MatchRequestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runs: MatchRunService,
    private readonly reads: MatchReadService,
    private readonly queues: QueueRegistry,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async request(actor: Actor, input: RequestMatchRunInput): Promise<MatchRunEntity> {
    const { kind } = input;
    const vacancyId = input.vacancyId ?? null;
    const candidateId = input.candidateId ?? null;
    if (kind === MatchRunKind.VACANCY && (!vacancyId || candidateId)) throw new ValidationError('Geef alleen de vacature op', 'vacancyId');
    if (kind === MatchRunKind.CANDIDATE && (!candidateId || vacancyId)) throw new ValidationError('Geef alleen de kandidaat op', 'candidateId');
    if (kind === MatchRunKind.FULL && (vacancyId || candidateId)) throw new ValidationError('Een volledige ronde gaat over alle vacatures', vacancyId ? 'vacancyId' : 'candidateId');
    assertCanRequestRun(actor, kind, null);

    let subjectId: string | null = null;
    if (kind === MatchRunKind.VACANCY) {
      if (!(await this.reads.vacancyOwner(vacancyId!))) throw new NotFoundError('Vacature', vacancyId!);
      subjectId = vacancyId;
    } else if (kind === MatchRunKind.CANDIDATE) {
      const owner = await this.reads.candidateOwner(candidateId!);
      if (!owner) throw new NotFoundError('Kandidaat', candidateId!);
      assertCanRequestRun(actor, kind, owner);
      subjectId = candidateId;
    } else {
      // One manual full run at a time; a run that has not finished after 6 hours (its worker gone for good) no longer blocks.
      const [busy] = await this.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM match_runs WHERE kind = 'FULL' AND status IN ('QUEUED', 'RUNNING') AND created_at > now() - interval '6 hours'`,
      );
      if (busy.n > 0) throw new ConflictError('Er loopt al een volledige matchingronde');
    }

    const run = await this.runs.create({
      kind,
      subjectId,
      trigger: 'manual',
      referenceDate: todayIn(this.config.timeZone, this.clock.now()),
      requestedById: actor.userId,
    });
    try {
      if (kind === MatchRunKind.VACANCY) {
        await this.queues
          .get(JOBS.matchVacancy.queue)
          .add(JOBS.matchVacancy.name, { vacancyId: subjectId, runId: run.id }, { ...DEFAULT_JOB_OPTIONS, jobId: jobId(JOBS.matchVacancy.name, subjectId!, `r${run.id}`) });
      } else if (kind === MatchRunKind.CANDIDATE) {
        await this.queues
          .get(JOBS.matchCandidate.queue)
          .add(JOBS.matchCandidate.name, { candidateId: subjectId, runId: run.id }, { ...DEFAULT_JOB_OPTIONS, jobId: jobId(JOBS.matchCandidate.name, subjectId!, `r${run.id}`) });
      } else {
        await this.queues.get(JOBS.matchAll.queue).add(JOBS.matchAll.name, { runId: run.id }, { ...DEFAULT_JOB_OPTIONS, jobId: jobId(JOBS.matchAll.name, run.id, 'fanout') });
      }
    } catch (e) {
      await this.runs.fail(run.id, 'could not enqueue the run');
      throw e;
    }
    return run;
  }

  async get(actor: Actor, id: string): Promise<MatchRunEntity> {
    if (!RUN_REQUESTERS.includes(actor.role)) throw new ForbiddenError();
    const run = await this.runs.find(id);
    if (!run) throw new NotFoundError('Matchingronde', id);
    return run;
  }
}
