import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, Clock, ConflictError, NotFoundError, ServiceUnavailableError, todayIn, ValidationError } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { DEFAULT_JOB_OPTIONS, JOBS, QueueRegistry, jobId } from '@wsp/queue';
import { assertCanRequestRun } from '../domain/match-access';
import { MatchRunEntity, MatchRunKind } from '../entities/match-run.entity';
import { RequestMatchRunInput } from '../graphql/match.inputs';
import { MatchRunService } from '../runs/match-run.service';
import { MatchReadService } from './match-read.service';

/** Runs requested by a person (GraphQL): the run row first, then its job (the job carries the run id). */
@Injectable()
export class MatchRequestService {
  private readonly logger = new Logger('MatchRequestService');

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
    }

    const newRun = {
      kind,
      subjectId,
      trigger: 'manual',
      referenceDate: todayIn(this.config.timeZone, this.clock.now()),
      requestedById: actor.userId,
    };
    const run =
      kind !== MatchRunKind.FULL
        ? await this.runs.create(newRun)
        : await this.dataSource.transaction(async (tx) => {
            // One manual full run at a time (two admins at once: the lock orders them); a run that has
            // not finished after 6 hours (its worker gone for good) no longer blocks.
            await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['match_runs:manual-full']);
            const [busy] = await tx.query<{ n: number }[]>(
              `SELECT count(*)::int AS n FROM match_runs WHERE kind = 'FULL' AND status IN ('QUEUED', 'RUNNING') AND created_at > now() - interval '6 hours'`,
            );
            if (busy.n > 0) throw new ConflictError('Er loopt al een volledige matchingronde');
            return this.runs.create(newRun, tx);
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
      this.logger.error({ msg: 'match run not enqueued', runId: run.id, error: e instanceof Error ? e.message : String(e) });
      throw new ServiceUnavailableError('De matching is nu niet bereikbaar; probeer het over een minuut opnieuw');
    }
    return run;
  }

  /** A run, for whoever may request a run of its kind (and, for a candidate's run, read that candidate). */
  async get(actor: Actor, id: string): Promise<MatchRunEntity> {
    assertCanRequestRun(actor, MatchRunKind.VACANCY, null);
    const run = await this.runs.find(id);
    if (!run) throw new NotFoundError('Matchingronde', id);
    if (run.kind === MatchRunKind.CANDIDATE && run.subjectId !== null) {
      const owner = await this.reads.candidateOwner(run.subjectId);
      if (owner) assertCanRequestRun(actor, run.kind, owner);
    }
    return run;
  }
}
