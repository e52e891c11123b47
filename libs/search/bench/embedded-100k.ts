/**
 * Build time, memory and query latency of the embedded search engine at 100,000 candidates and
 * 5,000 vacancies (random documents over the Netherlands). Run:
 *   TS_NODE_TRANSPILE_ONLY=1 node --expose-gc -r ts-node/register -r tsconfig-paths/register libs/search/bench/embedded-100k.ts
 */
import type { CandidateProfile } from '@wsp/matching-core';
import { CandidateSearchDoc, CandidateSearchQuery, EmbeddedSearchEngine, OVERLAP_TIER, REST_TIER, VacancySearchDoc, VacancySearchQuery } from '@wsp/search';
import { makeWorld, occupationWord, randomCandidate, randomVacancy } from '../src/testing/random-docs';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 100_000);
/** BENCH_PROFILES=1 stores a matching profile in every candidate document (as the indexer does). */
const PROFILES = process.env.BENCH_PROFILES === '1';
const VACANCIES = Number(process.env.BENCH_VACANCIES ?? 5_000);

const out = (line: string) => process.stdout.write(`${line}\n`);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mem = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const time = <T>(f: () => T): [T, number] => {
  const t0 = process.hrtime.bigint();
  const r = f();
  return [r, Number(process.hrtime.bigint() - t0) / 1e6];
};
const summary = (label: string, ms: number[], hits: number[]) =>
  out(
    `${label.padEnd(44)} p50 ${pct(ms, 50).toFixed(2)} ms  p95 ${pct(ms, 95).toFixed(2)} ms  max ${Math.max(...ms).toFixed(2)} ms  ` +
      `mean hits ${(hits.reduce((a, b) => a + b, 0) / hits.length).toFixed(0)}`,
  );

/** The candidate query the matching pipeline sends for a vacancy (see candidateQueryForVacancy). */
function queryFor(v: VacancySearchDoc): CandidateSearchQuery {
  return {
    geo: { lat: v.lat, lon: v.lon, withinCandidateReach: true },
    hours: { min: v.hoursMin, max: v.hoursMax },
    requireDrivingLicence: v.drivingLicenceRequired,
    matchableOnly: true,
    availableBy: v.startDate ?? 20250601,
    eligibility: {
      requireNoLks: !v.openToLks,
      ...(v.minLoonwaarde !== null ? { minLoonwaarde: v.minLoonwaarde } : {}),
      requireBeschutIndication: v.beschut,
      ...(v.beschut ? {} : { excludeBeschutOnlyBelow: 20 }),
      excludeZorg: true,
    },
    overlap: { occupationIds: [v.occupationId], iscoUnitGroups: [v.iscoUnitGroup], iscoMinorGroups: [v.iscoMinorGroup], skillIds: v.skillIds },
    sort: 'none',
  };
}

/** A matching profile with the document's values (ids shared with the document, as the loader interns them). */
function profileOf(c: CandidateSearchDoc): CandidateProfile {
  return {
    id: c.id,
    home: { lat: c.lat, lon: c.lon, municipalityCode: c.municipalityCode },
    mobilityModes: ['BIKE', 'CAR'],
    maxTravelMinutes: 60,
    hoursMinPerWeek: c.hoursMin,
    hoursMaxPerWeek: c.hoursMax,
    availableFrom: '2025-01-01',
    active: c.active,
    hasActivePlacement: c.hasActivePlacement,
    visibleForMatching: c.visibleForMatching,
    drivingLicence: c.drivingLicence,
    educationLevel: 'MBO_2',
    wishedOccupations: c.occupationIds.map((id, i) => ({ id, iscoGroup: c.iscoUnitGroups[i] ?? '' })),
    skillIds: c.skillIds,
    loonwaarde: c.loonwaarde,
    explicitZorg: c.doelgroep === 'ZORG',
    lksStatus: c.lksStatus,
    beschutIndication: c.beschutIndication,
    doelgroepregister: false,
    waitingSince: '2024-01-01',
  };
}

