import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { MatchScopeKind } from '../entities/match-scope.entity';
import { PairMatch } from '../pipeline/matching-pipeline';

export interface RunRef {
  id: string;
  /** bigint as a decimal string. */
  seq: string;
}

export type MatchScope = { kind: MatchScopeKind.VACANCY; vacancyId: string } | { kind: MatchScopeKind.CANDIDATE; candidateId: string };

export interface ApplyResult {
  /** False when a later run already wrote this scope (the result is dropped: superseded). */
  applied: boolean;
  written: number;
  removed: number;
  /** Pairs left alone because a later run wrote the other side. */
  skippedPairs: number;
}

interface GuardRow {
  kind: MatchScopeKind;
  subject_id: string;
  seq: string;
}

/**
 * Writes the result of a run as the current matches of its scope, in ONE transaction:
 *
 * - VACANCY scope: the vacancy's rows become exactly the new set (rows not in it are deleted, the
 *   rest upserted); CANDIDATE scope: the same for the candidate's rows across vacancies.
 * - Superseding: `match_scopes` holds, per vacancy and per candidate, the seq of the newest run
 *   applied to it. A run older than its own scope's guard is dropped as a whole; a pair whose
 *   other side was written by a later run is left alone; every upsert and delete also requires
 *   the row's run_seq ≤ the run's seq. So a finished run supersedes the previous one, and an older
 *   run that finishes late changes nothing a newer one decided. The same run applied twice writes
 *   the same rows (idempotent). The primary key (vacancy_id, candidate_id) rules out duplicates.
 * - Locking: the guard rows of the scope and of every counterpart are locked FOR UPDATE in one
 *   statement in key order, so concurrent writers of overlapping scopes serialise without
 *   deadlocks (a candidate run and a vacancy run meet on the vacancy's guard row).
 * - A vacancy's matches are its top N (MATCH_TOP_N). A candidate run scores the candidate against
 *   every open vacancy and keeps the pair only where the candidate makes that vacancy's top N
 *   (fewer than N current rows rank before it); the vacancy is then trimmed back to N, so the one
 *   it displaced drops out. So after a candidate run the state is what a vacancy run of each
 *   affected vacancy would give (for unchanged data), and matchesForCandidate lists the vacancies
 *   where the candidate is among the best N.
 * - Rank (1 = best within the vacancy: score descending, then candidate id) is stored and
 *   recomputed in the same transaction for every vacancy whose rows changed.
 * - `proposed` (batch assignment of a FULL run) is kept for rows that stay; new rows are not
 *   proposed until the next assignment, which keeps both caps (S per vacancy, K per candidate).
 *
 * `inTransaction` runs in the same transaction (completing the run, counting a FULL-run item).
 */
