import { Actor, ForbiddenError, NotFoundError, Role } from '@wsp/common';
import { CandidateOwnership, canReadCandidate } from '@wsp/candidates';
import { MatchRunKind } from '../entities/match-run.entity';

/**
 * Who may see and steer the matching (WSP authorisation policy; matches are advice, a person
 * decides: AVG art. 22):
 * - matches of a vacancy: every WSP staff role (they read every vacancy) with the candidate id and
 *   the anonymised profile; an EMPLOYER only for their own employer's vacancies, anonymised and
 *   without the candidate id (the pseudonym instead);
 * - matches of a candidate: whoever may read the candidate (ADMIN, own CONSULTANT, coaching JOBCOACH);
 * - requesting a run: ADMIN, ACCOUNTMANAGER, CONSULTANT; a CANDIDATE run only for a candidate one
 *   may read; a FULL run only ADMIN;
 * - a decision (shortlist/reject): ADMIN, ACCOUNTMANAGER, and a CONSULTANT for own candidates.
 */
export const VACANCY_MATCH_READERS: readonly Role[] = [Role.ADMIN, Role.ACCOUNTMANAGER, Role.CONSULTANT, Role.JOBCOACH, Role.EMPLOYER];
export const CANDIDATE_MATCH_READERS: readonly Role[] = [Role.ADMIN, Role.CONSULTANT, Role.JOBCOACH];
export const RUN_REQUESTERS: readonly Role[] = [Role.ADMIN, Role.ACCOUNTMANAGER, Role.CONSULTANT];
export const DECIDERS: readonly Role[] = [Role.ADMIN, Role.ACCOUNTMANAGER, Role.CONSULTANT];

export function isEmployerView(actor: Actor): boolean {
  return actor.role === Role.EMPLOYER;
}

/** An employer is refused for any vacancy that is not their own, existing or not (ids cannot be probed). */
export function assertCanReadVacancyMatches(actor: Actor, vacancy: { employerId: string } | null, vacancyId: string): void {
  if (!VACANCY_MATCH_READERS.includes(actor.role)) throw new ForbiddenError();
  if (actor.role === Role.EMPLOYER) {
    if (!vacancy || !actor.employerId || vacancy.employerId !== actor.employerId) throw new ForbiddenError();
    return;
  }
  if (!vacancy) throw new NotFoundError('Vacature', vacancyId);
}

export function assertCanReadCandidateMatches(actor: Actor, candidate: CandidateOwnership | null, candidateId: string): void {
  if (!CANDIDATE_MATCH_READERS.includes(actor.role)) throw new ForbiddenError();
  if (!candidate) throw new NotFoundError('Kandidaat', candidateId);
  if (!canReadCandidate(actor, candidate)) throw new ForbiddenError();
}

export function assertCanRequestRun(actor: Actor, kind: MatchRunKind, candidate: CandidateOwnership | null): void {
  if (!RUN_REQUESTERS.includes(actor.role)) throw new ForbiddenError();
  if (kind === MatchRunKind.FULL && actor.role !== Role.ADMIN) {
    throw new ForbiddenError('Alleen een beheerder kan alle vacatures tegelijk laten matchen');
  }
  if (kind === MatchRunKind.CANDIDATE && candidate && !canReadCandidate(actor, candidate)) throw new ForbiddenError();
}

export function assertCanDecide(actor: Actor, candidate: CandidateOwnership): void {
  if (actor.role === Role.ADMIN || actor.role === Role.ACCOUNTMANAGER) return;
  if (actor.role === Role.CONSULTANT && candidate.consultantId === actor.userId) return;
  throw new ForbiddenError();
}

/**
 * Components an employer does not see: they would reveal the loonwaarde (health-related), the
 * waiting time or the doelgroepregister registration. Employers also get no consultant notes.
 */
export const EMPLOYER_HIDDEN_COMPONENTS: readonly string[] = ['loonwaarde', 'waiting', 'sroi'];

export interface StoredComponent {
  code: string;
  label: string;
  value: number;
  weight: number;
  contribution: number;
  note: string | null;
}

/**
 * The components an employer sees: the hidden ones are folded into one "other factors" entry, so
 * that the contributions still add up to the score the employer sees (in units of 0.0001, the
 * precision the core rounds contributions to).
 */
export function componentsForEmployer(components: readonly StoredComponent[]): StoredComponent[] {
  const visible = components.filter((c) => !EMPLOYER_HIDDEN_COMPONENTS.includes(c.code)).map((c) => ({ ...c, note: null }));
  const hidden = components.filter((c) => EMPLOYER_HIDDEN_COMPONENTS.includes(c.code) && c.weight > 0);
  if (hidden.length === 0) return visible;
  const units = (x: number) => Math.round(x * 10_000);
  const weight = hidden.reduce((s, c) => s + units(c.weight), 0) / 10_000;
  const contribution = hidden.reduce((s, c) => s + units(c.contribution), 0) / 10_000;
  return [
    ...visible,
    {
      code: 'other',
      label: 'Overige factoren (niet zichtbaar voor werkgevers)',
      value: weight > 0 ? Math.round((contribution / weight) * 10_000) / 10_000 : 0,
      weight,
      contribution,
      note: null,
    },
  ];
}
