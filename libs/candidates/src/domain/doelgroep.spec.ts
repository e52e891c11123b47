import { Doelgroep, doelgroepOn } from './doelgroep';

const TODAY = '2025-06-01';

describe('doelgroep from the current loonwaarde (default bands)', () => {
  it.each([
    [0, Doelgroep.BESCHUT],
    [19, Doelgroep.BESCHUT],
    [20, Doelgroep.BEPERKT],
    [50, Doelgroep.BEPERKT],
    [80, Doelgroep.BEPERKT],
    [81, Doelgroep.VOLLEDIG],
    [100, Doelgroep.VOLLEDIG],
  ])('loonwaarde %i → %s', (loonwaarde, expected) => {
    expect(doelgroepOn(loonwaarde, false, TODAY)).toBe(expected);
  });

  it('is unknown (null) without a loonwaarde', () => {
    expect(doelgroepOn(null, false, TODAY)).toBeNull();
  });

  it('is ZORG when the consultant set it, whatever the loonwaarde', () => {
    expect(doelgroepOn(95, true, TODAY)).toBe(Doelgroep.ZORG);
    expect(doelgroepOn(null, true, TODAY)).toBe(Doelgroep.ZORG);
  });

  it('uses the band version in force on the date', () => {
    const history = [
      { effectiveFrom: '2015-01-01', volledigAbove: 80, beschutBelow: 20 },
      { effectiveFrom: '2026-01-01', volledigAbove: 70, beschutBelow: 30 },
    ];
    expect(doelgroepOn(75, false, '2025-12-31', history)).toBe(Doelgroep.BEPERKT);
    expect(doelgroepOn(75, false, '2026-01-01', history)).toBe(Doelgroep.VOLLEDIG);
    expect(doelgroepOn(25, false, '2026-01-01', history)).toBe(Doelgroep.BESCHUT);
  });
});
