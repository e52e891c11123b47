import { MatchingConfigurationError } from '../effective';

/** One entry of a vacancy's ranked list. */
export interface RankedEntry {
  candidateId: string;
  score: number;
}

/** vacancyId → its ranked candidates (order does not matter; duplicates keep the highest score). */
export type RankedLists = ReadonlyMap<string, readonly RankedEntry[]> | Readonly<Record<string, readonly RankedEntry[]>>;

/** Scores are turned into integers of 1e-6 so that the flow works in exact arithmetic. */
export const WEIGHT_SCALE = 1_000_000;

/**
 * The bipartite graph in integer form. Vacancies and candidates are numbered in id order; edges
 * carry positive integer weights. Edges with a score ≤ 0 are dropped: they can never add to a total.
 */
export interface BipartiteGraph {
  vacancyIds: string[];
  candidateIds: string[];
  edgeV: number[];
  edgeC: number[];
  edgeW: number[];
  /** Per vacancy: its edge indices, weight descending, ties by candidate index. */
  byVacancy: number[][];
  /** Per candidate: its edge indices, weight descending, ties by vacancy index. */
  byCandidate: number[][];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildGraph(lists: RankedLists): BipartiteGraph {
  const entries: [string, readonly RankedEntry[]][] =
    lists instanceof Map ? [...(lists as ReadonlyMap<string, readonly RankedEntry[]>).entries()] : Object.entries(lists);
  entries.sort((a, b) => byString(a[0], b[0]));
  const best = new Map<string, Map<string, number>>();
  const candidateSet = new Set<string>();
  for (const [vacancyId, ranked] of entries) {
    const perVacancy = best.get(vacancyId) ?? new Map<string, number>();
    best.set(vacancyId, perVacancy);
    for (const { candidateId, score } of ranked) {
      if (!Number.isFinite(score)) throw new MatchingConfigurationError(`Score of ${candidateId} for ${vacancyId} is not a number`);
      const w = Math.round(score * WEIGHT_SCALE);
      if (w <= 0) continue;
      if ((perVacancy.get(candidateId) ?? 0) < w) perVacancy.set(candidateId, w);
      candidateSet.add(candidateId);
    }
  }
  const vacancyIds = entries.map(([id]) => id);
  const candidateIds = [...candidateSet].sort(byString);
  const cIndex = new Map(candidateIds.map((id, i) => [id, i]));
  const g: BipartiteGraph = {
    vacancyIds,
    candidateIds,
    edgeV: [],
    edgeC: [],
    edgeW: [],
    byVacancy: vacancyIds.map(() => []),
    byCandidate: candidateIds.map(() => []),
  };
  vacancyIds.forEach((vacancyId, v) => {
    for (const [candidateId, w] of best.get(vacancyId)!) {
      const e = g.edgeV.length;
      g.edgeV.push(v);
      g.edgeC.push(cIndex.get(candidateId)!);
      g.edgeW.push(w);
      g.byVacancy[v].push(e);
      g.byCandidate[g.edgeC[e]].push(e);
    }
  });
  for (const list of g.byVacancy) list.sort((a, b) => g.edgeW[b] - g.edgeW[a] || g.edgeC[a] - g.edgeC[b]);
  for (const list of g.byCandidate) list.sort((a, b) => g.edgeW[b] - g.edgeW[a] || g.edgeV[a] - g.edgeV[b]);
  return g;
}

/**
 * Removes edges that no maximum-weight solution needs, repeated until nothing changes. A node is
 * "free" when its degree is within its cap (it can never be full). Rule: walking a vacancy's list
 * from the top, once S free candidates have been passed every lower edge (v, c) is dropped: in any
 * solution using (v, c), one of those S candidates is not used by v and has spare capacity, so
 * swapping (v, c) for it loses nothing. Symmetrically for a candidate after K free vacancies.
 * Each removal keeps the optimum of the remaining graph equal to the original optimum.
 */
export function pruneEdges(g: BipartiteGraph, S: number, K: number): { alive: Uint8Array; degV: Int32Array; degC: Int32Array } {
  const alive = new Uint8Array(g.edgeV.length).fill(1);
  const degV = new Int32Array(g.vacancyIds.length);
  const degC = new Int32Array(g.candidateIds.length);
  for (let e = 0; e < g.edgeV.length; e++) {
    degV[g.edgeV[e]]++;
    degC[g.edgeC[e]]++;
  }
  const kill = (e: number) => {
    alive[e] = 0;
    degV[g.edgeV[e]]--;
    degC[g.edgeC[e]]--;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (let v = 0; v < g.byVacancy.length; v++) {
      if (degV[v] <= S) continue;
      let free = 0;
      for (const e of g.byVacancy[v]) {
        if (!alive[e]) continue;
        if (free >= S) {
          kill(e);
          changed = true;
        } else if (degC[g.edgeC[e]] <= K) free++;
      }
    }
    for (let c = 0; c < g.byCandidate.length; c++) {
      if (degC[c] <= K) continue;
      let free = 0;
      for (const e of g.byCandidate[c]) {
        if (!alive[e]) continue;
        if (free >= K) {
          kill(e);
          changed = true;
        } else if (degV[g.edgeV[e]] <= S) free++;
      }
    }
  }
  return { alive, degV, degC };
}
