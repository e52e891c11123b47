import { EducationLevel } from '@wsp/common';
import { BenefitType, LksStatus, MobilityMode } from '../entities/candidate.entity';
import { CandidateState, changedFields, checkCandidateState, matchingRelevant, normalizeState } from './candidate-state';

const TODAY = '2025-06-01';

export const validState = (): CandidateState => ({
  externalRef: 'KL-1001',
  firstName: 'Sanne',
  lastName: 'de Vries',
  email: 'sanne@example.nl',
  phone: '06 12345678',
  dateOfBirth: '1990-04-12',
  homePostcode: '2511',
  mobility: [MobilityMode.BIKE, MobilityMode.PUBLIC_TRANSPORT],
  maxTravelMinutes: 90,
  maxTravelReason: null,
  hoursMin: 16,
  hoursMax: 32,
  availableFrom: '2025-07-01',
  educationLevel: EducationLevel.MBO_2,
  drivingLicence: false,
  occupationIds: [],
  skillIds: [],
  skillsKnown: false,
  benefitType: BenefitType.PARTICIPATIEWET,
  active: true,
  waitingSince: '2024-01-01',
  consultantId: 'c1',
  jobCoachId: null,
  lksStatus: LksStatus.NONE,
  zorg: false,
  beschutIndication: false,
  doelgroepregister: false,
});

const problemsOf = (patch: Partial<CandidateState>) =>
  checkCandidateState(normalizeState({ ...validState(), ...patch }), TODAY).map((p) => p.field);

describe('candidate state rules', () => {
  it('accepts a complete, valid state', () => {
    expect(problemsOf({})).toEqual([]);
  });

  it('needs names, a valid e-mail and phone number', () => {
    expect(problemsOf({ firstName: '  ' })).toEqual(['firstName']);
    expect(problemsOf({ lastName: 'x'.repeat(101) })).toEqual(['lastName']);
    expect(problemsOf({ email: 'not-an-email' })).toEqual(['email']);
    expect(problemsOf({ phone: 'call me' })).toEqual(['phone']);
    expect(problemsOf({ email: null, phone: null })).toEqual([]);
  });

  it('needs a plausible date of birth and a waiting date not in the future', () => {
    expect(problemsOf({ dateOfBirth: '2025-06-02' })).toEqual(['dateOfBirth']);
    expect(problemsOf({ dateOfBirth: '2012-01-01' })).toEqual(['dateOfBirth']);
    expect(problemsOf({ dateOfBirth: '1990-02-30' })).toEqual(['dateOfBirth']);
    expect(problemsOf({ waitingSince: '2025-06-02' })).toEqual(['waitingSince']);
  });

  it('needs at least one mobility mode', () => {
    expect(problemsOf({ mobility: [] })).toEqual(['mobility']);
  });

  it('keeps 90 minutes as the default travel limit and needs a reason for any other limit (Pw art. 18 lid 4 sub d)', () => {
    expect(problemsOf({ maxTravelMinutes: 60 })).toEqual(['maxTravelReason']);
    expect(problemsOf({ maxTravelMinutes: 120, maxTravelReason: 'Woont in buitengebied, afgestemd met klant' })).toEqual([]);
    expect(problemsOf({ maxTravelMinutes: 4, maxTravelReason: 'x' })).toEqual(['maxTravelMinutes']);
    expect(normalizeState({ ...validState(), maxTravelReason: 'irrelevant' }).maxTravelReason).toBeNull();
  });

  it('needs 0 <= hoursMin <= hoursMax <= 60', () => {
    expect(problemsOf({ hoursMin: 33 })).toEqual(['hoursMin']);
    expect(problemsOf({ hoursMax: 61 })).toEqual(['hoursMax']);
    expect(problemsOf({ hoursMin: 0, hoursMax: 60 })).toEqual([]);
  });

  it('refuses skills while they are marked unknown', () => {
    expect(problemsOf({ skillIds: ['a'], skillsKnown: false })).toEqual(['skillsKnown']);
    expect(problemsOf({ skillIds: [], skillsKnown: true })).toEqual([]);
  });
});

describe('changed fields', () => {
  it('compares lists as sets and reports matching-relevant fields separately', () => {
    const before = normalizeState({ ...validState(), skillIds: ['B', 'a'], skillsKnown: true });
    const same = normalizeState({ ...validState(), skillIds: ['a', 'b', 'a'], skillsKnown: true });
    expect(changedFields(before, same)).toEqual([]);
    const after = normalizeState({ ...before, firstName: 'Anna', hoursMax: 24, skillIds: [] });
    expect(changedFields(before, after)).toEqual(['firstName', 'hoursMax', 'skillIds']);
    expect(matchingRelevant(changedFields(before, after))).toEqual(['hoursMax', 'skillIds']);
  });
});
