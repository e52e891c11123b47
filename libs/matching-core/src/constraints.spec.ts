import { ReasonCode } from './constraints';
import { CandidateProfile, VacancyProfile } from './model';
import { DEFAULT_MATCHING_PARAMETERS } from './parameters';
import { ScoreResult, scoreCandidate } from './scoring';
import { UTRECHT, buildCandidate, buildVacancy, northOf } from './testing/builders';
import { HaversineTravelTimeEstimator } from './travel';

const estimator = new HaversineTravelTimeEstimator();
const REF = '2025-02-01';

function score(c: Partial<CandidateProfile>, v: Partial<VacancyProfile> = {}, referenceDate = REF): ScoreResult {
  return scoreCandidate(buildVacancy(v), buildCandidate(c), DEFAULT_MATCHING_PARAMETERS, estimator, referenceDate);
}

function codes(result: ScoreResult): ReasonCode[] {
  return result.eligible ? [] : result.failures.map((f) => f.code);
}

describe('hard constraints', () => {
  it('the base pair is eligible', () => {
    expect(score({}).eligible).toBe(true);
  });

  it('NOT_ACTIVE', () => {
    const r = score({ active: false });
    expect(codes(r)).toEqual(['NOT_ACTIVE']);
    expect(!r.eligible && r.failures[0].message).toBe('Kandidaat is niet actief.');
  });

  describe('NOT_AVAILABLE_BY_START', () => {
    it('fails when available only after the start date', () => {
      const r = score({ availableFrom: '2025-03-02' }, { startDate: '2025-03-01' });
      expect(codes(r)).toEqual(['NOT_AVAILABLE_BY_START']);
      expect(!r.eligible && r.failures[0].message).toContain('na de startdatum 2025-03-01');
    });

    it('passes when available on the start date itself', () => {
      expect(score({ availableFrom: '2025-03-01' }, { startDate: '2025-03-01' }).eligible).toBe(true);
    });

    it('without a start date judges against the reference date', () => {
      expect(score({ availableFrom: '2025-02-01' }, { startDate: null }).eligible).toBe(true);
      const r = score({ availableFrom: '2025-02-02' }, { startDate: null });
      expect(codes(r)).toEqual(['NOT_AVAILABLE_BY_START']);
      expect(!r.eligible && r.failures[0].message).toContain('geen startdatum');
    });
  });

  it('ACTIVE_PLACEMENT', () => {
    expect(codes(score({ hasActivePlacement: true }))).toEqual(['ACTIVE_PLACEMENT']);
  });

  it('NOT_VISIBLE (no consent recorded)', () => {
    expect(codes(score({ visibleForMatching: false }))).toEqual(['NOT_VISIBLE']);
  });

  describe('TRAVEL_TOO_LONG', () => {
    it('fails when even the fastest mode exceeds the default 90 minutes', () => {
      // bike only, 19.9 km: 2 + 99.5 = 101.5 min, shown rounded up
      const r = score({ home: { ...northOf(UTRECHT, 19.9), municipalityCode: 'GM0344' } });
      expect(codes(r)).toEqual(['TRAVEL_TOO_LONG']);
      expect(!r.eligible && r.failures[0].message).toBe(
        'Geschatte reistijd 102 minuten (per fiets, snelste vervoerswijze) is langer dan de maximale 90 minuten enkele reis.',
      );
    });

    it('passes when another mode of the candidate is fast enough', () => {
      expect(score({ home: { ...northOf(UTRECHT, 20), municipalityCode: 'X' }, mobilityModes: ['BIKE', 'CAR'] }).eligible).toBe(true);
    });

    it('uses the candidate’s own limit', () => {
      // bike 5 km: 2 + 25 = 27 min
      expect(codes(score({ maxTravelMinutes: 26 }))).toEqual(['TRAVEL_TOO_LONG']);
      expect(score({ maxTravelMinutes: 28 }).eligible).toBe(true);
    });

    it('fails when no mobility mode is known (missing data is never a match)', () => {
      const r = score({ mobilityModes: [] });
      expect(codes(r)).toEqual(['TRAVEL_TOO_LONG']);
      expect(!r.eligible && r.failures[0].message).toContain('Geen vervoerswijze');
    });
  });

  describe('NO_HOURS_OVERLAP', () => {
    it('fails when the ranges do not meet', () => {
      const r = score({ hoursMinPerWeek: 12, hoursMaxPerWeek: 20 }, { hoursMin: 24, hoursMax: 32 });
      expect(codes(r)).toEqual(['NO_HOURS_OVERLAP']);
      expect(!r.eligible && r.failures[0].message).toBe(
        'Gewenste uren (12–20 per week) sluiten niet aan op de vacature (24–32 per week).',
      );
    });

    it('touching ranges overlap in one value', () => {
      expect(score({ hoursMinPerWeek: 16, hoursMaxPerWeek: 24 }, { hoursMin: 24, hoursMax: 32 }).eligible).toBe(true);
    });
  });

  it('DRIVING_LICENCE_REQUIRED', () => {
    expect(codes(score({ drivingLicence: false }, { drivingLicenceRequired: true }))).toEqual(['DRIVING_LICENCE_REQUIRED']);
    expect(score({ drivingLicence: true }, { drivingLicenceRequired: true }).eligible).toBe(true);
  });

  describe('LKS_NOT_OFFERED (Participatiewet art. 10d)', () => {
    it('fails below 100% loonwaarde when the vacancy is not open to LKS', () => {
      expect(codes(score({ loonwaarde: 99 }, { openToLks: false }))).toEqual(['LKS_NOT_OFFERED']);
      expect(score({ loonwaarde: 99 }, { openToLks: true }).eligible).toBe(true);
    });

    it('fails with an LKS decision on file even at 100%', () => {
      expect(codes(score({ loonwaarde: 100, lksStatus: 'LKS_MDP' }, { openToLks: false }))).toEqual(['LKS_NOT_OFFERED']);
      expect(score({ loonwaarde: 100, lksStatus: 'LKS_ZDP' }, { openToLks: true }).eligible).toBe(true);
    });

    it('unknown loonwaarde is not assumed to be 100%: only LKS vacancies', () => {
      const r = score({ loonwaarde: null }, { openToLks: false });
      expect(codes(r)).toEqual(['LKS_NOT_OFFERED']);
      expect(!r.eligible && r.failures[0].message).toContain('niet vastgesteld');
      expect(score({ loonwaarde: null }, { openToLks: true, minLoonwaarde: null }).eligible).toBe(true);
    });
  });

  describe('LOONWAARDE_BELOW_MINIMUM', () => {
    it('fails below the minimum, passes at it', () => {
      expect(codes(score({ loonwaarde: 49 }, { openToLks: true, minLoonwaarde: 50 }))).toEqual(['LOONWAARDE_BELOW_MINIMUM']);
      expect(score({ loonwaarde: 50 }, { openToLks: true, minLoonwaarde: 50 }).eligible).toBe(true);
    });

    it('unknown loonwaarde never meets a minimum', () => {
      const r = score({ loonwaarde: null }, { openToLks: true, minLoonwaarde: 30 });
      expect(codes(r)).toEqual(['LOONWAARDE_BELOW_MINIMUM']);
      expect(!r.eligible && r.failures[0].message).toBe('Loonwaarde van de kandidaat is niet vastgesteld; de vacature vraagt minimaal 30%.');
    });
  });

  describe('beschut werk (Participatiewet art. 10b)', () => {
    it('BESCHUT_ONLY: loonwaarde below 20% only matches a beschutte werkplek', () => {
      expect(codes(score({ loonwaarde: 19, beschutIndication: true }, { openToLks: true }))).toEqual(['BESCHUT_ONLY']);
      expect(score({ loonwaarde: 19, beschutIndication: true }, { openToLks: true, beschut: true }).eligible).toBe(true);
      expect(score({ loonwaarde: 20 }, { openToLks: true }).eligible).toBe(true);
    });

    it('BESCHUT_ONLY: an indicatie beschut werk also restricts to beschutte werkplekken', () => {
      expect(codes(score({ loonwaarde: 60, beschutIndication: true }, { openToLks: true }))).toEqual(['BESCHUT_ONLY']);
    });

    it('BESCHUT_INDICATION_REQUIRED: a beschutte werkplek needs the indication', () => {
      expect(codes(score({ loonwaarde: 60 }, { openToLks: true, beschut: true }))).toEqual(['BESCHUT_INDICATION_REQUIRED']);
      expect(codes(score({ loonwaarde: 10 }, { openToLks: true, beschut: true }))).toEqual(['BESCHUT_INDICATION_REQUIRED']);
    });
  });

  it('ZORG_NOT_MATCHED', () => {
    expect(codes(score({ explicitZorg: true }))).toEqual(['ZORG_NOT_MATCHED']);
  });

  it('reports every failure, not only the first', () => {
    const r = score(
      { active: false, visibleForMatching: false, hasActivePlacement: true, drivingLicence: false, loonwaarde: 40, mobilityModes: [] },
      { drivingLicenceRequired: true, openToLks: false, minLoonwaarde: 50 },
    );
    expect(codes(r)).toEqual([
      'NOT_ACTIVE',
      'ACTIVE_PLACEMENT',
      'NOT_VISIBLE',
      'TRAVEL_TOO_LONG',
      'DRIVING_LICENCE_REQUIRED',
      'LKS_NOT_OFFERED',
      'LOONWAARDE_BELOW_MINIMUM',
    ]);
  });
});
