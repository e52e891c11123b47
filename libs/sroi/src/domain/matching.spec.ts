import { CandidateProfile, DEFAULT_MATCHING_PARAMETERS, HaversineTravelTimeEstimator, scoreCandidate, sumContributions, VacancyProfile } from '@wsp/matching-core';
import { SroiCategory } from './enums';
import { relativeCategoryValue, rescoreWithSroi, sroiComponents, withSroiWeight } from './matching';
import { HAAGLANDEN_TABLE } from './test-tables';

const vacancy: VacancyProfile = {
  id: 'v1',
  employerId: 'e1',
  location: { lat: 52.08, lon: 4.31 },
  hoursMin: 24,
  hoursMax: 32,
  startDate: null,
  drivingLicenceRequired: false,
  educationLevel: null,
  occupation: { id: 'o1', iscoGroup: '9112' },
  essentialSkillIds: ['s1'],
  optionalSkillIds: [],
  openToLks: true,
  minLoonwaarde: null,
  beschut: false,
};
const candidate = (id: string): CandidateProfile => ({
  id,
  home: { lat: 52.07, lon: 4.3, municipalityCode: 'GM0518' },
  mobilityModes: ['BIKE'],
  maxTravelMinutes: null,
  hoursMinPerWeek: 24,
  hoursMaxPerWeek: 32,
  availableFrom: '2025-01-01',
  active: true,
  hasActivePlacement: false,
  visibleForMatching: true,
  drivingLicence: false,
  educationLevel: null,
  wishedOccupations: [{ id: 'o1', iscoGroup: '9112' }],
  skillIds: ['s1'],
  loonwaarde: 100,
  explicitZorg: false,
  lksStatus: 'NONE',
  beschutIndication: false,
  doelgroepregister: false,
  waitingSince: '2024-01-01',
});
const estimator = new HaversineTravelTimeEstimator();

describe('the optional SROI matching component', () => {
  const lookup = { contribution: (_v: string, c: string) => (c === 'counts' ? relativeCategoryValue(HAAGLANDEN_TABLE, SroiCategory.PARTICIPATIEWET) : 0) };

  it('grades categories against the highest value of the table', () => {
    expect(relativeCategoryValue(HAAGLANDEN_TABLE, SroiCategory.BANENAFSPRAAK)).toBe(1);
    expect(relativeCategoryValue(HAAGLANDEN_TABLE, SroiCategory.PARTICIPATIEWET)).toBe(0.8);
    expect(relativeCategoryValue(HAAGLANDEN_TABLE, SroiCategory.WW)).toBe(0.4);
    expect(relativeCategoryValue(HAAGLANDEN_TABLE, SroiCategory.PARTICIPATIEWET_LONG_TERM)).toBe(0);
  });

  it('is off by default: the core scores both candidates the same', () => {
    const a = scoreCandidate(vacancy, candidate('counts'), DEFAULT_MATCHING_PARAMETERS, estimator, '2025-06-01', sroiComponents(lookup));
    const b = scoreCandidate(vacancy, candidate('other'), DEFAULT_MATCHING_PARAMETERS, estimator, '2025-06-01', sroiComponents(lookup));
    expect(a.eligible && b.eligible).toBe(true);
    if (!a.eligible || !b.eligible) return;
    expect(a.score).toBe(b.score);
    expect(a.components.map((c) => c.key)).not.toContain('sroi');
  });

  it('favours the candidate who counts when switched on, through the core’s open component list', () => {
    const params = withSroiWeight(DEFAULT_MATCHING_PARAMETERS, 0.1);
    const a = scoreCandidate(vacancy, candidate('counts'), params, estimator, '2025-06-01', sroiComponents(lookup));
    const b = scoreCandidate(vacancy, candidate('other'), params, estimator, '2025-06-01', sroiComponents(lookup));
    if (!a.eligible || !b.eligible) throw new Error('expected eligible');
    expect(a.score).toBeGreaterThan(b.score);
    const sroi = a.components.find((c) => c.key === 'sroi')!;
    expect(sroi.value).toBe(0.8);
    expect(sroi.weight).toBeCloseTo(0.1 / 1.1, 6);
    expect(sumContributions(a.components)).toBe(a.score);
    expect(a.explanation).not.toMatch(/SROI|uitkering|doelgroep/i);
  });

  it('re-scores a stored match like the core would', () => {
    const params = withSroiWeight(DEFAULT_MATCHING_PARAMETERS, 0.1);
    const off = scoreCandidate(vacancy, candidate('counts'), DEFAULT_MATCHING_PARAMETERS, estimator, '2025-06-01');
    const on = scoreCandidate(vacancy, candidate('counts'), params, estimator, '2025-06-01', sroiComponents(lookup));
    if (!off.eligible || !on.eligible) throw new Error('expected eligible');
    const stored = off.components.map((c) => ({ code: c.key, label: c.label, value: c.value, weight: c.weight, note: c.note }));
    const rescored = rescoreWithSroi(stored, 0.8, 0.1);
    expect(Math.abs(rescored.score - on.score)).toBeLessThanOrEqual(0.0002);
    expect(rescoreWithSroi(stored, 0.8, 0).score).toBe(off.score);
  });

  it('keeps the score of a match stored by a run with the component on (no double count)', () => {
    const params = withSroiWeight(DEFAULT_MATCHING_PARAMETERS, 0.1);
    const off = scoreCandidate(vacancy, candidate('counts'), DEFAULT_MATCHING_PARAMETERS, estimator, '2025-06-01');
    const on = scoreCandidate(vacancy, candidate('counts'), params, estimator, '2025-06-01', sroiComponents(lookup));
    if (!off.eligible || !on.eligible) throw new Error('expected eligible');
    const stored = on.components.map((c) => ({ code: c.key, label: c.label, value: c.value, weight: c.weight, note: c.note }));
    expect(Math.abs(rescoreWithSroi(stored, 0.8, 0.1).score - on.score)).toBeLessThanOrEqual(0.0002);
    expect(Math.abs(rescoreWithSroi(stored, 0.8, 0).score - off.score)).toBeLessThanOrEqual(0.0002);
  });
});
