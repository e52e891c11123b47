import { BipartiteGraph } from './bipartite';

/** Greedy that respects both caps: all edges by weight descending (ties: vacancy, then candidate index). */
export function greedyRespectingCaps(g: BipartiteGraph, S: number, K: number): number[] {
  const order = g.edgeW.map((_, e) => e).sort((a, b) => g.edgeW[b] - g.edgeW[a] || g.edgeV[a] - g.edgeV[b] || g.edgeC[a] - g.edgeC[b]);
  const usedV = new Int32Array(g.vacancyIds.length);
  const usedC = new Int32Array(g.candidateIds.length);
  const chosen: number[] = [];
  for (const e of order) {
    const v = g.edgeV[e];
    const c = g.edgeC[e];
    if (usedV[v] >= S || usedC[c] >= K) continue;
    usedV[v]++;
    usedC[c]++;
    chosen.push(e);
  }
  return chosen;
}

/** Each vacancy takes its own top S, ignoring the per-candidate cap (what independent shortlists would do). */
export function unconstrainedTopS(g: BipartiteGraph, S: number): number[] {
  return g.byVacancy.flatMap((list) => list.slice(0, S));
}

/** Candidates proposed more than K times, and the number of proposals above the cap. */
export function capViolations(g: BipartiteGraph, chosen: readonly number[], K: number): { candidates: number; excessProposals: number } {
  const used = new Int32Array(g.candidateIds.length);
  for (const e of chosen) used[g.edgeC[e]]++;
  let candidates = 0;
  let excessProposals = 0;
  for (const u of used) {
    if (u > K) {
      candidates++;
      excessProposals += u - K;
    }
  }
  return { candidates, excessProposals };
}

export function totalWeight(g: BipartiteGraph, chosen: readonly number[]): number {
  return chosen.reduce((s, e) => s + g.edgeW[e], 0);
}
