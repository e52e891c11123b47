import KDBush from 'kdbush';
import { OVERLAP_LEVELS, OverlapLevel, OverlapTerms } from '../query';
import { boundingBox } from './geo';
import { TagPool } from './tag-pool';

/** The four overlap fields in level order (index = position in OVERLAP_LEVELS). */
export const TAG_FIELDS = 4;
export type TagLists = readonly [readonly string[], readonly string[], readonly string[], readonly string[]];

/** How one document kind maps onto the collection. */
export interface CollectionSchema<D> {
  /** Names of the numeric columns (Float64; NaN encodes null). */
  columns: readonly string[];
  /** Writes the document's numeric values into `row` (same order as `columns`). */
  write(doc: D, row: Float64Array): void;
  tags(doc: D): TagLists;
  /** Extra geo radius bound stored per document (candidates' reach); omitted for vacancies. */
  reach?(doc: D): number;
}

/** Upper bounds (km) of the reach buckets that get a kd-tree each (vacancies: all in the first). */
const REACH_BUCKETS_KM = [1, 3, 6, 10, 15, 20, 30, 45, 60, 80, 110, 150, Infinity];
const NONE_LEVEL = TAG_FIELDS;

/**
 * In-memory, column-oriented store of one document kind: slots with typed-array columns, a static
 * kd-tree over the locations (kdbush, rebuilt lazily) plus a small "dirty" list of slots moved or
 * added since the last build that queries scan linearly, and inverted indexes tag → slots for the
 * overlap fields. Removal leaves a dead slot; `compact()` reclaims them (with a tree rebuild).
 * Posting lists may keep stale entries (a slot that lost a tag): readers re-check the slot's tags.
 */
export class EmbeddedCollection<D extends { id: string; lat: number; lon: number; text: string; profile?: P }, P> {
  ids: string[] = [];
  private readonly slotOf = new Map<string, number>();
  alive = new Uint8Array(0);
  lat = new Float64Array(0);
  lon = new Float64Array(0);
  reach = new Float64Array(0);
  cols: Record<string, Float64Array> = {};
  /** Interned tag codes per field per slot (sorted). */
  readonly tags = new TagPool();
  texts: string[] = [];
  profiles: (P | undefined)[] = [];
  /** Number of slots in use (live + dead). */
  size = 0;
  live = 0;
  /** Upper bound of `reach` over live slots (never lowered until compaction). */
  maxReach = 0;

  /** Tag value → code, one map per overlap field. */
  private readonly tagCode: Map<string, number>[] = [new Map(), new Map(), new Map(), new Map()];
  private postings: number[][] = [];
  private trees: { tree: KDBush<number>; maxReach: number }[] | null = null;
  private readonly dirty = new Set<number>();
  private readonly row: Float64Array;
  private stamp = new Uint32Array(0);
  private generation = 0;
  /** Slots upserted or removed since the text index last caught up (see TextIndex). */
  readonly changed = new Set<number>();
  /** Incremented by every compaction (slots are renumbered: derived indexes must be rebuilt). */
  epoch = 0;

  constructor(private readonly schema: CollectionSchema<D>) {
    this.row = new Float64Array(schema.columns.length);
    for (const name of schema.columns) this.cols[name] = new Float64Array(0);
  }

  get capacity(): number {
    return this.alive.length;
  }

  slot(id: string): number | undefined {
    return this.slotOf.get(id);
  }

  upsert(doc: D): void {
    let s = this.slotOf.get(doc.id);
    const fresh = s === undefined;
    if (s === undefined) {
      s = this.size++;
      this.ensureCapacity(this.size);
      this.slotOf.set(doc.id, s);
      this.ids[s] = doc.id;
      this.live++;
    }
    const r = this.schema.reach?.(doc) ?? 0;
    // The trees hold old positions and reach buckets: a new, moved or re-reached slot is scanned
    // from the dirty list until the next build.
    if (fresh || this.lat[s] !== doc.lat || this.lon[s] !== doc.lon || this.reach[s] !== r) this.dirty.add(s);
    this.alive[s] = 1;
    this.lat[s] = doc.lat;
    this.lon[s] = doc.lon;
    this.reach[s] = r;
    if (r > this.maxReach) this.maxReach = r;
    this.schema.write(doc, this.row);
    const columns = this.schema.columns;
    for (let i = 0; i < columns.length; i++) this.cols[columns[i]][s] = this.row[i];
    const lists = this.schema.tags(doc);
    const fields: Int32Array[] = [];
    for (let f = 0; f < TAG_FIELDS; f++) {
      const codes = this.intern(f, lists[f]);
      for (const c of codes) if (fresh || !this.tags.has(s, f, c)) this.postings[c].push(s);
      fields.push(codes);
    }
    this.tags.set(s, fields, fresh);
    this.texts[s] = doc.text;
    this.profiles[s] = doc.profile;
    this.changed.add(s);
  }

