import { decimalUnits, fraction, mul, roundHalfUp } from './arithmetic';
import { SroiContractStatus, SroiRealisationKind, SroiRealisationStatus } from './enums';
import { addDays, daysBetween } from './months';

export interface ProgressInput {
  obligationCents: number;
  startDate: string;
  endDate: string;
  today: string;
  gracePeriodDays: number;
  penaltyPercentage: number;
  /** Cap on counted sociale inkoop, percent of the obligation (table setting), or null. */
  purchaseCapPercent: number | null;
  /** Sums of realisation values per kind and status. */
  totals: readonly { kind: SroiRealisationKind; status: SroiRealisationStatus; valueCents: number }[];
}

export interface Progress {
  obligationCents: number;
  /** Accepted realisations (sociale inkoop within its cap). */
  realisedCents: number;
  /** Pending realisations (what acceptance would add). */
  pendingCents: number;
  remainingCents: number;
  /** Share of the contract period passed (0–1), counting whole days inclusive. */
  elapsedFraction: number;
  /** obligation × elapsed share: where a linear path would be today. */
  expectedToDateCents: number;
  /** (realised + pending) extrapolated linearly to the end date. */
  forecastCents: number;
  status: SroiContractStatus;
  /** Last day of the grace period after the end date. */
  graceEndsOn: string;
  penaltyDue: boolean;
  /** penalty percentage × shortfall, once the grace period has passed; else 0. */
  penaltyCents: number;
  /** Sociale inkoop counted above the cap (not counted). */
  purchaseOverCapCents: number;
}

/**
 * Progress of a contract on `today` (contract terms, municipal SROI policy):
 * - FULFILLED when the accepted value reaches the obligation (a contract without obligation too);
 * - OVERDUE after the end date while not fulfilled; the penalty (a percentage of the shortfall)
 *   is due once the grace period after the end date has passed;
 * - BEHIND during the period when the linear forecast stays below the obligation;
 * - ON_TRACK otherwise (also before the start).
 * Forecast: (realised + pending) / elapsed share, for 0 < share < 1; before the start and after the
 * end it is realised + pending itself.
 */
export function computeProgress(i: ProgressInput): Progress {
  const sum = (kinds: (k: SroiRealisationKind) => boolean, status: SroiRealisationStatus) =>
    i.totals.filter((t) => kinds(t.kind) && t.status === status).reduce((s, t) => s + t.valueCents, 0);
  const isPurchase = (k: SroiRealisationKind) => k === SroiRealisationKind.SOCIAL_PURCHASE;
  const notPurchase = (k: SroiRealisationKind) => !isPurchase(k);

  const cap = i.purchaseCapPercent === null ? Infinity : roundHalfUp(mul(fraction(i.obligationCents), fraction(i.purchaseCapPercent, 100)));
  const purchaseAccepted = sum(isPurchase, SroiRealisationStatus.ACCEPTED);
  const purchasePending = sum(isPurchase, SroiRealisationStatus.PENDING);
  const purchaseCounted = Math.min(purchaseAccepted, cap);
  const purchaseWithPending = Math.min(purchaseAccepted + purchasePending, cap);

  const realisedCents = sum(notPurchase, SroiRealisationStatus.ACCEPTED) + purchaseCounted;
  const pendingCents = sum(notPurchase, SroiRealisationStatus.PENDING) + (purchaseWithPending - purchaseCounted);
  const remainingCents = Math.max(0, i.obligationCents - realisedCents);

  const totalDays = daysBetween(i.startDate, i.endDate) + 1;
  const elapsedDays = Math.min(totalDays, Math.max(0, daysBetween(i.startDate, i.today) + 1));
  const elapsedFraction = elapsedDays / totalDays;
  const expectedToDateCents = roundHalfUp(mul(fraction(i.obligationCents), fraction(elapsedDays, totalDays)));
  const base = realisedCents + pendingCents;
  const forecastCents = elapsedDays > 0 && elapsedDays < totalDays ? roundHalfUp(mul(fraction(base), fraction(totalDays, elapsedDays))) : base;

  let status: SroiContractStatus;
  if (realisedCents >= i.obligationCents) status = SroiContractStatus.FULFILLED;
  else if (i.today > i.endDate) status = SroiContractStatus.OVERDUE;
  else if (elapsedDays > 0 && forecastCents < i.obligationCents) status = SroiContractStatus.BEHIND;
  else status = SroiContractStatus.ON_TRACK;

  const graceEndsOn = addDays(i.endDate, i.gracePeriodDays);
  const penaltyDue = i.today > graceEndsOn && remainingCents > 0;
  const penaltyCents = penaltyDue ? roundHalfUp(mul(fraction(remainingCents), fraction(decimalUnits(i.penaltyPercentage, 2), 10_000))) : 0;

  return {
    obligationCents: i.obligationCents,
    realisedCents,
    pendingCents,
    remainingCents,
    elapsedFraction,
    expectedToDateCents,
    forecastCents,
    status,
    graceEndsOn,
    penaltyDue,
    penaltyCents,
    purchaseOverCapCents: purchaseAccepted - purchaseCounted,
  };
}
