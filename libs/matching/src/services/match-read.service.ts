import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AnonymisedCandidate, AnonymisedCandidateService, CandidateOwnership, MobilityMode } from '@wsp/candidates';
import { Actor, ConnectionShape, NotFoundError, PageArgs, pageWindow, toConnection } from '@wsp/common';
import { displayMinutes, modePhrase } from '@wsp/matching-core';
import { MatchDecision } from '../entities/match-feedback.entity';
import { assertCanReadCandidateMatches, assertCanReadVacancyMatches, componentsForEmployer, isEmployerView, StoredComponent } from '../domain/match-access';

/** A component as stored with the match (MatchStore). */
export type MatchComponentView = StoredComponent;

export interface MatchView {
  vacancyId: string;
  vacancyTitle: string;
  candidateId: string | null;
  candidate: AnonymisedCandidate;
  score: number;
  rank: number;
  components: MatchComponentView[];
  explanation: string;
  travel: { minutes: number; mode: MobilityMode; distanceKm: number; estimated: boolean; label: string };
  proposed: boolean;
  decision: { decision: MatchDecision; reason: string | null; scoreAtDecision: number | null; decidedAt: Date } | null;
  computedAt: Date;
}

interface Row {
  vacancy_id: string;
  candidate_id: string;
  vacancy_title: string;
  score: number;
  rank: number;
  components: MatchComponentView[];
  explanation: string;
  travel_minutes: number;
  travel_mode: MobilityMode;
  distance_km: number;
  proposed: boolean;
  computed_at: Date;
  decision: MatchDecision | null;
  reason: string | null;
  score_at_decision: number | null;
  decided_at: Date | null;
}

const SELECT = `
  SELECT m.vacancy_id::text AS vacancy_id, m.candidate_id::text AS candidate_id, v.title AS vacancy_title, m.score, m.rank,
         m.components, m.explanation, m.travel_minutes, m.travel_mode::text AS travel_mode, m.distance_km, m.proposed, m.computed_at,
         f.decision::text AS decision, f.reason, f.score_at_decision, f.decided_at
    FROM matches m
    JOIN vacancies v ON v.id = m.vacancy_id
    JOIN candidates c ON c.id = m.candidate_id
    LEFT JOIN LATERAL (
      SELECT decision, reason, score_at_decision, decided_at FROM match_feedback f
       WHERE f.vacancy_id = m.vacancy_id AND f.candidate_id = m.candidate_id
       ORDER BY f.decided_at DESC, f.id DESC LIMIT 1) f ON true`;

/** Employers only ever see candidates who (still) consent to matching and are active. */
const EMPLOYER_FILTER = 'AND c.visible_for_matching AND c.active';

/**
 * Reads current matches with the access rules of domain/match-access.ts. Staff get the candidate
 * id and the anonymised profile; employers the anonymised profile only (pseudonym, no id), no
 * consultant notes, no components about loonwaarde, waiting time or the doelgroepregister, and no
 * decision reasons. Identity is only ever read through the candidates context (logged there).
 */
@Injectable()
export class MatchReadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly anonymised: AnonymisedCandidateService,
  ) {}

  async forVacancy(actor: Actor, vacancyId: string, page: PageArgs): Promise<ConnectionShape<MatchView>> {
    const vacancy = await this.vacancyOwner(vacancyId);
    assertCanReadVacancyMatches(actor, vacancy, vacancyId);
    const employer = isEmployerView(actor);
    const filter = `m.vacancy_id = $1 ${employer ? EMPLOYER_FILTER : ''}`;
    return this.page(actor, filter, 'm.rank, m.candidate_id', [vacancyId], page);
  }

  async forCandidate(actor: Actor, candidateId: string, page: PageArgs): Promise<ConnectionShape<MatchView>> {
    assertCanReadCandidateMatches(actor, await this.candidateOwner(candidateId), candidateId);
    return this.page(actor, 'm.candidate_id = $1', 'm.score DESC, m.vacancy_id', [candidateId], page);
  }

  /** One match as the actor may see it (after a decision). */
  async one(actor: Actor, vacancyId: string, candidateId: string): Promise<MatchView> {
    const rows = await this.dataSource.query<Row[]>(`${SELECT} WHERE m.vacancy_id = $1 AND m.candidate_id = $2`, [vacancyId, candidateId]);
    const views = await this.toViews(actor, rows);
    if (views.length === 0) throw new NotFoundError('Match');
    return views[0];
  }

  async candidateOwner(candidateId: string): Promise<CandidateOwnership | null> {
    const rows = await this.dataSource.query<{ consultant_id: string; job_coach_id: string | null }[]>(
      'SELECT consultant_id::text AS consultant_id, job_coach_id::text AS job_coach_id FROM candidates WHERE id = $1',
      [candidateId],
    );
    return rows[0] ? { consultantId: rows[0].consultant_id, jobCoachId: rows[0].job_coach_id } : null;
  }

  async vacancyOwner(vacancyId: string): Promise<{ employerId: string } | null> {
    const rows = await this.dataSource.query<{ employer_id: string }[]>('SELECT employer_id::text AS employer_id FROM vacancies WHERE id = $1', [vacancyId]);
    return rows[0] ? { employerId: rows[0].employer_id } : null;
  }

  private async page(actor: Actor, where: string, order: string, params: unknown[], page: PageArgs): Promise<ConnectionShape<MatchView>> {
    const { offset, limit } = pageWindow(page);
    const n = params.length;
    const [rows, counted] = await Promise.all([
      this.dataSource.query<Row[]>(`${SELECT} WHERE ${where} ORDER BY ${order} LIMIT $${n + 1} OFFSET $${n + 2}`, [...params, limit, offset]),
      this.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM matches m JOIN candidates c ON c.id = m.candidate_id WHERE ${where}`,
        params,
      ),
    ]);
    return toConnection(await this.toViews(actor, rows), counted[0]?.n ?? 0, offset);
  }

  private async toViews(actor: Actor, rows: Row[]): Promise<MatchView[]> {
    const employer = isEmployerView(actor);
    const profiles = await this.anonymised.forCandidates(rows.map((r) => r.candidate_id));
    const out: MatchView[] = [];
    for (const r of rows) {
      const candidate = profiles.get(r.candidate_id);
      if (!candidate) continue; // deleted in between
      const components = employer ? componentsForEmployer(r.components) : r.components;
      out.push({
        vacancyId: r.vacancy_id,
        vacancyTitle: r.vacancy_title,
        candidateId: employer ? null : r.candidate_id,
        candidate,
        score: r.score,
        rank: r.rank,
        components,
        explanation: r.explanation,
        travel: {
          minutes: r.travel_minutes,
          mode: r.travel_mode,
          distanceKm: r.distance_km,
          estimated: true,
          label: `ongeveer ${displayMinutes(r.travel_minutes)} minuten ${modePhrase(r.travel_mode)} (schatting)`,
        },
        proposed: r.proposed,
        decision: r.decision
          ? { decision: r.decision, reason: employer ? null : r.reason, scoreAtDecision: r.score_at_decision, decidedAt: r.decided_at! }
          : null,
        computedAt: r.computed_at,
      });
    }
    return out;
  }
}
