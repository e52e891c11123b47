import { Dated } from './effective';
import { Doelgroep } from './model';

/**
 * Loonwaarde bands that map a candidate to a doelgroep. Dated, so a policy change can be
 * recorded without rewriting history: `selectEffective(bandsHistory, referenceDate)`.
 *
 *   loonwaarde > volledigAbove                    → VOLLEDIG
 *   beschutBelow <= loonwaarde <= volledigAbove   → BEPERKT
 *   loonwaarde < beschutBelow                     → BESCHUT
 *
 * ZORG is never derived from loonwaarde: a consultant sets it explicitly.
 */
export interface DoelgroepBands extends Dated {
  volledigAbove: number;
  beschutBelow: number;
}

/**
 * WSP default policy since the Participatiewet came into force (1 January 2015):
 * VOLLEDIG > 80%, BEPERKT 20–80% (both bounds inclusive), BESCHUT < 20%.
 */
export const DEFAULT_DOELGROEP_BANDS: readonly DoelgroepBands[] = [
  { effectiveFrom: '2015-01-01', volledigAbove: 80, beschutBelow: 20 },
];

/**
 * Doelgroep from loonwaarde. Explicit ZORG always wins. Unknown loonwaarde (null) without
 * explicit ZORG gives null ("unknown"): missing data is never guessed into a doelgroep.
 */
export function deriveDoelgroep(loonwaarde: number | null, explicitZorg: boolean, bands: DoelgroepBands): Doelgroep | null {
  if (explicitZorg) return 'ZORG';
  if (loonwaarde === null) return null;
  if (loonwaarde > bands.volledigAbove) return 'VOLLEDIG';
  if (loonwaarde < bands.beschutBelow) return 'BESCHUT';
  return 'BEPERKT';
}