@Injectable()
export class MatchStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async apply(run: RunRef, scope: MatchScope, pairs: readonly PairMatch[], inTransaction?: (tx: EntityManager, result: ApplyResult) => Promise<void>): Promise<ApplyResult> {
    // Guard rows exist (committed) before any writer locks them, so every writer of a vacancy's
    // rows finds that vacancy's guard and waits for it. Sorted: concurrent inserts cannot deadlock.
    const own = { kind: scope.kind, id: scope.kind === MatchScopeKind.VACANCY ? scope.vacancyId : scope.candidateId };
    const keys: { kind: MatchScopeKind; id: string }[] = [
      own,
      ...pairs.map((p) => (scope.kind === MatchScopeKind.VACANCY ? { kind: MatchScopeKind.CANDIDATE, id: p.candidateId } : { kind: MatchScopeKind.VACANCY, id: p.vacancyId })),
    ];
    await this.dataSource.query(
      `INSERT INTO match_scopes (kind, subject_id, seq)
       SELECT k, s, 0 FROM unnest($1::varchar[], $2::uuid[]) AS t(k, s) ORDER BY k, s ON CONFLICT DO NOTHING`,
      [keys.map((k) => k.kind), keys.map((k) => k.id)],
    );
    return this.dataSource.transaction(async (tx) => {
      const result = await this.applyIn(tx, run, scope, pairs);
      if (inTransaction) await inTransaction(tx, result);
      return result;
    });
  }

  private async applyIn(tx: EntityManager, run: RunRef, scope: MatchScope, pairs: readonly PairMatch[]): Promise<ApplyResult> {
    const isVacancy = scope.kind === MatchScopeKind.VACANCY;
    const subjectId = isVacancy ? scope.vacancyId : scope.candidateId;
    const other = isVacancy ? MatchScopeKind.CANDIDATE : MatchScopeKind.VACANCY;
    const ownCol = isVacancy ? 'vacancy_id' : 'candidate_id';
    const otherCol = isVacancy ? 'candidate_id' : 'vacancy_id';
    const otherOf = (p: PairMatch) => (isVacancy ? p.candidateId : p.vacancyId);
    for (const p of pairs) {
      if ((isVacancy ? p.vacancyId : p.candidateId) !== subjectId) throw new Error('pair outside the scope of the run');
    }

    let wanted = [...pairs];
    if (!isVacancy && wanted.length > 0) {
      // A vacancy closed since retrieval gets no new rows (its own run removes the rest).
      const open = await tx.query<{ id: string }[]>(`SELECT id::text FROM vacancies WHERE id = ANY($1::uuid[]) AND status = 'OPEN'`, [wanted.map((p) => p.vacancyId)]);
      const openIds = new Set(open.map((r) => r.id));
      wanted = wanted.filter((p) => openIds.has(p.vacancyId));
    }

    const existing = await tx.query<{ other_id: string }[]>(`SELECT ${otherCol}::text AS other_id FROM matches WHERE ${ownCol} = $1`, [subjectId]);
    const counterparts = [...new Set([...existing.map((r) => r.other_id), ...wanted.map(otherOf)])];

    // Lock own + counterpart guards in key order (one statement: deadlock-free).
    const guards = await tx.query<GuardRow[]>(
      `SELECT kind, subject_id::text AS subject_id, seq::text AS seq FROM match_scopes
        WHERE (kind = $1 AND subject_id = $2) OR (kind = $3 AND subject_id = ANY($4::uuid[]))
        ORDER BY kind, subject_id FOR UPDATE`,
      [scope.kind, subjectId, other, counterparts],
    );
    const own = guards.find((g) => g.kind === scope.kind && g.subject_id === subjectId);
    const seq = BigInt(run.seq);
    if (own && BigInt(own.seq) > seq) return { applied: false, written: 0, removed: 0, skippedPairs: 0 };
    await tx.query(`UPDATE match_scopes SET seq = $3 WHERE kind = $1 AND subject_id = $2`, [scope.kind, subjectId, run.seq]);

    const blocked = new Set(guards.filter((g) => g.kind === other && BigInt(g.seq) > seq).map((g) => g.subject_id));
    let write = wanted.filter((p) => !blocked.has(otherOf(p)));
    const topN = this.config.matching.topN;
    if (!isVacancy && write.length > 0) {
      // A candidate belongs to a vacancy's matches only within its top N: fewer than N other rows rank before it.
      const members = await tx.query<{ vacancy_id: string }[]>(
        `SELECT w.vacancy_id::text AS vacancy_id FROM jsonb_to_recordset($1::jsonb) AS w(vacancy_id uuid, score double precision)
          WHERE (SELECT count(*) FROM matches m
                  WHERE m.vacancy_id = w.vacancy_id AND m.candidate_id <> $2
                    AND (m.score > w.score OR (m.score = w.score AND m.candidate_id < $2))) < $3`,
        [JSON.stringify(write.map((p) => ({ vacancy_id: p.vacancyId, score: p.result.score }))), subjectId, topN],
      );
      const memberIds = new Set(members.map((r) => r.vacancy_id));
      write = write.filter((p) => memberIds.has(p.vacancyId));
    }
    const keep = write.map(otherOf);

    const deleted = await tx.query<{ vacancy_id: string }[]>(
      `DELETE FROM matches WHERE ${ownCol} = $1 AND ${otherCol} <> ALL($2::uuid[]) AND ${otherCol} <> ALL($3::uuid[]) AND run_seq <= $4
       RETURNING vacancy_id::text AS vacancy_id`,
      [subjectId, keep, [...blocked], run.seq],
    );

    let written = 0;
    if (write.length > 0) {
      const rows = write.map((p) => ({
        vacancy_id: p.vacancyId,
        candidate_id: p.candidateId,
        score: p.result.score,
        components: p.result.components.map((c) => ({ code: c.key, label: c.label, value: c.value, weight: c.weight, contribution: c.contribution, note: c.note })),
        explanation: p.result.explanation,
        travel_minutes: Math.round(p.result.travel.minutes),
        travel_mode: p.result.travel.mode,
        distance_km: p.result.travel.distanceKm,
      }));
      const upserted = await tx.query<{ vacancy_id: string }[]>(
        `INSERT INTO matches (vacancy_id, candidate_id, run_id, run_seq, score, rank, components, explanation, travel_minutes, travel_mode, distance_km, computed_at)
         SELECT r.vacancy_id, r.candidate_id, $2, $3, r.score, 0, r.components, r.explanation, r.travel_minutes, r.travel_mode::mobility_mode, r.distance_km, now()
           FROM jsonb_to_recordset($1::jsonb) AS r(vacancy_id uuid, candidate_id uuid, score double precision, components jsonb, explanation text,
                                                  travel_minutes smallint, travel_mode text, distance_km double precision)
         ON CONFLICT (vacancy_id, candidate_id) DO UPDATE
           SET run_id = EXCLUDED.run_id, run_seq = EXCLUDED.run_seq, score = EXCLUDED.score, components = EXCLUDED.components,
               explanation = EXCLUDED.explanation, travel_minutes = EXCLUDED.travel_minutes, travel_mode = EXCLUDED.travel_mode,
               distance_km = EXCLUDED.distance_km, computed_at = EXCLUDED.computed_at
         WHERE matches.run_seq <= EXCLUDED.run_seq
         RETURNING vacancy_id::text AS vacancy_id`,
        [JSON.stringify(rows), run.id, run.seq],
      );
      written = upserted.length;
    }

    const affected = isVacancy ? [subjectId] : [...new Set([...existing.map((r) => r.other_id), ...write.map((p) => p.vacancyId), ...deleted.map((r) => r.vacancy_id)])];
    const trimmed = await trimToTopN(tx, affected, topN);
    await recomputeRanks(tx, affected);
    return { applied: true, written, removed: deleted.length + trimmed, skippedPairs: wanted.length - write.length };
  }
}