  remove(id: string): void {
    const s = this.slotOf.get(id);
    if (s === undefined) return;
    this.slotOf.delete(id);
    this.alive[s] = 0;
    this.profiles[s] = undefined;
    this.live--;
    this.changed.add(s);
  }

  /**
   * Calls `visit(slot)` for every live slot whose location may lie within `radiusKm` and, with a
   * `reachFraction` f (null = no per-document bound), within f × its own reach (a superset: the
   * caller checks exactly). Each reach bucket has its own tree and is searched only as far as f ×
   * its largest reach, so a candidate who travels 10 km is never looked at 50 km away.
   */
  visitNear(lat: number, lon: number, radiusKm: number, reachFraction: number | null, visit: (slot: number) => void): void {
    this.ensureTree();
    const checkDirty = this.dirty.size > 0;
    for (const { tree, maxReach } of this.trees ?? []) {
      const r = reachFraction !== null ? Math.min(radiusKm, reachFraction * maxReach) : radiusKm;
      const b = boundingBox(lat, lon, r);
      const points = tree.points;
      for (const i of tree.range(b.minLon, b.minLat, b.maxLon, b.maxLat)) {
        const s = points[i];
        if (this.alive[s] === 1 && !(checkDirty && this.dirty.has(s))) visit(s);
      }
    }
    for (const s of this.dirty) if (this.alive[s] === 1) visit(s);
  }

  visitAll(visit: (slot: number) => void): void {
    for (let s = 0; s < this.size; s++) if (this.alive[s] === 1) visit(s);
  }

  /**
   * Calls `visit(slot)` once for every live slot with a tag of the query in one of `fields`
   * (a superset of the slots at those levels: entries can be stale). Returns false without visiting
   * when the posting lists hold more than `maxEntries` entries (the caller then scans instead).
   */
  visitTagged(terms: OverlapTerms, fields: readonly number[], maxEntries: number, visit: (slot: number) => void): boolean {
    const lists: number[][] = [];
    let total = 0;
    for (const f of fields) {
      for (const tag of termsOf(terms, f)) {
        const code = this.tagCode[f].get(tag);
        if (code === undefined) continue;
        lists.push(this.postings[code]);
        total += this.postings[code].length;
      }
    }
    if (total > maxEntries) return false;
    const gen = this.nextGeneration();
    for (const list of lists) {
      for (const s of list) {
        if (this.stamp[s] === gen || this.alive[s] !== 1) continue;
        this.stamp[s] = gen;
        visit(s);
      }
    }
    return true;
  }

  /**
   * Level function for a query: marks the query's tag codes once, then `level(slot)` is the index
   * in OVERLAP_LEVELS of the slot's first overlapping field (4 = NONE).
   */
  levelFunction(terms: OverlapTerms | undefined): (slot: number) => number {
    if (!terms) return () => NONE_LEVEL;
    const marks = new Uint8Array(this.postings.length);
    let any = false;
    for (let f = 0; f < TAG_FIELDS; f++) {
      for (const tag of termsOf(terms, f)) {
        const code = this.tagCode[f].get(tag);
        if (code !== undefined) {
          marks[code] = 1;
          any = true;
        }
      }
    }
    if (!any) return () => NONE_LEVEL;
    const off = this.tags.off;
    const pool = this.tags.pool;
    return (s) => {
      // Fields are consecutive runs: the first marked code's run is the level.
      const base = s * 5;
      const end = off[base + 4];
      for (let i = off[base]; i < end; i++) {
        if (marks[pool[i]] === 1) {
          let f = 0;
          while (i >= off[base + f + 1]) f++;
          return f;
        }
      }
      return NONE_LEVEL;
    };
  }

