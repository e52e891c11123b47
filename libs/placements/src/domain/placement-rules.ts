import { addDays, startOfMonthAfterPeriod, WAGE_MAX_CENTS } from '@wsp/arrangements';
import { Actor, ConflictError, ForbiddenError, isIsoDate, Role, ValidationError } from '@wsp/common';
import { CHECK_IN_MONTHS, PlacementStatus } from './placement-status';

/**
 * The placement workflow (issue 4):
 *   PROPOSED → INTRODUCED → (PROEFPLAATS →) CONTRACTED → CONFIRMED → ENDED, and ENDED from any open status.
 * - introducing reveals the candidate's identity to the employer, so it needs an unrevoked written
 *   identity consent for that employer (Participatiewet art. 65; AVG art. 6/9);
 * - only the candidate's own job coach confirms, recording the actual start, hours and wage;
 * - ending records a reason and a date.
 */
const NEXT: Record<PlacementStatus, readonly PlacementStatus[]> = {
  PROPOSED: [PlacementStatus.INTRODUCED, PlacementStatus.ENDED],
  INTRODUCED: [PlacementStatus.PROEFPLAATS, PlacementStatus.CONTRACTED, PlacementStatus.ENDED],
  PROEFPLAATS: [PlacementStatus.CONTRACTED, PlacementStatus.ENDED],
  CONTRACTED: [PlacementStatus.CONFIRMED, PlacementStatus.ENDED],
  CONFIRMED: [PlacementStatus.ENDED],
  ENDED: [],
};

const LABEL: Record<PlacementStatus, string> = {
  PROPOSED: 'voorgesteld',
  INTRODUCED: 'voorgesteld aan de werkgever',
  PROEFPLAATS: 'proefplaats',
  CONTRACTED: 'contract getekend',
  CONFIRMED: 'bevestigd',
  ENDED: 'beëindigd',
};

export function assertPlacementTransition(from: PlacementStatus, to: PlacementStatus): void {
  if (!NEXT[from].includes(to)) {
    throw new ConflictError(`Een plaatsing met status ${LABEL[from]} kan niet naar ${LABEL[to]}`, { from, to });
  }
}

export interface PlacementCandidate {
  consultantId: string;
  jobCoachId: string | null;
}

/** Who may read a placement: staff of the candidate, accountmanagers, and the employer once introduced. */
export function canReadPlacement(actor: Actor, p: { employerId: string; introducedAt: Date | null }, c: PlacementCandidate): boolean {
  switch (actor.role) {
    case Role.ADMIN:
    case Role.ACCOUNTMANAGER:
      return true;
    case Role.CONSULTANT:
      return c.consultantId === actor.userId;
    case Role.JOBCOACH:
      return c.jobCoachId === actor.userId;
    case Role.EMPLOYER:
      return actor.employerId === p.employerId && p.introducedAt !== null;
    default:
      return false;
  }
}

/** Proposing and introducing: admins, accountmanagers and the candidate's own consultant. */
export function assertCanPropose(actor: Actor, c: PlacementCandidate): void {
  const ok = actor.role === Role.ADMIN || actor.role === Role.ACCOUNTMANAGER || (actor.role === Role.CONSULTANT && c.consultantId === actor.userId);
  if (!ok) throw new ForbiddenError('Alleen een accountmanager, de klantmanager van de kandidaat of een beheerder kan dit');
}

/** Recording progress (proefplaats, contract, end): the proposers plus the candidate's job coach. */
export function assertCanProgress(actor: Actor, c: PlacementCandidate): void {
  if (actor.role === Role.JOBCOACH && c.jobCoachId === actor.userId) return;
  assertCanPropose(actor, c);
}

/** Only the candidate's assigned job coach confirms a placement (and records check-ins). */
export function assertIsJobCoachOf(actor: Actor, c: PlacementCandidate, what = 'bevestigen'): void {
  if (actor.role !== Role.JOBCOACH || c.jobCoachId === null || c.jobCoachId !== actor.userId) {
    throw new ForbiddenError(`Alleen de jobcoach van de kandidaat kan dit ${what}`);
  }
}

export interface ConfirmationInput {
  actualStartDate: string;
  hoursPerWeek: number;
  grossMonthlyWageCents: number;
}

/** The confirmation records what actually started: not in the future, plausible hours and wage. */
export function validateConfirmation(input: ConfirmationInput, today: string): ConfirmationInput {
  if (!isIsoDate(input.actualStartDate)) throw new ValidationError('Geef een datum als JJJJ-MM-DD', 'actualStartDate');
  if (input.actualStartDate > today) throw new ValidationError('Bevestig een plaatsing pas als het werk echt is begonnen: de startdatum ligt in de toekomst', 'actualStartDate');
  const h = input.hoursPerWeek;
  if (typeof h !== 'number' || !Number.isFinite(h) || h <= 0 || h > 60) throw new ValidationError('Het aantal uren per week ligt tussen 0 en 60', 'hoursPerWeek');
  if (Math.abs(h * 100 - Math.round(h * 100)) > 1e-6) throw new ValidationError('Geef de uren in hoogstens twee decimalen', 'hoursPerWeek');
  const w = input.grossMonthlyWageCents;
  if (!Number.isInteger(w) || w < 1 || w > WAGE_MAX_CENTS) {
    throw new ValidationError(`Het brutomaandloon is een bedrag in eurocent van 1 tot en met ${WAGE_MAX_CENTS}`, 'grossMonthlyWageCents');
  }
  return { actualStartDate: input.actualStartDate, hoursPerWeek: Math.round(h * 100) / 100, grossMonthlyWageCents: w };
}

/** Check-ins 1, 3, 6 and 12 months after the actual start (same day of the month, or the 1st after a short month). */
export function checkInSchedule(actualStartDate: string): { monthNumber: number; dueOn: string }[] {
  return CHECK_IN_MONTHS.map((monthNumber) => ({ monthNumber, dueOn: startOfMonthAfterPeriod(actualStartDate, monthNumber) }));
}

/** A vacancy cannot be over-filled: refuse when the confirmed placements already take every place. */
export function assertPlaceLeft(confirmed: number, numberOfPlaces: number): void {
  if (confirmed >= numberOfPlaces) {
    throw new ConflictError(`Alle plaatsen van deze vacature zijn al vervuld (${confirmed} van ${numberOfPlaces})`, { confirmed, numberOfPlaces });
  }
}

/** Inclusive window [today − ∞, today + horizon] of the work list. */
export function workListUntil(today: string, horizonDays: number): string {
  return addDays(today, horizonDays);
}
