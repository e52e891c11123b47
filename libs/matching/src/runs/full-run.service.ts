import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, todayIn } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { RankedEntry, optimiseProposals } from '@wsp/matching-core';
import { DEFAULT_JOB_OPTIONS, JOBS, QueueRegistry, jobId } from '@wsp/queue';
import { ActivePlacementSource } from '@wsp/search';
import { MatchRunEntity, MatchRunKind } from '../entities/match-run.entity';
import { MatchScopeKind } from '../entities/match-scope.entity';
import { MatchingPipeline } from '../pipeline/matching-pipeline';
import { MatchStore } from '../store/match-store';
import { MatchSubjectGoneError, errorSummary } from './match-run-executor';
import { MatchRunService } from './match-run.service';

const ENQUEUE_CHUNK = 500;
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * FULL runs: every open vacancy, then the batch assignment.
 *
 * 1. `fanOut` (job match.all): fixes the run's vacancies once (match_run_items, total_items) and
 *    enqueues one child per unfinished item with the id `match.all.vacancy:<runId>:<vacancyId>`
 *    (a retried fan-out re-adds the same ids, which BullMQ ignores).
 * 2. `runItem` (job match.all.vacancy): the vacancy's top N written like a VACANCY run with the
 *    FULL run's seq, and the item completed, in ONE transaction. Progress is recounted from the
 *    completed items under the run row's lock, so a child that runs twice counts once. The child
 *    that completes the last item enqueues the finalisation (fixed id).
 * 3. `finalize` (job match.all.finalize): exact b-matching over the current matches of the run's
 *    open vacancies (≤ S proposals per vacancy, ≤ K per candidate; candidates with an active
 *    placement excluded), sets `matches.proposed` everywhere and writes the report.
 */
@Injectable()
export class FullRunService {
  private readonly logger = new Logger('FullMatchRun');

