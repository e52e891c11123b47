import { createHmac } from 'node:crypto';
import { ValidationError } from '@wsp/common';

/**
 * Burgerservicenummer (BSN). A BSN has 9 digits and passes the "elfproef" (11-test):
 * 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 − 1·d9 is divisible by 11
 * (Logius, Wet algemene bepalingen burgerservicenummer). The platform never stores a BSN: only
 * its HMAC-SHA256 under a secret key, to recognise the same person twice (AVG art. 87, UAVG art. 46).
 *
 * Nothing here puts a BSN into an error message or a log line.
 */

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1];

/** Removes the spaces, dots and dashes people type between digit groups. */
export function normalizeBsn(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

/** True when `bsn` is exactly 9 digits, not all zeros, and passes the elfproef. */
export function passesElfproef(bsn: string): boolean {
  if (!/^[0-9]{9}$/.test(bsn) || /^0+$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += WEIGHTS[i] * Number(bsn[i]);
  return sum % 11 === 0;
}

export const INVALID_BSN_MESSAGE = 'Ongeldig BSN: gebruik 9 cijfers die voldoen aan de elfproef';

/** The normalised BSN, or a ValidationError on `field` (without echoing the input). */
export function parseBsn(input: string, field = 'bsn'): string {
  const bsn = normalizeBsn(input);
  if (!passesElfproef(bsn)) throw new ValidationError(INVALID_BSN_MESSAGE, field);
  return bsn;
}

/** HMAC-SHA256 (hex, 64 characters) of a normalised, valid BSN under the configured key. */
export function hashBsn(bsn: string, key: string): string {
  return createHmac('sha256', key).update(bsn, 'utf8').digest('hex');
}
