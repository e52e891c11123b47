import { OVERLAP_LEVELS, OverlapLevel, OverlapTerms } from '../query';
import { ReachTrees } from './reach-trees';
import { TagPool } from './tag-pool';

/** The four overlap fields in level order (index = position in OVERLAP_LEVELS). */
export const TAG_FIELDS = 4;
export type TagLists = readonly [readonly string[], readonly string[], readonly string[], readonly string[]];

/** How one document kind maps onto the collection. */
export interface CollectionSchema<D> {
  /** Names of the numeric columns (Float64; NaN encodes null). */
  columns: readonly string[];
  /** Writes the document's numeric values into `row` (same order as `columns`; the row is longer). */
  write(doc: D, row: Float64Array): void;
  tags(doc: D): TagLists;
  /** Extra geo radius bound stored per document (candidates' reach); omitted for vacancies. */
  reach?(doc: D): number;
  /**
   * A 32-bit summary of the document for a first, cheap filter test (see `keys`); omitted: 0.
   */
  key?(doc: D): number;
}

const NONE_LEVEL = TAG_FIELDS;
/** Index of the skills among the tag fields. */
const SKILL_FIELD = 3;

/**
 * In-memory store of one document kind: slots with their numbers in one row-major typed array and
 * a 32-bit filter key, a geo index (ReachTrees: a kd-tree per reach bucket, rebuilt lazily), and
 * inverted indexes tag → slots for the overlap fields. Removal leaves a dead slot; `compact()`
 * reclaims them (with a rebuild of the geo index).
 * Posting lists may keep stale entries (a slot that lost a tag): readers re-check the slot's tags.
 */
export class EmbeddedCollection<D extends { id: string; lat: number; lon: number; text: string; profile?: P }, P> {
  ids: string[] = [];
  private readonly slotOf = new Map<string, number>();
  alive = new Uint8Array(0);
  /**
   * Row-major numbers: slot s occupies data[s × stride, (s + 1) × stride): the schema's columns,
   * then latitude, longitude and reach. A query reads one slot's filter values from one or two
   * cache lines (a column per array cost a cache miss per column for slots met in tree or
   * posting-list order).
   */
  data = new Float64Array(0);
  /**
   * The schema's 32-bit key per slot: filters test it first, so a scan reads 4 bytes per slot
   * (sequential, cache-resident) and the row only for the slots the key lets through.
   */
  keys = new Int32Array(0);
  readonly stride: number;
  /** Offsets of latitude, longitude and reach within a row. */
  readonly latAt: number;
  readonly lonAt: number;
  readonly reachAt: number;
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
  /** The geo index (reach buckets with a kd-tree each). */
  readonly geo: ReachTrees;
  private readonly scratch = new CodeScratch();
  private stamp = new Uint32Array(0);
  private generation = 0;
  /** Slots upserted or removed since the text index last caught up (see TextIndex). */
  readonly changed = new Set<number>();
  /** Incremented by every compaction (slots are renumbered: derived indexes must be rebuilt). */
  epoch = 0;

  constructor(private readonly schema: CollectionSchema<D>) {
    this.latAt = schema.columns.length;
    this.lonAt = this.latAt + 1;
    this.reachAt = this.latAt + 2;
    this.stride = this.latAt + 3;
    this.geo = new ReachTrees(this);
  }

  lat(s: number): number {
    return this.data[s * this.stride + this.latAt];
  }

  lon(s: number): number {
    return this.data[s * this.stride + this.lonAt];
  }

  reach(s: number): number {
    return this.data[s * this.stride + this.reachAt];
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
    if (fresh || this.lat(s) !== doc.lat || this.lon(s) !== doc.lon || this.reach(s) !== r) this.geo.moved(s);
    this.alive[s] = 1;
    const row = this.data.subarray(s * this.stride, (s + 1) * this.stride);
    this.schema.write(doc, row);
    row[this.latAt] = doc.lat;
    row[this.lonAt] = doc.lon;
    row[this.reachAt] = r;
    this.keys[s] = this.schema.key?.(doc) ?? 0;
    if (r > this.maxReach) this.maxReach = r;
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

  /** See ReachTrees.visitNear. */
  visitNear(lat: number, lon: number, radiusKm: number, reachFraction: number | null, visit: (slot: number) => void): void {
    this.geo.visitNear(lat, lon, radiusKm, reachFraction, visit);
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
   * in OVERLAP_LEVELS of the slot's first overlapping field (4 = NONE). Valid until the next call
   * (it reuses one array per collection: a query runs synchronously).
   */
  levelFunction(terms: OverlapTerms | undefined): (slot: number) => number {
    if (!terms) return () => NONE_LEVEL;
    const marks = this.scratch.marks(this.postings.length);
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

  /**
   * For OverlapTerms.skillWeights: `weight(slot)` = the sum of the largest weight given for each
   * query skill the slot has (a slot's codes per field are distinct); null without weights. Valid
   * until the next call, as `levelFunction`.
   */
  skillWeightFunction(terms: OverlapTerms | undefined): ((slot: number) => number) | null {
    const ids = terms?.skillIds;
    const weights = terms?.skillWeights;
    if (!ids || weights === undefined) return null;
    const byCode = this.scratch.weights(this.postings.length);
    ids.forEach((id, i) => {
      const code = this.tagCode[SKILL_FIELD].get(id);
      if (code !== undefined) byCode[code] = Math.max(byCode[code], weights[i]);
    });
    const off = this.tags.off;
    const pool = this.tags.pool;
    return (s) => {
      let sum = 0;
      for (let i = off[s * 5 + SKILL_FIELD], end = off[s * 5 + SKILL_FIELD + 1]; i < end; i++) sum += byCode[pool[i]];
      return sum;
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
        this.data.copyWithin(to * this.stride, from * this.stride, (from + 1) * this.stride);
        this.keys[to] = this.keys[from];
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
    for (let s = 0; s < to; s++) maxReach = Math.max(maxReach, this.reach(s));
    this.maxReach = maxReach;
    this.postings = this.postings.map(() => []);
    const { off, pool } = this.tags;
    for (let s = 0; s < to; s++) for (let i = off[s * 5]; i < off[s * 5 + 4]; i++) this.postings[pool[i]].push(s);
    this.changed.clear();
    this.epoch++;
    this.geo.build();
  }

  /** Builds the geo index now if it is missing or stale (otherwise the first geo query does). */
  ensureTree(): void {
    this.geo.ensure();
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
    const alive = new Uint8Array(cap);
    alive.set(this.alive);
    this.alive = alive;
    const data = new Float64Array(cap * this.stride);
    data.set(this.data);
    this.data = data;
    const keys = new Int32Array(cap);
    keys.set(this.keys);
    this.keys = keys;
    this.tags.ensureSlots(cap);
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

/**
 * Per-query arrays indexed by tag code, reused across queries (one pair per collection): a
 * query allocates nothing in proportion to the number of distinct tags (about 20,000).
 */
class CodeScratch {
  private markArray = new Uint8Array(0);
  private weightArray = new Float64Array(0);

  /** All zero, at least `n` long. */
  marks(n: number): Uint8Array {
    if (this.markArray.length < n) this.markArray = new Uint8Array(n + 1024);
    else this.markArray.fill(0);
    return this.markArray;
  }

  /** All zero, at least `n` long. */
  weights(n: number): Float64Array {
    if (this.weightArray.length < n) this.weightArray = new Float64Array(n + 1024);
    else this.weightArray.fill(0);
    return this.weightArray;
  }
}
