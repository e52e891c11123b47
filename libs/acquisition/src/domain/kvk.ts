import { ValidationError } from '@wsp/common';

/**
 * KvK number (Kamer van Koophandel, Handelsregisterwet 2007; Handelsregisterbesluit 2008 art. 9):
 * since 2009 every registration has a number of exactly 8 digits. KvK publishes no check-digit
 * algorithm, so only the format is validated. People write it with spaces ("1234 5678") or with
 * a "KvK" label; spaces are removed, nothing else is guessed.
 */
export const KVK_FORMAT = /^[0-9]{8}$/;

/** Removes all whitespace (spaces, non-breaking spaces, tabs). */
export function normaliseKvk(input: string): string {
  return input.replace(/[\s\u00a0]+/g, '');
}

export function isValidKvk(value: string): boolean {
  return KVK_FORMAT.test(value);
}

/** The normalised KvK number, or a ValidationError on `field`. */
export function parseKvk(input: unknown, field = 'kvkNumber'): string {
  const value = typeof input === 'string' ? normaliseKvk(input) : '';
  if (!isValidKvk(value)) throw new ValidationError('Een KvK-nummer bestaat uit precies 8 cijfers', field);
  return value;
}
