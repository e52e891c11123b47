import { deterministicUuid, IdSequence, Rng, WeightedTable } from './random';
import { addDays, amsterdamOffsetMinutes, dutchTime, isoDateOf } from './time';
import { minimumHourlyWageCents, minimumMonthlyWageCents, monthlyWageCents } from './wages';

const draws = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.nextUint32());

describe('Rng (xoshiro128**)', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    expect(draws(Rng.from(42), 20)).toEqual(draws(Rng.from(42), 20));
    expect(draws(Rng.from('demo'), 20)).toEqual(draws(Rng.from('demo'), 20));
    expect(draws(Rng.from(42), 20)).not.toEqual(draws(Rng.from(43), 20));
    // A number seed and its string are the same seed.
    expect(draws(Rng.from(7), 5)).toEqual(draws(Rng.from('7'), 5));
  });

  it('matches the reference xoshiro128** outputs, and pins the seeded stream (a change would alter all demo data)', () => {
    // Reference implementation (prng.di.unimi.it/xoshiro128starstar.c) from state {1, 2, 3, 4}.
    expect(draws(Rng.fromState([1, 2, 3, 4]), 5)).toEqual([11520, 0, 5927040, 70819200, 2031721883]);
    expect(draws(Rng.from('wsp'), 3)).toEqual([2461878161, 1304535444, 2571697146]);
  });

  it('forks by label, independent of how much the parent has drawn', () => {
    const a = Rng.from(1);
    const b = Rng.from(1);
    draws(b, 100);
    expect(draws(a.fork('employer', 3), 10)).toEqual(draws(b.fork('employer', 3), 10));
    expect(draws(a.fork('employer', 3), 10)).not.toEqual(draws(a.fork('employer', 4), 10));
    expect(draws(a.fork('x'), 10)).not.toEqual(draws(a, 10));
  });

  it('keeps next() in [0, 1) and int() within its inclusive bounds, reaching both ends', () => {
    const rng = Rng.from('bounds');
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const k = rng.int(-2, 3);
      expect(Number.isInteger(k) && k >= -2 && k <= 3).toBe(true);
      seen.add(k);
    }
    expect([...seen].sort((p, q) => p - q)).toEqual([-2, -1, 0, 1, 2, 3]);
    expect(() => rng.int(3, 2)).toThrow(/bad range/);
  });

  it('picks by weight, never an item of weight 0', () => {
    const rng = Rng.from('weights');
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i++) counts[rng.weighted(['a', 'b', 'c'] as const, [1, 3, 0])]++;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.5);
    expect(counts.b / counts.a).toBeLessThan(3.5);
    expect(() => rng.weighted(['a'], [0])).toThrow(/positive weight/);
  });

  it('agrees between WeightedTable and the weights it was built from', () => {
    const rng = Rng.from('table');
    const table = new WeightedTable([{ k: 'x', w: 0 }, { k: 'y', w: 1 }, { k: 'z', w: 9 }], (i) => i.w);
    const counts: Record<string, number> = { x: 0, y: 0, z: 0 };
    for (let i = 0; i < 10_000; i++) counts[table.pick(rng).k]++;
    expect(counts.x).toBe(0);
    expect(counts.z / 10_000).toBeCloseTo(0.9, 1);
  });

  it('samples distinct items and shuffles without losing any', () => {
    const rng = Rng.from('sample');
    const items = Array.from({ length: 20 }, (_, i) => i);
    const s = rng.sample(items, 7);
    expect(new Set(s).size).toBe(7);
    expect(rng.sample(items, 50)).toHaveLength(20);
    expect(rng.shuffle(items).sort((a, b) => a - b)).toEqual(items);
  });
});

describe('deterministicUuid', () => {
  const RFC4122_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('is a valid RFC 4122 uuid, the same for the same seed, kind and index', () => {
    const id = deterministicUuid('wsp-demo-1', 'employer', 0);
    expect(id).toMatch(RFC4122_V5);
    expect(deterministicUuid('wsp-demo-1', 'employer', 0)).toBe(id);
    expect(deterministicUuid('wsp-demo-1', 'employer', 1)).not.toBe(id);
    expect(deterministicUuid('wsp-demo-1', 'vacancy', 0)).not.toBe(id);
    expect(deterministicUuid('wsp-demo-2', 'employer', 0)).not.toBe(id);
  });

  it('has no collisions over many ids and counts up in IdSequence', () => {
    const ids = new Set(Array.from({ length: 20_000 }, (_, i) => deterministicUuid(1, 'x', i)));
    expect(ids.size).toBe(20_000);
    const seq = new IdSequence(1, 'x');
    expect([seq.next(), seq.next()]).toEqual([deterministicUuid(1, 'x', 0), deterministicUuid(1, 'x', 1)]);
  });
});

describe('Dutch time', () => {
  it('uses CET in winter and CEST in summer, switching on the last Sundays of March and October', () => {
    expect(dutchTime('2026-01-15', 9 * 60).toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(dutchTime('2026-07-15', 9 * 60).toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(amsterdamOffsetMinutes(Date.UTC(2026, 2, 29, 0, 59))).toBe(60);
    expect(amsterdamOffsetMinutes(Date.UTC(2026, 2, 29, 1, 0))).toBe(120);
    expect(amsterdamOffsetMinutes(Date.UTC(2026, 9, 25, 0, 59))).toBe(120);
    expect(amsterdamOffsetMinutes(Date.UTC(2026, 9, 25, 1, 0))).toBe(60);
    expect(isoDateOf(dutchTime('2026-06-30', 23 * 60 + 30))).toBe('2026-06-30');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('minimum wage (WML art. 8, indexed 1 January and 1 July)', () => {
  it('takes the hourly amount in force on the date', () => {
    expect(minimumHourlyWageCents('2024-06-30')).toBe(1327);
    expect(minimumHourlyWageCents('2025-07-01')).toBe(1440);
    expect(minimumHourlyWageCents('2026-11-22')).toBe(1471);
  });

  it('computes monthly amounts with 52/12 weeks per month, generated wages at least 5% above', () => {
    expect(minimumMonthlyWageCents('2026-02-01', 36)).toBe(Math.ceil(1471 * 36 * 52 / 12));
    expect(monthlyWageCents('2026-02-01', 36, 1)).toBeGreaterThanOrEqual(minimumMonthlyWageCents('2026-02-01', 36) * 1.05);
    expect(monthlyWageCents('2026-02-01', 36, 1.2) % 1000).toBe(0);
  });
});
