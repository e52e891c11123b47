import { SroiContractStatus } from './enums';
import { addDays } from './months';

export enum SroiAlertKind {
  /** the linear forecast stays below the obligation */
  CONTRACT_BEHIND = 'CONTRACT_BEHIND',
  /** the contract ends within 90 days and the obligation is not met */
  ENDING_WITH_GAP = 'ENDING_WITH_GAP',
  /** a realisation waits for the coordinator for more than 30 days */
  PENDING_TOO_LONG = 'PENDING_TOO_LONG',
}

export const ENDING_WITHIN_DAYS = 90;
export const PENDING_MAX_DAYS = 30;

/** Contract alerts on `today` (work-list policy of the SROI coordinators). */
export function contractAlerts(c: { status: SroiContractStatus; endDate: string; remainingCents: number }, today: string): SroiAlertKind[] {
  const out: SroiAlertKind[] = [];
  if (c.status === SroiContractStatus.BEHIND) out.push(SroiAlertKind.CONTRACT_BEHIND);
  if (c.remainingCents > 0 && c.endDate >= today && c.endDate <= addDays(today, ENDING_WITHIN_DAYS)) out.push(SroiAlertKind.ENDING_WITH_GAP);
  return out;
}

/** A realisation pending since `pendingSinceDate` is overdue for a decision after 30 days. */
export function isPendingTooLong(pendingSinceDate: string, today: string): boolean {
  return pendingSinceDate < addDays(today, -PENDING_MAX_DAYS);
}
