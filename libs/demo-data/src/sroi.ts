import { daysBetween, maxDate, minDate } from '@wsp/common';
import { EmployerSizeClass, PipelineStage, PsoLevel } from '@wsp/acquisition';
import { computeObligation, computeProgress, SroiRealisationKind, SroiRealisationStatus } from '@wsp/sroi';
import { CONTRACT_SUBJECTS, REFERENCE_PREFIXES, TENDER_SECTIONS } from './catalog/sroi-texts';
import { deterministicUuid, Rng, Seed } from './random';
import { SroiTableSample } from './reference';
import { RegionDefinition } from './region';
import { EmployerRow, SroiContractRow, SroiCoordinatorRow, SroiRows } from './rows';
import { generateRealisations, RealisationBucket } from './sroi-realisations';
import { addDays, addMinutes, dutchTime, isoDateOf, officeMinute } from './time';

/**
 * Demo SROI contracts (libs/sroi) commissioned by the region's municipalities, each written to
 * show one situation of the work list on the reference date. Obligation and progress are never
 * stored: the generator computes them with @wsp/sroi (computeObligation, computeProgress) only to
 * size the realisations so that each contract lands in its situation.
 */
export enum SroiScenario {
  /** forecast ≥ obligation */
  ON_TRACK = 'ON_TRACK',
  /** forecast < obligation, halfway */
  BEHIND = 'BEHIND',
  /** ends within 90 days with a remaining obligation */
  ENDING_WITH_GAP = 'ENDING_WITH_GAP',
  /** ended, accepted ≥ obligation */
  FULFILLED = 'FULFILLED',
  /** ended, shortfall, grace period passed: penalty due */
  OVERDUE_PAST_GRACE = 'OVERDUE_PAST_GRACE',
  /** value below the table's threshold: no obligation */
  BELOW_THRESHOLD = 'BELOW_THRESHOLD',
  /** starts after the reference date */
  NOT_STARTED = 'NOT_STARTED',
}

export interface SroiContractPlan {
  scenario: SroiScenario;
  /** Commissioning municipality (GM code); another municipality of the region when it is not in the region. */
  municipalityCode: string;
  /** Contract value excluding VAT, euros. */
  valueEuros: readonly [min: number, max: number];
  /** The demo EMPLOYER login's employer is the contractor. */
  demoEmployer?: boolean;
  /** A PSO discount, when the contractor holds a PSO certificate. */
  pso?: boolean;
  /** One realisation waits for the coordinator for more than 30 days. */
  oldPending?: boolean;
}

const DEN_HAAG = 'GM0518';

/** The demo contracts, most telling first (a smaller count takes the first ones). */
export const SROI_DEMO_CONTRACTS: readonly SroiContractPlan[] = [
  { scenario: SroiScenario.ON_TRACK, municipalityCode: DEN_HAAG, valueEuros: [650_000, 950_000], demoEmployer: true, pso: true, oldPending: true },
  { scenario: SroiScenario.ENDING_WITH_GAP, municipalityCode: DEN_HAAG, valueEuros: [220_000, 420_000], demoEmployer: true },
  { scenario: SroiScenario.BEHIND, municipalityCode: DEN_HAAG, valueEuros: [1_800_000, 3_000_000], oldPending: true },
  { scenario: SroiScenario.OVERDUE_PAST_GRACE, municipalityCode: 'GM0503', valueEuros: [350_000, 800_000] },
  { scenario: SroiScenario.FULFILLED, municipalityCode: DEN_HAAG, valueEuros: [400_000, 900_000] },
  { scenario: SroiScenario.BELOW_THRESHOLD, municipalityCode: DEN_HAAG, valueEuros: [150_000, 195_000] },
  { scenario: SroiScenario.ENDING_WITH_GAP, municipalityCode: 'GM0637', valueEuros: [500_000, 1_200_000], oldPending: true },
  { scenario: SroiScenario.ON_TRACK, municipalityCode: 'GM0503', valueEuros: [1_000_000, 2_500_000], pso: true },
  { scenario: SroiScenario.BEHIND, municipalityCode: 'GM0637', valueEuros: [300_000, 700_000], oldPending: true },
  { scenario: SroiScenario.ON_TRACK, municipalityCode: 'GM1783', valueEuros: [250_000, 600_000], pso: true },
  { scenario: SroiScenario.BELOW_THRESHOLD, municipalityCode: 'GM0603', valueEuros: [150_000, 199_000] },
  { scenario: SroiScenario.NOT_STARTED, municipalityCode: 'GM1916', valueEuros: [400_000, 900_000] },
];

/** Social return is 5 % of the contract value in the demo (a common municipal percentage). */
export const SROI_DEMO_PERCENTAGE = 5;

