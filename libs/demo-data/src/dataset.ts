import { Role } from '@wsp/common';
import { INSECURE_DEV_BSN_HMAC_KEY } from '@wsp/config';
import { VacancyStatus } from '@wsp/vacancies';
import { planUsers } from './accounts';
import { DEMO_INTRODUCTIONS } from './candidate-demo';
import { generateCandidates } from './candidates';
import { planCaseworkers } from './caseload';
import { employerId, generateEmployers } from './employers';
import { buildJobPool } from './jobs';
import { Rng, Seed } from './random';
import { ReferenceSample } from './reference';
import { HAAGLANDEN, RegionDefinition } from './region';
import { AcquisitionRows, CandidateRows, SroiRows, UserRow, VacancyRows } from './rows';
import { generateSroi } from './sroi';
import { generateVacancies } from './vacancies';

/** How much to generate. The demo size is the default; benchmarks pass larger counts. */
export interface DemoCounts {
  employers: number;
  vacancies: number;
  candidates: number;
  /** SROI contracts (with their realisations); needs the valuation tables in the reference sample. */
  sroiContracts: number;
}

export const DEMO_COUNTS: Readonly<DemoCounts> = { employers: 150, vacancies: 300, candidates: 600, sroiContracts: 12 };

export const DEFAULT_SEED: Seed = 'wsp-demo-1';

/** Vacancies of the demo employer (the EMPLOYER login's), most of them OPEN. */
export const DEMO_EMPLOYER_VACANCIES = 8;

export interface DatasetOptions {
  seed?: Seed;
  /** Reference date (YYYY-MM-DD): history lies before it, closing and due dates around it. */
  today: string;
  region?: RegionDefinition;
  counts?: Partial<DemoCounts>;
  /** The hash of DEMO_PASSWORD (hash once, reuse for every demo user). */
  passwordHash: string;
  /** Ids of demo users that already exist, by e-mail (accounts of an older seed): reused, not inserted again. */
  existingUserIds?: ReadonlyMap<string, string>;
  outboxEvents?: boolean;
  /**
   * HMAC key of the candidates' BSN hashes: must be the key the application runs with
   * (BSN_HMAC_KEY), else duplicates are not recognised. Default: the development default.
   */
  bsnHmacKey?: string;
  /** Pseudonyms for the candidates, in order (seed: `allocatePseudonyms`); default K-000001, ... */
  pseudonyms?: readonly string[];
}

/**
 * Everything the demo seed inserts, as plain rows per context. Users of role EMPLOYER are
 * separate: they refer to an employer, so they go in after the employers.
 *
 * Seam for later contexts: add `generateX(rng.fork('x'), ctx, n)` returning plain rows, a field
 * here, a count in DemoCounts and its table specs in insert.ts (after the tables it refers to).
 * A forked stream keeps the existing data unchanged (as candidates did).
 */
export interface DemoDataset {
  seed: Seed;
  staffUsers: UserRow[];
  employerUsers: UserRow[];
  acquisition: AcquisitionRows;
  vacancies: VacancyRows;
  candidates: CandidateRows;
  sroi: SroiRows;
}

export function generateDemoDataset(sample: ReferenceSample, opts: DatasetOptions): DemoDataset {
  const seed = opts.seed ?? DEFAULT_SEED;
  const region = opts.region ?? HAAGLANDEN;
  const counts = { ...DEMO_COUNTS, ...opts.counts };
  if (counts.employers < 1) throw new Error('demo data needs at least one employer');
  const rng = Rng.from(seed);
  const jobs = buildJobPool(sample.occupations);

  const demoEmployerId = employerId(seed, 0);
  const planned = planUsers(seed, opts.passwordHash, demoEmployerId);
  const existing = opts.existingUserIds ?? new Map<string, string>();
  const remap = new Map<string, string>();
  for (const u of planned.users) {
    const id = existing.get(u.email);
    if (id) remap.set(u.id, id);
  }
  const idOf = (id: string) => remap.get(id) ?? id;
  const owners = planned.owners.map((o) => ({ ...o, id: idOf(o.id) }));

  const acquisition = generateEmployers(rng.fork('acquisition'), {
    seed, region, postcodes: sample.postcodes, owners, jobs, today: opts.today, withDemoEmployer: true,
  }, counts.employers);
  const vacancies = generateVacancies(rng.fork('vacancies'), {
    seed, today: opts.today, region, postcodes: sample.postcodes, jobs, occupationSkills: sample.occupationSkills,
    employers: acquisition.employers, demands: acquisition.demands, outboxEvents: opts.outboxEvents,
    demoEmployer: { employerId: demoEmployerId, userId: idOf(planned.byRole[Role.EMPLOYER]), vacancies: Math.min(DEMO_EMPLOYER_VACANCIES, counts.vacancies) },
  }, counts.vacancies);

  // Consultants per municipality and job coaches, the demo logins first (their ids remapped too).
  const caseworkers = planCaseworkers({
    seed, passwordHash: opts.passwordHash, region, postcodes: sample.postcodes,
    demoConsultantId: planned.byRole[Role.CONSULTANT], demoJobCoachId: planned.byRole[Role.JOBCOACH],
  }, counts.candidates);
  for (const u of caseworkers.users) {
    const id = existing.get(u.email);
    if (id) remap.set(u.id, id);
  }
  const remapAll = (ids: string[]) => ids.map(idOf);
  const assigned = {
    ...caseworkers,
    consultants: remapAll(caseworkers.consultants),
    jobCoaches: remapAll(caseworkers.jobCoaches),
    consultantsByMunicipality: new Map([...caseworkers.consultantsByMunicipality].map(([code, ids]) => [code, remapAll(ids)])),
  };
  const demoOpen = vacancies.vacancies.filter((v) => v.employerId === demoEmployerId && v.status === VacancyStatus.OPEN);
  const candidates = generateCandidates(rng.fork('candidates'), {
    seed, today: opts.today, region, postcodes: sample.postcodes, ageBands: sample.ageBands, jobs, occupationSkills: sample.occupationSkills,
    caseworkers: assigned, bsnHmacKey: opts.bsnHmacKey ?? INSECURE_DEV_BSN_HMAC_KEY, pseudonyms: opts.pseudonyms,
    employers: acquisition.employers, outboxEvents: opts.outboxEvents,
    demo: {
      consultantId: idOf(planned.byRole[Role.CONSULTANT]), jobCoachId: idOf(planned.byRole[Role.JOBCOACH]), employerId: demoEmployerId,
      occupationIds: [...new Set(demoOpen.map((v) => v.occupationId))], introductions: DEMO_INTRODUCTIONS,
    },
  }, counts.candidates);

  // SROI contracts of the region's municipalities, the demo employer contractor of two (after everything else: a fork of its own).
  const sroi = generateSroi(rng.fork('sroi'), {
    seed, today: opts.today, region, tables: sample.sroiTables ?? [], employers: acquisition.employers, demoEmployerId,
    accountmanagers: owners.map((o) => o.id), adminId: idOf(planned.byRole[Role.ADMIN]),
  }, counts.sroiContracts);

  const fresh = [...planned.users, ...caseworkers.users].filter((u) => !existing.has(u.email));
  return {
    seed,
    staffUsers: fresh.filter((u) => u.role !== Role.EMPLOYER),
    employerUsers: fresh.filter((u) => u.role === Role.EMPLOYER),
    acquisition,
    vacancies,
    candidates,
    sroi,
  };
}
