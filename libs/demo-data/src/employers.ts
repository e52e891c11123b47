import { DemandStatus, EmployerSizeClass, PipelineStage, PsoLevel } from '@wsp/acquisition';
import { OwnerRef } from './accounts';
import { capitalise, companyName, personName, slug } from './catalog/names';
import { SECTORS, SectorProfile, SIZE_CLASSES, sectorBySection } from './catalog/sectors';
import { CONTACT_JOB_TITLES, DEMAND_NOTES, EMPLOYER_NOTES } from './catalog/texts';
import { ensureDueMix, generateEmployerHistory } from './employer-history';
import { JobPool, pickOccupation } from './jobs';
import { deterministicUuid, Rng, Seed, WeightedTable } from './random';
import { PostcodeSample } from './reference';
import { RegionDefinition } from './region';
import { AcquisitionRows, DemandRow, EmployerContactRow } from './rows';
import { addDays, addMinutes, dutchTime, isoDateOf, officeMinute } from './time';

export interface EmployerContext {
  /** Seed for the ids (use the same one as for the Rng). */
  seed: Seed;
  region: RegionDefinition;
  /** The region's PC4 areas; picked by population. */
  postcodes: readonly PostcodeSample[];
  /** Accountmanagers; an employer is owned by the one whose territory holds its municipality. */
  owners: readonly OwnerRef[];
  jobs: JobPool;
  /** Reference date: everything generated happened before it, due dates lie around it. */
  today: string;
  /** Makes employer 0 the demo employer of the EMPLOYER login (ACTIVE, owned by owners[0]). */
  withDemoEmployer?: boolean;
}

const STAGES: readonly (readonly [PipelineStage, number])[] = [
  [PipelineStage.PROSPECT, 18], [PipelineStage.CONTACTED, 17], [PipelineStage.MEETING, 13],
  [PipelineStage.AGREEMENT, 12], [PipelineStage.ACTIVE, 32], [PipelineStage.LOST, 8],
];

const PSO_LEVELS: readonly (readonly [PsoLevel, number])[] = [
  [PsoLevel.AANLOOPTREDE, 2], [PsoLevel.TREDE_1, 3], [PsoLevel.TREDE_2, 2], [PsoLevel.TREDE_3, 1], [PsoLevel.PSO_30_PLUS, 1],
];

const DEMAND_STATUSES: readonly (readonly [DemandStatus, number])[] = [
  [DemandStatus.OPEN, 45], [DemandStatus.IN_PROGRESS, 30], [DemandStatus.FULFILLED, 15], [DemandStatus.CANCELLED, 10],
];

export const employerId = (seed: Seed, index: number): string => deterministicUuid(seed, 'employer', index);

/** PC4 tables per sector: population × the sector's municipality affinity. */
function postcodeTables(postcodes: readonly PostcodeSample[]): Map<string, WeightedTable<PostcodeSample>> {
  const inhabited = postcodes.filter((p) => p.population > 0);
  if (inhabited.length === 0) throw new Error('no inhabited postcode in the region');
  const tables = new Map<string, WeightedTable<PostcodeSample>>();
  for (const sector of SECTORS) {
    tables.set(sector.section, new WeightedTable(inhabited, (p) => p.population * (sector.municipalityAffinity?.[p.municipalityCode] ?? 1)));
  }
  return tables;
}

/** Unique 8-digit KvK numbers: older Haaglanden registrations start with 27, newer ones (since 2012) are national. */
function kvkNumber(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const kvk = rng.chance(0.35) ? `27${rng.int(0, 999_999).toString().padStart(6, '0')}` : String(rng.int(50_000_000, 99_999_999));
    if (!taken.has(kvk)) {
      taken.add(kvk);
      return kvk;
    }
  }
}

