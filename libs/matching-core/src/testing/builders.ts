/** Plain builders for specs (and for callers' tests): a fully eligible pair with sensible values. */
import { CandidateProfile, GeoPoint, VacancyProfile } from '../model';
import { EARTH_RADIUS_KM } from '../travel';

/** Utrecht Centraal. */
export const UTRECHT: GeoPoint = { lat: 52.0894, lon: 5.11 };

/** A point `km` kilometres due north of `from` (along the meridian). */
export function northOf(from: GeoPoint, km: number): GeoPoint {
  return { lat: from.lat + (km / EARTH_RADIUS_KM) * (180 / Math.PI), lon: from.lon };
}

export function buildVacancy(overrides: Partial<VacancyProfile> = {}): VacancyProfile {
  return {
    id: 'vac-1',
    employerId: 'emp-1',
    location: UTRECHT,
    hoursMin: 24,
    hoursMax: 32,
    startDate: '2025-03-01',
    drivingLicenceRequired: false,
    educationLevel: null,
    occupation: { id: 'esco-occ-magazijn', iscoGroup: '9333' },
    essentialSkillIds: ['s1', 's2', 's3', 's4', 's5'],
    optionalSkillIds: ['o1', 'o2'],
    openToLks: false,
    minLoonwaarde: null,
    beschut: false,
    ...overrides,
  };
}

export function buildCandidate(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return {
    id: 'cand-1',
    home: { ...northOf(UTRECHT, 5), municipalityCode: 'GM0344' },
    mobilityModes: ['BIKE'],
    maxTravelMinutes: null,
    hoursMinPerWeek: 24,
    hoursMaxPerWeek: 32,
    availableFrom: '2025-01-01',
    active: true,
    hasActivePlacement: false,
    visibleForMatching: true,
    drivingLicence: false,
    educationLevel: 'MBO_2',
    wishedOccupations: [{ id: 'esco-occ-magazijn', iscoGroup: '9333' }],
    skillIds: ['s1', 's2', 's3', 's4', 'o1'],
    loonwaarde: 100,
    explicitZorg: false,
    lksStatus: 'NONE',
    beschutIndication: false,
    doelgroepregister: false,
    waitingSince: '2024-01-01',
    ...overrides,
  };
}
