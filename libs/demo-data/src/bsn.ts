import { Rng } from './random';

/** Weights of the elfproef for the first eight digits; the ninth counts −1. */
const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2];

/**
 * A fictional BSN that passes the elfproef (9·d1 + … + 2·d8 − d9 divisible by 11; Logius), not
 * in `taken` (added to it). Demo numbers start with 9, so that they stay apart from the low series
 * used in tests; any valid number could belong to someone, so the platform stores only its
 * keyed hash and the demo data never shows one.
 */
export function fictionalBsn(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const body = `9${rng.int(0, 9_999_999).toString().padStart(7, '0')}`;
    let sum = 0;
    for (let k = 0; k < 8; k++) sum += WEIGHTS[k] * (body.charCodeAt(k) - 48);
    const check = sum % 11;
    if (check === 10) continue;
    const bsn = `${body}${check}`;
    if (taken.has(bsn)) continue;
    taken.add(bsn);
    return bsn;
  }
}
