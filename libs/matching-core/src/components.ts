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
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** ESCO skills: matched essential skills count `essentialWeight`, optional ones `optionalWeight` (default 2:1). */
export const skillsComponent: ScoreComponent = {
  key: 'skills',
  label: 'Vaardigheden',
  evaluate({ vacancy, candidate, params }) {
    const essential = new Set(vacancy.essentialSkillIds);
    const optional = new Set(vacancy.optionalSkillIds.filter((id) => !essential.has(id)));
    if (candidate.skillIds === null) return { value: 0, note: 'Vaardigheden onbekend.', phrase: 'vaardigheden onbekend' };
    if (essential.size + optional.size === 0) {
      return { value: 0, note: 'De vacature noemt geen vaardigheden.', phrase: null };
    }
    const has = new Set(candidate.skillIds);
    const mE = [...essential].filter((id) => has.has(id)).length;
    const mO = [...optional].filter((id) => has.has(id)).length;
    const { essentialWeight: we, optionalWeight: wo } = params.skills;
    const value = (we * mE + wo * mO) / (we * essential.size + wo * optional.size);
    const phrase =
      essential.size > 0 ? `${mE} van ${essential.size} essentiële vaardigheden` : `${mO} van ${optional.size} gewenste vaardigheden`;
    return {
      value: clamp01(value),
      note: `${mE} van ${essential.size} essentiële en ${mO} van ${optional.size} optionele vaardigheden.`,
      phrase,
    };
  },
};

/** Best relatedness of a wished occupation: same ESCO occupation, same ISCO unit group (4 digits), minor group (3). */
export const occupationComponent: ScoreComponent = {
  key: 'occupation',
  label: 'Beroepswens',
  evaluate({ vacancy, candidate, params }) {
    if (candidate.wishedOccupations.length === 0) return { value: 0, note: 'Geen beroepswens bekend.', phrase: null };
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
    if (best === 0) return { value: 0, note: 'Beroepswens wijkt af van dit beroep.', phrase: null };
    if (best >= p.sameOccupation) return { value: clamp01(best), note: 'Beroepswens is precies dit beroep.', phrase: 'beroepswens komt overeen' };
    if (best >= p.sameUnitGroup) {
      return { value: clamp01(best), note: 'Beroepswens in dezelfde beroepsgroep (ISCO 4 cijfers).', phrase: 'verwante beroepswens' };
    }
    return { value: clamp01(best), note: 'Beroepswens in een verwante beroepsgroep (ISCO 3 cijfers).', phrase: 'beroepswens in een verwant vakgebied' };
  },
};

function isIsco(group: string): boolean {
  return /^\d{4}$/.test(group);
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
  evaluate({ travel, travelLimitMinutes, params }) {
    const shown = displayMinutes(travel.minutes);
    return {
      value: travelDecay(travel.minutes / travelLimitMinutes, params.travel.decay),
      note: `Ongeveer ${shown} minuten ${modePhrase(travel.mode)} (schatting), maximaal ${travelLimitMinutes} minuten.`,
      phrase: `ongeveer ${shown} minuten reistijd ${modePhrase(travel.mode)} (schatting)`,
    };
  },
};

/** Share of the candidate's wished hours the vacancy can offer, counted in whole-hour options (a point range counts 1). */
export const hoursComponent: ScoreComponent = {
  key: 'hours',
  label: 'Uren',
  evaluate({ candidate, hours }) {
    const wished = candidate.hoursMaxPerWeek - candidate.hoursMinPerWeek + 1;
    const value = clamp01((hours.max - hours.min + 1) / wished);
    const range = hours.min === hours.max ? `${hours.min}` : `${hours.min}–${hours.max}`;
    return {
      value,
      note: `Beschikbaar voor ${range} uur per week binnen de wens van ${candidate.hoursMinPerWeek}–${candidate.hoursMaxPerWeek} uur.`,
      phrase: `beschikbaar voor ${range} uur`,
    };
  },
};

/**
 * Loonwaarde fit. Regular vacancy: eligible candidates are at 100% → 1. LKS vacancy: `valueAtMinimum`
 * at the vacancy minimum (0 when none), rising linearly to 1 at 100%. Unknown loonwaarde → 0.
 */
export const loonwaardeComponent: ScoreComponent = {
  key: 'loonwaarde',
  label: 'Loonwaarde',
  evaluate({ vacancy, candidate, params }) {
    const lw = candidate.loonwaarde;
    if (lw === null) return { value: 0, note: 'Loonwaarde niet vastgesteld.', phrase: null };
    if (lw >= 100) return { value: 1, note: 'Volledige loonwaarde.', phrase: null };
    const min = vacancy.minLoonwaarde ?? 0;
    const a = params.loonwaarde.valueAtMinimum;
    const value = min >= 100 ? 1 : a + ((1 - a) * (lw - min)) / (100 - min);
    return { value: clamp01(value), note: `Loonwaarde ${lw}% (minimum van de vacature ${min}%).`, phrase: null };
  },
};

/** Soft: employers often accept less than they ask. Minus `penaltyPerLevel` per level short; unknown level with a requirement → 0. */
export const educationComponent: ScoreComponent = {
  key: 'education',
  label: 'Opleidingsniveau',
  evaluate({ vacancy, candidate, params }) {
    if (vacancy.educationLevel === null) return { value: 1, note: 'Geen opleidingseis.', phrase: null };
    if (candidate.educationLevel === null) {
      return { value: 0, note: 'Opleidingsniveau onbekend.', phrase: 'opleidingsniveau onbekend' };
    }
    const gap = educationRank(vacancy.educationLevel) - educationRank(candidate.educationLevel);
    if (gap <= 0) return { value: 1, note: 'Voldoet aan het gevraagde opleidingsniveau.', phrase: null };
    return {
      value: clamp01(1 - gap * params.education.penaltyPerLevel),
      note: `Opleidingsniveau ${gap} ${gap === 1 ? 'niveau' : 'niveaus'} lager dan gevraagd.`,
      phrase: 'opleidingsniveau lager dan gevraagd',
    };
  },
};

/** Fairness nudge: linear in days since waitingSince, full after `fullCreditAfterDays`. Internal only (no phrase). */
export const waitingComponent: ScoreComponent = {
  key: 'waiting',
  label: 'Wachttijd',
  evaluate({ candidate, referenceDate, params }) {
    if (candidate.waitingSince === null) return { value: 0, note: 'Wachttijd onbekend.', phrase: null };
    const days = Math.max(0, isoDaysBetween(candidate.waitingSince, referenceDate));
    const months = Math.floor(days / 30.44);
    return {
      value: clamp01(days / params.waiting.fullCreditAfterDays),
      note: `Wacht ${months} ${months === 1 ? 'maand' : 'maanden'} op werk.`,
      phrase: null,
    };
  },
};

/** Slot for social return (weight 0 by default): 1 when the vacancy counts for SROI and the candidate is in the doelgroepregister. */
export const sroiComponent: ScoreComponent = {
  key: 'sroi',
  label: 'SROI',
  evaluate({ vacancy, candidate }) {
    const value = vacancy.sroiRelevant === true && candidate.doelgroepregister ? 1 : 0;
    return { value, note: value === 1 ? 'Telt mee voor social return.' : 'Telt niet mee voor social return.', phrase: null };
  },
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