/** Keeps each vacancy's best N rows (score descending, then candidate id); returns how many were dropped. */
export async function trimToTopN(tx: EntityManager, vacancyIds: readonly string[], topN: number): Promise<number> {
  if (vacancyIds.length === 0) return 0;
  const dropped = await tx.query<unknown[]>(
    `DELETE FROM matches m
      USING (SELECT vacancy_id, candidate_id, row_number() OVER (PARTITION BY vacancy_id ORDER BY score DESC, candidate_id) AS rn
               FROM matches WHERE vacancy_id = ANY($1::uuid[])) r
      WHERE m.vacancy_id = r.vacancy_id AND m.candidate_id = r.candidate_id AND r.rn > $2
      RETURNING 1`,
    [[...vacancyIds], topN],
  );
  return dropped.length;
}

/** rank = position within the vacancy (score descending, then candidate id), only rows that change. */
export async function recomputeRanks(tx: EntityManager, vacancyIds: readonly string[]): Promise<void> {
  if (vacancyIds.length === 0) return;
  await tx.query(
    `UPDATE matches m SET rank = r.rn
       FROM (SELECT vacancy_id, candidate_id, row_number() OVER (PARTITION BY vacancy_id ORDER BY score DESC, candidate_id) AS rn
               FROM matches WHERE vacancy_id = ANY($1::uuid[])) r
      WHERE m.vacancy_id = r.vacancy_id AND m.candidate_id = r.candidate_id AND m.rank IS DISTINCT FROM r.rn`,
    [[...vacancyIds]],
  );
}
