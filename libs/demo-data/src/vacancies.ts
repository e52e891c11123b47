import { DemandStatus, EmployerSizeClass, PipelineStage } from '@wsp/acquisition';
import { EducationLevel } from '@wsp/common';
import { ContractType, VacancyChangeKind, VacancyStatus } from '@wsp/vacancies';
import { DESCRIPTION_OPENERS, VACANCY_STATUS_REASONS, vacancyDescription } from './catalog/texts';
import { JobPool, jobTitle, pickOccupation } from './jobs';
import { deterministicUuid, Rng, Seed, WeightedTable } from './random';
import { OccupationSample, OccupationSkillSample, PostcodeSample } from './reference';
import { RegionDefinition } from './region';
import { DemandRow, EmployerRow, OutboxEventRow, VacancyChangeRow, VacancyRow, VacancyRows, VacancySkillRow } from './rows';
import { addDays, daysBefore, dutchTime, officeMinute } from './time';
import { monthlyWageCents } from './wages';
import { CREATED_DAYS_AGO, draftTimeline, fitStatus, pickStatus, VacancyTimeline } from './vacancy-timeline';

export interface VacancyContext {
  seed: Seed;
  today: string;
  region: RegionDefinition;
  postcodes: readonly PostcodeSample[];
  jobs: JobPool;
  /** Real ESCO relations per occupation: a vacancy's skills are a subset of its occupation's. */
  occupationSkills: ReadonlyMap<string, readonly OccupationSkillSample[]>;
  employers: readonly EmployerRow[];
  demands?: readonly DemandRow[];
  /** The first `vacancies` vacancies go to this employer (the EMPLOYER login's); some created by its user. */
  demoEmployer?: { employerId: string; userId: string; vacancies: number };
  /** Write the outbox events the vacancy service would have written (default true). */
  outboxEvents?: boolean;
}

/** Statuses of the demo employer's vacancies, in order (mostly OPEN, one of each other kind). */
const DEMO_STATUSES = [VacancyStatus.OPEN, VacancyStatus.OPEN, VacancyStatus.DRAFT, VacancyStatus.OPEN, VacancyStatus.FILLED, VacancyStatus.OPEN, VacancyStatus.CLOSED, VacancyStatus.OPEN];

const EDUCATION_BY_MAJOR: Record<string, readonly (readonly [EducationLevel | null, number])[]> = {
  '9': [[null, 4], [EducationLevel.NONE, 2], [EducationLevel.VSO_PRO, 2], [EducationLevel.VMBO, 1]],
  '5': [[null, 2], [EducationLevel.VMBO, 3], [EducationLevel.MBO_1, 2], [EducationLevel.MBO_2, 3]],
  '8': [[null, 1], [EducationLevel.VMBO, 2], [EducationLevel.MBO_2, 3]],
  '7': [[EducationLevel.VMBO, 1], [EducationLevel.MBO_2, 4], [EducationLevel.MBO_3, 3]],
  '6': [[null, 2], [EducationLevel.VMBO, 2], [EducationLevel.MBO_2, 2]],
  '4': [[EducationLevel.MBO_2, 3], [EducationLevel.MBO_3, 3], [EducationLevel.MBO_4, 2]],
  '3': [[EducationLevel.MBO_4, 4], [EducationLevel.HBO, 2]],
  '2': [[EducationLevel.HBO, 4], [EducationLevel.WO, 1]],
};

/** Hourly wage as a factor of the minimum wage, by ISCO major group (CAO scales, roughly). */
const WAGE_FACTOR_BY_MAJOR: Record<string, readonly [number, number]> = {
  '9': [1.05, 1.15], '5': [1.05, 1.25], '6': [1.05, 1.25], '8': [1.1, 1.35], '7': [1.15, 1.5], '4': [1.1, 1.4], '3': [1.3, 1.8], '2': [1.7, 2.6],
};

