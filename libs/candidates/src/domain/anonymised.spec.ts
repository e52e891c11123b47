import { EducationLevel } from '@wsp/common';
import { LksStatus } from '../entities/candidate.entity';
import { AnonymisableCandidate, ageBand, ageOn, buildAnonymisedCandidate, loonwaardeBand } from './anonymised';

describe('age band', () => {
  it('counts whole years, with the birthday itself included', () => {
    expect(ageOn('1990-06-15', '2025-06-14')).toBe(34);
    expect(ageOn('1990-06-15', '2025-06-15')).toBe(35);
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
    expect(ageOn('2000-02-29', '2025-03-01')).toBe(25);
  });

  it.each([
    ['2010-06-02', '<15'],
    ['2010-06-01', '15–24'],
    ['2000-06-02', '15–24'],
    ['2000-06-01', '25–34'],
    ['1990-06-02', '25–34'],
    ['1990-06-01', '35–44'],
    ['1961-06-02', '55–64'],
    ['1960-06-01', '65+'],
  ])('born %s → %s on 2025-06-01', (dob, band) => {
    expect(ageBand(dob, '2025-06-01')).toBe(band);
  });

  it('is null when the date of birth is unknown', () => {
    expect(ageBand(null, '2025-06-01')).toBeNull();
  });
});

describe('loonwaarde band', () => {
  it.each([
    [0, '0–30%'],
    [29, '0–30%'],
    [30, '30–50%'],
    [49, '30–50%'],
    [50, '50–70%'],
    [69, '50–70%'],
    [70, '70–90%'],
    [89, '70–90%'],
    [90, '90–100%'],
    [100, '90–100%'],
  ])('%i%% → %s', (pct, band) => {
    expect(loonwaardeBand(pct)).toBe(band);
  });

  it('is null when not assessed', () => {
    expect(loonwaardeBand(null)).toBeNull();
  });
});

describe('buildAnonymisedCandidate', () => {
  const base: AnonymisableCandidate = {
    pseudonym: 'K-000042',
    municipalityName: "'s-Gravenhage",
    dateOfBirth: '1990-01-01',
    occupationLabels: ['bakker', 'assistent-bakker'],
    skillLabels: ['knead dough'],
    skillsKnown: true,
    educationLevel: EducationLevel.MBO_2,
    hoursMin: 16,
    hoursMax: 32,
    drivingLicence: true,
    lksStatus: LksStatus.LKS_MDP,
    currentLoonwaarde: 63,
    doelgroepregister: true,
  };

  it('keeps only the anonymised fields', () => {
    expect(buildAnonymisedCandidate(base, '2025-06-01')).toEqual({
      pseudonym: 'K-000042',
      municipalityName: "'s-Gravenhage",
      ageBand: '35–44',
      wishedOccupations: ['assistent-bakker', 'bakker'],
      skills: ['knead dough'],
      educationLevel: EducationLevel.MBO_2,
      hoursMin: 16,
      hoursMax: 32,
      drivingLicence: true,
      lksPossible: true,
      loonwaardeBand: '50–70%',
      doelgroepregister: true,
    });
  });

  it('never carries identifying data, the date of birth or the exact loonwaarde, even if given', () => {
    const leaky = { ...base, firstName: 'Jan', lastName: 'Jansen', email: 'jan@example.nl', bsnHash: 'abc', homePostcode: '2511', zorg: true };
    const out = buildAnonymisedCandidate(leaky, '2025-06-01');
    const json = JSON.stringify(out);
    for (const secret of ['Jan', 'Jansen', 'jan@example.nl', 'abc', '2511', '1990-01-01', '63']) expect(json).not.toContain(secret);
    for (const key of ['firstName', 'lastName', 'email', 'bsnHash', 'homePostcode', 'zorg', 'dateOfBirth', 'currentLoonwaarde']) {
      expect(out).not.toHaveProperty(key);
    }
  });

  it('shows no LKS without a status, unknown skills as null and an unassessed loonwaarde as null', () => {
    const out = buildAnonymisedCandidate({ ...base, lksStatus: LksStatus.NONE, skillsKnown: false, skillLabels: [], currentLoonwaarde: null, dateOfBirth: null }, '2025-06-01');
    expect(out.lksPossible).toBe(false);
    expect(out.skills).toBeNull();
    expect(out.loonwaardeBand).toBeNull();
    expect(out.ageBand).toBeNull();
  });

  it('keeps an explicitly empty skill list as an empty list', () => {
    expect(buildAnonymisedCandidate({ ...base, skillLabels: [] }, '2025-06-01').skills).toEqual([]);
  });
});
