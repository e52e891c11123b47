import { PipelineStage } from '@wsp/acquisition';
import { BenefitType, formatPseudonym, hashBsn, LksStatus, MobilityMode } from '@wsp/candidates';
import { EducationLevel } from '@wsp/common';
import { ageWeights, dateOfBirthFor, drawAge } from './ages';
import { fictionalBsn } from './bsn';
import { generateCandidateHistory } from './candidate-records';
import { applyDemoScenarios, DemoScenario } from './candidate-demo';
import { identityConsent, pickCandidateSkills, splitSkills } from './candidate-links';
import { CaseworkerPlan } from './caseload';
import { LONGER_TRAVEL_REASONS, SHORTER_TRAVEL_REASONS } from './catalog/candidate-texts';
import { candidateName, personalEmail } from './catalog/person-names';
import { JobPool } from './jobs';
import { deterministicUuid, Rng, Seed, WeightedTable } from './random';
import { OccupationSkillSample, PostcodeSample } from './reference';
import { RegionDefinition } from './region';
import { CandidateRow, CandidateRows, CandidateSkillRow, EmployerRow } from './rows';
import { addDays, dutchTime, officeMinute } from './time';

export interface CandidateContext {
  /** Seed for the ids (use the same one as for the Rng). */
  seed: Seed;
  /** Reference date: histories lie before it, availability and reassessments around it. */
  today: string;
  region: RegionDefinition;
  /** The region's PC4 areas: homes are picked by population. */
  postcodes: readonly PostcodeSample[];
  /** Population per age band (ages.ts) by PC4; the national distribution where missing. */
  ageBands?: ReadonlyMap<string, readonly number[]>;
  /** The vacancies' occupation pool: wished occupations come from it, so matches exist. */
  jobs: JobPool;
  /** Real ESCO relations per occupation: a candidate's skills are a subset of those of its wished occupations. */
  occupationSkills: ReadonlyMap<string, readonly OccupationSkillSample[]>;
  caseworkers: CaseworkerPlan;
  /** HMAC key of the BSN hashes: the one the application runs with (development default). */
  bsnHmacKey: string;
  /** Pseudonyms to use, in order (from `allocatePseudonyms`); default K-000001, K-000002, ... */
  pseudonyms?: readonly string[];
  /** Employers for the occasional identity consent (ACTIVE ones are used). */
  employers?: readonly EmployerRow[];
  /** The demo logins' scenarios: introductions at the demo employer, reassessments due. */
  demo?: DemoScenario;
  /** Write the outbox events the candidate services would have written (default true). */
  outboxEvents?: boolean;
}

/** A fixed weighted choice (weights computed once: the generator draws from it 100,000s of times). */
class Choice<T> {
  private readonly items: T[];
  private readonly weights: number[];

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map((e) => e[0]);
    this.weights = entries.map((e) => e[1]);
  }

  pick(r: Rng): T {
    return this.items[r.weightedIndex(this.weights)];
  }
}

const EDUCATION = new Choice<EducationLevel | null>([
  [null, 3], [EducationLevel.NONE, 6], [EducationLevel.PRIMARY, 6], [EducationLevel.VSO_PRO, 9], [EducationLevel.VMBO, 22],
  [EducationLevel.MBO_1, 14], [EducationLevel.MBO_2, 16], [EducationLevel.MBO_3, 8], [EducationLevel.MBO_4, 6], [EducationLevel.HAVO, 3],
  [EducationLevel.VWO, 1], [EducationLevel.HBO, 4], [EducationLevel.WO, 2],
]);
/** Wajong and beschut: mostly praktijk- or speciaal onderwijs. */
const EDUCATION_SUPPORTED = new Choice<EducationLevel | null>([
  [EducationLevel.VSO_PRO, 10], [EducationLevel.PRIMARY, 3], [EducationLevel.NONE, 2], [EducationLevel.VMBO, 4], [EducationLevel.MBO_1, 3], [EducationLevel.MBO_2, 2],
]);

/** Hours a week [min, max, weight]: a Participatiewet caseload looks mostly for part-time work. */
const HOURS: readonly (readonly [number, number, number])[] = [
  [4, 12, 1], [8, 16, 3], [12, 20, 4], [16, 24, 5], [20, 28, 4], [24, 32, 4], [16, 32, 3], [24, 36, 3], [32, 36, 3], [32, 40, 3], [36, 40, 3],
];