const HOURS: readonly (readonly [number, number, number])[] = [
  [36, 40, 3], [32, 38, 3], [38, 38, 2], [24, 32, 3], [16, 24, 3], [20, 28, 2], [12, 20, 1], [8, 16, 1],
];
const PART_TIME_SECTORS = new Set(['G', 'I', 'R', 'S']);

function contractWeights(section: string): (readonly [ContractType, number])[] {
  return [
    [ContractType.PERMANENT, 20],
    [ContractType.FIXED_TERM, 45],
    [ContractType.TEMPORARY_AGENCY, section === 'A' || section === 'H' ? 30 : 12],
    [ContractType.ON_CALL, PART_TIME_SECTORS.has(section) ? 18 : 6],
    [ContractType.APPRENTICESHIP, section === 'F' || section === 'C' || section === 'Q' ? 14 : 5],
  ];
}

const DRIVER_GROUPS = new Set(['8322', '8332', '8341', '8344']);
const TRADES_ON_THE_ROAD = new Set(['7126', '7411', '7231', '7115']);
const SIZE_WEIGHT: Record<EmployerSizeClass, number> = { MICRO: 1, SMALL: 2, MEDIUM: 4, LARGE: 6 };

/**
 * `n` vacancies of the given employers with their skills, history and outbox events, as plain
 * rows. Employers that are ACTIVE (or AGREEMENT, less often) post them, in proportion to their size.
 * Vacancy i draws from its own stream (`rng.fork('vacancy', i)`).
 */
