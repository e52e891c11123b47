import { HoursRange } from './constraints';
import { isoDaysBetween } from './effective';
import { CandidateProfile, Doelgroep, VacancyProfile, educationRank } from './model';
import { MatchingParameters, TravelDecay } from './parameters';
import { ModeTravel, displayMinutes, modePhrase } from './travel';

/** What a soft component sees: an eligible candidate (travel known and within limit, hours overlap). */
export interface ComponentContext {
  vacancy: VacancyProfile;
  candidate: CandidateProfile;
  params: MatchingParameters;
  referenceDate: string;
  doelgroep: Doelgroep | null;
  travel: ModeTravel;
  travelLimitMinutes: number;
  hours: HoursRange;
}

export interface ComponentEvaluation {
  /** 0–1; missing data gives 0, never a guess. */
  value: number;
  /** Dutch note for the consultant. */
  note: string;
  /** Dutch phrase fit for the employer sentence (no personal data), or null to leave it out. */
  phrase: string | null;
}

/**
 * A soft score component. The list is open: add one (e.g. the SROI slot) and give it a weight in
 * MatchingParameters.weights; the order of the list is the order in explanations.
 */
export interface ScoreComponent {
  key: string;
  /** Dutch label. */
  label: string;
  evaluate(ctx: ComponentContext): ComponentEvaluation;
  /**
   * Optional: exactly `evaluate(ctx).value`, without building the Dutch text. Callers that need
   * many values and few explanations (the pipeline's branch and bound) use it; see componentValue.
   */
  value?(ctx: ComponentContext): number;
}

