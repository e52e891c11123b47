import fc from 'fast-check';
import { RankedEntry, buildGraph } from './bipartite';
import { optimiseProposals, solveByPlainFlow } from './b-matching';

type Lists = Record<string, RankedEntry[]>;

/** Random instance; scores on a coarse grid so ties happen. */
const instance = (maxVacancies: number, maxCandidates: number, maxPerList: number) =>
  fc.integer({ min: 1, max: maxCandidates }).chain((nCandidates) =>
    fc.dictionary(
      fc.integer({ min: 0, max: maxVacancies - 1 }).map((v) => `v${v}`),
      fc.uniqueArray(
        fc.record({ candidateId: fc.integer({ min: 0, max: nCandidates - 1 }).map((c) => `c${c}`), score: fc.integer({ min: 1, max: 20 }).map((s) => s / 20) }),
        { selector: (x) => x.candidateId, maxLength: maxPerList },
      ),
      { maxKeys: maxVacancies },
    ),
  );

const caps = fc.record({ S: fc.integer({ min: 0, max: 4 }), K: fc.integer({ min: 0, max: 4 }) });

/** Exhaustive optimum over all subsets of edges. */
function bruteForce(lists: Lists, S: number, K: number): number {
  const edges = Object.entries(lists).flatMap(([v, entries]) => entries.map((x) => ({ v, c: x.candidateId, w: Math.round(x.score * 1e6) })));
  let best = 0;
  for (let mask = 0; mask < 1 << edges.length; mask++) {
    const perV = new Map<string, number>();
    const perC = new Map<string, number>();
    let total = 0;
    let ok = true;
    for (let i = 0; i < edges.length && ok; i++) {
      if (!(mask & (1 << i))) continue;
      const { v, c, w } = edges[i];
      perV.set(v, (perV.get(v) ?? 0) + 1);
      perC.set(c, (perC.get(c) ?? 0) + 1);
      ok = perV.get(v)! <= S && perC.get(c)! <= K;
      total += w;
    }
    if (ok) best = Math.max(best, total);
  }
  return best / 1e6;
}

function checkCaps(lists: Lists, S: number, K: number) {
  const r = optimiseProposals(lists, { shortlistSize: S, perCandidateCap: K });
  const perV = new Map<string, number>();
  const perC = new Map<string, number>();
  const seen = new Set<string>();
  for (const p of r.proposals) {
    perV.set(p.vacancyId, (perV.get(p.vacancyId) ?? 0) + 1);
    perC.set(p.candidateId, (perC.get(p.candidateId) ?? 0) + 1);
    expect(seen.has(`${p.vacancyId}/${p.candidateId}`)).toBe(false);
    seen.add(`${p.vacancyId}/${p.candidateId}`);
    expect(lists[p.vacancyId].some((x) => x.candidateId === p.candidateId && x.score === p.score)).toBe(true);
  }
  for (const n of perV.values()) expect(n).toBeLessThanOrEqual(S);
  for (const n of perC.values()) expect(n).toBeLessThanOrEqual(K);
  expect(r.optimalTotal).toBeCloseTo(r.proposals.reduce((s, p) => s + p.score, 0), 9);
  expect(r.optimalTotal).toBeGreaterThanOrEqual(r.greedyRespectingKTotal - 1e-9);
  expect(r.unconstrainedTotal).toBeGreaterThanOrEqual(r.optimalTotal - 1e-9);
  if (r.violationsInUnconstrained === 0) expect(r.unconstrainedTotal).toBeCloseTo(r.optimalTotal, 9);
  return r;
}

describe('batch proposals (properties)', () => {
  it('never exceeds K per candidate or S per vacancy, and is never below the K-respecting greedy', () => {
    fc.assert(
      fc.property(instance(12, 15, 8), caps, (lists, { S, K }) => {
        checkCaps(lists, S, K);
      }),
      { numRuns: 500 },
    );
  });

  it('equals the brute-force optimum on tiny instances', () => {
    fc.assert(
      fc.property(
        instance(4, 5, 4).filter((l) => Object.values(l).reduce((s, x) => s + x.length, 0) <= 14),
        caps,
        (lists, { S, K }) => {
          expect(checkCaps(lists, S, K).optimalTotal).toBeCloseTo(bruteForce(lists, S, K), 9);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('equals one plain min-cost flow (no pruning, no decomposition) on larger, tightly coupled instances', () => {
    let coreEdges = 0;
    fc.assert(
      fc.property(instance(40, 20, 12), fc.record({ S: fc.integer({ min: 1, max: 3 }), K: fc.integer({ min: 1, max: 3 }) }), (lists, { S, K }) => {
        const r = checkCaps(lists, S, K);
        const g = buildGraph(lists);
        const plain = solveByPlainFlow(g, S, K).reduce((s, e) => s + g.edgeW[e], 0);
        expect(Math.round(r.optimalTotal * 1e6)).toBe(plain);
        coreEdges += r.stats.coreEdges;
      }),
      { numRuns: 300 },
    );
    expect(coreEdges).toBeGreaterThan(1000); // the min-cost-flow core is really exercised
  });
});
