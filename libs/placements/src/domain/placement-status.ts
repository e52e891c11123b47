/** PROPOSED → INTRODUCED → PROEFPLAATS → CONTRACTED → CONFIRMED → ENDED (issue 4). */
export enum PlacementStatus {
  PROPOSED = 'PROPOSED',
  INTRODUCED = 'INTRODUCED',
  PROEFPLAATS = 'PROEFPLAATS',
  CONTRACTED = 'CONTRACTED',
  CONFIRMED = 'CONFIRMED',
  ENDED = 'ENDED',
}

/** Why a placement ended. */
export enum PlacementEndReason {
  /** uitstroom naar regulier werk (without subsidy or support) */
  REGULAR_WORK = 'REGULAR_WORK',
  /** the contract ended (not renewed) */
  CONTRACT_ENDED = 'CONTRACT_ENDED',
  /** uitval: the candidate dropped out */
  DROPOUT = 'DROPOUT',
  OTHER = 'OTHER',
}

/** How a durability check-in went. */
export enum CheckInStatus {
  ON_TRACK = 'ON_TRACK',
  NEEDS_ATTENTION = 'NEEDS_ATTENTION',
  AT_RISK = 'AT_RISK',
}

/**
 * The one active placement a candidate may hold: CONFIRMED (the job coach confirmed that the
 * employment started). Enforced by a partial unique index on placements(candidate_id).
 */
export const ACTIVE_STATUS = PlacementStatus.CONFIRMED;

/** Placements that keep a candidate busy (not available for other matches): proefplaats onwards, until ended. */
export const OCCUPYING_STATUSES: readonly PlacementStatus[] = [PlacementStatus.PROEFPLAATS, PlacementStatus.CONTRACTED, PlacementStatus.CONFIRMED];

/** Durability check-ins after the actual start date, in months (WSP nazorgbeleid). */
export const CHECK_IN_MONTHS: readonly number[] = [1, 3, 6, 12];
