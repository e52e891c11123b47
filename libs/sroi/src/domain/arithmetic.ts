/**
 * Exact money arithmetic: SROI values are products of fractions (hours/36, months/12,
 * percentages). They are computed as one fraction of integers and rounded half up to whole
 * eurocents once, at the end, so that no intermediate rounding drifts the result.
 */

/** A non-negative fraction of integers. */
export interface Fraction {
  num: bigint;
  den: bigint;
}

export const fraction = (num: number | bigint, den: number | bigint = 1): Fraction => ({ num: BigInt(num), den: BigInt(den) });

export function mul(...parts: Fraction[]): Fraction {
  return parts.reduce((a, b) => ({ num: a.num * b.num, den: a.den * b.den }), fraction(1));
}

/** Rounds a non-negative fraction half up to an integer (e.g. eurocents). */
export function roundHalfUp(f: Fraction): number {
  if (f.den <= 0n || f.num < 0n) throw new RangeError('roundHalfUp expects a non-negative fraction with a positive denominator');
  return Number((2n * f.num + f.den) / (2n * f.den));
}

export function toNumber(f: Fraction): number {
  return Number(f.num) / Number(f.den);
}

export function min(a: Fraction, b: Fraction): Fraction {
  return a.num * b.den <= b.num * a.den ? a : b;
}

/**
 * A decimal with at most `decimals` decimals as an exact integer count of 10^-decimals units
 * (e.g. hours 24.5 → 2450 hundredths; percentage 5.25 → 525 basis points).
 */
export function decimalUnits(value: number, decimals: number): number {
  if (!hasAtMostDecimals(value, decimals)) throw new RangeError(`${value} has more than ${decimals} decimals`);
  return Math.round(value * 10 ** decimals);
}

/** Whether `value` has at most `decimals` decimals (up to float noise): the inputs' check. */
export function hasAtMostDecimals(value: number, decimals: number): boolean {
  const f = 10 ** decimals;
  return Math.abs(value * f - Math.round(value * f)) <= 1e-6;
}