/**
 * PSO discount agreed in the demo contracts by the contractor's PSO level (percent of the
 * obligation). A demo assumption: municipalities agree the discount per tender.
 */
export const PSO_DISCOUNTS: Readonly<Partial<Record<PsoLevel, number>>> = {
  [PsoLevel.TREDE_1]: 10, [PsoLevel.TREDE_2]: 20, [PsoLevel.TREDE_3]: 30, [PsoLevel.PSO_30_PLUS]: 30,
};

export interface SroiContext {
  seed: Seed;
  today: string;
  region: RegionDefinition;
  /** Valuation tables to choose from (oldest first): the one in force on a contract's start date. */
  tables: readonly SroiTableSample[];
  employers: readonly EmployerRow[];
  demoEmployerId: string;
  /** Accountmanager user ids, the demo ACCOUNTMANAGER first. */
  accountmanagers: readonly string[];
  /** Assigns the coordinators. */
  adminId: string;
}

const firstOfMonth = (d: string) => `${d.slice(0, 8)}01`;
const lastOfMonth = (d: string) => new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** Contract period for a scenario on `today`: starts on the 1st, ends on the last day of a month. */
function period(r: Rng, s: SroiScenario, today: string): { startDate: string; endDate: string; graceDays: number } {
  const day = (offset: number) => addDays(today, offset);
  const grace = () => r.pick([30, 60, 90]);
  switch (s) {
    case SroiScenario.ON_TRACK:
      return { startDate: firstOfMonth(day(-r.int(180, 540))), endDate: lastOfMonth(day(r.int(180, 540))), graceDays: grace() };
    case SroiScenario.BEHIND:
      return { startDate: firstOfMonth(day(-r.int(240, 480))), endDate: lastOfMonth(day(r.int(120, 420))), graceDays: grace() };
    case SroiScenario.ENDING_WITH_GAP: {
      const endDate = lastOfMonth(day(r.int(15, 55)));
      return { startDate: firstOfMonth(addDays(endDate, -r.int(400, 760))), endDate, graceDays: grace() };
    }
    case SroiScenario.FULFILLED: {
      const endDate = lastOfMonth(day(-r.int(45, 100)));
      return { startDate: firstOfMonth(addDays(endDate, -r.int(365, 640))), endDate, graceDays: grace() };
    }
    case SroiScenario.OVERDUE_PAST_GRACE: {
      const endDate = lastOfMonth(day(-r.int(160, 230)));
      return { startDate: firstOfMonth(addDays(endDate, -r.int(365, 640))), endDate, graceDays: 90 };
    }
    case SroiScenario.BELOW_THRESHOLD: {
      const startDate = firstOfMonth(day(-r.int(60, 300)));
      return { startDate, endDate: lastOfMonth(addDays(startDate, r.int(365, 730))), graceDays: grace() };
    }
    case SroiScenario.NOT_STARTED: {
      const startDate = firstOfMonth(day(r.int(35, 65)));
      return { startDate, endDate: lastOfMonth(addDays(startDate, r.int(730, 1460))), graceDays: grace() };
    }
  }
}

/**
 * What the accepted and pending realisations add up to (eurocents), as shares of the obligation
 * `o` and of where a linear path would be today (`o × elapsed`), so that computeProgress gives the
 * scenario's status: ON_TRACK forecasts ≥ 105 %, BEHIND ≤ 60 %, ENDING_WITH_GAP ≤ 90 % (behind too, with a gap).
 */
function buckets(r: Rng, s: SroiScenario, o: number, elapsed: number, oldPending: boolean): RealisationBucket[] {
  const range = (base: number, lo: number, hi: number, spread = 0.02) => {
    const from = lo + (hi - lo - spread) * r.next();
    return [Math.ceil(base * from), Math.floor(base * (from + spread))] as const;
  };
  const bucket = (status: SroiRealisationStatus, [minCents, maxCents]: readonly [number, number]): RealisationBucket => ({
    status, minCents, maxCents, oldPending: status === SroiRealisationStatus.PENDING && oldPending,
  });
  const { ACCEPTED, PENDING } = SroiRealisationStatus;
  const onPath = o * elapsed;
  switch (s) {
    case SroiScenario.ON_TRACK:
      return [bucket(ACCEPTED, range(onPath, 0.8, 1.0, 0.05)), bucket(PENDING, range(onPath, 0.25, 0.4, 0.05))];
    case SroiScenario.BEHIND:
      return [bucket(ACCEPTED, range(onPath, 0.3, 0.45, 0.05)), bucket(PENDING, range(onPath, 0.05, 0.15, 0.04))];
    case SroiScenario.ENDING_WITH_GAP:
      return [bucket(ACCEPTED, range(onPath, 0.6, 0.75, 0.05)), bucket(PENDING, range(onPath, 0.05, 0.15, 0.04))];
    case SroiScenario.FULFILLED:
      return [bucket(ACCEPTED, range(o, 1.02, 1.15, 0.05))];
    case SroiScenario.OVERDUE_PAST_GRACE:
      return [bucket(ACCEPTED, range(o, 0.45, 0.65, 0.05))];
    case SroiScenario.BELOW_THRESHOLD:
      // No obligation; the contractor did something anyway (a guest lecture, a training).
      return [{ status: ACCEPTED, minCents: 40_000, maxCents: 160_000, kinds: [SroiRealisationKind.OTHER_ACTIVITY] }];
    case SroiScenario.NOT_STARTED:
      return [];
  }
}

