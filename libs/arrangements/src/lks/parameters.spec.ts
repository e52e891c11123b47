import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, startOfMonthAfterPeriod } from './calendar';
import { datedParameter, entryOn } from './dated-parameter';
import { employerChargesRateOn, WML_MONTHLY_21_PLUS_CENTS, youthWagePercentageOn } from './parameters';

describe('dated parameters', () => {
  const p = datedParameter('test', [{ effectiveFrom: '2020-01-01', value: 1 }, { effectiveFrom: '2020-07-01', value: 2 }], '2021-01-01');

  it('finds the entry in force on a date, inclusive of its start, and nothing outside the table', () => {
    expect(entryOn(p, '2019-12-31')).toBeUndefined();
    expect(entryOn(p, '2020-01-01')?.value).toBe(1);
    expect(entryOn(p, '2020-06-30')?.value).toBe(1);
    expect(entryOn(p, '2020-07-01')).toEqual({ effectiveFrom: '2020-07-01', value: 2 });
    expect(entryOn(p, '2020-12-31')?.value).toBe(2);
    expect(entryOn(p, '2021-01-01')).toBeUndefined();
  });

  it('refuses unsorted, empty or malformed tables', () => {
    expect(() => datedParameter('x', [])).toThrow();
    expect(() => datedParameter('x', [{ effectiveFrom: '2020-07-01', value: 1 }, { effectiveFrom: '2020-01-01', value: 2 }])).toThrow(/sorted/);
    expect(() => datedParameter('x', [{ effectiveFrom: '1-1-2020', value: 1 }])).toThrow(/bad date/);
    expect(() => datedParameter('x', [{ effectiveFrom: '2020-07-01', value: 1 }], '2020-07-01')).toThrow(/knownUntil/);
  });

  it('holds the WML amounts of the half-yearly indexations', () => {
    expect(WML_MONTHLY_21_PLUS_CENTS.entries.map((e) => [e.effectiveFrom, e.value])).toEqual([
      ['2024-01-01', 206940], ['2024-07-01', 213360], ['2025-01-01', 219180], ['2025-07-01', 224580], ['2026-01-01', 229440], ['2026-07-01', 233700],
    ]);
    expect(entryOn(WML_MONTHLY_21_PLUS_CENTS, '2026-12-31')?.value).toBe(233700);
    expect(entryOn(WML_MONTHLY_21_PLUS_CENTS, '2027-01-01')).toBeUndefined();
  });
});

describe('employerChargesRateOn', () => {
  it('is 23% from 2015 to 2017 and 23.5% from 2018-01-01', () => {
    expect(employerChargesRateOn('2014-12-31')).toBeUndefined();
    expect(employerChargesRateOn('2015-01-01')).toBe(2300);
    expect(employerChargesRateOn('2017-12-31')).toBe(2300);
    expect(employerChargesRateOn('2018-01-01')).toBe(2350);
    expect(employerChargesRateOn('2026-05-01')).toBe(2350);
  });
});

describe('youthWagePercentageOn', () => {
  it('follows the three youth wage scales', () => {
    expect([15, 16, 17, 18, 19, 20, 21, 22].map((age) => youthWagePercentageOn('2026-01-01', age))).toEqual([3000, 3450, 3950, 5000, 6000, 8000, 10000, 10000]);
    expect(youthWagePercentageOn('2019-06-30', 21)).toBe(8500);
    expect(youthWagePercentageOn('2019-06-30', 22)).toBe(10000);
    expect(youthWagePercentageOn('2019-06-30', 18)).toBe(4750);
    expect(youthWagePercentageOn('2017-06-30', 22)).toBe(8500);
    expect(youthWagePercentageOn('2017-06-30', 23)).toBe(10000);
    expect(youthWagePercentageOn('2017-07-01', 22)).toBe(10000);
    expect(youthWagePercentageOn('2026-01-01', 14)).toBeUndefined();
    expect(youthWagePercentageOn('2014-12-31', 30)).toBeUndefined();
  });
});

describe('calendar', () => {
  it('finds the first day after a period of months, ending short months on their last day', () => {
    expect(startOfMonthAfterPeriod('2026-01-01', 6)).toBe('2026-07-01');
    expect(startOfMonthAfterPeriod('2025-08-31', 6)).toBe('2026-03-01');
    expect(startOfMonthAfterPeriod('2025-08-29', 6)).toBe('2026-03-01');
    expect(startOfMonthAfterPeriod('2027-08-29', 6)).toBe('2028-02-29');
    expect(startOfMonthAfterPeriod('2025-07-31', 6)).toBe('2026-01-31');
    expect(startOfMonthAfterPeriod('2025-06-30', 6)).toBe('2025-12-30');
    expect(startOfMonthAfterPeriod('2025-05-31', 6)).toBe('2025-12-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('the LKS calculator is pure domain code', () => {
  it('imports no Nest, TypeORM or other infrastructure', () => {
    const files = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(join(__dirname, file), 'utf8');
      expect({ file, imports: source.match(/from '(@nestjs\/[^']*|typeorm[^']*|bullmq|ioredis|class-validator|class-transformer)'/g) }).toEqual({ file, imports: null });
    }
  });
});
