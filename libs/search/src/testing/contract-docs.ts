import { haversineKm } from '@wsp/matching-core';
import { CandidateSearchDoc, VacancySearchDoc } from '../documents';

/** Hand-written documents for the SearchPort contract and adapter tests: an eligible default, overridden per test. */
export const CENTRE = { lat: 52.09, lon: 5.12 };
const KM_PER_DEG_LAT = haversineKm({ lat: 52, lon: 5 }, { lat: 53, lon: 5 });

/** A point `km` north (negative: south) of CENTRE. */
export const north = (km: number) => ({ lat: CENTRE.lat + km / KM_PER_DEG_LAT, lon: CENTRE.lon });

export function candidate(id: string, over: Partial<CandidateSearchDoc> = {}): CandidateSearchDoc {
  return {
    id,
    ...CENTRE,
    reachKm: 50,
    hoursMin: 20,
    hoursMax: 32,
    drivingLicence: true,
    loonwaarde: 100,
    lksStatus: 'NONE',
    doelgroep: 'VOLLEDIG',
    beschutIndication: false,
    visibleForMatching: true,
    active: true,
    hasActivePlacement: false,
    availableFrom: 20250101,
    occupationIds: [],
    iscoUnitGroups: [],
    iscoMinorGroups: [],
    skillIds: [],
    municipalityCode: 'GM0344',
    text: '',
    ...over,
  };
}

export function vacancy(id: string, over: Partial<VacancySearchDoc> = {}): VacancySearchDoc {
  return {
    id,
    employerId: 'emp-1',
    ...CENTRE,
    hoursMin: 20,
    hoursMax: 32,
    drivingLicenceRequired: false,
    openToLks: false,
    minLoonwaarde: null,
    beschut: false,
    status: 'OPEN',
    startDate: null,
    occupationId: 'occ-x',
    iscoUnitGroup: '9999',
    iscoMinorGroup: '999',
    skillIds: [],
    text: '',
    ...over,
  };
}
