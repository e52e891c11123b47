import { ScoreComponent } from './components';
import { MatchingConfigurationError } from './effective';
import { sumContributions } from './explanation';
import { CandidateProfile, VacancyProfile } from './model';
import { DEFAULT_MATCHING_PARAMETERS, MatchingParameters } from './parameters';
import { EligibleResult, rankCandidates, scoreCandidate } from './scoring';
import { UTRECHT, buildCandidate, buildVacancy, northOf } from './testing/builders';
import { HaversineTravelTimeEstimator } from './travel';

const estimator = new HaversineTravelTimeEstimator();
const REF = '2025-02-01';
const P = DEFAULT_MATCHING_PARAMETERS;

function eligible(c: Partial<CandidateProfile> = {}, v: Partial<VacancyProfile> = {}, params: MatchingParameters = P): EligibleResult {
  const r = scoreCandidate(buildVacancy(v), buildCandidate(c), params, estimator, REF);
  if (!r.eligible) throw new Error(`expected eligible, got ${r.failures.map((f) => f.code).join(', ')}`);
  return r;
}

const component = (r: EligibleResult, key: string) => r.components.find((c) => c.key === key);
const valueOf = (r: EligibleResult, key: string) => component(r, key)?.value;
const otherOccupation = { wishedOccupations: [{ id: 'esco-occ-kok', iscoGroup: '5120' }] };

describe('scoreCandidate: score and explanation', () => {
  it('reads like the issue example and its contributions add up to the score', () => {
    const r = eligible(otherOccupation);
    expect(r.explanation).toBe(
      'Past goed: 4 van 5 essentiële vaardigheden, ongeveer 25 minuten reistijd per fiets (schatting), beschikbaar voor 24–32 uur.',
    );
    // skills 9/12, occupation 0, travel 1 − 27/90, hours 1, loonwaarde 1, education 1, waiting 397/730
    expect(r.components.map((c) => [c.key, c.value, c.weight])).toEqual([
      ['skills', 0.75, 0.25],
      ['occupation', 0, 0.2],
      ['travel', 0.7, 0.2],
      ['hours', 1, 0.1],
      ['loonwaarde', 1, 0.1],
      ['education', 1, 0.1],
      ['waiting', 0.5438, 0.05],
    ]);
    expect(r.score).toBe(0.6547);
    expect(r.components.map((c) => c.contribution)).toEqual([0.1875, 0, 0.14, 0.1, 0.1, 0.1, 0.0272]);
    expect(sumContributions(r.components)).toBe(r.score);
    expect(r.travel).toEqual({ mode: 'BIKE', minutes: 27, distanceKm: 6.3, estimated: true, method: 'haversine', limitMinutes: 90 });
    expect(r.doelgroep).toBe('VOLLEDIG');
  });

  it('names the verdict by score and mentions a matching occupation wish', () => {
    const r = eligible();
    expect(r.score).toBe(0.8547);
    expect(r.explanation).toBe(
      'Past zeer goed: 4 van 5 essentiële vaardigheden, beroepswens komt overeen, ongeveer 25 minuten reistijd per fiets (schatting), beschikbaar voor 24–32 uur.',
    );
  });

  it('keeps personal data out of the employer sentence', () => {
    const r = eligible({ id: 'cand-Jansen', loonwaarde: 65, waitingSince: '2020-01-01', educationLevel: 'MBO_1' }, { openToLks: true, minLoonwaarde: 40, educationLevel: 'MBO_3' });
    expect(r.explanation).not.toMatch(/Jansen|GM0344|65|%|wacht|loonwaarde/i);
    expect(r.explanation).toContain('opleidingsniveau lager dan gevraagd');
    expect(component(r, 'loonwaarde')?.note).toBe('Loonwaarde 65% (minimum van de vacature 40%).');
  });
});

