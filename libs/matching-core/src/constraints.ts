import { CandidateProfile, Doelgroep, VacancyProfile } from './model';
import { TravelAssessment, modePhrase } from './travel';

/**
 * Hard constraints. A candidate failing any of them is never a match; all failures are reported
 * (not just the first) so a consultant sees everything that blocks a candidate.
 */
export const REASON_CODES = [
  'NOT_ACTIVE',
  'NOT_AVAILABLE_BY_START',
  'ACTIVE_PLACEMENT',
  'NOT_VISIBLE',
  'TRAVEL_TOO_LONG',
  'NO_HOURS_OVERLAP',
  'DRIVING_LICENCE_REQUIRED',
  'LKS_NOT_OFFERED',
  'LOONWAARDE_BELOW_MINIMUM',
  'BESCHUT_ONLY',
  'BESCHUT_INDICATION_REQUIRED',
  'ZORG_NOT_MATCHED',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface ConstraintFailure {
  code: ReasonCode;
  /** Dutch, for the consultant. */
  message: string;
}

export interface ConstraintContext {
  vacancy: VacancyProfile;
  candidate: CandidateProfile;
  /** ISO date the judgement is made on ("today"). */
  referenceDate: string;
  doelgroep: Doelgroep | null;
  travel: TravelAssessment;
}

export interface HoursRange {
  min: number;
  max: number;
}

/** Common hours of the candidate's wish and the vacancy; null when they do not meet. Touching ends overlap. */
export function hoursOverlap(candidate: CandidateProfile, vacancy: VacancyProfile): HoursRange | null {
  const min = Math.max(candidate.hoursMinPerWeek, vacancy.hoursMin);
  const max = Math.min(candidate.hoursMaxPerWeek, vacancy.hoursMax);
  return min <= max ? { min, max } : null;
}

/**
 * Whether the candidate needs loonkostensubsidie: loonwaarde below 100% or an LKS decision on
 * file (the wage is then based on it). null = cannot tell (loonwaarde not assessed, no decision).
 */
export function needsLks(candidate: CandidateProfile): boolean | null {
  if (candidate.lksStatus !== 'NONE') return true;
  if (candidate.loonwaarde === null) return null;
  return candidate.loonwaarde < 100;
}

/** Candidate may only work in beschut werk: doelgroep BESCHUT (loonwaarde band) or an indicatie beschut werk. */
export function isBeschutOnly(candidate: CandidateProfile, doelgroep: Doelgroep | null): boolean {
  return doelgroep === 'BESCHUT' || candidate.beschutIndication;
}

function fmtHours(min: number, max: number): string {
  return min === max ? `${min}` : `${min}–${max}`;
}

/** Every failed hard constraint, in REASON_CODES order; empty = eligible. */
export function checkHardConstraints(ctx: ConstraintContext): ConstraintFailure[] {
  const { vacancy: v, candidate: c, referenceDate, doelgroep, travel } = ctx;
  const failures: ConstraintFailure[] = [];
  const fail = (code: ReasonCode, message: string) => failures.push({ code, message });

  if (!c.active) fail('NOT_ACTIVE', 'Kandidaat is niet actief.');

  const start = v.startDate ?? referenceDate;
  if (c.availableFrom > start) {
    fail(
      'NOT_AVAILABLE_BY_START',
      v.startDate !== null
        ? `Kandidaat is pas beschikbaar vanaf ${c.availableFrom}, na de startdatum ${v.startDate}.`
        : `Kandidaat is pas beschikbaar vanaf ${c.availableFrom}; de vacature heeft geen startdatum en wordt beoordeeld op ${referenceDate}.`,
    );
  }

  if (c.hasActivePlacement) fail('ACTIVE_PLACEMENT', 'Kandidaat heeft al een lopende plaatsing.');

  if (!c.visibleForMatching) fail('NOT_VISIBLE', 'Kandidaat heeft geen toestemming gegeven voor matching.');

  // Participatiewet art. 18 lid 4 sub d: up to 3 hours travel a day is acceptable; the candidate's own limit applies.
  if (travel.best === null) {
    fail('TRAVEL_TOO_LONG', 'Geen vervoerswijze van de kandidaat bekend; de reistijd kan niet worden bepaald.');
  } else if (travel.best.minutes > travel.limitMinutes) {
    fail(
      'TRAVEL_TOO_LONG',
      `Geschatte reistijd ${Math.ceil(travel.best.minutes)} minuten (${modePhrase(travel.best.mode)}, snelste vervoerswijze) ` +
        `is langer dan de maximale ${travel.limitMinutes} minuten enkele reis.`,
    );
  }

  if (hoursOverlap(c, v) === null) {
    fail(
      'NO_HOURS_OVERLAP',
      `Gewenste uren (${fmtHours(c.hoursMinPerWeek, c.hoursMaxPerWeek)} per week) sluiten niet aan op de vacature ` +
        `(${fmtHours(v.hoursMin, v.hoursMax)} per week).`,
    );
  }

  if (v.drivingLicenceRequired && !c.drivingLicence) {
    fail('DRIVING_LICENCE_REQUIRED', 'De vacature vraagt een rijbewijs; de kandidaat heeft er geen.');
  }

  // Participatiewet art. 10d: below 100% loonwaarde only with loonkostensubsidie. Unknown loonwaarde is
  // never assumed to be 100%: it passes only where LKS is offered (whatever the assessment will say).
  const lks = needsLks(c);
  if (!v.openToLks && lks !== false) {
    fail(
      'LKS_NOT_OFFERED',
      lks === null
        ? 'Loonwaarde van de kandidaat is niet vastgesteld en de vacature staat niet open voor loonkostensubsidie.'
        : 'Kandidaat werkt met loonkostensubsidie (loonwaarde onder 100%); de vacature staat daar niet voor open.',
    );
  }

  // Unknown loonwaarde cannot be shown to meet a minimum.
  if (v.minLoonwaarde !== null && (c.loonwaarde === null || c.loonwaarde < v.minLoonwaarde)) {
    fail(
      'LOONWAARDE_BELOW_MINIMUM',
      c.loonwaarde === null
        ? `Loonwaarde van de kandidaat is niet vastgesteld; de vacature vraagt minimaal ${v.minLoonwaarde}%.`
        : `Loonwaarde ${c.loonwaarde}% ligt onder het minimum van de vacature (${v.minLoonwaarde}%).`,
    );
  }

  // Participatiewet art. 10b: beschut werk is for people who can only work in a sheltered setting,
  // and a beschutte werkplek is only for people with that indication.
  const beschutOnly = isBeschutOnly(c, doelgroep);
  if (beschutOnly && !v.beschut) {
    fail('BESCHUT_ONLY', 'Kandidaat is aangewezen op beschut werk; dit is geen beschutte werkplek.');
  }
  if (v.beschut && !c.beschutIndication) {
    fail('BESCHUT_INDICATION_REQUIRED', 'Beschutte werkplek: alleen voor kandidaten met een indicatie beschut werk.');
  }

  if (doelgroep === 'ZORG') fail('ZORG_NOT_MATCHED', 'Kandidaat valt in de doelgroep zorg en wordt niet bemiddeld naar werk.');

  return failures;
}
