import { ValidationError } from '@wsp/common';

/**
 * Dutch postcodes are `9999 AA`: four digits without a leading zero, optionally followed by two
 * letters; PostNL does not issue the letter pairs SA, SD and SS (postcode format, PostNL).
 */
const POSTCODE = /^([1-9][0-9]{3})(?: ?([A-Z]{2}))?$/;
const UNUSED_LETTERS = new Set(['SA', 'SD', 'SS']);

export const PC4_FORMAT_MESSAGE = 'Ongeldige postcode: gebruik vier cijfers, eventueel met twee letters (bijvoorbeeld 2511 of 2511 AB)';

/**
 * The PC4 (four digits) of a Dutch postcode written as `2511`, `2511AB` or ` 2511 ab `,
 * or null when the input is not a Dutch postcode.
 */
export function normalizePc4(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const compact = input.trim().toUpperCase().replace(/\s+/g, ' ');
  const match = POSTCODE.exec(compact);
  if (!match) return null;
  const [, digits, letters] = match;
  if (letters && UNUSED_LETTERS.has(letters)) return null;
  return digits;
}

/** Like `normalizePc4`, but throws a `ValidationError` naming `field` for malformed input. */
export function parsePc4(input: unknown, field = 'postcode'): string {
  const pc4 = normalizePc4(input);
  if (!pc4) throw new ValidationError(PC4_FORMAT_MESSAGE, field);
  return pc4;
}