const HOURS_NORMAL = new Choice(HOURS.map(([min, max, w]) => [[min, max] as const, w] as const));
/** Candidates with a limited capacity (low loonwaarde, beschut, ZORG) mostly look for few hours. */
const HOURS_LIMITED = new Choice(HOURS.map(([min, max, w]) => [[min, max] as const, max <= 24 ? w * 3 : w * 0.3] as const));

/** One-way travel limits: the default 90 minutes for most, shorter ones (with a reason) when limited. */
const TRAVEL_LIMITED = new Choice([[90, 50], [60, 20], [45, 15], [30, 15]]);
const TRAVEL_BY_CAR = new Choice([[90, 74], [60, 12], [45, 7], [30, 5], [120, 4]]);
const TRAVEL = new Choice([[90, 74], [60, 12], [45, 7], [30, 5], [120, 1]]);

const OCCUPATION_COUNT = new Choice([[1, 5], [2, 4], [3, 2]]);

/** Latest loonwaarde bands: many 30–80 %, some above 80 %, some below 20 %. */
const LOONWAARDE_BANDS = new Choice<readonly [number, number]>([[[0, 19], 8], [[20, 29], 10], [[30, 80], 62], [[81, 99], 12], [[100, 100], 8]]);

/** Chance that a candidate with this benefit has a loonwaarde assessment. */
const ASSESSED: Readonly<Record<BenefitType, number>> = {
  [BenefitType.PARTICIPATIEWET]: 0.72, [BenefitType.WAJONG]: 0.9, [BenefitType.WIA]: 0.6, [BenefitType.WW]: 0.3, [BenefitType.WSW]: 0.9, [BenefitType.NONE]: 0.55,
};

/** Benefits by age: Wajong mostly for the young (early disability), WW and WIA after some years of work. */
const BENEFITS_BY_AGE = Array.from({ length: 100 }, (_, age) =>
  new Choice([
    [BenefitType.PARTICIPATIEWET, 78],
    [BenefitType.WW, age >= 23 ? 7 : 1],
    [BenefitType.WIA, age >= 30 ? 4 : 0],
    [BenefitType.WAJONG, age <= 30 ? 14 : age <= 45 ? 5 : 2],
    [BenefitType.NONE, 5],
  ] as const),
);

function mobilityOf(r: Rng, licence: boolean, limited: boolean): MobilityMode[] {
  const modes: MobilityMode[] = [];
  if (licence && r.chance(0.55)) modes.push(MobilityMode.CAR);
  if (r.chance(limited ? 0.4 : 0.65)) modes.push(MobilityMode.BIKE);
  if (r.chance(0.7)) modes.push(MobilityMode.PUBLIC_TRANSPORT);
  if (r.chance(0.3)) modes.push(MobilityMode.WALK);
  return modes.length ? modes : [r.chance(0.7) ? MobilityMode.PUBLIC_TRANSPORT : MobilityMode.WALK];
}