/** The component's value for a pair: its `value` when it has one, else that of `evaluate`. */
export function componentValue(component: ScoreComponent, ctx: ComponentContext): number {
  return component.value !== undefined ? component.value(ctx) : component.evaluate(ctx).value;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** A vacancy's skills indexed once: position < essentialCount is essential, the rest optional (not also essential). */
interface VacancySkills {
  essentialIds: readonly string[];
  optionalIds: readonly string[];
  position: Map<string, number>;
  essentialCount: number;
  optionalCount: number;
}

/** Per vacancy profile, valid as long as it holds the same skill arrays (profiles are not edited in place). */
const vacancySkillsCache = new WeakMap<VacancyProfile, VacancySkills>();

function vacancySkills(vacancy: VacancyProfile): VacancySkills {
  const cached = vacancySkillsCache.get(vacancy);
  if (cached !== undefined && cached.essentialIds === vacancy.essentialSkillIds && cached.optionalIds === vacancy.optionalSkillIds) return cached;
  const position = new Map<string, number>();
  for (const id of vacancy.essentialSkillIds) if (!position.has(id)) position.set(id, position.size);
  const essentialCount = position.size;
  for (const id of vacancy.optionalSkillIds) if (!position.has(id)) position.set(id, position.size);
  const built = { essentialIds: vacancy.essentialSkillIds, optionalIds: vacancy.optionalSkillIds, position, essentialCount, optionalCount: position.size - essentialCount };
  vacancySkillsCache.set(vacancy, built);
  return built;
}

/** Distinct essential and optional skills of the vacancy the candidate has, without allocating per pair (up to 32 skills). */
function matchedSkills(vs: VacancySkills, skillIds: readonly string[]): { essential: number; optional: number } {
  const n = vs.position.size;
  const seen = n <= 32 ? null : new Uint8Array(n);
  let mask = 0;
  let essential = 0;
  let optional = 0;
  for (const id of skillIds) {
    const i = vs.position.get(id);
    if (i === undefined) continue;
    if (seen === null) {
      const bit = 1 << i;
      if ((mask & bit) !== 0) continue;
      mask |= bit;
    } else {
      if (seen[i] === 1) continue;
      seen[i] = 1;
    }
    if (i < vs.essentialCount) essential++;
    else optional++;
  }
  return { essential, optional };
}

function skillsValue(vs: VacancySkills, matched: { essential: number; optional: number }, params: MatchingParameters): number {
  const { essentialWeight: we, optionalWeight: wo } = params.skills;
  return clamp01((we * matched.essential + wo * matched.optional) / (we * vs.essentialCount + wo * vs.optionalCount));
}

/** ESCO skills: matched essential skills count `essentialWeight`, optional ones `optionalWeight` (default 2:1). */
export const skillsComponent: ScoreComponent = {
  key: 'skills',
  label: 'Vaardigheden',
  evaluate({ vacancy, candidate, params }) {
    const vs = vacancySkills(vacancy);
    if (candidate.skillIds === null) return { value: 0, note: 'Vaardigheden onbekend.', phrase: 'vaardigheden onbekend' };
    if (vs.position.size === 0) {
      return { value: 0, note: 'De vacature noemt geen vaardigheden.', phrase: null };
    }
    const m = matchedSkills(vs, candidate.skillIds);
    const phrase =
      vs.essentialCount > 0 ? `${m.essential} van ${vs.essentialCount} essentiële vaardigheden` : `${m.optional} van ${vs.optionalCount} gewenste vaardigheden`;
    return {
      value: skillsValue(vs, m, params),
      note: `${m.essential} van ${vs.essentialCount} essentiële en ${m.optional} van ${vs.optionalCount} optionele vaardigheden.`,
      phrase,
    };
  },
  value({ vacancy, candidate, params }) {
    const vs = vacancySkills(vacancy);
    if (candidate.skillIds === null || vs.position.size === 0) return 0;
    return skillsValue(vs, matchedSkills(vs, candidate.skillIds), params);
  },
};

/** Relatedness of the best wished occupation (0 when none): same ESCO occupation, ISCO unit group (4 digits), minor group (3). */
function occupationRelatedness({ vacancy, candidate, params }: ComponentContext): number {
  const target = vacancy.occupation;
  const p = params.occupation;
  let best = 0;
  for (const wish of candidate.wishedOccupations) {
    let v = 0;
    if (wish.id === target.id) v = p.sameOccupation;
    else if (isIsco(wish.iscoGroup) && wish.iscoGroup === target.iscoGroup) v = p.sameUnitGroup;
    else if (isIsco(wish.iscoGroup) && isIsco(target.iscoGroup) && wish.iscoGroup.slice(0, 3) === target.iscoGroup.slice(0, 3)) {
      v = p.sameMinorGroup;
    }
    best = Math.max(best, v);
  }
  return best;
}

/** Best relatedness of a wished occupation: same ESCO occupation, same ISCO unit group (4 digits), minor group (3). */
export const occupationComponent: ScoreComponent = {
  key: 'occupation',
  label: 'Beroepswens',
  evaluate(ctx) {
    if (ctx.candidate.wishedOccupations.length === 0) return { value: 0, note: 'Geen beroepswens bekend.', phrase: null };
    const p = ctx.params.occupation;
    const best = occupationRelatedness(ctx);
    if (best === 0) return { value: 0, note: 'Beroepswens wijkt af van dit beroep.', phrase: null };
    if (best >= p.sameOccupation) return { value: clamp01(best), note: 'Beroepswens is precies dit beroep.', phrase: 'beroepswens komt overeen' };
    if (best >= p.sameUnitGroup) {
      return { value: clamp01(best), note: 'Beroepswens in dezelfde beroepsgroep (ISCO 4 cijfers).', phrase: 'verwante beroepswens' };
    }
    return { value: clamp01(best), note: 'Beroepswens in een verwante beroepsgroep (ISCO 3 cijfers).', phrase: 'beroepswens in een verwant vakgebied' };
  },
  value: (ctx) => clamp01(occupationRelatedness(ctx)),
};

function isIsco(group: string): boolean {
  return group.length === 4 && /^\d{4}$/.test(group);
}

/** Value of a trip of `fraction` = minutes / limit (0..1): 1 at home, 0 at the limit. Non-increasing. */
export function travelDecay(fraction: number, decay: TravelDecay): number {
  const x = clamp01(fraction);
  if (decay.kind === 'LINEAR' || decay.steepness <= 0) return 1 - x;
  const s = decay.steepness;
  return clamp01((Math.exp(-s * x) - Math.exp(-s)) / (1 - Math.exp(-s)));
}

export const travelComponent: ScoreComponent = {
  key: 'travel',
  label: 'Reistijd',
  evaluate(ctx) {
    const { travel, travelLimitMinutes } = ctx;
    const shown = displayMinutes(travel.minutes);
    return {
      value: travelComponent.value!(ctx),
      note: `Ongeveer ${shown} minuten ${modePhrase(travel.mode)} (schatting), maximaal ${travelLimitMinutes} minuten.`,
      phrase: `ongeveer ${shown} minuten reistijd ${modePhrase(travel.mode)} (schatting)`,
    };
  },
  value: ({ travel, travelLimitMinutes, params }) => travelDecay(travel.minutes / travelLimitMinutes, params.travel.decay),
};

/** Share of the candidate's wished hours the vacancy can offer, counted in whole-hour options (a point range counts 1). */
export const hoursComponent: ScoreComponent = {
  key: 'hours',
  label: 'Uren',
  evaluate(ctx) {
    const { candidate, hours } = ctx;
    const range = hours.min === hours.max ? `${hours.min}` : `${hours.min}–${hours.max}`;
    return {
      value: hoursComponent.value!(ctx),
      note: `Beschikbaar voor ${range} uur per week binnen de wens van ${candidate.hoursMinPerWeek}–${candidate.hoursMaxPerWeek} uur.`,
      phrase: `beschikbaar voor ${range} uur`,
    };
  },
  value: ({ candidate, hours }) => clamp01((hours.max - hours.min + 1) / (candidate.hoursMaxPerWeek - candidate.hoursMinPerWeek + 1)),
};

/**
 * Loonwaarde fit. Regular vacancy: eligible candidates are at 100% → 1. LKS vacancy: `valueAtMinimum`
 * at the vacancy minimum (0 when none), rising linearly to 1 at 100%. Unknown loonwaarde → 0.
 */
export const loonwaardeComponent: ScoreComponent = {
  key: 'loonwaarde',
  label: 'Loonwaarde',
  evaluate(ctx) {
    const lw = ctx.candidate.loonwaarde;
    if (lw === null) return { value: 0, note: 'Loonwaarde niet vastgesteld.', phrase: null };
    if (lw >= 100) return { value: 1, note: 'Volledige loonwaarde.', phrase: null };
    const min = ctx.vacancy.minLoonwaarde ?? 0;
    return { value: loonwaardeComponent.value!(ctx), note: `Loonwaarde ${lw}% (minimum van de vacature ${min}%).`, phrase: null };
  },
  value({ vacancy, candidate, params }) {
    const lw = candidate.loonwaarde;
    if (lw === null) return 0;
    if (lw >= 100) return 1;
    const min = vacancy.minLoonwaarde ?? 0;
    const a = params.loonwaarde.valueAtMinimum;
    return clamp01(min >= 100 ? 1 : a + ((1 - a) * (lw - min)) / (100 - min));
  },
};

/** Soft: employers often accept less than they ask. Minus `penaltyPerLevel` per level short; unknown level with a requirement → 0. */
export const educationComponent: ScoreComponent = {
  key: 'education',
  label: 'Opleidingsniveau',
  evaluate(ctx) {
    const { vacancy, candidate } = ctx;
    if (vacancy.educationLevel === null) return { value: 1, note: 'Geen opleidingseis.', phrase: null };
    if (candidate.educationLevel === null) {
      return { value: 0, note: 'Opleidingsniveau onbekend.', phrase: 'opleidingsniveau onbekend' };
    }
    const gap = educationRank(vacancy.educationLevel) - educationRank(candidate.educationLevel);
    if (gap <= 0) return { value: 1, note: 'Voldoet aan het gevraagde opleidingsniveau.', phrase: null };
    return {
      value: educationComponent.value!(ctx),
      note: `Opleidingsniveau ${gap} ${gap === 1 ? 'niveau' : 'niveaus'} lager dan gevraagd.`,
      phrase: 'opleidingsniveau lager dan gevraagd',
    };
  },
  value({ vacancy, candidate, params }) {
    if (vacancy.educationLevel === null) return 1;
    if (candidate.educationLevel === null) return 0;
    const gap = educationRank(vacancy.educationLevel) - educationRank(candidate.educationLevel);
    return gap <= 0 ? 1 : clamp01(1 - gap * params.education.penaltyPerLevel);
  },
};

/** Fairness nudge: linear in days since waitingSince, full after `fullCreditAfterDays`. Internal only (no phrase). */
export const waitingComponent: ScoreComponent = {
  key: 'waiting',
  label: 'Wachttijd',
  evaluate(ctx) {
    const { candidate, referenceDate } = ctx;
    if (candidate.waitingSince === null) return { value: 0, note: 'Wachttijd onbekend.', phrase: null };
    const months = Math.floor(Math.max(0, isoDaysBetween(candidate.waitingSince, referenceDate)) / 30.44);
    return { value: waitingComponent.value!(ctx), note: `Wacht ${months} ${months === 1 ? 'maand' : 'maanden'} op werk.`, phrase: null };
  },
  value({ candidate, referenceDate, params }) {
    if (candidate.waitingSince === null) return 0;
    return clamp01(Math.max(0, isoDaysBetween(candidate.waitingSince, referenceDate)) / params.waiting.fullCreditAfterDays);
  },
};

/** Slot for social return (weight 0 by default): 1 when the vacancy counts for SROI and the candidate is in the doelgroepregister. */
export const sroiComponent: ScoreComponent = {
  key: 'sroi',
  label: 'SROI',
  evaluate(ctx) {
    const value = sroiComponent.value!(ctx);
    return { value, note: value === 1 ? 'Telt mee voor social return.' : 'Telt niet mee voor social return.', phrase: null };
  },
  value: ({ vacancy, candidate }) => (vacancy.sroiRelevant === true && candidate.doelgroepregister ? 1 : 0),
};

/** Built-in components, in explanation order. */
export const DEFAULT_COMPONENTS: readonly ScoreComponent[] = [
  skillsComponent,
  occupationComponent,
  travelComponent,
  hoursComponent,
  loonwaardeComponent,
  educationComponent,
  waitingComponent,
  sroiComponent,
];
