import { Doelgroep, LksStatus } from '@wsp/candidates';
import { LksRoute } from '../lks/lks-input';
import { validateInstruments } from './instrument-rules';
import { InstrumentKind } from './instruments';
import { ARRANGEMENT_TEMPLATES, ArrangementTemplate, instrumentsFromTemplate, templateOn, templatesOn } from './templates';

describe('arrangement templates', () => {
  it('has valid instruments for a fitting candidate in every template', () => {
    for (const t of ARRANGEMENT_TEMPLATES) {
      expect(t.code).toBe(`${t.doelgroep}_${t.lksStatus}`);
      const facts = { pseudonym: 'K-1', hasLksStatus: t.lksStatus !== LksStatus.NONE, doelgroepregister: true, loonwaardePercentage: 50 };
      expect(() => validateInstruments(instrumentsFromTemplate(t, [], [facts]), { startDate: '2026-01-01', candidates: [facts] })).not.toThrow();
    }
  });

  it('BEPERKT with LKS_MDP: proefplaats, then LKS with a reassessment after 12 months, plus jobcoaching', () => {
    const t = templateOn('BEPERKT_LKS_MDP', '2026-01-01')!;
    expect(t).toMatchObject({ doelgroep: Doelgroep.BEPERKT, lksStatus: LksStatus.LKS_MDP });
    expect(t.instruments).toEqual(
      expect.arrayContaining([
        { kind: InstrumentKind.PROEFPLAATS, months: 2, extensionMonths: 0 },
        expect.objectContaining({ kind: InstrumentKind.LKS, route: LksRoute.LOONWAARDE, reassessmentAfterMonths: 12, startDate: null }),
        expect.objectContaining({ kind: InstrumentKind.JOBCOACHING }),
      ]),
    );
  });

  it('picks the newest version in force on a date', () => {
    const v1 = ARRANGEMENT_TEMPLATES[0];
    const v2: ArrangementTemplate = { ...v1, effectiveFrom: '2027-01-01', name: 'v2' };
    const all = [...ARRANGEMENT_TEMPLATES, v2];
    expect(templateOn(v1.code, '2026-12-31', all)?.name).toBe(v1.name);
    expect(templateOn(v1.code, '2027-01-01', all)?.name).toBe('v2');
    expect(templatesOn('2024-12-31')).toEqual([]);
    expect(templateOn('ZORG_NONE', '2026-01-01')).toBeUndefined();
  });

  it('lets overrides replace instruments and adds the no-riskpolis only when every candidate is registered', () => {
    const t = templateOn('BEPERKT_LKS_MDP', '2026-01-01')!;
    const out = instrumentsFromTemplate(t, [{ kind: InstrumentKind.PROEFPLAATS, months: 1, extensionMonths: 0 }], [{ doelgroepregister: true }]);
    expect(out.find((i) => i.kind === InstrumentKind.PROEFPLAATS)).toMatchObject({ months: 1 });
    expect(out.some((i) => i.kind === InstrumentKind.NO_RISK_POLIS)).toBe(true);
    const mixed = instrumentsFromTemplate(t, [], [{ doelgroepregister: true }, { doelgroepregister: false }]);
    expect(mixed.some((i) => i.kind === InstrumentKind.NO_RISK_POLIS)).toBe(false);
    // the template itself is not changed
    expect(t.instruments.find((i) => i.kind === InstrumentKind.PROEFPLAATS)).toMatchObject({ months: 2 });
  });
});