function uniqueName(rng: Rng, sector: SectorProfile, place: string, taken: Set<string>): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const name = companyName(rng, rng.pick(sector.names), place);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  for (let n = 2; ; n++) {
    const name = `${companyName(rng, rng.pick(sector.names), place)} ${n}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

function phoneNumber(rng: Rng, areaCode: string): string | null {
  const kind = rng.weightedEntry([['landline', 5], ['mobile', 3], ['none', 2]] as const);
  if (kind === 'none') return null;
  if (kind === 'mobile') return `06-${rng.int(10_000_000, 99_999_999)}`;
  const digits = 10 - areaCode.length;
  return `${areaCode}-${rng.int(2 * 10 ** (digits - 1), 10 ** digits - 1)}`;
}

/**
 * `n` employers of the region with their contacts, stage history, contact moments and demands,
 * as plain rows. Each employer draws from its own stream (`rng.fork('employer', i)`), so employer
 * i is the same whatever `n` is.
 */
export function generateEmployers(rng: Rng, ctx: EmployerContext, n: number): AcquisitionRows {
  const out: AcquisitionRows = { employers: [], contacts: [], stageChanges: [], contactMoments: [], demands: [] };
  const tables = postcodeTables(ctx.postcodes);
  const municipalities = new Map(ctx.region.municipalities.map((m) => [m.code, m]));
  const kvkTaken = new Set<string>();
  const namesTaken = new Set<string>();
  const demoOwner = ctx.owners[0];
  // The demo employer lies in the demo accountmanager's territory (when the sample has any of it).
  const inTerritory = ctx.postcodes.filter((p) => p.population > 0 && demoOwner.municipalityCodes.includes(p.municipalityCode));
  const demoTable = inTerritory.length ? new WeightedTable(inTerritory, (p) => p.population) : tables.get('I')!;

  for (let i = 0; i < n; i++) {
    const r = rng.fork('employer', i);
    const demo = ctx.withDemoEmployer === true && i === 0;
    const id = employerId(ctx.seed, i);
    const sector = demo ? sectorBySection('I') : r.weighted(SECTORS, SECTORS.map((s) => s.weight));
    const postcode = (demo ? demoTable : tables.get(sector.section)!).pick(r);
    const municipality = municipalities.get(postcode.municipalityCode);
    const place = postcode.place ?? municipality?.displayName ?? ctx.region.name;
    const owner = demo ? demoOwner : ctx.owners.find((o) => o.municipalityCodes.includes(postcode.municipalityCode)) ?? ctx.owners[i % ctx.owners.length];
    const stage = demo ? PipelineStage.ACTIVE : r.weightedEntry(STAGES);
    const sizeClass = demo ? EmployerSizeClass.MEDIUM : r.weighted(SIZE_CLASSES, sector.sizeWeights);
    const name = uniqueName(r, sector, place, namesTaken);
    const domain = `${slug(name)}.example`;

    const inclusiveChance = stage === PipelineStage.ACTIVE ? 0.4 : stage === PipelineStage.AGREEMENT ? 0.3 : 0.08;
    const inclusiveEmployer = demo || r.chance(inclusiveChance);
    const hasPso = demo || (inclusiveEmployer && sizeClass !== EmployerSizeClass.MICRO && r.chance(0.2));
    const psoLevel = demo ? PsoLevel.TREDE_1 : hasPso ? r.weightedEntry(PSO_LEVELS) : null;

    const contacts: EmployerContactRow[] = [];
    const contactCount = stage === PipelineStage.PROSPECT ? r.int(0, 1) : r.int(1, 3);
    for (let k = 0; k < contactCount; k++) {
      const person = personName(r);
      contacts.push({
        id: deterministicUuid(ctx.seed, 'employer-contact', `${i}/${k}`),
        employerId: id,
        name: person.full,
        jobTitle: sizeClass === EmployerSizeClass.MICRO && k === 0 ? 'Eigenaar' : r.pick(CONTACT_JOB_TITLES),
        email: r.chance(0.85) ? `${slug(person.first)}.${slug(person.last)}@${domain}` : null,
        phone: phoneNumber(r, municipality?.areaCode ?? '070'),
        isPrimary: k === 0,
        createdAt: new Date(0), // set below, once the history is known
        updatedAt: new Date(0),
      });
    }

    const history = generateEmployerHistory(r.fork('history'), {
      seed: ctx.seed, employerId: id, ownerId: owner.id, today: ctx.today, final: stage, contactIds: contacts.map((c) => c.id),
      minDaysInStage: demo ? 180 : undefined,
    });
    for (const c of contacts) {
      // Added within days of the employer, but not today (everything generated lies before today).
      const at = addMinutes(history.createdAt, r.int(1, 60 * 24 * 3));
      c.createdAt = isoDateOf(at) < ctx.today ? at : addMinutes(history.createdAt, 1);
      c.updatedAt = c.createdAt;
    }

    out.employers.push({
      id,
      name,
      kvkNumber: kvkNumber(r, kvkTaken),
      sbiSection: sector.section,
      sizeClass,
      postcode: postcode.pc4,
      ownerId: owner.id,
      stage,
      lostReason: history.lostReason,
      inclusiveEmployer,
      psoLevel,
      psoExpiresOn: psoLevel ? addDays(ctx.today, r.int(60, 1000)) : null,
      website: r.chance(0.6) ? `https://www.${domain}` : null,
      notes: r.chance(0.25) ? r.pick(EMPLOYER_NOTES) : null,
      createdAt: history.createdAt,
      updatedAt: history.updatedAt,
      // One insert and one update per later stage change.
      version: history.stageChanges.length,
    });
    out.contacts.push(...contacts);
    out.stageChanges.push(...history.stageChanges);
    out.contactMoments.push(...history.contactMoments);

    if (stage === PipelineStage.ACTIVE || stage === PipelineStage.AGREEMENT) {
      const demandCount = demo ? 2 : r.chance(0.3) ? r.int(1, 2) : 0;
      for (let k = 0; k < demandCount; k++) {
        out.demands.push(generateDemand(r, ctx, { id, section: sector.section, ownerId: owner.id, index: `${i}/${k}`, lastChangeDaysAgo: history.lastChangeDaysAgo, demo: demo && k === 0 }));
      }
    }
  }
  for (const owner of ctx.owners) ensureDueMix(out.contactMoments, owner.id, ctx.today);
  return out;
}