  /** Reclaims dead slots (and abandoned tag blocks) past `ratio` of the total; rebuilds postings and trees. */
  compactIfNeeded(ratio = 0.25): boolean {
    const deadSlots = this.size - this.live > Math.max(1024, this.size * ratio);
    const deadTags = this.tags.waste > Math.max(1 << 16, this.tags.len * ratio * 2);
    if (!deadSlots && !deadTags) return false;
    this.compact();
    return true;
  }

  compact(): void {
    const moves: [number, number][] = [];
    let to = 0;
    for (let from = 0; from < this.size; from++) {
      if (this.alive[from] !== 1) continue;
      moves.push([from, to]);
      if (to !== from) {
        this.ids[to] = this.ids[from];
        this.slotOf.set(this.ids[to], to);
        this.lat[to] = this.lat[from];
        this.lon[to] = this.lon[from];
        this.reach[to] = this.reach[from];
        for (const name of this.schema.columns) this.cols[name][to] = this.cols[name][from];
        this.texts[to] = this.texts[from];
        this.profiles[to] = this.profiles[from];
        this.alive[to] = 1;
      }
      to++;
    }
    this.alive.fill(0, to, this.size);
    this.ids.length = to;
    this.texts.length = to;
    this.profiles.length = to;
    this.tags.compact(moves);
    this.size = to;
    this.live = to;
    let maxReach = 0;
    for (let s = 0; s < to; s++) maxReach = Math.max(maxReach, this.reach[s]);
    this.maxReach = maxReach;
    this.postings = this.postings.map(() => []);
    const { off, pool } = this.tags;
    for (let s = 0; s < to; s++) for (let i = off[s * 5]; i < off[s * 5 + 4]; i++) this.postings[pool[i]].push(s);
    this.changed.clear();
    this.epoch++;
    this.buildTree();
  }

  /** Rebuilds the kd-trees when the dirty list has grown past a fraction of the collection. */
  ensureTree(): void {
    if (this.trees === null || this.dirty.size > Math.max(2048, this.live >> 4)) this.buildTree();
  }

  private buildTree(): void {
    const groups = REACH_BUCKETS_KM.map(() => [] as number[]);
    for (let s = 0; s < this.size; s++) {
      if (this.alive[s] !== 1) continue;
      let b = 0;
      while (this.reach[s] > REACH_BUCKETS_KM[b]) b++;
      groups[b].push(s);
    }
    this.trees = groups
      .filter((g) => g.length > 0)
      .map((g) => ({
        tree: new KDBush(g, (s) => this.lon[s], (s) => this.lat[s], 64, Float64Array),
        maxReach: g.reduce((m, s) => Math.max(m, this.reach[s]), 0),
      }));
    this.dirty.clear();
  }

  private nextGeneration(): number {
    if (this.stamp.length < this.capacity) this.stamp = new Uint32Array(this.capacity);
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }

  private intern(field: number, values: readonly string[]): Int32Array {
    const out = new Int32Array(values.length);
    let n = 0;
    const codes = this.tagCode[field];
    for (const v of values) {
      let code = codes.get(v);
      if (code === undefined) {
        code = this.postings.length;
        codes.set(v, code);
        this.postings.push([]);
      }
      out[n++] = code;
    }
    const sorted = out.subarray(0, n).sort();
    let u = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[u++] = sorted[i];
    return sorted.slice(0, u);
  }

  private ensureCapacity(n: number): void {
    if (n <= this.capacity) return;
    const cap = Math.max(1024, this.capacity * 2, n);
    const grow = <T extends Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.alive = grow(this.alive, (k) => new Uint8Array(k));
    this.tags.ensureSlots(cap);
    this.lat = grow(this.lat, (k) => new Float64Array(k));
    this.lon = grow(this.lon, (k) => new Float64Array(k));
    this.reach = grow(this.reach, (k) => new Float64Array(k));
    for (const name of this.schema.columns) this.cols[name] = grow(this.cols[name], (k) => new Float64Array(k));
  }
}

function termsOf(terms: OverlapTerms, field: number): readonly string[] {
  switch (field) {
    case 0:
      return terms.occupationIds ?? [];
    case 1:
      return terms.iscoUnitGroups ?? [];
    case 2:
      return terms.iscoMinorGroups ?? [];
    default:
      return terms.skillIds ?? [];
  }
}

export const levelName = (index: number): OverlapLevel => OVERLAP_LEVELS[index];