/** Distinct wished occupations (1–3) from the vacancies' pool, by the pool's weights. */
function wishedOccupations(r: Rng, jobs: JobPool): string[] {
  const count = OCCUPATION_COUNT.pick(r);
  const ids: string[] = [];
  for (let attempt = 0; attempt < 10 && ids.length < count; attempt++) {
    const id = r.weighted(jobs.all.occupations, jobs.all.weights).id;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Unique client numbers of the municipality's client system: the GM number, a dash and seven digits. */
function externalRef(r: Rng, municipalityCode: string, taken: Set<string>): string {
  for (;;) {
    const ref = `${municipalityCode.replace(/^GM/, '')}-${r.int(1_000_000, 9_999_999)}`;
    if (!taken.has(ref)) {
      taken.add(ref);
      return ref;
    }
  }
}

/**
 * `n` candidates of a WSP caseload under the Participatiewet with their wished occupations,
 * skills, loonwaarde history, consents and outbox events, as plain rows. Candidate i draws from
 * its own streams (`rng.fork('candidate', i)`); BSNs and client numbers are checked for
 * uniqueness in order.
 */
export function generateCandidates(rng: Rng, ctx: CandidateContext, n: number): CandidateRows {
  const out: CandidateRows = { candidates: [], occupations: [], skills: [], assessments: [], matchingConsents: [], identityConsents: [], events: [] };
  const inhabited = ctx.postcodes.filter((p) => p.population > 0);
  if (n > 0 && inhabited.length === 0) throw new Error('no inhabited postcode in the region');
  if (ctx.pseudonyms && ctx.pseudonyms.length < n) throw new Error(`${n} candidates need ${n} pseudonyms`);
  const homes = n > 0 ? new WeightedTable(inhabited, (p) => p.population) : null;
  const regionCodes = ctx.region.municipalities.map((m) => m.code);
  const split = splitSkills(ctx.occupationSkills);
  const bsnTaken = new Set<string>();
  const refsTaken = new Set<string>();
  const weightsByPc4 = new Map<string, number[]>();
  const skillsByCandidate: CandidateSkillRow[][] = [];
  const occupationsByCandidate: string[][] = [];
  const activeEmployers = (ctx.employers ?? []).filter((e) => e.stage === PipelineStage.ACTIVE && e.id !== ctx.demo?.employerId);
  const { caseworkers } = ctx;

  for (let i = 0; i < n; i++) {
    const r = rng.fork('candidate', i);
    const id = deterministicUuid(ctx.seed, 'candidate', i);
    const home = homes!.pick(r);
    let weights = weightsByPc4.get(home.pc4);
    if (!weights) weightsByPc4.set(home.pc4, (weights = ageWeights(ctx.ageBands?.get(home.pc4))));
    const age = drawAge(r, weights);
    const female = r.chance(0.52);
    const name = candidateName(r, female ? 'F' : 'M');
    const dateOfBirth = dateOfBirthFor(r, age, ctx.today);

    const benefitType = BENEFITS_BY_AGE[age].pick(r);
    const assessed = r.chance(ASSESSED[benefitType]);
    const band = assessed ? LOONWAARDE_BANDS.pick(r) : null;
    const loonwaarde = band ? r.int(band[0], band[1]) : null;
    // Participatiewet art. 10d: loonkostensubsidie below 100 %; without doorgroeipotentieel more often at a low loonwaarde.
    let lksStatus = LksStatus.NONE;
    if (loonwaarde !== null && loonwaarde < 100 && r.chance(0.9)) {
      lksStatus = r.chance(loonwaarde < 40 ? 0.6 : loonwaarde <= 80 ? 0.3 : 0.1) ? LksStatus.LKS_ZDP : LksStatus.LKS_MDP;
    }
    const zorg = loonwaarde === null ? r.chance(0.07) : loonwaarde < 20 && r.chance(0.15);
    // Participatiewet art. 10b: beschut werk for those who can only work in a sheltered setting.
    const beschutIndication = !zorg && loonwaarde !== null && loonwaarde < 20 && r.chance(0.55);
    const doelgroepregister = r.chance(benefitType === BenefitType.WAJONG ? 0.85 : loonwaarde !== null && loonwaarde < 100 ? 0.35 : 0.03);
    const limited = zorg || beschutIndication || (loonwaarde !== null && loonwaarde < 50);

    const educationLevel = (benefitType === BenefitType.WAJONG || beschutIndication ? EDUCATION_SUPPORTED : EDUCATION).pick(r);
    const drivingLicence = r.chance(age < 21 ? 0.15 : zorg || beschutIndication ? 0.12 : 0.38);
    const mobility = mobilityOf(r, drivingLicence, limited);
    const travel = (limited ? TRAVEL_LIMITED : mobility.includes(MobilityMode.CAR) ? TRAVEL_BY_CAR : TRAVEL).pick(r);
    const maxTravelReason = travel < 90 ? r.pick(SHORTER_TRAVEL_REASONS) : travel > 90 ? r.pick(LONGER_TRAVEL_REASONS) : null;
    const [hoursMin, hoursMax] = (limited ? HOURS_LIMITED : HOURS_NORMAL).pick(r);

    // Spread over the past six years, more of them recent (about 30 % under a year, 40 % over three).
    const waitingDays = 1 + Math.floor(r.next() ** 1.4 * (6 * 365 - 2));
    const waitingSince = addDays(ctx.today, -waitingDays);
    const createdDate = [addDays(waitingSince, r.int(0, 21)), addDays(ctx.today, -1)].sort()[0];
    const createdAt = dutchTime(createdDate, officeMinute(r));
    const availableFrom = r.chance(0.72) ? addDays(ctx.today, -r.int(0, 365)) : addDays(ctx.today, r.int(1, 90));
    const active = !r.chance(0.02);

    const municipalityConsultants = caseworkers.consultantsByMunicipality.get(home.municipalityCode);
    const consultantId = r.pick(municipalityConsultants?.length ? municipalityConsultants : caseworkers.consultants);
    const coachChance = beschutIndication ? 0.5 : loonwaarde !== null && loonwaarde < 100 ? 0.35 : 0.1;
    const jobCoachId = r.chance(coachChance) ? r.pick(caseworkers.jobCoaches) : null;

    const occupationIds = wishedOccupations(r, ctx.jobs);
    const skillsKnown = r.chance(0.9);
    const skills = skillsKnown ? pickCandidateSkills(rng.fork('candidate', i, 'skills'), id, occupationIds, split) : [];
    const bsn = fictionalBsn(r, bsnTaken);

    const consentDraw = r.next();
    const consent = !active
      ? consentDraw < 0.5 ? 'REVOKED' : 'NONE'
      : consentDraw < 0.74 ? 'ACTIVE' : consentDraw < 0.8 ? 'RENEWED' : consentDraw < 0.84 ? 'REVOKED' : 'NONE';
    const history = generateCandidateHistory(r.fork('history'), {
      seed: ctx.seed, today: ctx.today, candidateId: id, consultantId, createdAt, createdDate, loonwaarde, lksStatus, consent,
      municipalityCode: home.municipalityCode, regionCodes,
    });

    const row: CandidateRow = {
      id,
      pseudonym: ctx.pseudonyms ? ctx.pseudonyms[i] : formatPseudonym(i + 1),
      externalRef: r.chance(0.95) ? externalRef(r, home.municipalityCode, refsTaken) : null,
      firstName: name.first,
      lastName: name.last,
      email: r.chance(0.8) ? personalEmail(r, name, Number(dateOfBirth.slice(0, 4))) : null,
      phone: r.chance(0.9) ? `06-${r.int(10_000_000, 99_999_999)}` : null,
      dateOfBirth,
      bsnHash: r.chance(0.97) ? hashBsn(bsn, ctx.bsnHmacKey) : null,
      homePostcode: home.pc4,
      mobility,
      maxTravelMinutes: travel,
      maxTravelReason,
      hoursMin,
      hoursMax,
      availableFrom,
      educationLevel,
      drivingLicence,
      skillsKnown,
      consultantId,
      jobCoachId,
      currentLoonwaarde: history.currentLoonwaarde,
      zorg,
      lksStatus,
      beschutIndication,
      doelgroepregister,
      benefitType,
      active,
      waitingSince,
      visibleForMatching: history.visibleForMatching,
      createdAt,
      updatedAt: history.updatedAt,
      version: history.version,
    };
    out.candidates.push(row);
    occupationsByCandidate.push(occupationIds);
    skillsByCandidate.push(skills);
    out.assessments.push(...history.assessments);
    out.matchingConsents.push(...history.matchingConsents);
    out.events.push(...history.events);

    // Now and then an identity consent for an employer the candidate was introduced to.
    if (row.visibleForMatching && activeEmployers.length && r.chance(0.01)) {
      out.identityConsents.push(identityConsent(r, ctx, row, r.pick(activeEmployers).id, out.identityConsents.length));
    }
  }

  if (ctx.demo) {
    applyDemoScenarios(rng.fork('demo'), ctx, ctx.demo, { rows: out, occupationsByCandidate, skillsByCandidate, split });
  }
  out.candidates.forEach((c, i) => {
    for (const occupationId of occupationsByCandidate[i]) out.occupations.push({ candidateId: c.id, occupationId });
    for (const s of skillsByCandidate[i]) out.skills.push(s);
  });
  if (ctx.outboxEvents === false) out.events = [];
  return out;
}
