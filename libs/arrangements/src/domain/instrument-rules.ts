import { isIsoDate, ValidationError } from '@wsp/common';
import { HOURS_MAX, LksRoute } from '../lks/lks-input';
import {
  AdjustmentFunder,
  employmentStart,
  findInstrument,
  Instrument,
  INSTRUMENT_INPUT_FIELD,
  InstrumentCandidateFacts,
  InstrumentKind,
  JobcoachingPayer,
  MAX_AMOUNT_CENTS,
  MAX_ARRANGEMENT_MONTHS,
  MAX_COACHING_HOURS_PER_MONTH,
  MAX_HOURLY_RATE_CENTS,
  PROEFPLAATS_MAX_EXTENSION_MONTHS,
  PROEFPLAATS_MAX_INITIAL_MONTHS,
  PROEFPLAATS_MAX_TOTAL_MONTHS,
} from './instruments';

// ---------------------------------------------------------------------------------------------
// Validation. Every function throws a ValidationError naming the offending input field.

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function intIn(v: unknown, min: number, max: number, field: string, label: string): number {
  if (!isInt(v) || v < min || v > max) throw new ValidationError(`${label} is een geheel getal van ${min} tot en met ${max}`, field);
  return v;
}

function text(v: unknown, max: number, field: string, label: string): string {
  const s = typeof v === 'string' ? v.trim() : '';
  if (!s) throw new ValidationError(`Vul ${label} in`, field);
  if (s.length > max) throw new ValidationError(`${label} is hoogstens ${max} tekens`, field);
  return s;
}

function optionalText(v: unknown, max: number, field: string, label: string): string | null {
  if (v === null || v === undefined || (typeof v === 'string' && !v.trim())) return null;
  return text(v, max, field, label);
}

function date(v: unknown, field: string): string {
  if (typeof v !== 'string' || !isIsoDate(v)) throw new ValidationError('Geef een datum als JJJJ-MM-DD', field);
  return v;
}

function hours(v: unknown, max: number, field: string, label: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > max) {
    throw new ValidationError(`${label} ligt tussen 0 en ${max} uur`, field);
  }
  if (Math.abs(v * 100 - Math.round(v * 100)) > 1e-6) throw new ValidationError(`Geef ${label.toLowerCase()} in hoogstens twee decimalen`, field);
  return Math.round(v * 100) / 100;
}

function cents(v: unknown, field: string, label: string, min = 0): number {
  return intIn(v, min, MAX_AMOUNT_CENTS, field, `${label} (eurocent)`);
}

