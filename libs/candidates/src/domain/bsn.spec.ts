import { createHmac } from 'node:crypto';
import { ValidationError } from '@wsp/common';
import { hashBsn, normalizeBsn, parseBsn, passesElfproef } from './bsn';

describe('BSN elfproef', () => {
  it('accepts numbers that pass the 11-test', () => {
    // 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3−1·3 = 66 = 6·11
    expect(passesElfproef('111222333')).toBe(true);
    expect(passesElfproef('123456782')).toBe(true);
    expect(passesElfproef('999999990')).toBe(true);
  });

  it('refuses a wrong check digit, wrong lengths, non-digits and all zeros', () => {
    expect(passesElfproef('111222334')).toBe(false);
    expect(passesElfproef('123456789')).toBe(false);
    expect(passesElfproef('11122233')).toBe(false);
    expect(passesElfproef('1112223330')).toBe(false);
    expect(passesElfproef('11122233a')).toBe(false);
    expect(passesElfproef('000000000')).toBe(false);
  });

  it('normalises typed separators and refuses invalid input without echoing it', () => {
    expect(normalizeBsn(' 1112.22-333 ')).toBe('111222333');
    expect(parseBsn('111 222 333')).toBe('111222333');
    let error: unknown;
    try {
      parseBsn('123456789', 'input.bsn');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details).toEqual({ field: 'input.bsn' });
    expect((error as ValidationError).message).not.toContain('123456789');
  });
});

describe('BSN hash', () => {
  const key = 'k'.repeat(32);

  it('is the hex HMAC-SHA256 under the key', () => {
    const h = hashBsn('111222333', key);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(h).toBe(createHmac('sha256', key).update('111222333').digest('hex'));
    expect(h).not.toContain('111222333');
  });

  it('is deterministic per key and differs between keys and numbers', () => {
    expect(hashBsn('111222333', key)).toBe(hashBsn('111222333', key));
    expect(hashBsn('111222333', key)).not.toBe(hashBsn('111222333', 'z'.repeat(32)));
    expect(hashBsn('111222333', key)).not.toBe(hashBsn('123456782', key));
  });
});
