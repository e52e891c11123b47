import { JOBS, JobName, QueueName, jobId } from '@wsp/queue';
import { isUuid } from '@wsp/common';

/** An outbox event as the dispatcher reads it (ids and field names only, never personal data). */
export interface OutboxEventRow {
  id: string;
  aggregateType: string;
  aggregateId: string;
  type: string;
  payload: Record<string, unknown>;
}

/** A job to enqueue, with a deterministic id (the same event always gives the same job id). */
export interface PlannedJob {
  name: JobName;
  queue: QueueName;
  jobId: string;
  data: Record<string, string>;
}

/** Vacancy events: re-index, then re-match (a vacancy that is no longer open loses its matches). */
const VACANCY_EVENTS = new Set([
  'vacancy.opened',
  'vacancy.changed',
  'vacancy.closed',
  'vacancy.filled',
  'vacancy.expired',
  // An input of the SROI score component changed (libs/sroi services/rematch.ts).
  'vacancy.sroi_scoring_changed',
]);

/**
 * Candidate events that change what matching sees: profile, consent (visibility), loonwaarde, and
 * the placement context closing a candidate's matches. Re-index, then re-match the candidate.
 */
const CANDIDATE_EVENTS = new Set(['candidate.changed', 'candidate.visibility_changed', 'candidate.loonwaarde_assessed', 'candidate.matches_closed']);


type Subject = { kind: 'vacancy' | 'candidate'; id: string };

/** What an event is about, for matching; null when matching does not care. */
export function subjectOf(e: OutboxEventRow): Subject | null {
  if (VACANCY_EVENTS.has(e.type)) return isUuid(e.aggregateId) ? { kind: 'vacancy', id: e.aggregateId } : null;
  if (CANDIDATE_EVENTS.has(e.type)) return isUuid(e.aggregateId) ? { kind: 'candidate', id: e.aggregateId } : null;
  // A placement that starts or ends changes whether its candidate may be matched (ACTIVE_PLACEMENT);
  // other placement events (proposed, a check-in, CONTRACTED → CONFIRMED) do not. An event without
  // the flag (recorded before it existed) counts as a change.
  if (e.type.startsWith('placement.') && e.payload.occupancyChanged !== false) {
    const id = e.payload.candidateId;
    return isUuid(id) ? { kind: 'candidate', id } : null;
  }
  return null;
}

/**
 * The jobs a batch of outbox events triggers (ordered by event id). Jobs read the current state of
 * the database, so of several events about the same subject in one batch only the last one needs
 * its jobs; the job ids carry that event's id (`match.vacancy:<vacancyId>:e<eventId>`), so a batch
 * dispatched again after a crash before its commit re-adds the same ids, which BullMQ ignores.
 */
export function jobsForEvents(events: readonly OutboxEventRow[]): PlannedJob[] {
  const last = new Map<string, { subject: Subject; event: OutboxEventRow }>();
  for (const e of [...events].sort((a, b) => compareIds(a.id, b.id))) {
    const subject = subjectOf(e);
    if (!subject) continue;
    const key = `${subject.kind}:${subject.id}`;
    last.delete(key); // keep insertion order = order of the last event per subject
    last.set(key, { subject, event: e });
  }
  const jobs: PlannedJob[] = [];
  for (const { subject, event } of last.values()) {
    const tag = `e${event.id}`;
    if (subject.kind === 'vacancy') {
      jobs.push(
        { name: JOBS.indexVacancy.name, queue: JOBS.indexVacancy.queue, jobId: jobId(JOBS.indexVacancy.name, subject.id, tag), data: { vacancyId: subject.id } },
        {
          name: JOBS.matchVacancy.name,
          queue: JOBS.matchVacancy.queue,
          jobId: jobId(JOBS.matchVacancy.name, subject.id, tag),
          data: { vacancyId: subject.id, trigger: event.type },
        },
      );
    } else {
      jobs.push(
        { name: JOBS.indexCandidate.name, queue: JOBS.indexCandidate.queue, jobId: jobId(JOBS.indexCandidate.name, subject.id, tag), data: { candidateId: subject.id } },
        {
          name: JOBS.matchCandidate.name,
          queue: JOBS.matchCandidate.queue,
          jobId: jobId(JOBS.matchCandidate.name, subject.id, tag),
          data: { candidateId: subject.id, trigger: event.type },
        },
      );
    }
  }
  return jobs;
}

/** bigint ids as decimal strings, compared numerically. */
function compareIds(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}