  constructor(
    private readonly runs: MatchRunService,
    private readonly pipeline: MatchingPipeline,
    private readonly store: MatchStore,
    private readonly queues: QueueRegistry,
    private readonly placements: ActivePlacementSource,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Fixes the run's vacancies and enqueues one child each; on the last attempt a failure marks the run FAILED. */
  async fanOut(req: { runId?: string; trigger?: string; idempotencyKey: string; lastAttempt: boolean }): Promise<{ runId: string; total: number; enqueued: number }> {
    let run: MatchRunEntity | null = null;
    try {
      run = await this.resolveRun(req);
      return await this.fanOutRun(run);
    } catch (e) {
      await this.failOnLastAttempt(run?.id, req.lastAttempt, e);
      throw e;
    }
  }

  private async fanOutRun(run: MatchRunEntity): Promise<{ runId: string; total: number; enqueued: number }> {
    if (this.runs.isFinished(run)) return { runId: run.id, total: run.totalItems, enqueued: 0 };
    const total = await this.dataSource.transaction(async (tx) => {
      const [locked] = await tx.query<{ started_at: Date | null; total_items: number }[]>(
        'SELECT started_at, total_items FROM match_runs WHERE id = $1 FOR NO KEY UPDATE',
        [run.id],
      );
      if (locked.started_at !== null) return locked.total_items;
      await tx.query(`INSERT INTO match_run_items (run_id, vacancy_id) SELECT $1, id FROM vacancies WHERE status = 'OPEN' ON CONFLICT DO NOTHING`, [run.id]);
      // TypeORM returns [rows, affected count] for an UPDATE ... RETURNING.
      const [[updated]] = await tx.query<[{ total_items: number }[], number]>(
        `UPDATE match_runs SET status = 'RUNNING', started_at = now(), processed_items = 0,
                total_items = (SELECT count(*)::int FROM match_run_items WHERE run_id = $1)
          WHERE id = $1 RETURNING total_items`,
        [run.id],
      );
      return updated.total_items;
    });
    const pending = await this.dataSource.query<{ vacancy_id: string }[]>(
      'SELECT vacancy_id::text AS vacancy_id FROM match_run_items WHERE run_id = $1 AND completed_at IS NULL ORDER BY vacancy_id',
      [run.id],
    );
    if (pending.length === 0) {
      await this.enqueueFinalize(run.id);
      return { runId: run.id, total, enqueued: 0 };
    }
    const queue = this.queues.get(JOBS.matchAllVacancy.queue);
    for (let i = 0; i < pending.length; i += ENQUEUE_CHUNK) {
      await queue.addBulk(
        pending.slice(i, i + ENQUEUE_CHUNK).map((p) => ({
          name: JOBS.matchAllVacancy.name,
          data: { runId: run.id, vacancyId: p.vacancy_id },
          opts: { ...DEFAULT_JOB_OPTIONS, jobId: jobId(JOBS.matchAllVacancy.name, run.id, p.vacancy_id) },
        })),
      );
    }
    this.logger.log({ msg: 'full match run fanned out', runId: run.id, total, enqueued: pending.length });
    return { runId: run.id, total, enqueued: pending.length };
  }

  /** One vacancy of the run; on the last attempt a failure still completes the item (marked failed) so the run can finish. */
  async runItem(req: { runId: string; vacancyId: string; lastAttempt: boolean }): Promise<{ processed: number; total: number; finalizeDue: boolean }> {
    const run = await this.runs.find(req.runId);
    if (!run || run.kind !== MatchRunKind.FULL) throw new MatchSubjectGoneError('run');
    if (this.runs.isFinished(run)) return { processed: run.processedItems, total: run.totalItems, finalizeDue: false };
    const [item] = await this.dataSource.query<{ completed_at: Date | null }[]>(
      'SELECT completed_at FROM match_run_items WHERE run_id = $1 AND vacancy_id = $2',
      [run.id, req.vacancyId],
    );
    if (!item) throw new MatchSubjectGoneError('run');
    if (item.completed_at === null) {
      try {
        const referenceDate = run.referenceDate ?? todayIn(this.config.timeZone, this.clock.now());
        const result = await this.pipeline.forVacancy(req.vacancyId, { referenceDate });
        if (!result.found) {
          // Deleted since the fan-out: its matches went with it (foreign key); the item still counts.
          await this.dataSource.transaction((tx) => this.completeItem(tx, run.id, req.vacancyId, false));
        } else {
          await this.store.apply({ id: run.id, seq: run.seq }, { kind: MatchScopeKind.VACANCY, vacancyId: req.vacancyId }, result.matches, (tx) =>
            this.completeItem(tx, run.id, req.vacancyId, false),
          );
        }
      } catch (e) {
        if (!req.lastAttempt) throw e;
        await this.dataSource.transaction((tx) => this.completeItem(tx, run.id, req.vacancyId, true));
        await this.maybeFinalize(run.id);
        throw e;
      }
    }
    return this.maybeFinalize(run.id);
  }

  /** The batch assignment and report; on the last attempt a failure marks the run FAILED (it would otherwise stay RUNNING). */
  async finalize(runId: string, lastAttempt: boolean): Promise<Record<string, unknown>> {
    try {
      return await this.finalizeRun(runId);
    } catch (e) {
      await this.failOnLastAttempt(runId, lastAttempt, e);
      throw e;
    }
  }

  private async failOnLastAttempt(runId: string | undefined, lastAttempt: boolean, e: unknown): Promise<void> {
    if (runId !== undefined && (lastAttempt || e instanceof MatchSubjectGoneError)) await this.runs.fail(runId, errorSummary(e));
  }

  private async finalizeRun(runId: string): Promise<Record<string, unknown>> {
    const run = await this.runs.find(runId);
    if (!run || run.kind !== MatchRunKind.FULL) throw new MatchSubjectGoneError('run');
    if (this.runs.isFinished(run)) return run.report ?? {};
    if (run.processedItems < run.totalItems) throw new Error(`run not ready: ${run.processedItems}/${run.totalItems}`);
    const started = Date.now();
    const rows = await this.dataSource.query<{ vacancy_id: string; candidate_id: string; score: number }[]>(
      `SELECT m.vacancy_id::text AS vacancy_id, m.candidate_id::text AS candidate_id, m.score
         FROM matches m
         JOIN match_run_items i ON i.run_id = $1 AND i.vacancy_id = m.vacancy_id
         JOIN vacancies v ON v.id = m.vacancy_id AND v.status = 'OPEN'
        ORDER BY m.vacancy_id, m.score DESC, m.candidate_id`,
      [run.id],
    );
    const placed = await this.placements.withActivePlacement([...new Set(rows.map((r) => r.candidate_id))]);
    const lists = new Map<string, RankedEntry[]>();
    for (const r of rows) {
      if (placed.has(r.candidate_id)) continue;
      let list = lists.get(r.vacancy_id);
      if (!list) lists.set(r.vacancy_id, (list = []));
      list.push({ candidateId: r.candidate_id, score: r.score });
    }
    const S = this.config.matching.proposalsPerVacancy;
    const K = this.config.matching.proposalsPerCandidate;
    const batch = optimiseProposals(lists, { shortlistSize: S, perCandidateCap: K });
    const [failed] = await this.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM match_run_items WHERE run_id = $1 AND failed', [run.id]);
    const report = {
      vacancies: run.totalItems,
      failedItems: failed.n,
      matches: rows.length,
      shortlistSize: S,
      perCandidateCap: K,
      proposals: batch.proposals.length,
      optimalTotal: round4(batch.optimalTotal),
      greedyRespectingKTotal: round4(batch.greedyRespectingKTotal),
      unconstrainedTotal: round4(batch.unconstrainedTotal),
      violationsInUnconstrained: batch.violationsInUnconstrained,
      excessProposalsInUnconstrained: batch.excessProposalsInUnconstrained,
      stats: batch.stats,
      ms: Date.now() - started,
    };
    await this.dataSource.transaction(async (tx) => {
      const [locked] = await tx.query<{ status: string }[]>('SELECT status::text AS status FROM match_runs WHERE id = $1 FOR NO KEY UPDATE', [run.id]);
      if (locked.status === 'COMPLETED') return;
      const vacancyIds = batch.proposals.map((p) => p.vacancyId);
      const candidateIds = batch.proposals.map((p) => p.candidateId);
      // The cap K holds over every vacancy: proposals of earlier assignments are replaced.
      await tx.query(
        `UPDATE matches SET proposed = false
          WHERE proposed AND (vacancy_id, candidate_id) NOT IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
        [vacancyIds, candidateIds],
      );
      await tx.query(
        `UPDATE matches m SET proposed = true FROM unnest($1::uuid[], $2::uuid[]) AS p(vacancy_id, candidate_id)
          WHERE m.vacancy_id = p.vacancy_id AND m.candidate_id = p.candidate_id AND NOT m.proposed`,
        [vacancyIds, candidateIds],
      );
      await this.runs.complete(tx, run.id, report);
    });
    this.logger.log({ msg: 'full match run completed', runId: run.id, vacancies: run.totalItems, proposals: batch.proposals.length, ms: Date.now() - started });
    return report;
  }

  private async resolveRun(req: { runId?: string; trigger?: string; idempotencyKey: string }): Promise<MatchRunEntity> {
    if (req.runId) {
      const run = await this.runs.find(req.runId);
      if (!run || run.kind !== MatchRunKind.FULL) throw new MatchSubjectGoneError('run');
      return run;
    }
    return this.runs.create({
      kind: MatchRunKind.FULL,
      subjectId: null,
      trigger: req.trigger ?? 'nightly',
      referenceDate: todayIn(this.config.timeZone, this.clock.now()),
      idempotencyKey: req.idempotencyKey,
    });
  }

  /**
   * Marks the item completed and, when this call completed it (a child run twice counts once),
   * adds one to the progress: an increment, not a recount, so children do not serialise on a
   * count over every item (O(n²) for a run). The UPDATE takes a NO KEY UPDATE lock on the run
   * row, which the KEY SHARE lock of the matches this transaction inserted (foreign key run_id)
   * does not block.
   */
  private async completeItem(tx: EntityManager, runId: string, vacancyId: string, failed: boolean): Promise<void> {
    // TypeORM returns [rows, affected count] for an UPDATE.
    const [, completed] = await tx.query<[unknown[], number]>(
      'UPDATE match_run_items SET completed_at = now(), failed = $3 WHERE run_id = $1 AND vacancy_id = $2 AND completed_at IS NULL',
      [runId, vacancyId, failed],
    );
    if (completed > 0) await tx.query('UPDATE match_runs SET processed_items = processed_items + 1 WHERE id = $1', [runId]);
  }

  private async maybeFinalize(runId: string): Promise<{ processed: number; total: number; finalizeDue: boolean }> {
    const [row] = await this.dataSource.query<{ processed_items: number; total_items: number }[]>(
      'SELECT processed_items, total_items FROM match_runs WHERE id = $1',
      [runId],
    );
    const due = row.processed_items >= row.total_items;
    if (due) await this.enqueueFinalize(runId);
    return { processed: row.processed_items, total: row.total_items, finalizeDue: due };
  }

  private async enqueueFinalize(runId: string): Promise<void> {
    await this.queues
      .get(JOBS.matchAllFinalize.queue)
      .add(JOBS.matchAllFinalize.name, { runId }, { ...DEFAULT_JOB_OPTIONS, jobId: jobId(JOBS.matchAllFinalize.name, runId, 'final') });
  }
}
