import { jobsForEvents, OutboxEventRow, subjectOf } from './triggers';

const V1 = '11111111-1111-4111-8111-111111111111';
const C1 = '22222222-2222-4222-8222-222222222222';
const P1 = '33333333-3333-4333-8333-333333333333';

const ev = (id: number, type: string, aggregateId: string, payload: Record<string, unknown> = {}): OutboxEventRow => ({
  id: String(id),
  aggregateType: type.split('.')[0],
  aggregateId,
  type,
  payload,
});

describe('subjectOf', () => {
  it.each(['vacancy.opened', 'vacancy.changed', 'vacancy.closed', 'vacancy.filled', 'vacancy.expired', 'vacancy.sroi_scoring_changed'])('%s is about the vacancy', (type) => {
    expect(subjectOf(ev(1, type, V1))).toEqual({ kind: 'vacancy', id: V1 });
  });
  it.each(['candidate.changed', 'candidate.visibility_changed', 'candidate.loonwaarde_assessed', 'candidate.matches_closed'])(
    '%s is about the candidate',
    (type) => {
      expect(subjectOf(ev(1, type, C1))).toEqual({ kind: 'candidate', id: C1 });
    },
  );
  it('placement events are about their candidate', () => {
    expect(subjectOf(ev(1, 'placement.confirmed', P1, { candidateId: C1 }))).toEqual({ kind: 'candidate', id: C1 });
    expect(subjectOf(ev(1, 'placement.confirmed', P1, {}))).toBeNull();
    // Only a placement moving into or out of an occupying status re-matches its candidate.
    expect(subjectOf(ev(1, 'placement.proefplaats_started', P1, { candidateId: C1, occupancyChanged: true }))).toEqual({ kind: 'candidate', id: C1 });
    expect(subjectOf(ev(1, 'placement.check_in_recorded', P1, { candidateId: C1, occupancyChanged: false }))).toBeNull();
    expect(subjectOf(ev(1, 'placement.confirmed', P1, { candidateId: C1, occupancyChanged: false }))).toBeNull();
  });
  it('ignores events matching does not care about', () => {
    expect(subjectOf(ev(1, 'vacancy.created', V1))).toBeNull();
    expect(subjectOf(ev(1, 'arrangement.agreed', V1))).toBeNull();
    expect(subjectOf(ev(1, 'employer.changed', V1))).toBeNull();
  });
});

describe('jobsForEvents', () => {
  it('re-indexes and re-matches, with ids derived from the subject and the event', () => {
    const jobs = jobsForEvents([ev(7, 'vacancy.opened', V1), ev(8, 'candidate.changed', C1)]);
    expect(jobs.map((j) => [j.name, j.jobId, j.data])).toEqual([
      ['search.index-vacancy', `search.index-vacancy:${V1}:e7`, { vacancyId: V1 }],
      ['match.vacancy', `match.vacancy:${V1}:e7`, { vacancyId: V1, trigger: 'vacancy.opened' }],
      ['search.index-candidate', `search.index-candidate:${C1}:e8`, { candidateId: C1 }],
      ['match.candidate', `match.candidate:${C1}:e8`, { candidateId: C1, trigger: 'candidate.changed' }],
    ]);
  });

  it('is deterministic: the same events give the same job ids', () => {
    const events = [ev(3, 'vacancy.changed', V1), ev(12, 'candidate.visibility_changed', C1)];
    expect(jobsForEvents(events)).toEqual(jobsForEvents([...events].reverse()));
  });

  it('keeps one set of jobs per subject: the last event of the batch (numeric order of ids)', () => {
    const jobs = jobsForEvents([ev(9, 'vacancy.changed', V1), ev(10, 'vacancy.closed', V1), ev(2, 'vacancy.opened', V1)]);
    expect(jobs.map((j) => j.jobId)).toEqual([`search.index-vacancy:${V1}:e10`, `match.vacancy:${V1}:e10`]);
    expect(jobs[1].data.trigger).toBe('vacancy.closed');
  });

  it('carries ids only', () => {
    const jobs = jobsForEvents([ev(1, 'candidate.changed', C1, { changedFields: ['hours'], name: 'Jan' })]);
    expect(jobs.length).toBeGreaterThan(0);
    for (const j of jobs) expect(Object.values(j.data).every((v) => v === C1 || v === 'candidate.changed')).toBe(true);
  });

  it('plans nothing for unrelated events', () => {
    expect(jobsForEvents([ev(1, 'arrangement.created', V1)])).toEqual([]);
  });
});