export function generateVacancies(rng: Rng, ctx: VacancyContext, n: number): VacancyRows {
  const out: VacancyRows = { vacancies: [], skills: [], changes: [], events: [] };
  const posting = ctx.employers.filter((e) => e.stage === PipelineStage.ACTIVE || e.stage === PipelineStage.AGREEMENT);
  const employerTable = new WeightedTable(posting.length ? posting : ctx.employers, (e) => SIZE_WEIGHT[e.sizeClass] * (e.stage === PipelineStage.AGREEMENT ? 0.5 : 1));
  const postcodeByPc4 = new Map(ctx.postcodes.map((p) => [p.pc4, p]));
  const inhabited = ctx.postcodes.filter((p) => p.population > 0);
  const branchTable = inhabited.length ? new WeightedTable(inhabited, (p) => p.population) : null;
  const municipalityName = new Map(ctx.region.municipalities.map((m) => [m.code, m.displayName]));
  const occupationById = new Map(ctx.jobs.all.occupations.map((o) => [o.id, o]));
  const demandsByEmployer = new Map<string, DemandRow[]>();
  for (const d of ctx.demands ?? []) {
    if (d.status === DemandStatus.CANCELLED || !d.occupationId || !occupationById.has(d.occupationId)) continue;
    demandsByEmployer.set(d.employerId, [...(demandsByEmployer.get(d.employerId) ?? []), d]);
  }
  const employerById = new Map(ctx.employers.map((e) => [e.id, e]));
  const demo = ctx.demoEmployer;

  for (let i = 0; i < n; i++) {
    const r = rng.fork('vacancy', i);
    const forDemo = demo !== undefined && i < demo.vacancies;
    const employer = forDemo ? employerById.get(demo.employerId)! : employerTable.pick(r);
    const id = deterministicUuid(ctx.seed, 'vacancy', i);

    // A vacancy is created after the employer's move into its stage (and after the demand it answers).
    const employerDays = daysBefore(employer.updatedAt, ctx.today);
    const status = fitStatus(forDemo ? DEMO_STATUSES[i % DEMO_STATUSES.length] : pickStatus(r), employerDays);
    const demands = (demandsByEmployer.get(employer.id) ?? []).filter((d) => daysBefore(d.createdAt, ctx.today) >= CREATED_DAYS_AGO[status][0]);
    const demand = demands.length && r.chance(forDemo ? 0.5 : 0.4) ? r.pick(demands) : null;
    const occupation: OccupationSample = demand ? occupationById.get(demand.occupationId!)! : pickOccupation(r, ctx.jobs, employer.sbiSection);
    const major = occupation.iscoGroup[0];

    const creatorId = forDemo && r.chance(0.5) ? demo.userId : employer.ownerId;
    const timeline = draftTimeline(r, status, ctx.today, Math.min(employerDays, demand ? daysBefore(demand.createdAt, ctx.today) : Infinity));

    const partTimeBoost = PART_TIME_SECTORS.has(employer.sbiSection);
    const [hoursMin, hoursMax] = r.weightedEntry(HOURS.map(([min, max, w]) => [[min, max] as const, partTimeBoost && max <= 28 ? w * 2 : w] as const));
    const [low, high] = WAGE_FACTOR_BY_MAJOR[major] ?? [1.1, 1.4];
    const factor = low + (high - low) * r.next();
    const wageMinCents = monthlyWageCents(ctx.today, hoursMax, factor);
    const wageMaxCents = Math.max(wageMinCents, monthlyWageCents(ctx.today, hoursMax, factor * (1.05 + 0.2 * r.next())));

    const inclusive = employer.inclusiveEmployer;
    const openToLks = (forDemo && i % 2 === 0) || r.chance(inclusive ? 0.6 : 0.3);
    const entryLevel = major === '9' || major === '4';
    const pc = r.chance(0.85) || !branchTable ? postcodeByPc4.get(employer.postcode) : branchTable.pick(r);
    const postcode = pc?.pc4 ?? employer.postcode;
    const place = pc?.place ?? municipalityName.get(pc?.municipalityCode ?? '') ?? ctx.region.name;
    const title = jobTitle(occupation.labelNl);
    const proefplaatsPossible = r.chance(inclusive ? 0.5 : 0.25);
    const jobcarvingPossible = r.chance(entryLevel ? (inclusive ? 0.35 : 0.15) : 0.03);

    const row: VacancyRow = {
      id,
      employerId: employer.id,
      demandId: demand?.id ?? null,
      title,
      description: vacancyDescription({ title, employerName: employer.name, place, hoursMin, hoursMax, openToLks, jobcarving: jobcarvingPossible, proefplaats: proefplaatsPossible }, r.pick(DESCRIPTION_OPENERS)),
      occupationId: occupation.id,
      educationLevel: r.weightedEntry(EDUCATION_BY_MAJOR[major] ?? [[null, 1]]),
      drivingLicenceRequired: DRIVER_GROUPS.has(occupation.iscoGroup) || r.chance(TRADES_ON_THE_ROAD.has(occupation.iscoGroup) ? 0.4 : 0.05),
      hoursMin,
      hoursMax,
      contractType: r.weightedEntry(contractWeights(employer.sbiSection)),
      startDate: timeline.startDate,
      closingDate: timeline.closingDate,
      wageMinCents,
      wageMaxCents,
      postcode,
      numberOfPlaces: major === '9' && employer.sizeClass !== EmployerSizeClass.MICRO ? r.weightedEntry([[1, 6], [2, 2], [3, 1], [5, 1]] as const) : r.weightedEntry([[1, 9], [2, 1]] as const),
      openToLks,
      minLoonwaarde: openToLks ? r.weightedEntry([[null, 2], [30, 1], [40, 2], [50, 3], [60, 2], [70, 1]] as const) : null,
      proefplaatsPossible,
      jobcarvingPossible,
      beschut: major === '9' && r.chance(inclusive ? 0.08 : 0.03),
      status,
      openedAt: timeline.openedAt,
      closedAt: timeline.closedAt,
      statusReason: status === VacancyStatus.CLOSED ? r.pick(VACANCY_STATUS_REASONS.CLOSED) : null,
      createdById: creatorId,
      createdAt: timeline.createdAt,
      updatedAt: timeline.createdAt,
      version: 1,
    };
    out.vacancies.push(row);
    out.skills.push(...pickSkills(r, id, ctx.occupationSkills.get(occupation.id) ?? []));
    appendHistory(r, ctx, row, timeline, out);
  }
  if (ctx.outboxEvents === false) out.events = [];
  return out;
}

