import { ValidationError } from '@wsp/common';
import { PsoLevel } from '../entities/employer.entity';
import { normaliseWebsite, psoCertificateValid, validatePso } from './employer-rules';

describe('PSO certificate rules', () => {
  it('requires the expiry date with a level and a level with an expiry date', () => {
    expect(() => validatePso(null, null)).not.toThrow();
    expect(() => validatePso(PsoLevel.TREDE_2, '2026-06-30')).not.toThrow();
    expect(() => validatePso(PsoLevel.TREDE_2, null)).toThrow(ValidationError);
    expect(() => validatePso(null, '2026-06-30')).toThrow(ValidationError);
    expect(() => validatePso(PsoLevel.TREDE_1, '2026-02-30')).toThrow(ValidationError);
  });

  it('is valid through its expiry date', () => {
    expect(psoCertificateValid(PsoLevel.TREDE_3, '2025-03-10', '2025-03-10')).toBe(true);
    expect(psoCertificateValid(PsoLevel.TREDE_3, '2025-03-09', '2025-03-10')).toBe(false);
    expect(psoCertificateValid(null, null, '2025-03-10')).toBe(false);
  });
});

describe('website normalisation', () => {
  it.each([
    ['bakkerij.nl', 'https://bakkerij.nl'],
    ['  www.bakkerij-jansen.nl  ', 'https://www.bakkerij-jansen.nl'],
    ['http://Bakkerij.NL', 'http://bakkerij.nl'],
    ['https://bakkerij.nl/', 'https://bakkerij.nl/'],
    ['https://bakkerij.nl/contact?x=1', 'https://bakkerij.nl/contact?x=1'],
  ])('normalises %j to %s', (input, expected) => {
    expect(normaliseWebsite(input)).toBe(expected);
  });

  it.each(['', '   ', null, undefined])('treats %j as no website', (input) => {
    expect(normaliseWebsite(input)).toBeNull();
  });

  it.each(['ftp://bakkerij.nl', 'javascript:alert(1)', 'bakkerij', 'https://user:pw@bakkerij.nl', 'http://127.0.0.1', 'not a url'])(
    'refuses %j',
    (input) => {
      expect(() => normaliseWebsite(input)).toThrow(ValidationError);
    },
  );
});
