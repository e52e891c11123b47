import KDBush from 'kdbush';
import { BBox, boundingBox } from './geo';

/** Upper bounds (km) of the reach buckets that get a kd-tree each (vacancies: all in the first). */
const REACH_BUCKETS_KM = [1, 3, 6, 10, 15, 20, 30, 45, 60, 80, 110, 150, Infinity];

/**
 * visitNear scans every slot instead of the trees when the boxes are estimated to hold at least
 * this share of the live slots (a slot met in tree order costs several times one read in order).
 */
const SCAN_SHARE = 0.2;

/** What the geo index reads of its collection. */
export interface GeoSlots {
  readonly size: number;
  readonly live: number;
  readonly alive: Uint8Array;
  lat(slot: number): number;
  lon(slot: number): number;
  reach(slot: number): number;
  visitAll(visit: (slot: number) => void): void;
}

interface ReachTree {
  tree: KDBush<number>;
  maxReach: number;
  count: number;
  /** Bounding box of the bucket's points when the tree was built. */
  extent: BBox;
}

/**
 * The geo index of an embedded collection: the live slots grouped by reach bucket, a static
 * kd-tree (kdbush) per bucket, rebuilt lazily, plus a "dirty" list of slots added or moved since
 * the last build that queries scan linearly.
 */
export class ReachTrees {
  private trees: ReachTree[] | null = null;
  private readonly dirty = new Set<number>();
  /** How visitNear answered so far: one pass over the slots, or the trees (for tests and diagnostics). */
  readonly plans = { scan: 0, trees: 0 };

  constructor(private readonly slots: GeoSlots) {}

  /** A slot was added, moved or changed reach: scanned from the dirty list until the next build. */
  moved(slot: number): void {
    this.dirty.add(slot);
  }

  /** Rebuilds the trees when missing or when the dirty list has grown past a fraction of the collection. */
  ensure(): void {
    if (this.trees === null || this.dirty.size > Math.max(2048, this.slots.live >> 4)) this.build();
  }

  /**
   * Calls `visit(slot)` for every live slot whose location may lie within `radiusKm` and, with a
   * `reachFraction` f (null = no per-document bound), within f × its own reach (a superset: the
   * caller checks exactly). Each reach bucket has its own tree and is searched only as far as f ×
   * its largest reach, so a candidate who travels 10 km is never looked at 50 km away.
   *
   * When the boxes hold a large share of the collection anyway (a region-wide reach), one pass
   * over the slots in storage order is cheaper than the trees: the slots are read in order
   * instead of in tree order, where nearly every slot costs cache misses (bench, rest tier:
   * 38,554 slots in the boxes at p50, of which 99% fail the filter).
   */
  visitNear(lat: number, lon: number, radiusKm: number, reachFraction: number | null, visit: (slot: number) => void): void {
    this.ensure();
    const trees = this.trees ?? [];
    const boxes: BBox[] = [];
    let inBoxes = 0;
    for (const t of trees) {
      const b = boundingBox(lat, lon, reachFraction !== null ? Math.min(radiusKm, reachFraction * t.maxReach) : radiusKm);
      boxes.push(b);
      inBoxes += t.count * coveredShare(b, t.extent);
    }
    if (inBoxes >= this.slots.live * SCAN_SHARE) {
      this.plans.scan++;
      this.slots.visitAll(visit);
      return;
    }
    this.plans.trees++;
    const alive = this.slots.alive;
    const checkDirty = this.dirty.size > 0;
    for (let k = 0; k < trees.length; k++) {
      const { tree } = trees[k];
      const b = boxes[k];
      const points = tree.points;
      for (const i of tree.range(b.minLon, b.minLat, b.maxLon, b.maxLat)) {
        const s = points[i];
        if (alive[s] === 1 && !(checkDirty && this.dirty.has(s))) visit(s);
      }
    }
    for (const s of this.dirty) if (alive[s] === 1) visit(s);
  }

  /** Builds the trees from the live slots (also after a compaction renumbered them). */
  build(): void {
    const c = this.slots;
    const groups = REACH_BUCKETS_KM.map(() => [] as number[]);
    for (let s = 0; s < c.size; s++) {
      if (c.alive[s] !== 1) continue;
      let b = 0;
      while (c.reach(s) > REACH_BUCKETS_KM[b]) b++;
      groups[b].push(s);
    }
    this.trees = groups
      .filter((g) => g.length > 0)
      .map((g) => {
        const extent: BBox = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
        let maxReach = 0;
        for (const s of g) {
          maxReach = Math.max(maxReach, c.reach(s));
          extent.minLon = Math.min(extent.minLon, c.lon(s));
          extent.maxLon = Math.max(extent.maxLon, c.lon(s));
          extent.minLat = Math.min(extent.minLat, c.lat(s));
          extent.maxLat = Math.max(extent.maxLat, c.lat(s));
        }
        return { tree: new KDBush(g, (s) => c.lon(s), (s) => c.lat(s), 64, Float64Array), maxReach, count: g.length, extent };
      });
    this.dirty.clear();
  }
}

/** Share of `extent`'s area inside `box` (1 for a degenerate extent inside it): how many of its points a range query meets, if spread evenly. */
function coveredShare(box: BBox, extent: BBox): number {
  const w = Math.min(box.maxLon, extent.maxLon) - Math.max(box.minLon, extent.minLon);
  const h = Math.min(box.maxLat, extent.maxLat) - Math.max(box.minLat, extent.minLat);
  if (w < 0 || h < 0) return 0;
  const ew = extent.maxLon - extent.minLon;
  const eh = extent.maxLat - extent.minLat;
  return (ew > 0 ? w / ew : 1) * (eh > 0 ? h / eh : 1);
}
