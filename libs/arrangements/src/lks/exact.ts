/**
 * Exact rational arithmetic on bigints, so that money is computed without floating-point error
 * and rounded exactly once, where the calculator says so.
 */
export interface Fraction {
  readonly num: bigint;
  /** Always positive. */
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

export function fraction(num: number | bigint, den: number | bigint = 1n): Fraction {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('fraction with denominator 0');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return { num: n / g, den: d / g };
}

export function times(...factors: Fraction[]): Fraction {
  return factors.reduce((acc, f) => fraction(acc.num * f.num, acc.den * f.den), fraction(1));
}

export function minus(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function compare(a: Fraction, b: Fraction): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function min(a: Fraction, b: Fraction): Fraction {
  return compare(a, b) <= 0 ? a : b;
}

/** Rounds to the nearest integer, halves away from zero ("half up" for the non-negative amounts here). */
export function roundHalfUp(f: Fraction): number {
  const negative = f.num < 0n;
  const abs = negative ? -f.num : f.num;
  const rounded = (2n * abs + f.den) / (2n * f.den);
  return Number(negative ? -rounded : rounded);
}

export function toNumber(f: Fraction): number {
  return Number(f.num) / Number(f.den);
}

/** A percentage in basis points (1/100 of a percent) as a fraction: 2350 → 0.235. */
export function basisPoints(bp: number): Fraction {
  return fraction(bp, 10_000);
}
