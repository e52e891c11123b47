import { createHash } from 'node:crypto';

/** Seeds are numbers or strings; both are hashed, so nearby seeds give unrelated streams. */
export type Seed = number | string;

/** Four 32-bit words from SHA-256 of the parts (never all zero in practice; guarded below). */
function seedWords(parts: readonly Seed[]): [number, number, number, number] {
  const digest = createHash('sha256').update(parts.map(String).join('\u0000')).digest();
  const words: [number, number, number, number] = [digest.readUInt32LE(0), digest.readUInt32LE(4), digest.readUInt32LE(8), digest.readUInt32LE(12)];
  if ((words[0] | words[1] | words[2] | words[3]) === 0) words[0] = 1;
  return words;
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/**
 * Deterministic pseudo-random numbers: xoshiro128** (Blackman & Vigna, 2018), 128-bit state
 * seeded from SHA-256. Not cryptographic; only for reproducible demo and benchmark data.
 * `fork(label)` gives an independent stream, so that adding draws in one generator (or a new
 * generator, e.g. candidates) never shifts the data of another.
 */
export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(private readonly seedParts: readonly Seed[]) {
    [this.s0, this.s1, this.s2, this.s3] = seedWords(seedParts);
  }

  static from(seed: Seed): Rng {
    return new Rng([seed]);
  }

  /** A generator with an explicit state (for checking the algorithm against reference outputs). */
  static fromState(state: readonly [number, number, number, number]): Rng {
    const rng = new Rng(['state', ...state]);
    [rng.s0, rng.s1, rng.s2, rng.s3] = state;
    return rng;
  }

  /** An independent stream for a named purpose, derived from this stream's seed (not its position). */
  fork(...labels: Seed[]): Rng {
    return new Rng([...this.seedParts, ...labels]);
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4_294_967_296;
  }

  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) throw new Error(`int(${min}, ${max}): bad range`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight; `weights[i]` belongs to `items[i]`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    return items[this.weightedIndex(weights)];
  }

  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w > 0 ? w : 0;
    if (total <= 0) throw new Error('weighted pick without a positive weight');
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i] > 0 ? weights[i] : 0;
      if (r < w) return i;
      r -= w;
    }
    // Floating-point remainder: the last positive weight.
    for (let i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
    return 0;
  }

  /** Picks from `[value, weight]` pairs. */
  weightedEntry<T>(entries: readonly (readonly [T, number])[]): T {
    return entries[this.weightedIndex(entries.map((e) => e[1]))][0];
  }

  /** A new array with the items in random order (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** `k` distinct items (all of them when k ≥ length), in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, k));
  }
}

/**
 * Cumulative-weight table for many picks from the same large list (O(log n) per pick), e.g.
 * postcodes weighted by population when generating 100,000 rows.
 */
export class WeightedTable<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    readonly items: readonly T[],
    weightOf: (item: T) => number,
  ) {
    let sum = 0;
    for (const item of items) {
      const w = weightOf(item);
      sum += w > 0 ? w : 0;
      this.cumulative.push(sum);
    }
    if (sum <= 0) throw new Error('WeightedTable without a positive weight');
    this.total = sum;
  }

  pick(rng: Rng): T {
    const r = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}

/**
 * A deterministic RFC 4122 uuid (version 5 layout: SHA-1 name-based) for row `index` of `kind`
 * under `seed`. The same seed always gives the same ids, so demo data and benchmarks are
 * reproducible and rows can be referred to before they are inserted.
 */
export function deterministicUuid(seed: Seed, kind: string, index: number | string): string {
  const bytes = createHash('sha1').update(`wsp-demo-data\u0000${String(seed)}\u0000${kind}\u0000${String(index)}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Ids of one kind under one seed: `ids.next()` gives index 0, 1, 2, ... */
export class IdSequence {
  private index = 0;

  constructor(
    private readonly seed: Seed,
    private readonly kind: string,
  ) {}

  next(): string {
    return deterministicUuid(this.seed, this.kind, this.index++);
  }
}
