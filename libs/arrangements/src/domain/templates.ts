import { Doelgroep, LksStatus } from '@wsp/candidates';
import { LksRoute } from '../lks/lks-input';
import { Instrument, InstrumentKind, JobcoachingPayer } from './instruments';

/**
 * Standard arrangements per doelgroep × LKS status: what an accountmanager starts from
 * (`createArrangementFromTemplate`), then adjusts per case. Dated data: a template is changed by
 * adding a version with a later `effectiveFrom`, never by editing one, so that an arrangement's
 * `templateVersion` keeps pointing at what it was built from.
 *
 * Source: WSP beleidsregel standaardarrangementen (werkgeversservicepunt, versie 2025-01-01),
 * within the legal frame: proefplaats Participatiewet art. 6 and 8a (at most 2 + 4 months),
 * loonkostensubsidie art. 10d (loonwaarde route; forfait for the first 6 months, lid 5),
 * beschut werk art. 10b, no-riskpolis Ziektewet art. 29b. Durations and coaching hours are policy.
 * Jobcoaching is paid by the gemeente at the WSP's contracted hourly rate.
 */
export interface ArrangementTemplate {
  /** `${doelgroep}_${lksStatus}`, e.g. BEPERKT_LKS_MDP. */
  code: string;
  effectiveFrom: string;
  doelgroep: Doelgroep;
  lksStatus: LksStatus;
  name: string;
  description: string;
  /** Instruments with dates relative to the arrangement (LKS from the employment start). */
  instruments: readonly Instrument[];
  /** Adds a no-riskpolis (Ziektewet art. 29b) when every candidate is in the doelgroepregister. */
  noRiskPolisWhenRegistered: boolean;
  source: string;
}

const SOURCE = 'WSP beleidsregel standaardarrangementen, versie 2025-01-01';
/** Contracted jobcoaching rate 2025 (WSP inkoopcontract jobcoaching): EUR 75,00 per hour. */
const JOBCOACH_RATE_2025_CENTS = 7_500;

const jobcoaching = (...schedule: [number, number, number][]): Instrument => ({
  kind: InstrumentKind.JOBCOACHING,
  payer: JobcoachingPayer.GEMEENTE,
  hourlyRateCents: JOBCOACH_RATE_2025_CENTS,
  schedule: schedule.map(([fromMonth, toMonth, hoursPerMonth]) => ({ fromMonth, toMonth, hoursPerMonth })),
});
const proefplaats = (months: number): Instrument => ({ kind: InstrumentKind.PROEFPLAATS, months, extensionMonths: 0 });
const lks = (route: LksRoute, reassessmentAfterMonths: number): Instrument => ({
  kind: InstrumentKind.LKS,
  route,
  startDate: null,
  endDate: null,
  fullTimeHoursPerWeek: null,
  reassessmentAfterMonths,
});