describe('skills component', () => {
  it('unknown skills score 0 and the explanation says so', () => {
    const r = eligible({ skillIds: null });
    expect(valueOf(r, 'skills')).toBe(0);
    expect(component(r, 'skills')?.note).toBe('Vaardigheden onbekend.');
    expect(r.explanation).toContain('vaardigheden onbekend');
  });

  it('a known empty skill set is 0 of n', () => {
    const r = eligible({ skillIds: [] });
    expect(valueOf(r, 'skills')).toBe(0);
    expect(r.explanation).toContain('0 van 5 essentiële vaardigheden');
  });

  it('an essential skill counts twice an optional one', () => {
    expect(valueOf(eligible({ skillIds: ['s1'] }), 'skills')).toBeCloseTo(2 / 12, 4);
    expect(valueOf(eligible({ skillIds: ['o1'] }), 'skills')).toBeCloseTo(1 / 12, 4);
    expect(valueOf(eligible({ skillIds: ['s1', 's2', 's3', 's4', 's5', 'o1', 'o2'] }), 'skills')).toBe(1);
  });

  it('only optional skills listed: phrased as gewenste vaardigheden', () => {
    const r = eligible({ skillIds: ['o1'] }, { essentialSkillIds: [] });
    expect(valueOf(r, 'skills')).toBe(0.5);
    expect(r.explanation).toContain('1 van 2 gewenste vaardigheden');
  });

  it('a vacancy without skills gives 0 (nothing to show a fit)', () => {
    const r = eligible({}, { essentialSkillIds: [], optionalSkillIds: [] });
    expect(valueOf(r, 'skills')).toBe(0);
    expect(component(r, 'skills')?.note).toBe('De vacature noemt geen vaardigheden.');
  });
});

describe('occupation component', () => {
  it.each([
    ['same ESCO occupation', 1, [{ id: 'esco-occ-magazijn', iscoGroup: '9333' }]],
    ['same ISCO unit group', 0.6, [{ id: 'esco-occ-other', iscoGroup: '9333' }]],
    ['same ISCO minor group', 0.3, [{ id: 'esco-occ-other', iscoGroup: '9331' }]],
    ['unrelated', 0, [{ id: 'esco-occ-other', iscoGroup: '9321' }]],
    ['no wish', 0, []],
    ['best of several wishes', 0.3, [{ id: 'a', iscoGroup: '5120' }, { id: 'b', iscoGroup: '9334' }]],
  ] as const)('%s → %d', (_name, expected, wishedOccupations) => {
    expect(valueOf(eligible({ wishedOccupations }), 'occupation')).toBe(expected);
  });
});

describe('travel, hours, loonwaarde, education, waiting components', () => {
  it('travel decays linearly to 0 at the limit; exponential is configurable', () => {
    const at = (km: number, params = P) => valueOf(eligible({ home: { ...northOf(UTRECHT, km), municipalityCode: 'X' } }, {}, params), 'travel')!;
    expect(at(0)).toBeCloseTo(1 - 2 / 90, 4);
    expect(at(10)).toBeCloseTo(1 - 52 / 90, 4);
    expect(at(17.59)).toBeLessThan(0.001);
    const expo = { ...P, travel: { decay: { kind: 'EXPONENTIAL' as const, steepness: 3 } } };
    expect(at(10, expo)).toBeLessThan(at(10));
    expect(at(0, expo)).toBeGreaterThan(at(10, expo));
  });

  it('hours: share of the wished range the vacancy can offer', () => {
    expect(valueOf(eligible({ hoursMinPerWeek: 16, hoursMaxPerWeek: 40 }), 'hours')).toBe(0.36); // 24–32 of 16–40: 9/25
    expect(valueOf(eligible({ hoursMinPerWeek: 32, hoursMaxPerWeek: 32 }), 'hours')).toBe(1);
    const touching = eligible({ hoursMinPerWeek: 16, hoursMaxPerWeek: 24 });
    expect(valueOf(touching, 'hours')).toBeCloseTo(1 / 9, 4);
    expect(touching.explanation).toContain('beschikbaar voor 24 uur');
  });

  it('loonwaarde: full on regular vacancies, headroom above the minimum on LKS vacancies, 0 when unknown', () => {
    expect(valueOf(eligible(), 'loonwaarde')).toBe(1);
    const lks = { openToLks: true, minLoonwaarde: 50 };
    expect(valueOf(eligible({ loonwaarde: 50 }, lks), 'loonwaarde')).toBe(0.5);
    expect(valueOf(eligible({ loonwaarde: 75 }, lks), 'loonwaarde')).toBe(0.75);
    expect(valueOf(eligible({ loonwaarde: 100 }, lks), 'loonwaarde')).toBe(1);
    expect(valueOf(eligible({ loonwaarde: 30 }, { openToLks: true }), 'loonwaarde')).toBe(0.65);
    const unknown = eligible({ loonwaarde: null }, { openToLks: true });
    expect(valueOf(unknown, 'loonwaarde')).toBe(0);
    expect(component(unknown, 'loonwaarde')?.note).toBe('Loonwaarde niet vastgesteld.');
  });

  it('education is soft: lower level is a penalty, never an exclusion', () => {
    const asked = { educationLevel: 'MBO_3' as const };
    expect(valueOf(eligible({ educationLevel: 'MBO_2' }, asked), 'education')).toBe(0.75);
    expect(valueOf(eligible({ educationLevel: 'VMBO' }, asked), 'education')).toBe(0.25);
    expect(valueOf(eligible({ educationLevel: 'PRIMARY' }, asked), 'education')).toBe(0);
    expect(valueOf(eligible({ educationLevel: 'HBO' }, asked), 'education')).toBe(1);
    expect(valueOf(eligible({ educationLevel: null }, asked), 'education')).toBe(0);
    expect(valueOf(eligible({ educationLevel: null }), 'education')).toBe(1);
    expect(eligible({ educationLevel: 'NONE' }, { educationLevel: 'WO' }).eligible).toBe(true);
  });

  it('waiting time grows linearly and is capped; unknown or future counts 0', () => {
    expect(valueOf(eligible({ waitingSince: '2024-08-05' }), 'waiting')).toBeCloseTo(180 / 730, 4);
    expect(valueOf(eligible({ waitingSince: '2015-01-01' }), 'waiting')).toBe(1);
    expect(valueOf(eligible({ waitingSince: null }), 'waiting')).toBe(0);
    expect(valueOf(eligible({ waitingSince: '2025-06-01' }), 'waiting')).toBe(0);
  });
});

