import { parseFilter } from '../testing/meili-filter';
import { NOTHING, candidateFilterParts, candidateGeoFilter, levelFilter, str, vacancyFilterParts } from './filters';

const FIELDS = ['occupationIds', 'iscoUnitGroups', 'iscoMinorGroups', 'skillIds'];

describe('Meilisearch filter expressions', () => {
  it('quote and escape string values', () => {
    expect(str('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(parseFilter(`status = ${str('x"y')}`)).toEqual({ kind: 'cmp', attr: 'status', op: '=', value: 'x"y' });
  });

  it('bound the reach by rings whose lower radius the candidate must reach', () => {
    const f = candidateGeoFilter(52.1, 5.1, 40, true);
    const rings = f.match(/_geoRadius/g) ?? [];
    expect(rings).toHaveLength(8);
    expect(f).toContain('(_geoRadius(52.1000000, 5.1000000, 10100) AND reachKm >= 5)');
    expect(f).toContain('AND reachKm >= 35)');
    expect(f).not.toContain('reachKm >= 0)');
    expect(candidateGeoFilter(52.1, 5.1, 1, true)).toBe('(_geoRadius(52.1000000, 5.1000000, 1055))');
    expect(candidateGeoFilter(52.1, 5.1, 10, false)).toBe('_geoRadius(52.1000000, 5.1000000, 10100)');
    expect(() => parseFilter(f)).not.toThrow();
  });

  it('divide the rings\' reach bounds by the reach fraction', () => {
    const f = candidateGeoFilter(52.1, 5.1, 40, true, 0.5);
    expect(f.match(/_geoRadius/g) ?? []).toHaveLength(8);
    expect(f).toContain('(_geoRadius(52.1000000, 5.1000000, 10100) AND reachKm >= 10)');
    expect(f).toContain('AND reachKm >= 70)');
    expect(candidateGeoFilter(52.1, 5.1, 40, true, 1)).toBe(candidateGeoFilter(52.1, 5.1, 40, true));
  });

  it('widen overlap levels to their terms, and match nothing when no level is left', () => {
    const terms = { occupationIds: ['o1'], iscoUnitGroups: ['9112'], skillIds: ['s1', 's2'] };
    expect(levelFilter(terms, undefined, FIELDS)).toEqual([]);
    expect(levelFilter(terms, [], FIELDS)).toBe(NOTHING);
    expect(levelFilter(terms, ['OCCUPATION', 'SKILL'], FIELDS)).toEqual(['(occupationIds IN ["o1"] OR skillIds IN ["s1", "s2"])']);
    expect(levelFilter(terms, ['ISCO_MINOR'], FIELDS)).toBe(NOTHING);
    expect(levelFilter(terms, ['NONE'], FIELDS)).toEqual(['NOT (occupationIds IN ["o1"] OR iscoUnitGroups IN ["9112"] OR skillIds IN ["s1", "s2"])']);
    expect(levelFilter(terms, ['ISCO_UNIT', 'NONE'], FIELDS)).toEqual(['NOT (occupationIds IN ["o1"])']);
    expect(levelFilter(terms, ['OCCUPATION', 'NONE'], FIELDS)).toEqual([]);
  });

  it('express every eligibility rule with sentinels for unknown values', () => {
    const parts = candidateFilterParts({
      hours: { min: 20, max: 30 },
      matchableOnly: true,
      eligibility: { requireNoLks: true, minLoonwaarde: 50, excludeBeschutOnlyBelow: 20, excludeZorg: true },
    });
    expect(parts).toEqual([
      'hoursMax >= 20',
      'hoursMin <= 30',
      'matchable = true',
      'lksStatus = "NONE"',
      'loonwaarde >= 100',
      'loonwaarde >= 50',
      'beschutIndication = false',
      '(loonwaarde < 0 OR loonwaarde >= 20)',
      'doelgroep != "ZORG"',
    ]);
    parts.forEach((p) => expect(() => parseFilter(p)).not.toThrow());
    expect(vacancyFilterParts({ statuses: [] })).toBe(NOTHING);
    expect(vacancyFilterParts({ eligibility: { candidateLoonwaarde: null } })).toEqual(['minLoonwaarde < 0']);
    expect(vacancyFilterParts({ startFeasible: { availableFrom: 20250301, referenceDate: 20250401 } })).toEqual([
      '(startDate >= 20250301 OR startDate = 0)',
    ]);
  });
});
