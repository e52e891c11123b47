import { identityConsent, pickCandidateSkills } from './candidate-links';
import { Rng, Seed } from './random';
import { CandidateRow, CandidateRows, CandidateSkillRow, LoonwaardeAssessmentRow } from './rows';
import { addDays } from './time';

/** What the demo logins need to find in the candidates. */
export interface DemoScenario {
  consultantId: string;
  jobCoachId: string;
  /** The demo EMPLOYER login's employer. */
  employerId: string;
  /** Occupations of the demo employer's OPEN vacancies. */
  occupationIds: readonly string[];
  /** Candidates of the demo consultant with an identity consent for the demo employer (introductions). */
  introductions: number;
}

/** Default number of introductions at the demo employer. */
export const DEMO_INTRODUCTIONS = 4;

interface Working {
  rows: CandidateRows;
  occupationsByCandidate: string[][];
  skillsByCandidate: CandidateSkillRow[][];
  split: ReadonlyMap<string, { essential: string[]; optional: string[] }>;
}

/**
 * Shapes a few generated candidates for the demo: candidates of the demo consultant who are
 * visible for matching wish the occupation of an OPEN vacancy of the demo employer and have
 * agreed to share their identity with it (the introduction flow); the demo job coach and the
 * demo consultant have reassessments overdue and due within a month on their work lists.
 */
export function applyDemoScenarios(r: Rng, ctx: { seed: Seed; today: string }, demo: DemoScenario, w: Working): void {
  const candidates = w.rows.candidates;
  let made = 0;
  for (let i = 0; i < candidates.length && made < demo.introductions && demo.occupationIds.length > 0; i++) {
    const c = candidates[i];
    if (c.consultantId !== demo.consultantId || !c.visibleForMatching || !c.active || !c.skillsKnown || c.zorg || c.beschutIndication) continue;
    const occupation = demo.occupationIds[made % demo.occupationIds.length];
    const occupations = [occupation, ...w.occupationsByCandidate[i].filter((o) => o !== occupation)].slice(0, 3);
    w.occupationsByCandidate[i] = occupations;
    w.skillsByCandidate[i] = pickCandidateSkills(r.fork('skills', i), c.id, occupations, w.split);
    w.rows.identityConsents.push(identityConsent(r.fork('identity', i), ctx, c, demo.employerId, w.rows.identityConsents.length));
    made++;
  }

  const latest = new Map<string, LoonwaardeAssessmentRow>();
  for (const a of w.rows.assessments) latest.set(a.candidateId, a); // oldest first, so the last one stays
  ensureReassessmentsDue(r.fork('coach'), ctx.today, candidates.filter((c) => c.jobCoachId === demo.jobCoachId), latest);
  ensureReassessmentsDue(r.fork('consultant'), ctx.today, candidates.filter((c) => c.consultantId === demo.consultantId), latest);
}

/** Two reassessments overdue (by up to a month) and three due within a month, among `caseload`. */
function ensureReassessmentsDue(r: Rng, today: string, caseload: readonly CandidateRow[], latest: ReadonlyMap<string, LoonwaardeAssessmentRow>): void {
  const eligible = caseload
    .filter((c) => c.active)
    .map((c) => latest.get(c.id))
    .filter((a): a is LoonwaardeAssessmentRow => a !== undefined && a.nextReassessmentOn !== null && a.assessedOn <= addDays(today, -60));
  eligible.slice(0, 2).forEach((a) => (a.nextReassessmentOn = addDays(today, -r.int(1, 30))));
  eligible.slice(2, 5).forEach((a) => (a.nextReassessmentOn = addDays(today, r.int(0, 30))));
}
