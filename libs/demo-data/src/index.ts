/**
 * Deterministic demo and benchmark data (never run against a real deployment).
 *
 * - `seedDemoData(ds, opts)`: the launcher's first-run seed (idempotent, one transaction).
 * - `generateDemoDataset` / `insertDemoDataset`: the same in two steps, with counts as parameters.
 * - `generateEmployers(rng, ctx, n)` / `generateVacancies(rng, ctx, n)` / `generateCandidates(rng, ctx, n)`:
 *   plain rows, for benchmarks; `regionFromDatabase` for a province or the whole country.
 * - scripts/bench-candidates.ts measures the demo seed and 100,000 candidates on PostgreSQL 15.
 * - `generateSroi(rng, ctx, n)`: SROI contracts with realisations and coordinators (valued with @wsp/sroi).
 * - `Rng`, `deterministicUuid`: the seeded PRNG and ids.
 */
export { DEMO_ACCOUNTS, DEMO_PASSWORD, ACCOUNTMANAGERS, planUsers } from './accounts';
export type { DemoAccount, AccountmanagerPlan, OwnerRef, PlannedUsers } from './accounts';
export { seedDemoData } from './seed';
export type { SeedOptions, SeedResult } from './seed';
export { DEFAULT_SEED, DEMO_COUNTS, DEMO_EMPLOYER_VACANCIES, generateDemoDataset } from './dataset';
export type { DatasetOptions, DemoCounts, DemoDataset } from './dataset';
export { insertDemoDataset, insertRows } from './insert';
export type { TableSpec } from './insert';
export { employerId, generateEmployers } from './employers';
export type { EmployerContext } from './employers';
export { generateVacancies, pickSkills } from './vacancies';
export type { VacancyContext } from './vacancies';
export { generateCandidates } from './candidates';
export type { CandidateContext } from './candidates';
export { pickCandidateSkills, splitSkills } from './candidate-links';
export { DEMO_INTRODUCTIONS } from './candidate-demo';
export type { DemoScenario } from './candidate-demo';
export { REASSESSMENT_DAYS } from './candidate-records';
export { planCaseworkers, CONSULTANT_CASELOAD, JOBCOACH_CASELOAD } from './caseload';
export type { CaseworkerPlan } from './caseload';
export { loadAgeBands, parseAgeBands, MIN_AGE, MAX_AGE } from './ages';
export { fictionalBsn } from './bsn';
export { buildJobPool, jobTitle } from './jobs';
export type { JobPool } from './jobs';
export { loadReferenceSample, loadSroiTables, ReferenceDataMissingError, SROI_DEMO_REGION_CODE } from './reference';
export type { OccupationSample, OccupationSkillSample, PostcodeSample, ReferenceSample, SroiTableSample } from './reference';
export { generateSroi, SROI_DEMO_CONTRACTS, SroiScenario } from './sroi';
export { HAAGLANDEN, WSP_REGIONS, regionFromDatabase, regionMunicipalityCodes } from './region';
export type { RegionDefinition, RegionMunicipality } from './region';
export { SECTORS, catalogJobRefs } from './catalog/sectors';
export type { SectorProfile } from './catalog/sectors';
export { deterministicUuid, IdSequence, Rng, WeightedTable } from './random';
export type { Seed } from './random';
export { minimumHourlyWageCents, minimumMonthlyWageCents, MINIMUM_HOURLY_WAGE_CENTS } from './wages';
export * from './rows';
