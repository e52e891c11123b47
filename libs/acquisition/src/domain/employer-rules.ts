import { isIsoDate, ValidationError } from '@wsp/common';
import { PsoLevel } from '../entities/employer.entity';

/**
 * A PSO certificate (PrestatieLadder Socialer Ondernemen) is issued for a limited period, so a
 * level is only meaningful with its expiry date; an expiry date without a level is meaningless.
 */
export function validatePso(level: PsoLevel | null, expiresOn: string | null): void {
  if (level && !expiresOn) throw new ValidationError('Geef de vervaldatum van het PSO-certificaat op', 'psoExpiresOn');
  if (!level && expiresOn) throw new ValidationError('Een vervaldatum hoort bij een PSO-trede', 'psoLevel');
  if (expiresOn && !isIsoDate(expiresOn)) throw new ValidationError('Ongeldige datum (gebruik JJJJ-MM-DD)', 'psoExpiresOn');
}

/** Whether the certificate is valid on `today` (valid through its expiry date). */
export function psoCertificateValid(level: PsoLevel | null, expiresOn: string | null, today: string): boolean {
  return level !== null && expiresOn !== null && expiresOn >= today;
}

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * A website as people type it (`bakkerij.nl`, `https://www.bakkerij.nl/contact`): http(s) only,
 * a real host name; stored with its scheme (https:// when none was given). Null for blank input.
 */
export function normaliseWebsite(input: string | null | undefined, field = 'website'): string | null {
  const trimmed = input?.trim() ?? '';
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new ValidationError('Ongeldig webadres', field);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !HOST.test(url.hostname) || url.username || url.password) {
    throw new ValidationError('Ongeldig webadres', field);
  }
  const result = url.toString();
  const normalised = url.pathname === '/' && !url.search && !url.hash && !withScheme.endsWith('/') ? result.slice(0, -1) : result;
  if (normalised.length > 200) throw new ValidationError('Webadres is te lang (maximaal 200 tekens)', field);
  return normalised;
}
