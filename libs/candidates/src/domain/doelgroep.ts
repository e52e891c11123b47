import { deriveDoelgroep, DEFAULT_DOELGROEP_BANDS, DoelgroepBands, selectEffective } from '@wsp/matching-core';

/**
 * Participatiewet doelgroepen as the WSP uses them. VOLLEDIG, BEPERKT and BESCHUT follow from the
 * current loonwaarde through dated bands (policy in @wsp/matching-core, default VOLLEDIG > 80,
 * BEPERKT 20–80, BESCHUT < 20); ZORG is set explicitly by the consultant. The values are the
 * same strings as the matching core's `Doelgroep`.
 */
export enum Doelgroep {
  VOLLEDIG = 'VOLLEDIG',
  BEPERKT = 'BEPERKT',
  BESCHUT = 'BESCHUT',
  ZORG = 'ZORG',
}

/** The history of band versions in force; add a version (never edit one) to change policy. */
export type DoelgroepBandsHistory = readonly DoelgroepBands[];

export const DEFAULT_BANDS_HISTORY: DoelgroepBandsHistory = DEFAULT_DOELGROEP_BANDS;

/** Doelgroep of a candidate on `date`; null when the loonwaarde is unknown and ZORG is not set. */
export function doelgroepOn(
  loonwaarde: number | null,
  zorg: boolean,
  date: string,
  history: DoelgroepBandsHistory = DEFAULT_BANDS_HISTORY,
): Doelgroep | null {
  const derived = deriveDoelgroep(loonwaarde, zorg, selectEffective(history, date));
  return derived === null ? null : Doelgroep[derived];
}

/**
 * The same rule as a SQL condition on a candidates alias (for list filters), with named
 * parameters prefixed `dg`. Must stay equivalent to `deriveDoelgroep`.
 */
export function doelgroepCondition(
  alias: string,
  doelgroep: Doelgroep,
  bands: DoelgroepBands,
): { sql: string; params: Record<string, number> } {
  const lw = `${alias}.current_loonwaarde`;
  const notZorg = `${alias}.zorg = false`;
  const params = { dgAbove: bands.volledigAbove, dgBelow: bands.beschutBelow };
  switch (doelgroep) {
    case Doelgroep.ZORG:
      return { sql: `${alias}.zorg = true`, params: {} };
    case Doelgroep.VOLLEDIG:
      return { sql: `${notZorg} AND ${lw} > :dgAbove`, params };
    case Doelgroep.BESCHUT:
      return { sql: `${notZorg} AND ${lw} < :dgBelow`, params };
    case Doelgroep.BEPERKT:
      return { sql: `${notZorg} AND ${lw} >= :dgBelow AND ${lw} <= :dgAbove`, params };
  }
}
