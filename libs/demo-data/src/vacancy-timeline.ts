import { VacancyStatus } from '@wsp/vacancies';
import { Rng } from './random';
import { addDays, addMinutes, dutchTime, isoDateOf, officeMinute } from './time';

/** Mostly OPEN; the rest drafts and vacancies that were filled, closed early or expired. */
export const VACANCY_STATUS_WEIGHTS: readonly (readonly [VacancyStatus, number])[] = [
  [VacancyStatus.OPEN, 65], [VacancyStatus.DRAFT, 10], [VacancyStatus.FILLED, 12], [VacancyStatus.CLOSED, 8], [VacancyStatus.EXPIRED, 5],
];

export function pickStatus(r: Rng): VacancyStatus {
  return r.weightedEntry(VACANCY_STATUS_WEIGHTS);
}

/** How long ago a vacancy of each status was created (days), so that its history fits. */
export const CREATED_DAYS_AGO: Readonly<Record<VacancyStatus, readonly [number, number]>> = {
  [VacancyStatus.DRAFT]: [1, 14],
  [VacancyStatus.OPEN]: [2, 90],
  [VacancyStatus.EXPIRED]: [40, 150],
  [VacancyStatus.FILLED]: [30, 200],
  [VacancyStatus.CLOSED]: [30, 200],
};

/** The status itself when `daysAvailable` of history allow it, otherwise OPEN or (less) DRAFT. */
export function fitStatus(status: VacancyStatus, daysAvailable: number): VacancyStatus {
  if (daysAvailable >= CREATED_DAYS_AGO[status][0]) return status;
  return daysAvailable >= CREATED_DAYS_AGO[VacancyStatus.OPEN][0] ? VacancyStatus.OPEN : VacancyStatus.DRAFT;
}

export interface VacancyTimeline {
  createdAt: Date;
  openedAt: Date | null;
  closedAt: Date | null;
  startDate: string | null;
  closingDate: string | null;
}

/**
 * Dates consistent with the status on `today`, created at most `maxDaysAgo` days ago (the
 * employer's move into AGREEMENT/ACTIVE, the demand it answers): an OPEN vacancy has a closing date of today or
 * later (or none), an EXPIRED one a closing date before today and was expired by the nightly job
 * the day after; FILLED and CLOSED ones were closed before today. Everything happened before today.
 */
export function draftTimeline(r: Rng, status: VacancyStatus, today: string, maxDaysAgo = Infinity): VacancyTimeline {
  const day = (offset: number) => addDays(today, offset);
  const [lo, hi] = CREATED_DAYS_AGO[status];
  if (maxDaysAgo < lo) throw new Error(`a ${status} vacancy needs ${lo} days of history, not ${maxDaysAgo}`);
  const createdDaysAgo = r.int(lo, Math.min(hi, maxDaysAgo));
  const createdAt = dutchTime(day(-createdDaysAgo), officeMinute(r));
  if (status === VacancyStatus.DRAFT) {
    const closingDate = r.chance(0.5) ? day(r.int(14, 60)) : null;
    return { createdAt, openedAt: null, closedAt: null, startDate: r.chance(0.5) ? day(r.int(21, 75)) : null, closingDate };
  }
  const openedDaysAgo = createdDaysAgo - r.int(0, Math.min(3, createdDaysAgo - 1));
  const sameDay = openedDaysAgo === createdDaysAgo;
  const openedAt = sameDay ? addMinutes(createdAt, r.int(5, 120)) : dutchTime(day(-openedDaysAgo), officeMinute(r));
  if (status === VacancyStatus.OPEN) {
    const closingDate = r.chance(0.9) ? day(r.int(7, 60)) : null;
    const startDate = r.chance(0.2) ? null : addDays(closingDate ?? today, r.int(7, 30));
    return { createdAt, openedAt, closedAt: null, startDate, closingDate };
  }
  if (status === VacancyStatus.EXPIRED) {
    const closingDate = day(-r.int(2, 30));
    // The worker's nightly run after the closing date.
    return { createdAt, openedAt, closedAt: dutchTime(addDays(closingDate, 1), 2 * 60 + 5 * r.int(0, 11)), startDate: addDays(closingDate, r.int(7, 30)), closingDate };
  }
  // FILLED or CLOSED: closed 5-60 days after opening, at least a day before today.
  const closedDaysAgo = Math.max(1, openedDaysAgo - r.int(5, 60));
  const closedAt = dutchTime(day(-closedDaysAgo), officeMinute(r));
  const closingDate = addDays(isoDateOf(openedAt), r.int(30, 60));
  const startDate = status === VacancyStatus.FILLED ? day(-closedDaysAgo + r.int(7, 21)) : null;
  return { createdAt, openedAt, closedAt, startDate, closingDate };
}
