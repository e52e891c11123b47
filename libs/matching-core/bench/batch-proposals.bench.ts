/**
 * Benchmark of the batch proposal optimiser on a deterministic generated instance (not a test):
 *
 *   npx ts-node --transpile-only libs/matching-core/bench/batch-proposals.bench.ts [seed]
 *
 * Instance (as in the issue): 5,000 vacancies, each with 50 distinct candidates drawn from
 * 100,000, S = 10, K = 3. Scores are 0.15 + 0.85 × (59% candidate strength + 41% noise), 4
 * decimals, so strong candidates rank high on many lists and the cap K really binds. Variants: a
 * regional one (each vacancy draws from its own region of 1,000) and one where scores are 95%
 * candidate strength (the same stars top every list: the hardest case for pruning). A small
 * instance is also solved by one plain min-cost flow to show the exact solver gives the same total.
 */
import { performance } from 'node:perf_hooks';
import { BatchResult, optimiseProposals, solveByPlainFlow, solveExact } from '../src/batch/b-matching';
import { RankedEntry, buildGraph } from '../src/batch/bipartite';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface InstanceSpec {
  vacancies: number;
  candidates: number;
  perVacancy: number;
  /** Candidates per region; equal to `candidates` for one nationwide pool. */
  regionSize: number;
  /** Share of the score that comes from the candidate's overall strength (the rest is per-pair noise). */
  strengthShare: number;
  seed: number;
}

function generate(spec: InstanceSpec): Map<string, RankedEntry[]> {
  const rnd = mulberry32(spec.seed);
  const strength = Array.from({ length: spec.candidates }, () => rnd());
  const regions = spec.candidates / spec.regionSize;
  const lists = new Map<string, RankedEntry[]>();
  for (let v = 0; v < spec.vacancies; v++) {
    const region = v % regions;
    const picked = new Set<number>();
    while (picked.size < spec.perVacancy) picked.add(region * spec.regionSize + Math.floor(rnd() * spec.regionSize));
    const entries = [...picked].map((c) => ({
      candidateId: `c${String(c).padStart(6, '0')}`,
      score: Math.round(Math.min(1, 0.15 + 0.85 * (spec.strengthShare * strength[c] + (1 - spec.strengthShare) * rnd())) * 10_000) / 10_000,
    }));
    lists.set(`v${String(v).padStart(5, '0')}`, entries);
  }
  return lists;
}

function check(result: BatchResult, S: number, K: number): void {
  const perV = new Map<string, number>();
  const perC = new Map<string, number>();
  for (const p of result.proposals) {
    perV.set(p.vacancyId, (perV.get(p.vacancyId) ?? 0) + 1);
    perC.set(p.candidateId, (perC.get(p.candidateId) ?? 0) + 1);
  }
  if ([...perV.values()].some((n) => n > S) || [...perC.values()].some((n) => n > K)) throw new Error('cap violated');
  if (result.optimalTotal + 1e-9 < result.greedyRespectingKTotal) throw new Error('optimal below greedy');
}

const out = (line: string) => process.stdout.write(`${line}\n`);
const seed = Number(process.argv[2] ?? 20240501);
const S = 10;
const K = 3;

for (const [name, spec] of [
  ['nationwide', { vacancies: 5000, candidates: 100_000, perVacancy: 50, regionSize: 100_000, strengthShare: 0.59, seed }],
  ['regional (100 regions of 1,000)', { vacancies: 5000, candidates: 100_000, perVacancy: 50, regionSize: 1000, strengthShare: 0.59, seed }],
  ['nationwide, scores 95% candidate strength', { vacancies: 5000, candidates: 100_000, perVacancy: 50, regionSize: 100_000, strengthShare: 0.95, seed }],
] as const) {
  const lists = generate(spec);
  const started = performance.now();
  const result = optimiseProposals(lists, { shortlistSize: S, perCandidateCap: K });
  const ms = performance.now() - started;
  check(result, S, K);
  out(`${name}: ${spec.vacancies} vacancies x ${spec.perVacancy} of ${spec.candidates} candidates, S=${S}, K=${K}`);
  out(`  time (incl. greedy baselines): ${ms.toFixed(0)} ms`);
  out(`  proposals ${result.proposals.length}, optimal ${result.optimalTotal.toFixed(4)}, greedy-K ${result.greedyRespectingKTotal.toFixed(4)}, ` +
    `unconstrained ${result.unconstrainedTotal.toFixed(4)} (${result.violationsInUnconstrained} candidates over K, ${result.excessProposalsInUnconstrained} excess)`);
  out(`  stats ${JSON.stringify(result.stats)}`);
  const graph = buildGraph(lists);
  const t = performance.now();
  solveExact(graph, S, K);
  out(`  exact solve alone (prune + fix + core min-cost flow, graph prebuilt): ${(performance.now() - t).toFixed(0)} ms`);
}

// Cross-check on an instance small enough for one plain min-cost flow.
const small = buildGraph(generate({ vacancies: 300, candidates: 3000, perVacancy: 50, regionSize: 3000, strengthShare: 0.59, seed: seed + 1 }));
const t0 = performance.now();
const exact = solveExact(small, S, K).chosen.reduce((s, e) => s + small.edgeW[e], 0);
const t1 = performance.now();
const plain = solveByPlainFlow(small, S, K).reduce((s, e) => s + small.edgeW[e], 0);
const t2 = performance.now();
out(`cross-check 300 x 50 of 3,000: exact ${exact} in ${(t1 - t0).toFixed(0)} ms, plain flow ${plain} in ${(t2 - t1).toFixed(0)} ms: ${exact === plain ? 'equal' : 'DIFFERENT'}`);
if (exact !== plain) process.exitCode = 1;