async function main(): Promise<void> {
  const world = makeWorld({ seed: 42, points: 4000, occupations: 3000, iscoGroups: 430, skills: 14000, spanDeg: { lat: 1.35, lon: 1.8 } });
  const candidates = Array.from({ length: CANDIDATES }, (_, i) => randomCandidate(world, `cand-${i}`));
  const vacancies = Array.from({ length: VACANCIES }, (_, i) => randomVacancy(world, `vac-${i}`));
  const engine = new EmbeddedSearchEngine();
  const before = mem();
  // Profiles are made here so that their memory counts: the indexer's documents carry them.
  if (PROFILES) for (const c of candidates) c.profile = profileOf(c);

  const [, upsertMs] = time(() => void engine.upsertCandidates(candidates));
  const [, vacMs] = time(() => void engine.upsertVacancies(vacancies));
  const [, treeMs] = time(() => engine.warmUp());
  const after = mem();
  out(`documents: ${CANDIDATES} candidates, ${VACANCIES} vacancies`);
  out(`upsert ${CANDIDATES} candidates: ${upsertMs.toFixed(0)} ms; ${VACANCIES} vacancies: ${vacMs.toFixed(0)} ms; kd-trees: ${treeMs.toFixed(0)} ms`);
  out(`index memory (heap + array buffers${PROFILES ? ', with profiles' : ''}; the source documents are built before): ${mb(after - before)}`);

  const sample = vacancies.filter((v) => v.status === 'OPEN');
  for (const [label, levels] of [
    ['vacancy → candidates, overlap tier', OVERLAP_TIER],
    ['vacancy → candidates, rest tier', REST_TIER],
    ['vacancy → candidates, all levels', undefined],
  ] as const) {
    const ms: number[] = [];
    const hits: number[] = [];
    for (const v of sample) {
      const q = { ...queryFor(v), ...(levels ? { levels } : {}) };
      const t0 = process.hrtime.bigint();
      const r = await engine.searchCandidates(q);
      ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
      hits.push(r.total);
    }
    summary(`${label} (${sample.length} queries)`, ms, hits);
  }

  {
    const ms: number[] = [];
    const hits: number[] = [];
    for (const c of candidates.slice(0, 5000)) {
      const q: VacancySearchQuery = {
        geo: { lat: c.lat, lon: c.lon, radiusKm: c.reachKm },
        hours: { min: c.hoursMin, max: c.hoursMax },
        candidateHasDrivingLicence: c.drivingLicence,
        statuses: ['OPEN'],
        startFeasible: { availableFrom: c.availableFrom, referenceDate: 20250301 },
        overlap: { occupationIds: c.occupationIds, iscoUnitGroups: c.iscoUnitGroups, iscoMinorGroups: c.iscoMinorGroups, skillIds: c.skillIds },
      };
      const t0 = process.hrtime.bigint();
      const r = await engine.searchVacancies(q);
      ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
      hits.push(r.total);
    }
    summary('candidate → vacancies (5000 queries)', ms, hits);
  }

  {
    const changed = candidates.slice(0, 1000).map((c, i) => randomCandidate(world, i % 2 === 0 ? c.id : `cand-new-${i}`));
    const [, ms] = time(() => void engine.upsertCandidates(changed));
    const lat: number[] = [];
    const hits: number[] = [];
    for (const v of sample.slice(0, 1000)) {
      const t0 = process.hrtime.bigint();
      const r = await engine.searchCandidates({ ...queryFor(v), levels: OVERLAP_TIER });
      lat.push(Number(process.hrtime.bigint() - t0) / 1e6);
      hits.push(r.total);
    }
    out(`incremental upsert of 1000 candidates (500 replaced, 500 new): ${ms.toFixed(1)} ms`);
    summary('overlap tier with 1000 dirty docs (1000 queries)', lat, hits);
    const [, rmMs] = time(() => void engine.removeCandidates(candidates.slice(1000, 2000).map((c) => c.id)));
    out(`remove 1000 candidates: ${rmMs.toFixed(1)} ms`);
  }

  {
    const [first, buildMs] = time(() => engine.searchCandidates({ text: occupationWord('occ-12') }));
    const r = await first;
    const ms: number[] = [];
    const hits: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = process.hrtime.bigint();
      const res = await engine.searchCandidates({ text: occupationWord(`occ-${i}`), geo: { lat: 52.1, lon: 5.1, radiusKm: 50 }, limit: 20 });
      ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
      hits.push(res.total);
    }
    out(`first text query (builds the MiniSearch index lazily): ${buildMs.toFixed(0)} ms, ${r.total} hits; memory now ${mb(mem() - before)}`);
    summary('text + geo, limit 20 (200 queries)', ms, hits);
  }
}

main().catch((e) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});