/** Normalises and checks one instrument on its own; `field` prefixes the error fields. */
export function validateInstrument(i: Instrument, at: string): Instrument {
  const field = `${at}.${INSTRUMENT_INPUT_FIELD[i.kind] ?? 'kind'}`;
  switch (i.kind) {
    case InstrumentKind.LKS: {
      if (i.route !== LksRoute.LOONWAARDE && i.route !== LksRoute.FORFAITAIR) throw new ValidationError('Kies de route LOONWAARDE of FORFAITAIR', `${field}.route`);
      const startDate = i.startDate == null ? null : date(i.startDate, `${field}.startDate`);
      const endDate = i.endDate == null ? null : date(i.endDate, `${field}.endDate`);
      if (startDate && endDate && endDate < startDate) throw new ValidationError('De einddatum ligt vóór de startdatum', `${field}.endDate`);
      return {
        kind: i.kind,
        route: i.route,
        startDate,
        endDate,
        fullTimeHoursPerWeek: i.fullTimeHoursPerWeek == null ? null : hours(i.fullTimeHoursPerWeek, HOURS_MAX, `${field}.fullTimeHoursPerWeek`, 'De voltijdse werkweek'),
        reassessmentAfterMonths: intIn(i.reassessmentAfterMonths ?? 12, 1, MAX_ARRANGEMENT_MONTHS, `${field}.reassessmentAfterMonths`, 'De herbeoordelingstermijn in maanden'),
      };
    }
    case InstrumentKind.PROEFPLAATS: {
      const months = intIn(i.months, 1, PROEFPLAATS_MAX_INITIAL_MONTHS, `${field}.months`, 'De duur van de proefplaats in maanden');
      const extensionMonths = intIn(i.extensionMonths ?? 0, 0, PROEFPLAATS_MAX_EXTENSION_MONTHS, `${field}.extensionMonths`, 'De verlenging in maanden');
      assertProefplaatsTotal(months, extensionMonths, `${field}.extensionMonths`);
      return { kind: i.kind, months, extensionMonths };
    }
    case InstrumentKind.JOBCOACHING: {
      if (!Object.values(JobcoachingPayer).includes(i.payer)) throw new ValidationError('Kies wie de jobcoaching betaalt', `${field}.payer`);
      const hourlyRateCents = intIn(i.hourlyRateCents, 1, MAX_HOURLY_RATE_CENTS, `${field}.hourlyRateCents`, 'Het uurtarief (eurocent)');
      if (!Array.isArray(i.schedule) || i.schedule.length === 0) throw new ValidationError('Geef minstens één periode met uren per maand', `${field}.schedule`);
      const schedule = [...i.schedule]
        .map((p, n) => ({
          fromMonth: intIn(p.fromMonth, 1, MAX_ARRANGEMENT_MONTHS, `${field}.schedule[${n}].fromMonth`, 'De eerste maand'),
          toMonth: intIn(p.toMonth, 1, MAX_ARRANGEMENT_MONTHS, `${field}.schedule[${n}].toMonth`, 'De laatste maand'),
          hoursPerMonth: hours(p.hoursPerMonth, MAX_COACHING_HOURS_PER_MONTH, `${field}.schedule[${n}].hoursPerMonth`, 'Het aantal uren per maand'),
          n,
        }))
        .sort((a, b) => a.fromMonth - b.fromMonth);
      for (let k = 0; k < schedule.length; k++) {
        const p = schedule[k];
        if (p.toMonth < p.fromMonth) throw new ValidationError('De laatste maand ligt vóór de eerste', `${field}.schedule[${p.n}].toMonth`);
        if (k > 0 && p.fromMonth <= schedule[k - 1].toMonth) {
          throw new ValidationError('De perioden van de jobcoaching overlappen', `${field}.schedule[${p.n}].fromMonth`);
        }
      }
      return { kind: i.kind, payer: i.payer, hourlyRateCents, schedule: schedule.map(({ fromMonth, toMonth, hoursPerMonth }) => ({ fromMonth, toMonth, hoursPerMonth })) };
    }
    case InstrumentKind.NO_RISK_POLIS:
      return { kind: i.kind, note: optionalText(i.note, 500, `${field}.note`, 'de toelichting') };
    case InstrumentKind.WERKPLEKAANPASSING:
      if (!Object.values(AdjustmentFunder).includes(i.fundedBy)) throw new ValidationError('Kies wie de aanpassing betaalt', `${field}.fundedBy`);
      return {
        kind: i.kind,
        description: text(i.description, 500, `${field}.description`, 'de omschrijving'),
        costCents: cents(i.costCents, `${field}.costCents`, 'De kosten'),
        fundedBy: i.fundedBy,
      };
    case InstrumentKind.DETACHERING:
      return {
        kind: i.kind,
        leerwerkbedrijf: text(i.leerwerkbedrijf, 200, `${field}.leerwerkbedrijf`, 'het leerwerkbedrijf'),
        monthlyFeeCents: cents(i.monthlyFeeCents, `${field}.monthlyFeeCents`, 'De detacheringsvergoeding per maand'),
      };
    case InstrumentKind.LEERWERKPLEK:
      return {
        kind: i.kind,
        description: text(i.description, 500, `${field}.description`, 'de omschrijving'),
        months: intIn(i.months, 1, 24, `${field}.months`, 'De duur in maanden'),
      };
    case InstrumentKind.BBL:
      return {
        kind: i.kind,
        educationProvider: text(i.educationProvider, 200, `${field}.educationProvider`, 'de onderwijsinstelling'),
        qualification: text(i.qualification, 200, `${field}.qualification`, 'de kwalificatie'),
        months: intIn(i.months, 1, MAX_ARRANGEMENT_MONTHS, `${field}.months`, 'De duur in maanden'),
      };
    default:
      throw new ValidationError('Onbekend soort instrument', `${at}.kind`);
  }
}

/** Art. 6 and 8a: at most 2 months, extended by at most 4; an extension beyond 6 months in total is refused. */
export function assertProefplaatsTotal(months: number, extensionMonths: number, field: string): void {
  if (extensionMonths > PROEFPLAATS_MAX_EXTENSION_MONTHS || months + extensionMonths > PROEFPLAATS_MAX_TOTAL_MONTHS) {
    throw new ValidationError(
      `Een proefplaats duurt hoogstens ${PROEFPLAATS_MAX_INITIAL_MONTHS} maanden met hoogstens ${PROEFPLAATS_MAX_EXTENSION_MONTHS} maanden verlenging: ` +
        `samen niet meer dan ${PROEFPLAATS_MAX_TOTAL_MONTHS} maanden`,
      field,
      { months, extensionMonths },
    );
  }
}

/**
 * Checks a whole set of instruments for an arrangement starting on `start` with these candidates,
 * and returns the normalised set (ordered by kind). Rules:
 * - one instrument of each kind; a leerwerkplek and a BBL exclude each other;
 * - LKS only for candidates with an LKS status (Participatiewet art. 10d lid 1, the status set by the consultant);
 * - no LKS during a proefplaats (art. 6 and 8a: the benefit continues, there is no employment yet);
 * - a no-riskpolis only for candidates in the doelgroepregister (Ziektewet art. 29b).
 */
