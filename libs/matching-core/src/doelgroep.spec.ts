import { DEFAULT_DOELGROEP_BANDS, DoelgroepBands, deriveDoelgroep } from './doelgroep';
import { MatchingConfigurationError, selectEffective } from './effective';

describe('deriveDoelgroep (default bands: VOLLEDIG > 80, BEPERKT 20–80, BESCHUT < 20)', () => {
  const bands = selectEffective(DEFAULT_DOELGROEP_BANDS, '2025-01-01');

  it.each([
    [100, 'VOLLEDIG'],
    [81, 'VOLLEDIG'],
    [80.5, 'VOLLEDIG'],
    [80, 'BEPERKT'],
    [79, 'BEPERKT'],
    [50, 'BEPERKT'],
    [21, 'BEPERKT'],
    [20, 'BEPERKT'],
    [19.5, 'BESCHUT'],
    [19, 'BESCHUT'],
    [0, 'BESCHUT'],
  ])('loonwaarde %d%% → %s', (loonwaarde, expected) => {
    expect(deriveDoelgroep(loonwaarde, false, bands)).toBe(expected);
  });

  it('ZORG only when set explicitly, and then regardless of loonwaarde', () => {
    expect(deriveDoelgroep(100, true, bands)).toBe('ZORG');
    expect(deriveDoelgroep(5, true, bands)).toBe('ZORG');
    expect(deriveDoelgroep(null, true, bands)).toBe('ZORG');
    for (let lw = 0; lw <= 100; lw++) expect(deriveDoelgroep(lw, false, bands)).not.toBe('ZORG');
  });

  it('unknown loonwaarde gives no doelgroep (never guessed)', () => {
    expect(deriveDoelgroep(null, false, bands)).toBeNull();
  });

  it('uses the bands in force on the reference date', () => {
    const history: DoelgroepBands[] = [
      ...DEFAULT_DOELGROEP_BANDS,
      { effectiveFrom: '2026-07-01', volledigAbove: 70, beschutBelow: 30 },
    ];
    expect(deriveDoelgroep(75, false, selectEffective(history, '2026-06-30'))).toBe('BEPERKT');
    expect(deriveDoelgroep(75, false, selectEffective(history, '2026-07-01'))).toBe('VOLLEDIG');
    expect(deriveDoelgroep(25, false, selectEffective(history, '2026-07-01'))).toBe('BESCHUT');
    expect(() => selectEffective(history, '2014-12-31')).toThrow(MatchingConfigurationError);
  });
});
