import { DomainError } from '@wsp/common';
import { LksRoute } from '../lks/lks-input';
import { assertProefplaatsTotal, assertProposable, findDoubleSubsidy, legalEmployerKey, validateInstruments } from './instrument-rules';
import { employmentStart, Instrument, InstrumentCandidateFacts, InstrumentKind, JobcoachingPayer, lksPeriod, proefplaatsPeriod } from './instruments';

const lksCandidate: InstrumentCandidateFacts = { pseudonym: 'K-000001', hasLksStatus: true, doelgroepregister: true, loonwaardePercentage: 55 };
const plainCandidate: InstrumentCandidateFacts = { pseudonym: 'K-000002', hasLksStatus: false, doelgroepregister: false, loonwaardePercentage: null };
const lks = (patch: Record<string, unknown> = {}): Instrument =>
  ({ kind: InstrumentKind.LKS, route: LksRoute.LOONWAARDE, startDate: null, endDate: null, fullTimeHoursPerWeek: null, reassessmentAfterMonths: 12, ...patch });
const proefplaats = (months: number, extensionMonths = 0): Instrument => ({ kind: InstrumentKind.PROEFPLAATS, months, extensionMonths });
const ctx = (candidates: InstrumentCandidateFacts[] = [lksCandidate]) => ({ startDate: '2026-03-01', candidates });

function refusal(fn: () => unknown, field?: string): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    if (field) expect((e as DomainError).details?.field).toBe(field);
    return (e as DomainError).message;
  }
  throw new Error('expected a ValidationError');
}

describe('validateInstruments', () => {
  it('accepts a complete set and orders it by kind', () => {
    const out = validateInstruments(
      [
        { kind: InstrumentKind.JOBCOACHING, payer: JobcoachingPayer.GEMEENTE, hourlyRateCents: 7500, schedule: [{ fromMonth: 4, toMonth: 12, hoursPerMonth: 4 }, { fromMonth: 1, toMonth: 3, hoursPerMonth: 8 }] },
        lks(),
        proefplaats(2),
        { kind: InstrumentKind.NO_RISK_POLIS, note: '  ' },
      ],
      ctx(),
    );
    expect(out.map((i) => i.kind)).toEqual([InstrumentKind.LKS, InstrumentKind.PROEFPLAATS, InstrumentKind.JOBCOACHING, InstrumentKind.NO_RISK_POLIS]);
    expect(out[2]).toMatchObject({ schedule: [{ fromMonth: 1 }, { fromMonth: 4 }] });
    expect(out[3]).toEqual({ kind: InstrumentKind.NO_RISK_POLIS, note: null });
  });

  it('refuses LKS for a candidate without an LKS status', () => {
    expect(refusal(() => validateInstruments([lks()], ctx([lksCandidate, plainCandidate])), 'instruments[0].kind')).toMatch(/LKS-status.*K-000002/);
  });

  it('refuses LKS during a proefplaats', () => {
    // proefplaats 2026-03-01..2026-04-30: LKS may start on 2026-05-01
    expect(refusal(() => validateInstruments([proefplaats(2), lks({ startDate: '2026-04-15' })], ctx()), 'instruments[1].lks.startDate')).toMatch(
      /Tijdens een proefplaats.*2026-05-01/,
    );
    expect(validateInstruments([proefplaats(2), lks({ startDate: '2026-05-01' })], ctx())).toHaveLength(2);
  });

  it('refuses a proefplaats longer than 2 months, an extension beyond 4, or beyond 6 months in total', () => {
    refusal(() => validateInstruments([proefplaats(3)], ctx()), 'instruments[0].proefplaats.months');
    refusal(() => validateInstruments([proefplaats(2, 5)], ctx()), 'instruments[0].proefplaats.extensionMonths');
    expect(validateInstruments([proefplaats(2, 4)], ctx())).toHaveLength(1);
    expect(() => assertProefplaatsTotal(2, 4, 'x')).not.toThrow();
    expect(refusal(() => assertProefplaatsTotal(2, 5, 'extensionMonths'), 'extensionMonths')).toMatch(/niet meer dan 6 maanden/);
  });

  it('refuses two instruments of one kind, and a leerwerkplek with a BBL', () => {
    refusal(() => validateInstruments([lks(), lks()], ctx()), 'instruments[1].kind');
    refusal(
      () =>
        validateInstruments(
          [
            { kind: InstrumentKind.LEERWERKPLEK, description: 'Magazijn', months: 6 },
            { kind: InstrumentKind.BBL, educationProvider: 'ROC Mondriaan', qualification: 'Logistiek medewerker', months: 24 },
          ],
          ctx(),
        ),
      'instruments[1].kind',
    );
  });

  it('refuses a no-riskpolis for a candidate outside the doelgroepregister (Ziektewet art. 29b)', () => {
    expect(refusal(() => validateInstruments([{ kind: InstrumentKind.NO_RISK_POLIS, note: null }], ctx([plainCandidate])))).toMatch(/doelgroepregister/);
  });

  it('checks each kind’s fields', () => {
    refusal(() => validateInstruments([lks({ route: 'ANDERS' })], ctx()), 'instruments[0].lks.route');
    refusal(() => validateInstruments([lks({ fullTimeHoursPerWeek: 61 })], ctx()), 'instruments[0].lks.fullTimeHoursPerWeek');
    refusal(() => validateInstruments([lks({ startDate: '2026-02-30' })], ctx()), 'instruments[0].lks.startDate');
    refusal(() => validateInstruments([lks({ startDate: '2026-06-01', endDate: '2026-05-01' })], ctx()), 'instruments[0].lks.endDate');
    const coaching = (schedule: { fromMonth: number; toMonth: number; hoursPerMonth: number }[]): Instrument => ({
      kind: InstrumentKind.JOBCOACHING,
      payer: JobcoachingPayer.EMPLOYER,
      hourlyRateCents: 7500,
      schedule,
    });
    refusal(() => validateInstruments([coaching([])], ctx()), 'instruments[0].jobcoaching.schedule');
    refusal(() => validateInstruments([coaching([{ fromMonth: 1, toMonth: 6, hoursPerMonth: 4 }, { fromMonth: 6, toMonth: 8, hoursPerMonth: 2 }])], ctx()), 'instruments[0].jobcoaching.schedule[1].fromMonth');
    refusal(() => validateInstruments([coaching([{ fromMonth: 3, toMonth: 2, hoursPerMonth: 4 }])], ctx()), 'instruments[0].jobcoaching.schedule[0].toMonth');
    refusal(() => validateInstruments([coaching([{ fromMonth: 1, toMonth: 2, hoursPerMonth: 0 }])], ctx()), 'instruments[0].jobcoaching.schedule[0].hoursPerMonth');
    refusal(() => validateInstruments([coaching([{ fromMonth: 1, toMonth: 2, hoursPerMonth: 1.234 }])], ctx()), 'instruments[0].jobcoaching.schedule[0].hoursPerMonth');
    refusal(() => validateInstruments([{ kind: InstrumentKind.DETACHERING, leerwerkbedrijf: ' ', monthlyFeeCents: 100 }], ctx()), 'instruments[0].detachering.leerwerkbedrijf');
    refusal(() => validateInstruments([{ kind: InstrumentKind.DETACHERING, leerwerkbedrijf: 'LWB', monthlyFeeCents: -1 }], ctx()), 'instruments[0].detachering.monthlyFeeCents');
    refusal(
      () => validateInstruments([{ kind: InstrumentKind.WERKPLEKAANPASSING, description: 'Hulpmiddel', costCents: 100, fundedBy: 'BUURMAN' as never }], ctx()),
      'instruments[0].werkplekaanpassing.fundedBy',
    );
  });
});