export function validateInstruments(
  instruments: readonly Instrument[],
  ctx: { startDate: string; candidates: readonly InstrumentCandidateFacts[] },
): Instrument[] {
  const seen = new Set<InstrumentKind>();
  const valid = instruments.map((raw, n) => {
    const field = `instruments[${n}]`;
    if (seen.has(raw.kind)) throw new ValidationError(`Het instrument ${raw.kind} staat er meer dan eens in`, `${field}.kind`);
    seen.add(raw.kind);
    return validateInstrument(raw, field);
  });
  const at = (kind: InstrumentKind) => `instruments[${valid.findIndex((i) => i.kind === kind)}]`;
  if (seen.has(InstrumentKind.LEERWERKPLEK) && seen.has(InstrumentKind.BBL)) {
    throw new ValidationError('Kies een leerwerkplek óf een BBL-traject, niet allebei', `${at(InstrumentKind.BBL)}.kind`);
  }
  const lks = findInstrument(valid, InstrumentKind.LKS);
  if (lks) {
    const without = ctx.candidates.filter((c) => !c.hasLksStatus).map((c) => c.pseudonym);
    if (without.length > 0) {
      throw new ValidationError(
        `Loonkostensubsidie kan alleen voor kandidaten met een LKS-status (art. 10d Participatiewet); zonder status: ${without.join(', ')}`,
        `${at(InstrumentKind.LKS)}.kind`,
        { candidates: without },
      );
    }
    const employment = employmentStart(ctx.startDate, valid);
    if (lks.startDate !== null && lks.startDate < employment) {
      throw new ValidationError(
        `Tijdens een proefplaats is er geen loonkostensubsidie: de subsidie kan ingaan vanaf ${employment}`,
        `${at(InstrumentKind.LKS)}.lks.startDate`,
        { earliest: employment },
      );
    }
    if (lks.endDate !== null && lks.endDate < (lks.startDate ?? employment)) {
      throw new ValidationError('De einddatum van de loonkostensubsidie ligt vóór de ingangsdatum', `${at(InstrumentKind.LKS)}.lks.endDate`);
    }
  }
  if (seen.has(InstrumentKind.NO_RISK_POLIS)) {
    const outside = ctx.candidates.filter((c) => !c.doelgroepregister).map((c) => c.pseudonym);
    if (outside.length > 0) {
      throw new ValidationError(
        `De no-riskpolis (art. 29b Ziektewet) geldt alleen voor kandidaten in het doelgroepregister; niet geregistreerd: ${outside.join(', ')}`,
        `${at(InstrumentKind.NO_RISK_POLIS)}.kind`,
        { candidates: outside },
      );
    }
  }
  const order = Object.values(InstrumentKind);
  return valid.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/**
 * What must hold before an arrangement is proposed (on top of validateInstruments): at least one
 * candidate, and a loonwaarde for every candidate when the LKS follows the loonwaarde route.
 * (On the forfaitair route the loonwaarde is needed from month 7: the cost overview shows it.)
 */
export function assertProposable(instruments: readonly Instrument[], candidates: readonly InstrumentCandidateFacts[]): void {
  if (candidates.length === 0) throw new ValidationError('Voeg eerst minstens één kandidaat toe', 'candidates');
  const lks = findInstrument(instruments, InstrumentKind.LKS);
  if (lks?.route === LksRoute.LOONWAARDE) {
    const missing = candidates.filter((c) => c.loonwaardePercentage === null).map((c) => c.pseudonym);
    if (missing.length > 0) {
      throw new ValidationError(
        `Voor de loonwaarderoute is een vastgestelde loonwaarde nodig (art. 10d lid 3); ontbreekt voor: ${missing.join(', ')}`,
        'instruments',
        { candidates: missing },
      );
    }
  }
}

/** Two periods [start, end] (end null = open) overlap. */
export function periodsOverlap(a: { startDate: string; endDate: string | null }, b: { startDate: string; endDate: string | null }): boolean {
  return (a.endDate === null || b.startDate <= a.endDate) && (b.endDate === null || a.startDate <= b.endDate);
}

/**
 * No double subsidy on one employment (Participatiewet art. 10d lid 9): a candidate may have only
 * one LKS at a time with the same legal employer (the employer, or the leerwerkbedrijf when
 * detached). Returns the conflicting other arrangement, if any.
 */
export function findDoubleSubsidy<T extends { legalEmployerKey: string; startDate: string; endDate: string | null }>(
  proposed: { legalEmployerKey: string; startDate: string; endDate: string | null },
  others: readonly T[],
): T | undefined {
  return others.find((o) => o.legalEmployerKey === proposed.legalEmployerKey && periodsOverlap(o, proposed));
}

/** The legal employer of the employment: the leerwerkbedrijf when detached, otherwise the employer itself. */
export function legalEmployerKey(employerId: string, instruments: readonly Instrument[]): string {
  const d = findInstrument(instruments, InstrumentKind.DETACHERING);
  return d ? `leerwerkbedrijf:${d.leerwerkbedrijf.toLowerCase()}` : `employer:${employerId}`;
}
