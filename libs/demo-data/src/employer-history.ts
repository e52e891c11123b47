import { ContactMomentType, PipelineStage } from '@wsp/acquisition';
import { FOLLOW_UP_OUTCOMES, LOST_REASONS, NEXT_ACTIONS, STAGE_OUTCOMES } from './catalog/texts';
import { deterministicUuid, Rng, Seed } from './random';
import { ContactMomentRow, StageChangeRow } from './rows';
import { addDays, addMinutes, dutchTime, isoDateOf, officeMinute } from './time';

/** The open stages in pipeline order; LOST can follow any of them (with a reason). */
export const PIPELINE_ORDER = [PipelineStage.PROSPECT, PipelineStage.CONTACTED, PipelineStage.MEETING, PipelineStage.AGREEMENT, PipelineStage.ACTIVE] as const;

/** The stages an employer went through to reach `final` (LOST: from `lostFrom`). */
export function stagePath(final: PipelineStage, lostFrom: PipelineStage = PipelineStage.CONTACTED): PipelineStage[] {
  if (final === PipelineStage.LOST) return [...stagePath(lostFrom), PipelineStage.LOST];
  const index = (PIPELINE_ORDER as readonly PipelineStage[]).indexOf(final);
  return PIPELINE_ORDER.slice(0, index + 1);
}

const MOMENT_TYPES: readonly (readonly [ContactMomentType, number])[] = [
  [ContactMomentType.CALL, 45], [ContactMomentType.EMAIL, 25], [ContactMomentType.VISIT, 25], [ContactMomentType.EVENT, 5],
];

export interface HistoryInput {
  seed: Seed;
  employerId: string;
  ownerId: string;
  today: string;
  final: PipelineStage;
  contactIds: readonly string[];
  /** At least this many days in the current stage (the demo employer needs a long ACTIVE history). */
  minDaysInStage?: number;
}

export interface EmployerHistory {
  stageChanges: StageChangeRow[];
  contactMoments: ContactMomentRow[];
  lostReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Days before `today` of the move into the current stage. */
  lastChangeDaysAgo: number;
}

/**
 * Stage changes (first one from null to PROSPECT) ending in `final`, the contact moments that led
 * to each move, follow-ups, and next actions: earlier ones completed, the last one open with a
 * due date that is today, overdue or in the future. Everything lies before `today`.
 */
