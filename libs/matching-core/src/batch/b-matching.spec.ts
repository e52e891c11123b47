import { MatchingConfigurationError } from '../effective';
import { RankedEntry } from './bipartite';
import { optimiseProposals } from './b-matching';

const e = (candidateId: string, score: number): RankedEntry => ({ candidateId, score });

describe('optimiseProposals', () => {
  it('beats greedy when the per-candidate cap binds', () => {
    const lists = { v1: [e('a', 0.9), e('b', 0.8)], v2: [e('a', 0.85), e('b', 0.1)] };
    const r = optimiseProposals(lists, { shortlistSize: 1, perCandidateCap: 1 });
    expect(r.proposals).toEqual([
      { vacancyId: 'v1', candidateId: 'b', score: 0.8 },
      { vacancyId: 'v2', candidateId: 'a', score: 0.85 },
    ]);
    expect(r.optimalTotal).toBeCloseTo(1.65, 9);
    expect(r.greedyRespectingKTotal).toBeCloseTo(1.0, 9); // v1–a, then v2 only gets b
    expect(r.unconstrainedTotal).toBeCloseTo(1.75, 9); // both take a
    expect(r.violationsInUnconstrained).toBe(1);
    expect(r.excessProposalsInUnconstrained).toBe(1);
  });

  it('defaults K to 3 and never proposes a candidate more often', () => {
    const lists = Object.fromEntries(['v1', 'v2', 'v3', 'v4', 'v5'].map((v) => [v, [e('star', 0.99), e(`own-${v}`, 0.5)]]));
    const r = optimiseProposals(lists, { shortlistSize: 1 });
    expect(r.proposals.filter((p) => p.candidateId === 'star')).toHaveLength(3);
    expect(r.proposals).toHaveLength(5);
    expect(r.optimalTotal).toBeCloseTo(3 * 0.99 + 2 * 0.5, 9);
    expect(r.violationsInUnconstrained).toBe(1);
    expect(r.excessProposalsInUnconstrained).toBe(2);
  });

  it('respects the shortlist size and orders proposals by vacancy, score, candidate', () => {
    const lists = { v2: [e('c', 0.5), e('a', 0.7), e('b', 0.7), e('d', 0.2)], v1: [e('a', 0.3)] };
    const r = optimiseProposals(lists, { shortlistSize: 3, perCandidateCap: 3 });
    expect(r.proposals.map((p) => `${p.vacancyId}:${p.candidateId}`)).toEqual(['v1:a', 'v2:a', 'v2:b', 'v2:c']);
  });

  it('ignores non-positive scores and keeps the best of duplicate entries; Map and object input agree', () => {
    const lists = { v1: [e('a', 0), e('b', -0.5), e('c', 0.4), e('c', 0.6), e('c', 0.5)] };
    const r = optimiseProposals(lists, { shortlistSize: 5 });
    expect(r.proposals).toEqual([{ vacancyId: 'v1', candidateId: 'c', score: 0.6 }]);
    expect(r.stats.inputEdges).toBe(1);
    expect(optimiseProposals(new Map(Object.entries(lists)), { shortlistSize: 5 })).toEqual(r);
  });

  it('proposes nothing with S = 0 or K = 0, and handles empty input', () => {
    const lists = { v1: [e('a', 0.9)] };
    expect(optimiseProposals(lists, { shortlistSize: 0 }).proposals).toEqual([]);
    expect(optimiseProposals(lists, { shortlistSize: 1, perCandidateCap: 0 }).proposals).toEqual([]);
    expect(optimiseProposals({}, { shortlistSize: 10 }).optimalTotal).toBe(0);
  });

  it('rejects invalid sizes and scores', () => {
    expect(() => optimiseProposals({}, { shortlistSize: -1 })).toThrow(MatchingConfigurationError);
    expect(() => optimiseProposals({}, { shortlistSize: 1.5 })).toThrow(MatchingConfigurationError);
    expect(() => optimiseProposals({}, { shortlistSize: 1, perCandidateCap: -1 })).toThrow(MatchingConfigurationError);
    expect(() => optimiseProposals({ v: [e('a', Number.NaN)] }, { shortlistSize: 1 })).toThrow(MatchingConfigurationError);
  });

  it('reports how the instance was reduced', () => {
    const lists = { v1: [e('a', 0.9), e('b', 0.8)], v2: [e('a', 0.85), e('b', 0.1)] };
    const { stats } = optimiseProposals(lists, { shortlistSize: 1, perCandidateCap: 1 });
    expect(stats).toEqual({ inputEdges: 4, edgesAfterPruning: 4, fixedEdges: 0, coreEdges: 4, coreComponents: 1, largestComponentNodes: 4 });
  });
});
