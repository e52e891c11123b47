import { ValidationError } from '@wsp/common';
import { Instrument, INSTRUMENT_INPUT_FIELD, InstrumentKind } from '../domain/instruments';
import type { InstrumentInput } from './instrument.inputs';

type DetailField = (typeof INSTRUMENT_INPUT_FIELD)[InstrumentKind];

/**
 * The typed GraphQL input of one instrument → the domain Instrument. The input carries `kind`
 * plus exactly the one field for that kind; anything else is refused naming the field. Ranges are
 * checked afterwards by validateInstruments.
 */
export function instrumentFromInput(input: InstrumentInput, at: string): Instrument {
  const field: DetailField | undefined = INSTRUMENT_INPUT_FIELD[input.kind];
  if (!field) throw new ValidationError('Onbekend soort instrument', `${at}.kind`);
  const stray = (Object.values(INSTRUMENT_INPUT_FIELD) as DetailField[]).find((f) => f !== field && input[f] != null);
  if (stray) throw new ValidationError(`Bij soort ${input.kind} hoort alleen het veld ${field}, niet ${stray}`, `${at}.${stray}`);
  const details = input[field];
  if (details == null) throw new ValidationError(`Vul ${field} in bij soort ${input.kind}`, `${at}.${field}`);
  switch (input.kind) {
    case InstrumentKind.LKS: {
      const d = input.lks!;
      return {
        kind: input.kind,
        route: d.route,
        startDate: d.startDate ?? null,
        endDate: d.endDate ?? null,
        fullTimeHoursPerWeek: d.fullTimeHoursPerWeek ?? null,
        reassessmentAfterMonths: d.reassessmentAfterMonths ?? 12,
      };
    }
    case InstrumentKind.PROEFPLAATS:
      return { kind: input.kind, months: input.proefplaats!.months, extensionMonths: input.proefplaats!.extensionMonths ?? 0 };
    case InstrumentKind.JOBCOACHING: {
      const d = input.jobcoaching!;
      return {
        kind: input.kind,
        payer: d.payer,
        hourlyRateCents: d.hourlyRateCents,
        schedule: d.schedule.map((p) => ({ fromMonth: p.fromMonth, toMonth: p.toMonth, hoursPerMonth: p.hoursPerMonth })),
      };
    }
    case InstrumentKind.NO_RISK_POLIS:
      return { kind: input.kind, note: input.noRiskPolis!.note ?? null };
    case InstrumentKind.WERKPLEKAANPASSING: {
      const d = input.werkplekaanpassing!;
      return { kind: input.kind, description: d.description, costCents: d.costCents, fundedBy: d.fundedBy };
    }
    case InstrumentKind.DETACHERING:
      return { kind: input.kind, leerwerkbedrijf: input.detachering!.leerwerkbedrijf, monthlyFeeCents: input.detachering!.monthlyFeeCents };
    case InstrumentKind.LEERWERKPLEK:
      return { kind: input.kind, description: input.leerwerkplek!.description, months: input.leerwerkplek!.months };
    case InstrumentKind.BBL:
      return { kind: input.kind, educationProvider: input.bbl!.educationProvider, qualification: input.bbl!.qualification, months: input.bbl!.months };
  }
}

export function instrumentsFromInput(inputs: readonly InstrumentInput[] | null | undefined, prefix = 'instruments'): Instrument[] {
  return (inputs ?? []).map((i, n) => instrumentFromInput(i, `${prefix}[${n}]`));
}
