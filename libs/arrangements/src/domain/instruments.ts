import { LksRoute } from '../lks/lks-input';
import { addDays, startOfMonthAfterPeriod } from '../lks/calendar';

/** The instruments an arrangement can combine (issue 4). One of each kind per arrangement. */
export enum InstrumentKind {
  /** Loonkostensubsidie, Participatiewet art. 10d. */
  LKS = 'LKS',
  /** Proefplaats with retained benefit, no LKS during it (Participatiewet art. 6 and 8a). */
  PROEFPLAATS = 'PROEFPLAATS',
  JOBCOACHING = 'JOBCOACHING',
  /** No-riskpolis, Ziektewet art. 29b. */
  NO_RISK_POLIS = 'NO_RISK_POLIS',
  WERKPLEKAANPASSING = 'WERKPLEKAANPASSING',
  /** Detachering via the leerwerkbedrijf: it is the legal employer and receives the LKS. */
  DETACHERING = 'DETACHERING',
  LEERWERKPLEK = 'LEERWERKPLEK',
  /** Beroepsbegeleidende leerweg (WEB art. 7.2.2): working and learning with a leerwerkovereenkomst. */
  BBL = 'BBL',
}

/** Who pays for the jobcoaching. */
export enum JobcoachingPayer {
  GEMEENTE = 'GEMEENTE',
  UWV = 'UWV',
  EMPLOYER = 'EMPLOYER',
}

/** Who pays for a workplace adjustment (werkplekaanpassing). */
export enum AdjustmentFunder {
  GEMEENTE = 'GEMEENTE',
  UWV = 'UWV',
  EMPLOYER = 'EMPLOYER',
}

export interface LksInstrument {
  kind: InstrumentKind.LKS;
  route: LksRoute;
  /** First day of the subsidised employment; null = the day the employment starts (after any proefplaats). */
  startDate: string | null;
  endDate: string | null;
  /** The sector's (cao's) full-time week, when known (caps the subsidised hours). */
  fullTimeHoursPerWeek: number | null;
  /** Months after the LKS start at which the loonwaarde is reassessed (WSP policy; template default 12). */
  reassessmentAfterMonths: number;
}

export interface ProefplaatsInstrument {
  kind: InstrumentKind.PROEFPLAATS;
  /** Initial length: at most 2 months. */
  months: number;
  /** Extensions granted so far: at most 4 months, at most 6 in total. */
  extensionMonths: number;
}

export interface JobcoachingPeriod {
  /** Month of the arrangement (1 = the month starting on the arrangement's start date). */
  fromMonth: number;
  toMonth: number;
  /** Coaching hours per candidate per month in this period. */
  hoursPerMonth: number;
}

export interface JobcoachingInstrument {
  kind: InstrumentKind.JOBCOACHING;
  payer: JobcoachingPayer;
  hourlyRateCents: number;
  schedule: JobcoachingPeriod[];
}

export interface NoRiskPolisInstrument {
  kind: InstrumentKind.NO_RISK_POLIS;
  note: string | null;
}

export interface WerkplekaanpassingInstrument {
  kind: InstrumentKind.WERKPLEKAANPASSING;
  description: string;
  costCents: number;
  fundedBy: AdjustmentFunder;
}

export interface DetacheringInstrument {
  kind: InstrumentKind.DETACHERING;
  /** Name of the leerwerkbedrijf that employs the candidate and hires them out. */
  leerwerkbedrijf: string;
  /** What the employer (inlener) pays the leerwerkbedrijf per month per candidate. */
  monthlyFeeCents: number;
}

export interface LeerwerkplekInstrument {
  kind: InstrumentKind.LEERWERKPLEK;
  description: string;
  months: number;
}

export interface BblInstrument {
  kind: InstrumentKind.BBL;
  educationProvider: string;
  qualification: string;
  months: number;
}

export type Instrument =
  | LksInstrument
  | ProefplaatsInstrument
  | JobcoachingInstrument
  | NoRiskPolisInstrument
  | WerkplekaanpassingInstrument
  | DetacheringInstrument
  | LeerwerkplekInstrument
  | BblInstrument;

/** The field of the GraphQL InstrumentInput that carries each kind's details. */
export const INSTRUMENT_INPUT_FIELD = {
  LKS: 'lks',
  PROEFPLAATS: 'proefplaats',
  JOBCOACHING: 'jobcoaching',
  NO_RISK_POLIS: 'noRiskPolis',
  WERKPLEKAANPASSING: 'werkplekaanpassing',
  DETACHERING: 'detachering',
  LEERWERKPLEK: 'leerwerkplek',
  BBL: 'bbl',
} as const satisfies Record<InstrumentKind, string>;

export type InstrumentOf<K extends InstrumentKind> = Extract<Instrument, { kind: K }>;

/** Proefplaats: 2 months, extendable by at most 4, so at most 6 in total (Participatiewet art. 6 and 8a). */
export const PROEFPLAATS_MAX_INITIAL_MONTHS = 2;
export const PROEFPLAATS_MAX_EXTENSION_MONTHS = 4;
export const PROEFPLAATS_MAX_TOTAL_MONTHS = 6;
/** Sanity bounds (not law): schedules and learning periods up to 5 years, amounts up to EUR 100,000. */
export const MAX_ARRANGEMENT_MONTHS = 60;
export const MAX_AMOUNT_CENTS = 10_000_000;
export const MAX_COACHING_HOURS_PER_MONTH = 80;
export const MAX_HOURLY_RATE_CENTS = 100_000;

/** What the instrument rules need to know about the candidates of the arrangement. */
export interface InstrumentCandidateFacts {
  pseudonym: string;
  /** true when the candidate's LKS status is LKS_MDP or LKS_ZDP. */
  hasLksStatus: boolean;
  doelgroepregister: boolean;
  loonwaardePercentage: number | null;
}

export function findInstrument<K extends InstrumentKind>(instruments: readonly Instrument[], kind: K): InstrumentOf<K> | undefined {
  return instruments.find((i): i is InstrumentOf<K> => i.kind === kind);
}

/** The proefplaats runs from the arrangement's start date for months + extensionMonths. */
export function proefplaatsPeriod(start: string, p: ProefplaatsInstrument): { startDate: string; endDate: string; totalMonths: number } {
  const totalMonths = p.months + p.extensionMonths;
  return { startDate: start, endDate: addDays(startOfMonthAfterPeriod(start, totalMonths), -1), totalMonths };
}

/** First day of the employment (dienstbetrekking): the start date, or the day after the proefplaats. */
export function employmentStart(start: string, instruments: readonly Instrument[]): string {
  const p = findInstrument(instruments, InstrumentKind.PROEFPLAATS);
  return p ? addDays(proefplaatsPeriod(start, p).endDate, 1) : start;
}

/** The LKS period: from its own start date (or the employment start) to its end date (open when null). */
export function lksPeriod(start: string, instruments: readonly Instrument[]): { startDate: string; endDate: string | null; reassessmentOn: string } | null {
  const lks = findInstrument(instruments, InstrumentKind.LKS);
  if (!lks) return null;
  const startDate = lks.startDate ?? employmentStart(start, instruments);
  return { startDate, endDate: lks.endDate, reassessmentOn: startOfMonthAfterPeriod(startDate, lks.reassessmentAfterMonths) };
}

/** The coaching hours per candidate in month `month` of the arrangement (0 outside the schedule). */
export function coachingHoursInMonth(j: JobcoachingInstrument, month: number): number {
  return j.schedule.find((p) => month >= p.fromMonth && month <= p.toMonth)?.hoursPerMonth ?? 0;
}
