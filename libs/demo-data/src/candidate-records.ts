import { LksStatus, MatchingScope } from '@wsp/candidates';
import { ASSESSORS, LOONWAARDE_METHODS } from './catalog/candidate-texts';
import { deterministicUuid, Rng, Seed } from './random';
import { LoonwaardeAssessmentRow, MatchingConsentRow, OutboxEventRow } from './rows';
import { addDays, addMinutes, dutchTime, officeMinute } from './time';

/**
 * A candidate's records besides the profile, as the candidate services write them: loonwaarde
 * assessments (history; the latest by date is current), matching consents (at most one
 * unrevoked) and the outbox events of each write. Everything lies before the reference date and
 * after the candidate was created (older assessments were entered afterwards, from the file).
 */

/**
 * Days until the next reassessment, by LKS status. Participatiewet art. 10d lid 3: the loonwaarde
 * is reassessed periodically; the interval is municipal policy (assumed: yearly for LKS met
 * doorgroeipotentieel, every three years without, every two years otherwise).
 */
export const REASSESSMENT_DAYS: Readonly<Record<LksStatus, number>> = {
  [LksStatus.LKS_MDP]: 365,
  [LksStatus.LKS_ZDP]: 1095,
  [LksStatus.NONE]: 730,
};

export const CANDIDATE_AGGREGATE = 'candidate';

/** The matching-relevant fields of a new candidate (candidate.changed with created=true). */
export const CREATED_FIELDS: readonly string[] = [
  'homePostcode', 'mobility', 'maxTravelMinutes', 'hoursMin', 'hoursMax', 'availableFrom', 'educationLevel', 'drivingLicence',
  'occupationIds', 'skillIds', 'skillsKnown', 'active', 'waitingSince', 'lksStatus', 'zorg', 'beschutIndication', 'doelgroepregister',
];

/** Hands out increasing instants for one candidate's writes, each on its own date or just after the last one. */
export class WriteClock {
  private last: Date;

  constructor(
    private readonly rng: Rng,
    start: Date,
  ) {
    this.last = start;
  }

  /** An office-hours instant on `date`, or a few minutes after the previous write when that is later. */
  on(date: string): Date {
    const at = dutchTime(date, officeMinute(this.rng));
    this.last = at.getTime() > this.last.getTime() ? at : addMinutes(this.last, this.rng.int(2, 30));
    return this.last;
  }
}

export interface CandidateHistory {
  assessments: LoonwaardeAssessmentRow[];
  matchingConsents: MatchingConsentRow[];
  events: OutboxEventRow[];
  currentLoonwaarde: number | null;
  visibleForMatching: boolean;
  updatedAt: Date;
  version: number;
}

