import { CandidateSearchDoc } from '../documents';
import { compareHits, matchCandidate } from '../predicates';
import { makeWorld, occupationWord, randomCandidate, randomCandidateQuery } from '../testing/random-docs';
import { EmbeddedSearchEngine } from './embedded-search.engine';

/** Internals the contract suite does not reach: compaction, abandoned tag blocks, the dirty list past its rebuild threshold. */
describe('EmbeddedSearchEngine internals', () => {
  const world = makeWorld({ seed: 7, points: 50, occupations: 30, iscoGroups: 8, skills: 40 });

  async function expectSameAsBruteForce(engine: EmbeddedSearchEngine, live: Map<string, CandidateSearchDoc>): Promise<void> {
    const docs = [...live.values()];
    for (let i = 0; i < 40; i++) {
      const q = randomCandidateQuery(world);
      const expected = docs.map((d) => matchCandidate(d, q)).filter((h) => h !== null).sort(compareHits);
      const got = await engine.searchCandidates(q);
      expect(got.hits.map((h) => [h.id, h.level])).toEqual(expected.map((h) => [h.id, h.level]));
    }
    expect((await engine.stats()).candidates).toBe(live.size);
  }

  it('stays exact through compaction of removed slots', async () => {
    const engine = new EmbeddedSearchEngine();
    const live = new Map<string, CandidateSearchDoc>();
    const docs = Array.from({ length: 3000 }, (_, i) => randomCandidate(world, `c-${i}`));
    await engine.upsertCandidates(docs);
    docs.forEach((d) => live.set(d.id, d));
    await engine.searchCandidates({ text: occupationWord('occ-1') });
    const epoch = engine.candidates.epoch;
    const removed = docs.filter((_, i) => i % 3 !== 0).map((d) => d.id);
    await engine.removeCandidates(removed);
    removed.forEach((id) => live.delete(id));
    expect(engine.candidates.epoch).toBe(epoch + 1);
    expect(engine.candidates.size).toBe(1000);
    await expectSameAsBruteForce(engine, live);
    // The text index is rebuilt for the renumbered slots.
    const text = await engine.searchCandidates({ text: occupationWord('occ-1') });
    const expected = [...live.values()].filter((d) => d.text.split(' ').includes(occupationWord('occ-1')));
    expect(text.hits.map((h) => h.id).sort()).toEqual(expected.map((d) => d.id).sort());
  });

  it('stays exact while replaced documents pile up abandoned tag blocks and dirty slots', async () => {
    const engine = new EmbeddedSearchEngine();
    const live = new Map<string, CandidateSearchDoc>();
    const ids = Array.from({ length: 800 }, (_, i) => `r-${i}`);
    for (let round = 0; round < 40; round++) {
      const docs = ids.map((id) => randomCandidate(world, id));
      await engine.upsertCandidates(docs);
      docs.forEach((d) => live.set(d.id, d));
      if (round % 10 === 0) await expectSameAsBruteForce(engine, live);
    }
    expect(engine.candidates.tags.waste).toBeLessThan(engine.candidates.tags.len);
    await expectSameAsBruteForce(engine, live);
  });

  it('answers geo queries through the trees and through one pass over the slots, both exactly', async () => {
    // Spread over ~4° × 6°: small radii and reach fractions take the trees, region-wide ones the pass.
    const wide = makeWorld({ seed: 11, points: 400, spanDeg: { lat: 2, lon: 3 }, occupations: 30, iscoGroups: 8, skills: 40 });
    const engine = new EmbeddedSearchEngine();
    const docs = Array.from({ length: 4000 }, (_, i) => randomCandidate(wide, `w-${i}`));
    await engine.upsertCandidates(docs);
    // Moved documents after the first build sit on the dirty list: both plans must include them once.
    await engine.searchCandidates({ geo: { lat: 52, lon: 5, radiusKm: 1 } });
    const moved = docs.slice(0, 300).map((d) => randomCandidate(wide, d.id));
    await engine.upsertCandidates(moved);
    const live = new Map(docs.map((d) => [d.id, d]));
    moved.forEach((d) => live.set(d.id, d));
    for (let i = 0; i < 80; i++) {
      const q = randomCandidateQuery(wide);
      if (!q.geo) continue;
      const variants = [q.geo, { ...q.geo, radiusKm: 400 }, { ...q.geo, radiusKm: undefined, withinCandidateReach: true, reachFraction: [0.05, 0.3, 1][i % 3] }];
      for (const geo of variants) {
        // Without a level filter: the overlap tier alone may be answered from the posting lists instead.
        const query = { ...q, geo, levels: undefined };
        const expected = [...live.values()].map((d) => matchCandidate(d, query)).filter((h) => h !== null).sort(compareHits);
        const got = await engine.searchCandidates(query);
        expect({ i, hits: got.hits.map((h) => [h.id, h.level]) }).toEqual({ i, hits: expected.map((h) => [h.id, h.level]) });
      }
    }
    expect(engine.candidates.geo.plans.scan).toBeGreaterThan(10);
    expect(engine.candidates.geo.plans.trees).toBeGreaterThan(10);
  });

  it("filters exactly on hours and flags the key cannot hold (fractions, beyond 127 h, negative)", async () => {
    const engine = new EmbeddedSearchEngine();
    const ranges: [number, number][] = [[2.5, 3.5], [0, 200], [-5, 4], [126.5, 127.5], [128, 130], [3, 3], [40, 40], [0, 0], [12.25, 16.75]];
    const docs = ranges.flatMap(([lo, hi], i) =>
      [0, 1, 2, 3].map((v) => ({
        ...randomCandidate(world, `h-${i}-${v}`),
        hoursMin: lo,
        hoursMax: hi,
        loonwaarde: [null, 99, 100, 120][v],
        lksStatus: v % 2 === 0 ? ('NONE' as const) : ('LKS_MDP' as const),
      })),
    );
    await engine.upsertCandidates(docs);
    const windows = [[3, 3], [2.6, 2.9], [3.2, 3.4], [16.5, 16.6], [3.6, 10], [127, 127], [127.2, 127.4], [129, 300], [-10, -1], [-1, 0.5], [0, 0], [16.8, 20], [12, 12.2]];
    let kept = 0;
    for (const [min, max] of windows) {
      for (const requireNoLks of [false, true]) {
        const q = { hours: { min, max }, eligibility: { requireNoLks } };
        const expected = docs.map((d) => matchCandidate(d, q)).filter((h) => h !== null).sort(compareHits);
        const got = await engine.searchCandidates(q);
        expect({ min, max, requireNoLks, ids: got.hits.map((h) => h.id) }).toEqual({ min, max, requireNoLks, ids: expected.map((h) => h.id) });
        kept += expected.length;
      }
    }
    expect(kept).toBeGreaterThan(20);
  });

  it('rejects invalid documents and queries without writing anything', async () => {
    const engine = new EmbeddedSearchEngine();
    const good = randomCandidate(world, 'ok');
    await expect(engine.upsertCandidates([good, { ...good, id: 'bad', lat: 91 }])).rejects.toThrow(/bad: lat/);
    await expect(engine.upsertCandidates([{ ...good, id: 'bad', availableFrom: 2025 }])).rejects.toThrow(/availableFrom/);
    expect((await engine.stats()).candidates).toBe(0);
    await expect(engine.searchCandidates({ geo: { lat: 52, lon: 5, radiusKm: -1 } })).rejects.toThrow(/radiusKm/);
    await expect(engine.searchCandidates({ limit: 1.5 })).rejects.toThrow(/limit/);
  });
});
