/**
 * Valuation categories of the SROI building blocks (bouwblokken). A valuation table gives a
 * yearly value (at full time) for the categories it knows; a category it does not list is not
 * valued by that table. Regional tables differ: e.g. Utrecht and Oost-Nederland value a
 * Participatiewet or WW benefit of longer duration higher (the *_LONG_TERM categories).
 */
export enum SroiCategory {
  /** bijstand (Participatiewet); in tables with a duration split: benefit shorter than 2 years */
  PARTICIPATIEWET = 'PARTICIPATIEWET',
  /** Participatiewet benefit longer than 2 years (tables with a duration split only) */
  PARTICIPATIEWET_LONG_TERM = 'PARTICIPATIEWET_LONG_TERM',
  /** banenafspraak: doelgroepregister, Wajong or Wsw */
  BANENAFSPRAAK = 'BANENAFSPRAAK',
  /** WW; in tables with a duration split: benefit shorter than 1 year */
  WW = 'WW',
  /** WW benefit longer than 1 year (tables with a duration split only) */
  WW_LONG_TERM = 'WW_LONG_TERM',
  WIA = 'WIA',
  /** no benefit (niet-uitkeringsgerechtigde) */
  NO_BENEFIT = 'NO_BENEFIT',
  /** BBL student up to level 2 */
  BBL_LEVEL_1_2 = 'BBL_LEVEL_1_2',
  /** BBL student level 3 and up */
  BBL_LEVEL_3_PLUS = 'BBL_LEVEL_3_PLUS',
  /** intern (stagiair) mbo/hbo (BOL) */
  INTERN_MBO_HBO = 'INTERN_MBO_HBO',
  /** intern (stagiair) VSO/PrO */
  INTERN_VSO_PRO = 'INTERN_VSO_PRO',
}

/** Bonuses on top of a category's yearly value, prorated the same way (hours and months). */
export enum SroiBonus {
  /** older worker; the table sets the age (Haaglanden: 55+, Utrecht: 50+) */
  AGE = 'AGE',
  /** employment of someone with an arbeidsbeperking (set by hand: not derived) */
  ARBEIDSBEPERKING = 'ARBEIDSBEPERKING',
  /** permanent contract (vast dienstverband) */
  PERMANENT_CONTRACT = 'PERMANENT_CONTRACT',
}

export enum SroiRealisationKind {
  /** a placement of the WSP at the contractor (proposed automatically) */
  PLACEMENT = 'PLACEMENT',
  /** a person employed by the contractor outside the WSP's placements (e.g. a BBL student), recorded by hand */
  EMPLOYMENT = 'EMPLOYMENT',
  /** sociale inkoop: invoices of an SW-bedrijf or a recognised social enterprise, excluding VAT */
  SOCIAL_PURCHASE = 'SOCIAL_PURCHASE',
  /** other activities (guest lectures, coaching): hours × the table's hourly value */
  OTHER_ACTIVITY = 'OTHER_ACTIVITY',
}

/** PENDING → ACCEPTED | REJECTED by the municipality's coordinator; a correction reopens (→ PENDING). */
export enum SroiRealisationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

export enum SroiContractStatus {
  ON_TRACK = 'ON_TRACK',
  BEHIND = 'BEHIND',
  FULFILLED = 'FULFILLED',
  OVERDUE = 'OVERDUE',
}

/** Person-based realisations: valued by category, hours and months. */
export const PERSON_KINDS: readonly SroiRealisationKind[] = [SroiRealisationKind.PLACEMENT, SroiRealisationKind.EMPLOYMENT];