export interface HistoryInput {
  seed: Seed;
  today: string;
  candidateId: string;
  consultantId: string;
  createdAt: Date;
  createdDate: string;
  /** Latest loonwaarde, or null when never assessed. */
  loonwaarde: number | null;
  lksStatus: LksStatus;
  consent: 'ACTIVE' | 'RENEWED' | 'REVOKED' | 'NONE';
  /** GM code of the candidate's home, for a consent limited to municipalities. */
  municipalityCode: string;
  /** Every GM code of the region (a limited consent may add one other). */
  regionCodes: readonly string[];
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const clampPct = (p: number) => Math.max(0, Math.min(100, Math.round(p)));

/** Assessment dates and percentages, oldest first; the last one is the current one. */
function assessmentPlan(r: Rng, today: string, latest: number, lks: LksStatus): { on: string; pct: number }[] {
  const count = r.weightedEntry([[1, 5], [2, 3], [3, 2]] as const);
  const maxAgo = lks === LksStatus.LKS_ZDP ? 1000 : lks === LksStatus.LKS_MDP ? 420 : 600;
  const plan = [{ on: addDays(today, -r.int(7, maxAgo)), pct: latest }];
  for (let k = 1; k < count; k++) {
    const next = plan[0];
    // With doorgroeipotentieel the loonwaarde grows; otherwise it varies a little.
    const pct = lks === LksStatus.LKS_MDP ? clampPct(next.pct - r.int(0, 12)) : clampPct(next.pct + r.int(-6, 6));
    plan.unshift({ on: addDays(next.on, -r.int(150, 540)), pct });
  }
  return plan;
}

export function generateCandidateHistory(r: Rng, h: HistoryInput): CandidateHistory {
  const clock = new WriteClock(r, h.createdAt);
  const out: CandidateHistory = { assessments: [], matchingConsents: [], events: [], currentLoonwaarde: null, visibleForMatching: false, updatedAt: h.createdAt, version: 1 };
  const touch = (at: Date) => {
    out.version += 1;
    if (at.getTime() > out.updatedAt.getTime()) out.updatedAt = at;
  };
  const event = (at: Date, type: string, payload: Record<string, unknown>) =>
    out.events.push({ aggregateType: CANDIDATE_AGGREGATE, aggregateId: h.candidateId, type, payload: { candidateId: h.candidateId, ...payload }, occurredAt: at, dispatchedAt: null });
  event(h.createdAt, 'candidate.changed', { created: true, changedFields: CREATED_FIELDS });

  if (h.loonwaarde !== null) {
    const method = r.weightedEntry(LOONWAARDE_METHODS);
    const assessor = r.pick(ASSESSORS);
    for (const step of assessmentPlan(r, h.today, h.loonwaarde, h.lksStatus)) {
      // Entered within days of the assessment, or (older ones) when the candidate was registered.
      const recordedOn = [addDays(step.on, r.int(0, 10)), h.createdDate].sort()[1];
      const at = clock.on(recordedOn < h.today ? recordedOn : addDays(h.today, -1));
      const id = deterministicUuid(h.seed, 'loonwaarde-assessment', `${h.candidateId}/${out.assessments.length}`);
      out.assessments.push({
        id,
        candidateId: h.candidateId,
        percentage: step.pct,
        assessedOn: step.on,
        method: r.chance(0.85) ? method : r.weightedEntry(LOONWAARDE_METHODS),
        assessor: r.chance(0.8) ? assessor : r.pick(ASSESSORS),
        nextReassessmentOn: step.pct >= 100 ? null : addDays(step.on, REASSESSMENT_DAYS[h.lksStatus]),
        recordedById: h.consultantId,
        createdAt: at,
      });
      const changed = out.currentLoonwaarde !== step.pct;
      if (changed) {
        out.currentLoonwaarde = step.pct;
        touch(at);
      }
      event(at, 'candidate.loonwaarde_assessed', { assessmentId: id, isCurrent: true, currentLoonwaardeChanged: changed });
    }
  }

  // Consents on their own clock: a form is signed and recorded on its date, whatever was assessed when.
  const consentClock = new WriteClock(r, h.createdAt);
  const grant = (grantedOn: string, revokedOn: string | null) => {
    const limited = r.chance(0.07);
    const other = limited && r.chance(0.5) ? h.regionCodes.filter((c) => c !== h.municipalityCode) : [];
    const codes = limited ? [h.municipalityCode, ...(other.length ? [r.pick(other)] : [])].sort() : [];
    const scope = limited ? MatchingScope.MUNICIPALITIES : MatchingScope.REGION;
    const createdAt = consentClock.on(grantedOn);
    const revokedAt = revokedOn ? consentClock.on(revokedOn) : null;
    out.matchingConsents.push({
      id: deterministicUuid(h.seed, 'matching-consent', `${h.candidateId}/${out.matchingConsents.length}`),
      candidateId: h.candidateId,
      scope,
      municipalityCodes: codes,
      grantedOn,
      recordedById: h.consultantId,
      revokedAt,
      revokedById: revokedAt ? h.consultantId : null,
      createdAt,
    });
    touch(createdAt);
    event(createdAt, 'candidate.visibility_changed', { visibleForMatching: true, scope, municipalityCodes: codes });
    if (revokedAt) {
      touch(revokedAt);
      event(revokedAt, 'candidate.visibility_changed', { visibleForMatching: false, scope: null, municipalityCodes: [] });
    }
    out.visibleForMatching = revokedAt === null;
  };
  // Days from registration to yesterday: a revocation needs one more day, a renewal two.
  const room = daysBetween(h.createdDate, h.today) - 1;
  const kind = h.consent === 'RENEWED' && room < 2 ? 'ACTIVE' : h.consent === 'REVOKED' && room < 1 ? 'NONE' : h.consent;
  const need = kind === 'RENEWED' ? 2 : kind === 'REVOKED' ? 1 : 0;
  const yesterday = addDays(h.today, -1);
  if (kind !== 'NONE') {
    // Granted within two months of registration.
    const first = addDays(h.createdDate, r.int(0, Math.min(60, room - need)));
    if (kind === 'ACTIVE') grant(first, null);
    else {
      const revokedOn = addDays(first, r.int(1, daysBetween(first, yesterday) - need + 1));
      grant(first, revokedOn);
      if (kind === 'RENEWED') grant(addDays(revokedOn, r.int(1, daysBetween(revokedOn, yesterday))), null);
    }
  }
  out.events.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  return out;
}