describe('parameters and extensibility', () => {
  it('the SROI slot is off by default and can be switched on by weight', () => {
    expect(component(eligible(), 'sroi')).toBeUndefined();
    const withSroi = { ...P, weights: { ...P.weights, sroi: 0.1 } };
    const on = eligible({ doelgroepregister: true }, { sroiRelevant: true }, withSroi);
    expect(valueOf(on, 'sroi')).toBe(1);
    expect(on.components.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 6);
    expect(sumContributions(on.components)).toBe(on.score);
    expect(valueOf(eligible({ doelgroepregister: false }, { sroiRelevant: true }, withSroi), 'sroi')).toBe(0);
  });

  it('accepts extra components', () => {
    const custom: ScoreComponent = { key: 'proefplaats', label: 'Proefplaats', evaluate: () => ({ value: 1, note: 'ok', phrase: 'proefplaats mogelijk' }) };
    const params = { ...P, weights: { proefplaats: 0.2 } };
    const r = scoreCandidate(buildVacancy(), buildCandidate(), params, estimator, REF, [custom]);
    expect(r.eligible && r.components.map((c) => [c.key, c.weight, c.contribution])).toEqual([['proefplaats', 1, 1]]);
    expect(r.eligible && r.explanation).toBe('Past zeer goed: proefplaats mogelijk.');
  });

  it('rejects unusable weights', () => {
    const run = (weights: MatchingParameters['weights']) => () => scoreCandidate(buildVacancy(), buildCandidate(), { ...P, weights }, estimator, REF);
    expect(run({ skils: 1 })).toThrow(MatchingConfigurationError);
    expect(run({ skills: -1, travel: 1 })).toThrow(MatchingConfigurationError);
    expect(run({ skills: 0 })).toThrow(MatchingConfigurationError);
    expect(run({ travel: 1 })).not.toThrow();
  });
});

describe('rankCandidates', () => {
  const at = (id: string, km: number): CandidateProfile => buildCandidate({ id, home: { ...northOf(UTRECHT, km), municipalityCode: 'X' } });

  it('orders by score, breaks ties by candidate id, applies the limit and counts exclusions', () => {
    const candidates = [
      at('c-far', 12),
      at('c-b', 3),
      at('c-a', 3),
      buildCandidate({ id: 'c-inactive', active: false }),
      buildCandidate({ id: 'c-both', active: false, visibleForMatching: false }),
      at('c-near', 1),
      at('c-too-far', 30),
    ];
    const all = rankCandidates(buildVacancy(), candidates, P, estimator, { referenceDate: REF });
    expect(all.matches.map((m) => m.candidateId)).toEqual(['c-near', 'c-a', 'c-b', 'c-far']);
    expect(all.evaluated).toBe(7);
    expect(all.eligibleCount).toBe(4);
    expect(all.exclusionsByReason).toEqual({ NOT_ACTIVE: 2, NOT_VISIBLE: 1, TRAVEL_TOO_LONG: 1 });
    const top2 = rankCandidates(buildVacancy(), [...candidates].reverse(), P, estimator, { referenceDate: REF, limit: 2 });
    expect(top2.matches.map((m) => m.candidateId)).toEqual(['c-near', 'c-a']);
    expect(() => rankCandidates(buildVacancy(), candidates, P, estimator, { referenceDate: REF, limit: -1 })).toThrow(MatchingConfigurationError);
  });
});
