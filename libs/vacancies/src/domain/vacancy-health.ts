import { daysBetween, todayIn } from '@wsp/common';

/**
 * Calendar days a vacancy has been open in its current (or last) open period: from the day it
 * was opened (or last reopened) until the day it was closed, or until today while it is open.
 * Days are counted in the WSP's time zone; null when the vacancy was never opened.
 */
export function daysOpen(openedAt: Date | null, closedAt: Date | null, now: Date, timeZone: string): number | null {
  if (!openedAt) return null;
  const end = closedAt && closedAt >= openedAt ? closedAt : now;
  return Math.max(0, daysBetween(todayIn(timeZone, openedAt), todayIn(timeZone, end)));
}
