import { DomainError, ErrorCode } from '@wsp/common';
import { normalizePc4, parsePc4 } from './postcode';

describe('normalizePc4', () => {
  it.each([
    ['2511', '2511'],
    ['2511 AB', '2511'],
    ['2511AB', '2511'],
    ['  2511 ab  ', '2511'],
    ['2511\tab', '2511'],
    ['1000', '1000'],
    ['9999 ZZ', '9999'],
  ])('accepts %j as PC4 %s', (input, expected) => {
    expect(normalizePc4(input)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['0511'],
    ['0000'],
    ['251'],
    ['25111'],
    ['2511 A'],
    ['2511 ABC'],
    ['2511-AB'],
    ['AB 2511'],
    ['25 11'],
    ['2511 x AB'],
    ['2511 SA'],
    ['2511 SD'],
    ['2511 SS'],
    ['２５１１'],
  ])('rejects %j', (input) => {
    expect(normalizePc4(input)).toBeNull();
  });

  it('rejects non-strings', () => {
    expect(normalizePc4(2511)).toBeNull();
    expect(normalizePc4(null)).toBeNull();
    expect(normalizePc4(undefined)).toBeNull();
  });
});

describe('parsePc4', () => {
  it('returns the digits of a valid postcode', () => {
    expect(parsePc4('3511 AB', 'address.postcode')).toBe('3511');
  });

  it('throws a BAD_USER_INPUT error naming the field, in Dutch', () => {
    let caught: unknown;
    try {
      parsePc4('12', 'address.postcode');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DomainError);
    const err = caught as DomainError;
    expect(err.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(err.details).toEqual({ field: 'address.postcode' });
    expect(err.message).toMatch(/^Ongeldige postcode/);
  });

  it('names the field "postcode" by default', () => {
    expect(() => parsePc4('x')).toThrow(expect.objectContaining({ details: { field: 'postcode' } }));
  });
});
