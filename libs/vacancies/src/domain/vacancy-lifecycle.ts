import { ConflictError, ValidationError } from '@wsp/common';
import { VacancyStatus } from '../entities/vacancy.entity';

/**
 * The vacancy lifecycle as one table (WSP vacancy service policy):
 *
 *   DRAFT   → OPEN     publish (completeness checked)          by a user       vacancy.opened
 *   DRAFT   → CLOSED   withdraw a draft (reason optional)      by a user       no event (never matched)
 *   OPEN    → FILLED   all places filled by placements         by the system   vacancy.filled
 *   OPEN    → CLOSED   closed early (reason required)          by a user       vacancy.closed
 *   OPEN    → EXPIRED  closing date passed                     by the system   vacancy.expired
 *   CLOSED  → OPEN     reopen (e.g. closed by mistake)         by a user       vacancy.opened
 *   EXPIRED → OPEN     reopen with a new closing date          by a user       vacancy.opened
 *
 * FILLED is final: placements refer to it. Every pair not listed is refused, including a move to
 * the same status (so repeating a move is an error, not a silent no-op). "By the system" moves are
 * never offered to users: FILLED comes from placements (`markFilled`), EXPIRED from the worker.
 */
export type TransitionActor = 'USER' | 'SYSTEM';

export type VacancyEventType = 'vacancy.opened' | 'vacancy.changed' | 'vacancy.closed' | 'vacancy.filled' | 'vacancy.expired';

export interface TransitionRule {
  by: TransitionActor;
  reasonRequired: boolean;
  /** Outbox event for matching, or null when matching never saw the vacancy. */
  event: VacancyEventType | null;
}

type Table = Record<VacancyStatus, Partial<Record<VacancyStatus, TransitionRule>>>;

export const VACANCY_TRANSITIONS: Readonly<Table> = {
  [VacancyStatus.DRAFT]: {
    [VacancyStatus.OPEN]: { by: 'USER', reasonRequired: false, event: 'vacancy.opened' },
    [VacancyStatus.CLOSED]: { by: 'USER', reasonRequired: false, event: null },
  },
  [VacancyStatus.OPEN]: {
    [VacancyStatus.FILLED]: { by: 'SYSTEM', reasonRequired: false, event: 'vacancy.filled' },
    [VacancyStatus.CLOSED]: { by: 'USER', reasonRequired: true, event: 'vacancy.closed' },
    [VacancyStatus.EXPIRED]: { by: 'SYSTEM', reasonRequired: false, event: 'vacancy.expired' },
  },
  [VacancyStatus.FILLED]: {},
  [VacancyStatus.CLOSED]: {
    [VacancyStatus.OPEN]: { by: 'USER', reasonRequired: false, event: 'vacancy.opened' },
  },
  [VacancyStatus.EXPIRED]: {
    [VacancyStatus.OPEN]: { by: 'USER', reasonRequired: false, event: 'vacancy.opened' },
  },
};

/** The rule for `from → to` when `by` may make it, otherwise null. */
export function transitionRule(from: VacancyStatus, to: VacancyStatus, by: TransitionActor): TransitionRule | null {
  const rule = VACANCY_TRANSITIONS[from][to];
  return rule && rule.by === by ? rule : null;
}

const STATUS_NL: Record<VacancyStatus, string> = {
  [VacancyStatus.DRAFT]: 'concept',
  [VacancyStatus.OPEN]: 'open',
  [VacancyStatus.FILLED]: 'vervuld',
  [VacancyStatus.CLOSED]: 'gesloten',
  [VacancyStatus.EXPIRED]: 'verlopen',
};

/**
 * Checks a move and its reason; returns the rule. A move the table does not allow is a CONFLICT
 * (the vacancy is in the wrong state), a missing reason is BAD_USER_INPUT on `reason`.
 */
export function assertTransition(from: VacancyStatus, to: VacancyStatus, by: TransitionActor, reason?: string | null): TransitionRule {
  const rule = transitionRule(from, to, by);
  if (!rule) {
    throw new ConflictError(`Een ${STATUS_NL[from]} vacature kan niet naar ${STATUS_NL[to]}`, { fromStatus: from, toStatus: to });
  }
  if (rule.reasonRequired && !reason?.trim()) {
    throw new ValidationError('Geef een reden op', 'reason');
  }
  return rule;
}

/** Statuses in which the content of a vacancy may be edited. Closed ones are reopened first. */
export const EDITABLE_STATUSES: readonly VacancyStatus[] = [VacancyStatus.DRAFT, VacancyStatus.OPEN];

export function assertEditable(status: VacancyStatus): void {
  if (!EDITABLE_STATUSES.includes(status)) {
    throw new ConflictError(`Een ${STATUS_NL[status]} vacature kan niet worden gewijzigd`, { status });
  }
}
