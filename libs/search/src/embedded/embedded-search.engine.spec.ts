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
