import { ValidationError } from '@wsp/common';
import { isValidKvk, normaliseKvk, parseKvk } from './kvk';

describe('KvK number', () => {
  it.each([
    ['12345678', '12345678'],
    [' 1234 5678 ', '12345678'],
    ['12 34 56 78', '12345678'],
    ['1234\u00a05678', '12345678'],
    ['\t01234567\n', '01234567'],
  ])('normalises %j to %s', (input, expected) => {
    expect(normaliseKvk(input)).toBe(expected);
    expect(parseKvk(input)).toBe(expected);
  });

  it.each(['1234567', '123456789', '1234567a', '1234-5678', '1234.5678', '', '        ', 'KVK12345678', '１２３４５６７８'])(
    'refuses %j with a ValidationError on the field',
    (input) => {
      expect(() => parseKvk(input, 'kvkNumber')).toThrow(ValidationError);
      try {
        parseKvk(input, 'kvkNumber');
      } catch (e) {
        expect((e as ValidationError).details).toEqual({ field: 'kvkNumber' });
      }
    },
  );

  it('refuses non-strings', () => {
    expect(() => parseKvk(12345678)).toThrow(ValidationError);
    expect(() => parseKvk(null)).toThrow(ValidationError);
  });

  it('validates only the format (no checksum is published)', () => {
    expect(isValidKvk('00000000')).toBe(true);
    expect(isValidKvk('99999999')).toBe(true);
    expect(isValidKvk('0000000')).toBe(false);
  });
});