function generateDemand(
  r: Rng,
  ctx: EmployerContext,
  e: { id: string; section: string; ownerId: string; index: string; lastChangeDaysAgo: number; demo: boolean },
): DemandRow {
  const occupation = pickOccupation(r, ctx.jobs, e.section);
  const people = r.weightedEntry([[1, 4], [2, 4], [3, 3], [4, 2], [5, 1], [8, 1], [10, 1]] as const);
  const status = e.demo ? DemandStatus.IN_PROGRESS : r.weightedEntry(DEMAND_STATUSES);
  const createdDaysAgo = r.int(1, Math.max(1, Math.min(e.lastChangeDaysAgo, 90)));
  const createdAt = dutchTime(addDays(ctx.today, -createdDaysAgo), officeMinute(r));
  const startFrom = status === DemandStatus.FULFILLED ? addDays(ctx.today, -r.int(1, createdDaysAgo)) : addDays(ctx.today, r.int(-14, 90));
  const touched = status !== DemandStatus.OPEN && createdDaysAgo > 1;
  return {
    id: deterministicUuid(ctx.seed, 'employer-demand', `${e.id}/${e.index}`),
    employerId: e.id,
    title: `${capitalise(occupation.labelNl)} (${people} ${people === 1 ? 'persoon' : 'personen'})`,
    occupationId: occupation.id,
    numberOfPeople: people,
    startFrom,
    status,
    notes: r.chance(0.6) ? r.pick(DEMAND_NOTES) : null,
    createdById: e.ownerId,
    createdAt,
    updatedAt: touched ? dutchTime(addDays(ctx.today, -r.int(1, createdDaysAgo - 1)), officeMinute(r)) : createdAt,
    version: touched ? 2 : 1,
  };
}
