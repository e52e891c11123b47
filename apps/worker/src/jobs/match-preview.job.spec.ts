import { Job, UnrecoverableError } from 'bullmq';
import { EligibleResult, VacancyProfile } from '@wsp/matching-core';
import { DRAFT_VACANCY_ID, MatchingPipeline, MatchPreviewData, matchPreviewJobId } from '@wsp/matching';
import { JOBS } from '@wsp/queue';
import { MatchPreviewJob } from './match-preview.job';

const EMPLOYER = '5d1f0c2e-1b7a-4c55-9a55-0f3c2e1b7a4c';
const OCCUPATION = '0b4e5f6a-7c8d-4e9f-a0b1-c2d3e4f5a6b7';
const SKILL = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

const valid = (): MatchPreviewData => ({
  employerId: EMPLOYER,
  referenceDate: '2026-03-01',
  limit: 50,
  profile: {
    occupation: { id: OCCUPATION, iscoGroup: '9112' },
    location: { lat: 52.08, lon: 4.31 },
    hoursMin: 24,
    hoursMax: 32,
    startDate: null,
    drivingLicenceRequired: false,
    educationLevel: 'MBO_2',
    essentialSkillIds: [SKILL],
    optionalSkillIds: [],
    openToLks: true,
    minLoonwaarde: 40,
    beschut: false,
  },
});

const job = (data: unknown) => ({ name: JOBS.matchPreview.name, id: 'x', data, opts: {}, attemptsMade: 0 }) as unknown as Job;

const result: EligibleResult = {
  eligible: true,
  candidateId: 'c1',
  score: 0.75,
  components: [{ key: 'skills', label: 'Vaardigheden', value: 1, weight: 0.75, contribution: 0.75, note: 'alle vaardigheden' }],
  explanation: 'Past goed',
  travel: { mode: 'BIKE', minutes: 12.5, distanceKm: 3.1, estimated: true, method: 'haversine', limitMinutes: 90 },
  doelgroep: null,
};

describe('MatchPreviewJob', () => {
  const forProfile = jest.fn<ReturnType<MatchingPipeline['forProfile']>, [VacancyProfile, { referenceDate: string; limit?: number }]>();
  const handler = new MatchPreviewJob({ forProfile } as unknown as MatchingPipeline);
  beforeEach(() => {
    forProfile.mockReset();
    forProfile.mockResolvedValue({ matches: [result], stats: { overlapRetrieved: 1, restTierUsed: false, restRetrieved: 0, evaluated: 1, eligible: 1 } });
  });

  const broken: [string, (d: MatchPreviewData) => unknown][] = [
    ['no data', () => null],
    ['a list', () => [valid()]],
    ['employer id not a uuid', (d) => ({ ...d, employerId: 'acme' })],
    ['no reference date', (d) => ({ ...d, referenceDate: undefined })],
    ['an impossible reference date', (d) => ({ ...d, referenceDate: '2026-02-30' })],
    ['limit 0', (d) => ({ ...d, limit: 0 })],
    ['limit above the maximum', (d) => ({ ...d, limit: 501 })],
    ['no profile', (d) => ({ ...d, profile: undefined })],
    ['occupation id not a uuid', (d) => ({ ...d, profile: { ...d.profile, occupation: { id: 'x', iscoGroup: '9112' } } })],
    ['ISCO group not 4 digits', (d) => ({ ...d, profile: { ...d.profile, occupation: { ...d.profile.occupation, iscoGroup: '91' } } })],
    ['latitude out of range', (d) => ({ ...d, profile: { ...d.profile, location: { lat: 120, lon: 4 } } })],
    ['location as text', (d) => ({ ...d, profile: { ...d.profile, location: { lat: '52', lon: '4' } } })],
    ['hours min above max', (d) => ({ ...d, profile: { ...d.profile, hoursMin: 33 } })],
    ['hours above 60', (d) => ({ ...d, profile: { ...d.profile, hoursMax: 61 } })],
    ['hours not whole', (d) => ({ ...d, profile: { ...d.profile, hoursMin: 2.5 } })],
    ['start date malformed', (d) => ({ ...d, profile: { ...d.profile, startDate: '1-3-2026' } })],
    ['unknown education level', (d) => ({ ...d, profile: { ...d.profile, educationLevel: 'PHD' } })],
    ['driving licence missing', (d) => ({ ...d, profile: { ...d.profile, drivingLicenceRequired: undefined } })],
    ['skill id not a uuid', (d) => ({ ...d, profile: { ...d.profile, essentialSkillIds: ['lassen'] } })],
    ['optional skills missing', (d) => ({ ...d, profile: { ...d.profile, optionalSkillIds: undefined } })],
    ['loonwaarde above 100', (d) => ({ ...d, profile: { ...d.profile, minLoonwaarde: 101 } })],
    ['beschut missing', (d) => ({ ...d, profile: { ...d.profile, beschut: undefined } })],
  ];

  it.each(broken)('fails without retry on invalid data: %s', async (_, mutate) => {
    await expect(handler.handle(job(mutate(valid())))).rejects.toBeInstanceOf(UnrecoverableError);
    expect(forProfile).not.toHaveBeenCalled();
  });

  it('matches the draft as a vacancy of the employer with the synthetic id and returns plain JSON', async () => {
    const out = await handler.handle(job(valid()));
    expect(forProfile).toHaveBeenCalledTimes(1);
    const [profile, opts] = forProfile.mock.calls[0];
    expect(profile).toMatchObject({ id: DRAFT_VACANCY_ID, employerId: EMPLOYER, hoursMin: 24, hoursMax: 32, occupation: { id: OCCUPATION, iscoGroup: '9112' }, minLoonwaarde: 40 });
    expect(opts).toEqual({ referenceDate: '2026-03-01', limit: 50 });
    expect(out.matches).toEqual([
      {
        candidateId: 'c1',
        score: 0.75,
        rank: 1,
        components: [{ key: 'skills', label: 'Vaardigheden', value: 1, weight: 0.75, contribution: 0.75 }],
        explanation: 'Past goed',
        travel: { mode: 'BIKE', minutes: 12.5, distanceKm: 3.1 },
      },
    ]);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it('gives equal data the same job id whatever the key order, and other data another', () => {
    const d = valid();
    const reordered = JSON.parse(JSON.stringify({ limit: d.limit, profile: { ...d.profile }, referenceDate: d.referenceDate, employerId: d.employerId })) as MatchPreviewData;
    expect(matchPreviewJobId(reordered)).toBe(matchPreviewJobId(d));
    expect(matchPreviewJobId(d)).toMatch(/^match\.preview:[0-9a-f]{32}:2026-03-01$/);
    expect(matchPreviewJobId({ ...d, profile: { ...d.profile, hoursMax: 36 } })).not.toBe(matchPreviewJobId(d));
    expect(matchPreviewJobId({ ...d, referenceDate: '2026-03-02' })).not.toBe(matchPreviewJobId(d));
  });
});
