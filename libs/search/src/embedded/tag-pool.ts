/**
 * The overlap tags (interned codes) of every slot in one flat Int32Array: a slot's four fields
 * are consecutive sorted runs, located by `off[slot * 5 + field]` (field 4 = end). An upsert
 * appends a new block and abandons the old one (`waste`) until the next compaction: 100,000
 * candidates then cost a few MB instead of 400,000 small typed arrays.
 */
export class TagPool {
  pool = new Int32Array(1 << 16);
  len = 0;
  waste = 0;
  off = new Int32Array(0);

  ensureSlots(capacity: number): void {
    if (this.off.length >= capacity * 5) return;
    const grown = new Int32Array(capacity * 5);
    grown.set(this.off);
    this.off = grown;
  }

  start(slot: number, field: number): number {
    return this.off[slot * 5 + field];
  }

  end(slot: number, field: number): number {
    return this.off[slot * 5 + field + 1];
  }

  /** Whether the slot's (current) field holds `code`. */
  has(slot: number, field: number, code: number): boolean {
    let lo = this.off[slot * 5 + field];
    let hi = this.off[slot * 5 + field + 1] - 1;
    const p = this.pool;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = p[mid];
      if (v === code) return true;
      if (v < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** Stores the slot's four sorted, de-duplicated code runs; `fresh` = the slot had none. */
  set(slot: number, fields: readonly Int32Array[], fresh: boolean): void {
    const total = fields[0].length + fields[1].length + fields[2].length + fields[3].length;
    this.reserve(total);
    if (!fresh) this.waste += this.off[slot * 5 + 4] - this.off[slot * 5];
    let at = this.len;
    for (let f = 0; f < 4; f++) {
      this.off[slot * 5 + f] = at;
      this.pool.set(fields[f], at);
      at += fields[f].length;
    }
    this.off[slot * 5 + 4] = at;
    this.len = at;
  }

  /**
   * Rewrites the pool for a compaction: `moves` lists (from, to) slot pairs in ascending order with
   * to ≤ from; slots not listed are dropped.
   */
  compact(moves: readonly [number, number][]): void {
    const next = new Int32Array(Math.max(1 << 16, this.len - this.waste));
    let at = 0;
    for (const [from, to] of moves) {
      const a = this.off[from * 5];
      const bounds = [1, 2, 3, 4].map((f) => this.off[from * 5 + f] - a);
      const n = this.off[from * 5 + 4] - a;
      next.set(this.pool.subarray(a, a + n), at);
      this.off[to * 5] = at;
      for (let f = 1; f <= 4; f++) this.off[to * 5 + f] = at + bounds[f - 1];
      at += n;
    }
    this.pool = next;
    this.len = at;
    this.waste = 0;
  }

  private reserve(n: number): void {
    if (this.len + n <= this.pool.length) return;
    const grown = new Int32Array(Math.max(this.pool.length * 2, this.len + n));
    grown.set(this.pool.subarray(0, this.len));
    this.pool = grown;
  }
}
