import { isIsoDate, todayIn, ValidationError } from '@wsp/common';

/**
 * Next actions of contact moments, judged on calendar dates in the WSP's time zone
 * (`todayIn(config.timeZone, clock.now())`):
 *   OVERDUE  = due before today, DUE = due today, UPCOMING = due after today.
 * An action is open until it is completed.
 */
export enum NextActionStatus {
  OVERDUE = 'OVERDUE',
  DUE = 'DUE',
  UPCOMING = 'UPCOMING',
}

/** Which open actions a list shows. */
export enum ActionsFilter {
  /** due today */
  DUE = 'DUE',
  /** due before today */
  OVERDUE = 'OVERDUE',
  /** every open action, whatever its due date */
  ALL_OPEN = 'ALL_OPEN',
}

/** ISO dates compare correctly as strings. */
export function classifyNextAction(dueOn: string, today: string): NextActionStatus {
  if (dueOn < today) return NextActionStatus.OVERDUE;
  if (dueOn === today) return NextActionStatus.DUE;
  return NextActionStatus.UPCOMING;
}

/** Whether an open action due on `dueOn` belongs in a list with `filter`. */
export function matchesActionsFilter(dueOn: string, today: string, filter: ActionsFilter): boolean {
  switch (filter) {
    case ActionsFilter.DUE:
      return classifyNextAction(dueOn, today) === NextActionStatus.DUE;
    case ActionsFilter.OVERDUE:
      return classifyNextAction(dueOn, today) === NextActionStatus.OVERDUE;
    case ActionsFilter.ALL_OPEN:
      return true;
  }
}

/** The SQL condition on the due-date column for a filter (parameter `:today`), or null for none. */
export function actionsFilterSql(column: string, filter: ActionsFilter): string | null {
  switch (filter) {
    case ActionsFilter.DUE:
      return `${column} = :today`;
    case ActionsFilter.OVERDUE:
      return `${column} < :today`;
    case ActionsFilter.ALL_OPEN:
      return null;
  }
}

export interface ContactMomentTiming {
  occurredAt: Date;
  nextAction?: string | null;
  nextActionDueOn?: string | null;
  nextActionAssigneeId?: string | null;
}

/**
 * Rules for recording a contact moment (WSP CRM policy):
 * - it happened already: `occurredAt` is not in the future (a minute of clock skew is tolerated);
 * - a next action has both a description and a due date, or neither;
 * - an assignee only goes with a next action;
 * - the due date is a real date, not before the day of the contact moment.
 */
export const CLOCK_SKEW_MS = 60_000;

export function validateContactMomentTiming(input: ContactMomentTiming, now: Date, timeZone: string): void {
  if (Number.isNaN(input.occurredAt.getTime())) throw new ValidationError('Ongeldig tijdstip', 'occurredAt');
  if (input.occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new ValidationError('Een contactmoment kan niet in de toekomst liggen', 'occurredAt');
  }
  const action = input.nextAction?.trim() ? input.nextAction : null;
  const due = input.nextActionDueOn ?? null;
  if (action && !due) throw new ValidationError('Geef een datum op voor de vervolgactie', 'nextActionDueOn');
  if (!action && due) throw new ValidationError('Omschrijf de vervolgactie bij deze datum', 'nextAction');
  if (!action && input.nextActionAssigneeId) {
    throw new ValidationError('Alleen een vervolgactie kan aan iemand worden toegewezen', 'nextActionAssigneeId');
  }
  if (due) {
    if (!isIsoDate(due)) throw new ValidationError('Ongeldige datum (gebruik JJJJ-MM-DD)', 'nextActionDueOn');
    if (due < todayIn(timeZone, input.occurredAt)) {
      throw new ValidationError('De vervolgactie kan niet vóór het contactmoment vallen', 'nextActionDueOn');
    }
  }
}