/** A subset of the occupation's real ESCO skills: 3-6 essential ones, 0-3 optional ones. */
export function pickSkills(r: Rng, vacancyId: string, relations: readonly OccupationSkillSample[]): VacancySkillRow[] {
  const essential = relations.filter((s) => s.essential);
  const optional = relations.filter((s) => !s.essential);
  return [...r.sample(essential, r.int(3, 6)), ...r.sample(optional, r.int(0, 3))].map((s) => ({ vacancyId, skillId: s.skillId, essential: s.essential }));
}

/** History rows and outbox events as the vacancy service writes them (vacancy-lifecycle.ts). */
function appendHistory(r: Rng, ctx: VacancyContext, v: VacancyRow, t: VacancyTimeline, out: VacancyRows): void {
  const changes: VacancyChangeRow[] = [];
  const events: OutboxEventRow[] = [];
  const change = (at: Date, c: Omit<VacancyChangeRow, 'id' | 'vacancyId' | 'changedAt'>) =>
    changes.push({ id: deterministicUuid(ctx.seed, 'vacancy-change', `${v.id}/${changes.length}`), vacancyId: v.id, changedAt: at, ...c });
  const event = (at: Date, type: string, extra: Record<string, unknown>) =>
    events.push({ aggregateType: 'vacancy', aggregateId: v.id, type, payload: { vacancyId: v.id, employerId: v.employerId, ...extra }, occurredAt: at, dispatchedAt: null });

  change(v.createdAt, { kind: VacancyChangeKind.CREATED, fromStatus: null, toStatus: VacancyStatus.DRAFT, changes: {}, reason: null, changedById: v.createdById });
  if (v.openedAt) {
    change(v.openedAt, { kind: VacancyChangeKind.STATUS, fromStatus: VacancyStatus.DRAFT, toStatus: VacancyStatus.OPEN, changes: {}, reason: null, changedById: v.createdById });
    event(v.openedAt, 'vacancy.opened', { fromStatus: VacancyStatus.DRAFT });
  }
  // Some OPEN vacancies were edited after publishing: a later closing date, or more hours.
  const daysOpen = v.openedAt ? daysBefore(v.openedAt, ctx.today) : 0;
  if (v.status === VacancyStatus.OPEN && v.openedAt && daysOpen >= 2 && r.chance(0.15)) {
    const at = dutchTime(addDays(ctx.today, -r.int(1, daysOpen - 1)), officeMinute(r));
    if (v.hoursMax - 4 >= v.hoursMin && r.chance(0.5)) {
      change(at, { kind: VacancyChangeKind.UPDATED, fromStatus: null, toStatus: null, changes: { hoursMax: { from: v.hoursMax - 4, to: v.hoursMax } }, reason: null, changedById: v.createdById });
      event(at, 'vacancy.changed', { changedFields: ['hours'] });
    } else if (v.closingDate) {
      change(at, { kind: VacancyChangeKind.UPDATED, fromStatus: null, toStatus: null, changes: { closingDate: { from: addDays(v.closingDate, -r.int(7, 21)), to: v.closingDate } }, reason: null, changedById: v.createdById });
    }
  }
  if (v.closedAt) {
    const by = v.status === VacancyStatus.CLOSED ? v.createdById : null; // FILLED (placements) and EXPIRED (worker) are system moves
    change(v.closedAt, { kind: VacancyChangeKind.STATUS, fromStatus: VacancyStatus.OPEN, toStatus: v.status, changes: {}, reason: v.statusReason, changedById: by });
    event(v.closedAt, `vacancy.${v.status.toLowerCase()}`, { fromStatus: VacancyStatus.OPEN });
  }
  const last = changes[changes.length - 1].changedAt;
  v.updatedAt = last;
  // Inserted at version 1; every later change was one UPDATE.
  v.version = changes.length;
  out.changes.push(...changes);
  out.events.push(...events);
}