const SIZE_RANK: Readonly<Record<EmployerSizeClass, number>> = {
  [EmployerSizeClass.LARGE]: 0, [EmployerSizeClass.MEDIUM]: 0, [EmployerSizeClass.SMALL]: 1, [EmployerSizeClass.MICRO]: 3,
};

/** How unlikely an employer wins a municipal tender (0 = likely): an active relation, of some size, in a tendering sector. */
function tenderRank(e: EmployerRow): number {
  const tier = TENDER_SECTIONS.findIndex((sections) => sections.includes(e.sbiSection));
  return (tier < 0 ? 3 : tier) + SIZE_RANK[e.sizeClass] + (e.stage === PipelineStage.ACTIVE || e.stage === PipelineStage.AGREEMENT ? 0 : 5);
}

/**
 * `n` SROI contracts (the plans of SROI_DEMO_CONTRACTS, repeated in other municipalities beyond
 * their number) with their realisations and history, and the municipalities' SROI coordinators:
 * the demo ACCOUNTMANAGER for Den Haag, another accountmanager for the others. Contracts are
 * recorded by the accountmanager of the contractor, or by another one when that is the
 * municipality's coordinator (the coordinator decides, separation of duties).
 */
export function generateSroi(rng: Rng, ctx: SroiContext, n: number): SroiRows {
  const out: SroiRows = { contracts: [], realisations: [], changes: [], coordinators: [] };
  if (n <= 0 || ctx.tables.length === 0 || ctx.employers.length === 0 || ctx.accountmanagers.length === 0) return out;
  const inRegion = new Set(ctx.region.municipalities.map((m) => m.code));
  const names = new Map(ctx.region.municipalities.map((m) => [m.code, m.displayName]));
  const demoCoordinator = ctx.accountmanagers[0];
  const otherCoordinator = ctx.accountmanagers[Math.min(2, ctx.accountmanagers.length - 1)];
  const coordinatorOf = (code: string) => (code === DEN_HAAG ? demoCoordinator : otherCoordinator);
  const demoEmployer = ctx.employers.find((e) => e.id === ctx.demoEmployerId) ?? null;
  const used = new Set<string>(demoEmployer ? [demoEmployer.id] : []);
  const references = new Set<string>();

  const drafts = Array.from({ length: n }, (_, i) => {
    const r = rng.fork('contract', i);
    const plan = SROI_DEMO_CONTRACTS[i % SROI_DEMO_CONTRACTS.length];
    const municipalityCode = i < SROI_DEMO_CONTRACTS.length && inRegion.has(plan.municipalityCode)
      ? plan.municipalityCode
      : ctx.region.municipalities[i % ctx.region.municipalities.length].code;
    return { i, r, plan, municipalityCode, ...period(r, plan.scenario, ctx.today) };
  });

  // Contractors, earliest start first: the demo employer where planned, else the most likely tender winner not yet
  // used that was a relation before the start (the contract is recorded once the employer is; else the oldest
  // relation), PSO-certified when the plan wants a discount.
  const contractors = new Map<number, EmployerRow>();
  for (const d of [...drafts].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.i - b.i))) {
    if (d.plan.demoEmployer && demoEmployer && d.i < SROI_DEMO_CONTRACTS.length) {
      contractors.set(d.i, demoEmployer);
      continue;
    }
    const free = ctx.employers.filter((e) => !used.has(e.id));
    const pool = free.length > 0 ? free : ctx.employers;
    const score = (e: EmployerRow) => {
      const after = Math.max(0, daysBetween(d.startDate, isoDateOf(e.createdAt)));
      return (d.plan.pso && !PSO_DISCOUNTS[e.psoLevel!] ? 10_000 : 0) + (after > 0 ? 100 + after : 0) + tenderRank(e);
    };
    const best = Math.min(...pool.map(score));
    const contractor = d.r.pick(pool.filter((e) => score(e) === best));
    used.add(contractor.id);
    contractors.set(d.i, contractor);
  }

  for (const { i, r, plan, municipalityCode, startDate, endDate, graceDays } of drafts) {
    const table = [...ctx.tables].reverse().find((t) => t.effectiveFrom <= startDate) ?? ctx.tables[0];
    const contractor = contractors.get(i)!;
    const threshold = table.obligationThresholdCents;
    let [lo, hi] = [plan.valueEuros[0] * 100, plan.valueEuros[1] * 100];
    if (plan.scenario === SroiScenario.BELOW_THRESHOLD) hi = Math.min(hi, threshold - 10_000);
    else lo = Math.max(lo, threshold);
    lo = Math.min(lo, hi);
    const contractValueCents = Math.max(10_000, r.int(Math.ceil(lo / 10_000), Math.max(Math.ceil(lo / 10_000), Math.floor(hi / 10_000))) * 10_000);
    const psoDiscountPercentage = plan.pso && contractor.psoLevel ? PSO_DISCOUNTS[contractor.psoLevel] ?? null : null;
    const penaltyPercentage = r.weightedEntry([[100, 3], [50, 1]] as const);

    const coordinatorId = coordinatorOf(municipalityCode);
    const owner = ctx.accountmanagers.includes(contractor.ownerId) ? contractor.ownerId : ctx.accountmanagers[0];
    const recorderId = owner !== coordinatorId ? owner : ctx.accountmanagers.find((a) => a !== coordinatorId) ?? owner;
    // Recorded around the start, once the contractor was a relation of the WSP, and before today.
    const createdDate = minDate(maxDate(addDays(startDate, -r.int(5, 40)), addDays(isoDateOf(contractor.createdAt), 1)), addDays(ctx.today, -r.int(1, 10)));
    let createdAt = dutchTime(createdDate, officeMinute(r));
    if (createdAt <= contractor.createdAt) createdAt = addMinutes(contractor.createdAt, r.int(10, 120));

    const prefix = REFERENCE_PREFIXES[municipalityCode] ?? municipalityCode.slice(2);
    let reference = `${prefix}-${startDate.slice(0, 4)}-${String(r.int(100, 899)).padStart(3, '0')}`;
    while (references.has(`${municipalityCode}/${reference}`)) reference = `${reference}-${i}`;
    references.add(`${municipalityCode}/${reference}`);
    const subject = r.pick(CONTRACT_SUBJECTS[contractor.sbiSection] ?? CONTRACT_SUBJECTS.N);
    const contract: SroiContractRow = {
      id: deterministicUuid(ctx.seed, 'sroi-contract', i),
      reference,
      description: `${subject}, gemeente ${names.get(municipalityCode) ?? municipalityCode}`,
      municipalityCode,
      contractorId: contractor.id,
      contractValueCents,
      sroiPercentage: SROI_DEMO_PERCENTAGE,
      startDate,
      endDate,
      valuationTableId: table.id,
      psoDiscountPercentage,
      penaltyPercentage,
      gracePeriodDays: graceDays,
      obligationOverrideCents: null,
      createdById: recorderId,
      createdAt,
      updatedAt: createdAt,
      version: 1,
    };
    out.contracts.push(contract);

    const { obligationCents } = computeObligation({
      contractValueCents, sroiPercentage: SROI_DEMO_PERCENTAGE, psoDiscountPercentage, thresholdCents: threshold, overrideCents: null,
    });
    const { elapsedFraction } = computeProgress({
      obligationCents, startDate, endDate, today: ctx.today, gracePeriodDays: graceDays, penaltyPercentage, purchaseCapPercent: table.purchaseCapPercent, totals: [],
    });
    const rejected = plan.scenario !== SroiScenario.NOT_STARTED && plan.scenario !== SroiScenario.BELOW_THRESHOLD && r.chance(0.6);
    const rows = generateRealisations(r.fork('realisations'), {
      seed: ctx.seed, today: ctx.today, contract, table, buckets: buckets(r, plan.scenario, obligationCents, elapsedFraction, plan.oldPending === true),
      rejected, recorderId, coordinatorId,
    });
    out.realisations.push(...rows.realisations);
    out.changes.push(...rows.changes);
  }

  // Coordinators: assigned by the admin before the first contract was recorded.
  const first = out.contracts.reduce((a, c) => (c.createdAt < a ? c.createdAt : a), out.contracts[0].createdAt);
  const assignedAt = addMinutes(first, -24 * 60 * rng.int(1, 30));
  const codes = [...new Set([...(inRegion.has(DEN_HAAG) ? [DEN_HAAG] : []), ...out.contracts.map((c) => c.municipalityCode)])].sort();
  out.coordinators = codes.map((code): SroiCoordinatorRow => ({
    id: deterministicUuid(ctx.seed, 'sroi-coordinator', code),
    municipalityCode: code,
    userId: coordinatorOf(code),
    assignedById: ctx.adminId,
    createdAt: assignedAt,
  }));
  return out;
}