describe('periods', () => {
  it('derives the proefplaats, the employment start and the LKS period', () => {
    expect(proefplaatsPeriod('2026-01-31', { kind: InstrumentKind.PROEFPLAATS, months: 1, extensionMonths: 0 })).toEqual({
      startDate: '2026-01-31',
      endDate: '2026-02-28',
      totalMonths: 1,
    });
    expect(employmentStart('2026-03-01', [proefplaats(2, 1)])).toBe('2026-06-01');
    expect(employmentStart('2026-03-01', [lks()])).toBe('2026-03-01');
    expect(lksPeriod('2026-03-01', [proefplaats(2), lks()])).toEqual({ startDate: '2026-05-01', endDate: null, reassessmentOn: '2027-05-01' });
    expect(lksPeriod('2026-03-01', [proefplaats(2)])).toBeNull();
  });
});

describe('assertProposable', () => {
  it('needs a candidate, and a loonwaarde on the loonwaarde route', () => {
    refusal(() => assertProposable([], []), 'candidates');
    expect(refusal(() => assertProposable([lks()], [{ ...lksCandidate, loonwaardePercentage: null }]))).toMatch(/loonwaarde.*K-000001/);
    expect(() => assertProposable([lks({ route: LksRoute.FORFAITAIR })], [{ ...lksCandidate, loonwaardePercentage: null }])).not.toThrow();
  });
});

describe('no double subsidy on one employment (art. 10d lid 9)', () => {
  const employer = legalEmployerKey('e1', [lks()]);
  it('finds an overlapping LKS with the same legal employer', () => {
    const others = [
      { id: 'a', legalEmployerKey: employer, startDate: '2025-01-01', endDate: '2025-12-31' },
      { id: 'b', legalEmployerKey: employer, startDate: '2026-06-01', endDate: null },
    ];
    expect(findDoubleSubsidy({ legalEmployerKey: employer, startDate: '2026-01-01', endDate: '2026-05-31' }, others)).toBeUndefined();
    expect(findDoubleSubsidy({ legalEmployerKey: employer, startDate: '2026-01-01', endDate: null }, others)?.id).toBe('b');
    expect(findDoubleSubsidy({ legalEmployerKey: 'employer:e2', startDate: '2026-01-01', endDate: null }, others)).toBeUndefined();
  });

  it('treats the leerwerkbedrijf as the legal employer with detachering', () => {
    const detached = [lks(), { kind: InstrumentKind.DETACHERING, leerwerkbedrijf: 'LWB Delft', monthlyFeeCents: 1 } as Instrument];
    expect(legalEmployerKey('e1', detached)).toBe(legalEmployerKey('e2', detached));
    expect(legalEmployerKey('e1', detached)).not.toBe(employer);
  });
});