export const ARRANGEMENT_TEMPLATES: readonly ArrangementTemplate[] = [
  {
    code: 'VOLLEDIG_NONE',
    effectiveFrom: '2025-01-01',
    doelgroep: Doelgroep.VOLLEDIG,
    lksStatus: LksStatus.NONE,
    name: 'Volledig inzetbaar, zonder loonkostensubsidie',
    description: 'Proefplaats van 1 maand, daarna een regulier dienstverband met 3 maanden lichte jobcoaching.',
    instruments: [proefplaats(1), jobcoaching([1, 4, 4])],
    noRiskPolisWhenRegistered: false,
    source: SOURCE,
  },
  {
    code: 'VOLLEDIG_LKS_MDP',
    effectiveFrom: '2025-01-01',
    doelgroep: Doelgroep.VOLLEDIG,
    lksStatus: LksStatus.LKS_MDP,
    name: 'Volledig inzetbaar, snelle start met forfaitaire loonkostensubsidie',
    description:
      'Direct in dienst met forfaitaire loonkostensubsidie (50%, eerste 6 maanden, art. 10d lid 5); de loonwaarde wordt binnen 6 maanden vastgesteld. Jobcoaching de eerste 6 maanden.',
    instruments: [lks(LksRoute.FORFAITAIR, 6), jobcoaching([1, 6, 4])],
    noRiskPolisWhenRegistered: true,
    source: SOURCE,
  },
  {
    code: 'BEPERKT_NONE',
    effectiveFrom: '2025-01-01',
    doelgroep: Doelgroep.BEPERKT,
    lksStatus: LksStatus.NONE,
    name: 'Beperkt inzetbaar, zonder loonkostensubsidie',
    description: 'Proefplaats van 2 maanden, daarna dienstverband met afbouwende jobcoaching (8 uur, dan 4 uur per maand).',
    instruments: [proefplaats(2), jobcoaching([1, 3, 8], [4, 6, 4])],
    noRiskPolisWhenRegistered: true,
    source: SOURCE,
  },
  {
    code: 'BEPERKT_LKS_MDP',
    effectiveFrom: '2025-01-01',
    doelgroep: Doelgroep.BEPERKT,
    lksStatus: LksStatus.LKS_MDP,
    name: 'Beperkt inzetbaar met loonkostensubsidie, met doorgroeipotentieel',
    description:
      'Proefplaats van 2 maanden, daarna loonkostensubsidie op basis van de loonwaarde met een herbeoordeling na 12 maanden, en afbouwende jobcoaching over 2 jaar.',
    instruments: [proefplaats(2), lks(LksRoute.LOONWAARDE, 12), jobcoaching([1, 3, 8], [4, 12, 4], [13, 24, 2])],
    noRiskPolisWhenRegistered: true,
    source: SOURCE,
  },
  {
    code: 'BEPERKT_LKS_ZDP',
    effectiveFrom: '2025-01-01',
    doelgroep: Doelgroep.BEPERKT,
    lksStatus: LksStatus.LKS_ZDP,
    name: 'Beperkt inzetbaar met duurzame loonkostensubsidie, zonder doorgroeipotentieel',
    description:
      'Proefplaats van 2 maanden, daarna duurzame loonkostensubsidie op basis van de loonwaarde met een herbeoordeling na 36 maanden, en jobcoaching over 3 jaar.',
    instruments: [proefplaats(2), lks(LksRoute.LOONWAARDE, 36), jobcoaching([1, 6, 8], [7, 36, 4])],
    noRiskPolisWhenRegistered: true,
    source: SOURCE,
  },
  {
    code: 'BESCHUT_LKS_ZDP',
    effectiveFrom: '2025-01-01',
    doelgroep: Doelgroep.BESCHUT,
    lksStatus: LksStatus.LKS_ZDP,
    name: 'Beschut werk (art. 10b) met duurzame loonkostensubsidie',
    description:
      'Proefplaats van 2 maanden, daarna beschut werk met loonkostensubsidie op basis van de loonwaarde (herbeoordeling na 36 maanden) en intensieve jobcoaching.',
    instruments: [proefplaats(2), lks(LksRoute.LOONWAARDE, 36), jobcoaching([1, 6, 12], [7, 36, 8])],
    noRiskPolisWhenRegistered: true,
    source: SOURCE,
  },
];

/** The versions of every template in force on `date` (the newest version per code), ordered by code. */
export function templatesOn(date: string, all: readonly ArrangementTemplate[] = ARRANGEMENT_TEMPLATES): ArrangementTemplate[] {
  const byCode = new Map<string, ArrangementTemplate>();
  for (const t of all) {
    if (t.effectiveFrom > date) continue;
    const current = byCode.get(t.code);
    if (!current || current.effectiveFrom < t.effectiveFrom) byCode.set(t.code, t);
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export function templateOn(code: string, date: string, all: readonly ArrangementTemplate[] = ARRANGEMENT_TEMPLATES): ArrangementTemplate | undefined {
  return templatesOn(date, all).find((t) => t.code === code);
}

/**
 * The instruments of an arrangement built from a template: the template's, with any override
 * replacing the template's instrument of the same kind (or adding it), plus the no-riskpolis when
 * the template asks for it and every candidate is in the doelgroepregister.
 */
export function instrumentsFromTemplate(
  template: ArrangementTemplate,
  overrides: readonly Instrument[],
  candidates: readonly { doelgroepregister: boolean }[],
): Instrument[] {
  const result = new Map<InstrumentKind, Instrument>(template.instruments.map((i) => [i.kind, structuredClone(i)]));
  if (template.noRiskPolisWhenRegistered && candidates.length > 0 && candidates.every((c) => c.doelgroepregister)) {
    result.set(InstrumentKind.NO_RISK_POLIS, { kind: InstrumentKind.NO_RISK_POLIS, note: null });
  }
  for (const o of overrides) result.set(o.kind, o);
  return [...result.values()];
}