export function generateEmployerHistory(rng: Rng, input: HistoryInput): EmployerHistory {
  const { seed, employerId, ownerId, today, final } = input;
  const lostFrom = rng.weightedEntry([[PipelineStage.PROSPECT, 2], [PipelineStage.CONTACTED, 4], [PipelineStage.MEETING, 3], [PipelineStage.AGREEMENT, 1]] as const);
  const path = stagePath(final, lostFrom);
  const minDays = input.minDaysInStage ?? 0;
  const lastDaysAgo = final === PipelineStage.ACTIVE ? rng.int(Math.max(7, minDays), Math.max(400, minDays)) : rng.int(Math.max(2, minDays), Math.max(120, minDays));
  const daysAgo: number[] = new Array<number>(path.length);
  for (let j = path.length - 1; j >= 0; j--) daysAgo[j] = j === path.length - 1 ? lastDaysAgo : daysAgo[j + 1] + rng.int(4, 40);
  const lostReason = final === PipelineStage.LOST ? rng.pick(LOST_REASONS) : null;

  const stageChanges: StageChangeRow[] = path.map((toStage, j) => ({
    id: deterministicUuid(seed, 'employer-stage-change', `${employerId}/${j}`),
    employerId,
    fromStage: j === 0 ? null : path[j - 1],
    toStage,
    reason: toStage === PipelineStage.LOST ? lostReason : null,
    changedById: ownerId,
    changedAt: dutchTime(addDays(today, -daysAgo[j]), officeMinute(rng)),
  }));

  type Draft = { occurredAt: Date; outcome: string; stage: PipelineStage; type?: ContactMomentType };
  const drafts: Draft[] = [];
  // The conversation behind each move (the move is recorded shortly after it).
  for (let j = 1; j < path.length; j++) {
    const stage = path[j];
    const outcome = stage === PipelineStage.LOST ? `${rng.pick(STAGE_OUTCOMES[stage])} Reden: ${lostReason}.` : rng.pick(STAGE_OUTCOMES[stage]);
    drafts.push({ occurredAt: addMinutes(stageChanges[j].changedAt, -rng.int(5, 90)), outcome, stage });
  }
  if (final === PipelineStage.PROSPECT && rng.chance(0.4)) {
    drafts.push({ occurredAt: addMinutes(stageChanges[0].changedAt, -rng.int(30, 240)), outcome: rng.pick(STAGE_OUTCOMES[PipelineStage.PROSPECT]), stage: PipelineStage.PROSPECT, type: ContactMomentType.EVENT });
  }
  // Follow-ups after the last move.
  if (final !== PipelineStage.LOST && lastDaysAgo >= 2) {
    const followUps = final === PipelineStage.ACTIVE ? rng.int(0, 3) : final === PipelineStage.PROSPECT ? 0 : rng.int(0, 1);
    for (let k = 0; k < followUps; k++) {
      drafts.push({ occurredAt: dutchTime(addDays(today, -rng.int(1, lastDaysAgo - 1)), officeMinute(rng)), outcome: rng.pick(FOLLOW_UP_OUTCOMES), stage: final });
    }
  }
  drafts.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());

  const contactMoments: ContactMomentRow[] = drafts.map((d, k) => {
    const next = drafts[k + 1];
    const isLast = k === drafts.length - 1;
    const momentDate = isoDateOf(d.occurredAt);
    let nextAction: string | null = null;
    let nextActionDueOn: string | null = null;
    let nextActionCompletedAt: Date | null = null;
    if (!isLast && rng.chance(0.6) && NEXT_ACTIONS[d.stage].length) {
      nextAction = rng.pick(NEXT_ACTIONS[d.stage]);
      nextActionDueOn = addDays(momentDate, rng.int(2, 14));
      const completed = addMinutes(next.occurredAt, -rng.int(10, 120));
      nextActionCompletedAt = completed > d.occurredAt ? completed : next.occurredAt;
    } else if (isLast && final !== PipelineStage.LOST && rng.chance(final === PipelineStage.ACTIVE ? 0.7 : 0.9)) {
      nextAction = rng.pick(NEXT_ACTIONS[final]);
      nextActionDueOn = openDueDate(rng, today, momentDate);
    }
    return {
      id: deterministicUuid(seed, 'contact-moment', `${employerId}/${k}`),
      employerId,
      type: d.type ?? rng.weightedEntry(MOMENT_TYPES),
      occurredAt: d.occurredAt,
      contactPersonId: input.contactIds.length && rng.chance(0.85) ? rng.pick(input.contactIds) : null,
      outcome: d.outcome,
      nextAction,
      nextActionDueOn,
      nextActionAssigneeId: nextAction ? ownerId : null,
      nextActionCompletedAt,
      recordedById: ownerId,
      createdAt: addMinutes(d.occurredAt, rng.int(5, 240)),
    };
  });
  // A moment is recorded after it happened, but never after today's start.
  for (const m of contactMoments) if (isoDateOf(m.createdAt) >= today) m.createdAt = m.occurredAt;

  return {
    stageChanges,
    contactMoments,
    lostReason,
    createdAt: stageChanges[0].changedAt,
    updatedAt: stageChanges[stageChanges.length - 1].changedAt,
    lastChangeDaysAgo: lastDaysAgo,
  };
}

/** Open next action: due today (20%), overdue (30%) or in the next month (50%); never before the moment. */
function openDueDate(rng: Rng, today: string, momentDate: string): string {
  const bucket = rng.weightedEntry([['today', 2], ['overdue', 3], ['future', 5]] as const);
  const due = bucket === 'today' ? today : bucket === 'overdue' ? addDays(today, -rng.int(1, 14)) : addDays(today, rng.int(1, 30));
  const earliest = addDays(momentDate, 1);
  return due < earliest ? earliest : due;
}

export type DueBucket = 'today' | 'overdue' | 'future';

export function dueBucket(due: string, today: string): DueBucket {
  return due === today ? 'today' : due < today ? 'overdue' : 'future';
}

/**
 * Makes sure an accountmanager's to-do list shows every kind of open next action (at least
 * `minimum` due today, overdue and in the future), moving due dates of open actions from the
 * fullest bucket. Only moments at least 3 days old are moved, so a due date never precedes its moment.
 */
export function ensureDueMix(moments: ContactMomentRow[], assigneeId: string, today: string, minimum = 2): void {
  const open = moments.filter((m) => m.nextActionAssigneeId === assigneeId && m.nextActionDueOn && !m.nextActionCompletedAt);
  const buckets: DueBucket[] = ['today', 'overdue', 'future'];
  const target: Record<DueBucket, string> = { today, overdue: addDays(today, -1), future: addDays(today, 7) };
  for (const wanted of buckets) {
    for (;;) {
      const inBucket = (b: DueBucket) => open.filter((m) => dueBucket(m.nextActionDueOn!, today) === b);
      if (inBucket(wanted).length >= minimum) break;
      const donorBucket = buckets.filter((b) => b !== wanted).sort((a, b) => inBucket(b).length - inBucket(a).length)[0];
      const donor = inBucket(donorBucket).find((m) => isoDateOf(m.occurredAt) <= addDays(today, -3));
      if (!donor || inBucket(donorBucket).length <= minimum) break;
      donor.nextActionDueOn = target[wanted];
    }
  }
}
