import { haversineKm } from '@wsp/matching-core';
import { CandidateSearchDoc } from '../documents';
import { compareHits, matchCandidate, matchVacancy } from '../predicates';
import { CandidateSearchQuery, OVERLAP_TIER, REST_TIER, SearchResult, VacancySearchQuery } from '../query';
import { SearchPort } from '../search-port';
import { CENTRE, candidate, north, vacancy } from './contract-docs';
import { makeWorld, randomCandidate, randomCandidateQuery, randomVacancy, randomVacancyQuery } from './random-docs';

/**
 * The behaviour every SearchPort adapter must have. Call inside a describe block of a jest test
 * file; `open` gives a fresh, empty port (its own indexes) per test and `close` disposes of it.
 */
export interface ContractTarget {
  open(): Promise<SearchPort>;
  close(port: SearchPort): Promise<void>;
}

const idsOf = (r: SearchResult<unknown>) => r.hits.map((h) => h.id).sort();

export function searchPortContract(target: ContractTarget): void {
  let port: SearchPort;
  beforeEach(async () => {
    port = await target.open();
  });
  afterEach(async () => {
    if (port) await target.close(port);
  });

  const findC = async (q: CandidateSearchQuery) => idsOf(await port.searchCandidates(q));
  const findV = async (q: VacancySearchQuery) => idsOf(await port.searchVacancies(q));

  describe('geo', () => {
    it('includes a candidate exactly on the radius and excludes one just outside, with haversine distances', async () => {
      await port.upsertCandidates([
        candidate('c-0', CENTRE),
        candidate('c-5', north(5)),
        candidate('c-10', north(10)),
        candidate('c-south-10', north(-10)),
        candidate('c-11', north(10.01)),
      ]);
      const edge = haversineKm(CENTRE, north(10));
      const res = await port.searchCandidates({ geo: { ...CENTRE, radiusKm: edge } });
      expect(res.hits.slice(0, 2).map((h) => h.id)).toEqual(['c-0', 'c-5']);
      expect(idsOf(res)).toEqual(['c-0', 'c-10', 'c-5', 'c-south-10']);
      expect(res.hits[0]).toMatchObject({ id: 'c-0', distanceKm: 0 });
      expect(res.hits[1].distanceKm).toBeCloseTo(haversineKm(CENTRE, north(5)), 9);
      expect(await findC({ geo: { ...CENTRE, radiusKm: edge - 1e-6 } })).toEqual(['c-0', 'c-5']);
      expect(await findC({ geo: { ...CENTRE, radiusKm: 0 } })).toEqual(['c-0']);
      expect(await findC({ geo: { ...CENTRE } })).toHaveLength(5);
    });

    it("applies each candidate's own reach, also without a radius", async () => {
      const d8 = haversineKm(CENTRE, north(8));
      await port.upsertCandidates([
        candidate('reach-ok', { ...north(8), reachKm: 10 }),
        candidate('reach-exact', { ...north(8), reachKm: d8 }),
        candidate('reach-short', { ...north(8), reachKm: d8 - 1e-6 }),
        candidate('reach-zero-home', { ...CENTRE, reachKm: 0 }),
        candidate('reach-zero-away', { ...north(0.5), reachKm: 0 }),
        candidate('far-but-long-reach', { ...north(120), reachKm: 130 }),
      ]);
      expect(await findC({ geo: { ...CENTRE, withinCandidateReach: true } })).toEqual(
        ['far-but-long-reach', 'reach-exact', 'reach-ok', 'reach-zero-home'].sort(),
      );
      expect(await findC({ geo: { ...CENTRE, radiusKm: 100, withinCandidateReach: true } })).toEqual(
        ['reach-exact', 'reach-ok', 'reach-zero-home'].sort(),
      );
      // The share of its reach each trip uses; only with withinCandidateReach.
      const shares = Object.fromEntries((await port.searchCandidates({ geo: { ...CENTRE, withinCandidateReach: true } })).hits.map((h) => [h.id, h.reachShare]));
      expect(shares['reach-ok']).toBeCloseTo(d8 / 10, 9);
      expect(shares['reach-exact']).toBeCloseTo(1, 9);
      expect(shares['reach-zero-home']).toBe(0);
      expect(shares['far-but-long-reach']).toBeCloseTo(haversineKm(CENTRE, north(120)) / 130, 9);
      expect((await port.searchCandidates({ geo: { ...CENTRE, radiusKm: 100 } })).hits.every((h) => h.reachShare === undefined)).toBe(true);
    });

    it('limits the distance to a fraction of the reach (reachFraction)', async () => {
      const d8 = haversineKm(CENTRE, north(8));
      await port.upsertCandidates([
        candidate('half-exact', { ...north(8), reachKm: 2 * d8 }),
        candidate('half-short', { ...north(8), reachKm: 2 * d8 - 1e-6 }),
        candidate('near-long', { ...north(1), reachKm: 40 }),
        candidate('far-long', { ...north(30), reachKm: 50 }),
        candidate('far-longer', { ...north(30), reachKm: 61 }),
        candidate('zero-home', { ...CENTRE, reachKm: 0 }),
      ]);
      expect(await findC({ geo: { ...CENTRE, withinCandidateReach: true, reachFraction: 0.5 } })).toEqual(
        ['far-longer', 'half-exact', 'near-long', 'zero-home'].sort(),
      );
      expect(await findC({ geo: { ...CENTRE, radiusKm: 20, withinCandidateReach: true, reachFraction: 0.5 } })).toEqual(
        ['half-exact', 'near-long', 'zero-home'].sort(),
      );
      expect(await findC({ geo: { ...CENTRE, withinCandidateReach: true, reachFraction: 1 } })).toHaveLength(6);
      await expect(port.searchCandidates({ geo: { ...CENTRE, withinCandidateReach: true, reachFraction: 0 } })).rejects.toThrow(/reachFraction/);
      await expect(port.searchCandidates({ geo: { ...CENTRE, withinCandidateReach: true, reachFraction: 1.5 } })).rejects.toThrow(/reachFraction/);
    });

    it('finds vacancies within the radius around a home', async () => {
      await port.upsertVacancies([vacancy('v-near', north(3)), vacancy('v-far', north(30)), vacancy('v-south', north(-29))]);
      expect(await findV({ geo: { ...CENTRE, radiusKm: 29.5 } })).toEqual(['v-near', 'v-south']);
    });
  });

  describe('filters', () => {
    it('hours overlap counts touching ends', async () => {
      await port.upsertCandidates([
        candidate('h10-19', { hoursMin: 10, hoursMax: 19 }),
        candidate('h10-20', { hoursMin: 10, hoursMax: 20 }),
        candidate('h25-25', { hoursMin: 25, hoursMax: 25 }),
        candidate('h30-40', { hoursMin: 30, hoursMax: 40 }),
        candidate('h31-40', { hoursMin: 31, hoursMax: 40 }),
        candidate('h0-60', { hoursMin: 0, hoursMax: 60 }),
      ]);
      expect(await findC({ hours: { min: 20, max: 30 } })).toEqual(['h0-60', 'h10-20', 'h25-25', 'h30-40']);
      await port.upsertVacancies([vacancy('v8-12', { hoursMin: 8, hoursMax: 12 }), vacancy('v12-16', { hoursMin: 12, hoursMax: 16 })]);
      expect(await findV({ hours: { min: 4, max: 8 } })).toEqual(['v8-12']);
      expect(await findV({ hours: { min: 12, max: 12 } })).toEqual(['v12-16', 'v8-12']);
    });

    it('driving licence, both directions', async () => {
      await port.upsertCandidates([candidate('lic', { drivingLicence: true }), candidate('nolic', { drivingLicence: false })]);
      expect(await findC({ requireDrivingLicence: true })).toEqual(['lic']);
      expect(await findC({ requireDrivingLicence: false })).toEqual(['lic', 'nolic']);
      await port.upsertVacancies([vacancy('v-req', { drivingLicenceRequired: true }), vacancy('v-free')]);
      expect(await findV({ candidateHasDrivingLicence: false })).toEqual(['v-free']);
      expect(await findV({ candidateHasDrivingLicence: true })).toEqual(['v-free', 'v-req']);
    });

    it('visible, active and no active placement', async () => {
      await port.upsertCandidates([
        candidate('ok'),
        candidate('hidden', { visibleForMatching: false }),
        candidate('inactive', { active: false }),
        candidate('placed', { hasActivePlacement: true }),
      ]);
      expect(await findC({ matchableOnly: true })).toEqual(['ok']);
      expect(await findC({})).toHaveLength(4);
    });

    it('availability date and vacancy start', async () => {
      await port.upsertCandidates([candidate('mar1', { availableFrom: 20250301 }), candidate('mar2', { availableFrom: 20250302 })]);
      expect(await findC({ availableBy: 20250301 })).toEqual(['mar1']);
      await port.upsertVacancies([
        vacancy('asap', { startDate: null }),
        vacancy('feb', { startDate: 20250228 }),
        vacancy('mar1', { startDate: 20250301 }),
      ]);
      expect(await findV({ startFeasible: { availableFrom: 20250301, referenceDate: 20250115 } })).toEqual(['mar1']);
      expect(await findV({ startFeasible: { availableFrom: 20250301, referenceDate: 20250301 } })).toEqual(['asap', 'mar1']);
    });

    it('candidate eligibility: LKS, minimum loonwaarde, beschut, zorg', async () => {
      await port.upsertCandidates([
        candidate('full'),
        candidate('lw99', { loonwaarde: 99, doelgroep: 'VOLLEDIG' }),
        candidate('lw-null', { loonwaarde: null, doelgroep: null }),
        candidate('lks-full', { lksStatus: 'LKS_MDP' }),
        candidate('lw50', { loonwaarde: 50, doelgroep: 'BEPERKT' }),
        candidate('lw49', { loonwaarde: 49, doelgroep: 'BEPERKT' }),
        candidate('lw20', { loonwaarde: 20, doelgroep: 'BEPERKT' }),
        candidate('lw19', { loonwaarde: 19, doelgroep: 'BESCHUT' }),
        candidate('indication', { beschutIndication: true, loonwaarde: 30, doelgroep: 'BEPERKT' }),
        candidate('zorg', { doelgroep: 'ZORG', loonwaarde: null }),
      ]);
      expect(await findC({ eligibility: { requireNoLks: true } })).toEqual(['full']);
      expect(await findC({ eligibility: { minLoonwaarde: 50 } })).toEqual(['full', 'lks-full', 'lw50', 'lw99']);
      expect(await findC({ eligibility: { requireBeschutIndication: true } })).toEqual(['indication']);
      expect(await findC({ eligibility: { excludeBeschutOnlyBelow: 20 } })).toEqual(
        ['full', 'lks-full', 'lw-null', 'lw20', 'lw49', 'lw50', 'lw99', 'zorg'].sort(),
      );
      expect(await findC({ eligibility: { excludeZorg: true } })).toHaveLength(9);
    });

    it('vacancy eligibility: LKS, minimum loonwaarde, beschut; status and employer', async () => {
      await port.upsertVacancies([
        vacancy('regular'),
        vacancy('lks', { openToLks: true }),
        vacancy('lks-min60', { openToLks: true, minLoonwaarde: 60 }),
        vacancy('lks-min61', { openToLks: true, minLoonwaarde: 61 }),
        vacancy('beschut', { openToLks: true, beschut: true }),
        vacancy('draft', { status: 'DRAFT' }),
        vacancy('other-employer', { employerId: 'emp-2' }),
      ]);
      expect(await findV({ eligibility: { requireOpenToLks: true } })).toEqual(['beschut', 'lks', 'lks-min60', 'lks-min61']);
      expect(await findV({ eligibility: { candidateLoonwaarde: 60 } })).not.toContain('lks-min61');
      expect(await findV({ eligibility: { candidateLoonwaarde: 60 } })).toContain('lks-min60');
      expect(await findV({ eligibility: { candidateLoonwaarde: null } })).toEqual(
        ['beschut', 'draft', 'lks', 'other-employer', 'regular'].sort(),
      );
      expect(await findV({ eligibility: { beschut: 'ONLY' } })).toEqual(['beschut']);
      expect(await findV({ eligibility: { beschut: 'EXCLUDE' } })).toHaveLength(6);
      expect(await findV({ statuses: ['DRAFT'] })).toEqual(['draft']);
      expect(await findV({ employerIds: ['emp-2', 'emp-unknown'] })).toEqual(['other-employer']);
    });
  });

  describe('overlap levels and tiers', () => {
    it('gives each hit its strongest overlap and splits into an overlap tier and the rest', async () => {
      await port.upsertCandidates([
        candidate('same-occ', { occupationIds: ['occ-1'], iscoUnitGroups: ['9112'], iscoMinorGroups: ['911'], skillIds: ['s-1'] }),
        candidate('same-unit', { occupationIds: ['occ-2'], iscoUnitGroups: ['9112'], iscoMinorGroups: ['911'] }),
        candidate('same-minor', { occupationIds: ['occ-3'], iscoUnitGroups: ['9113'], iscoMinorGroups: ['911'] }),
        candidate('skill-only', { occupationIds: ['occ-4'], iscoUnitGroups: ['5223'], iscoMinorGroups: ['522'], skillIds: ['s-9', 's-2'] }),
        candidate('nothing', { occupationIds: ['occ-4'], iscoUnitGroups: ['5223'], iscoMinorGroups: ['522'], skillIds: ['s-9'] }),
        candidate('empty'),
      ]);
      const overlap = { occupationIds: ['occ-1'], iscoUnitGroups: ['9112'], iscoMinorGroups: ['911'], skillIds: ['s-1', 's-2'] };
      const all = await port.searchCandidates({ overlap });
      const levels = Object.fromEntries(all.hits.map((h) => [h.id, h.level]));
      expect(levels).toEqual({
        'same-occ': 'OCCUPATION',
        'same-unit': 'ISCO_UNIT',
        'same-minor': 'ISCO_MINOR',
        'skill-only': 'SKILL',
        nothing: 'NONE',
        empty: 'NONE',
      });
      expect(await findC({ overlap, levels: OVERLAP_TIER })).toEqual(['same-minor', 'same-occ', 'same-unit', 'skill-only']);
      expect(await findC({ overlap, levels: REST_TIER })).toEqual(['empty', 'nothing']);
      expect(await findC({ overlap, levels: ['SKILL'] })).toEqual(['skill-only']);
      expect(await findC({ overlap, levels: ['ISCO_UNIT', 'NONE'] })).toEqual(['empty', 'nothing', 'same-unit']);
      expect(await findC({ overlap, levels: [] })).toEqual([]);
      expect((await port.searchCandidates({})).hits.every((h) => h.level === 'NONE')).toBe(true);

      await port.upsertVacancies([
        vacancy('v-occ', { occupationId: 'occ-1', iscoUnitGroup: '9112', iscoMinorGroup: '911' }),
        vacancy('v-skill', { occupationId: 'occ-7', iscoUnitGroup: '7000', iscoMinorGroup: '700', skillIds: ['s-2'] }),
        vacancy('v-none', { occupationId: 'occ-8', iscoUnitGroup: '7001', iscoMinorGroup: '700' }),
      ]);
      expect(await findV({ overlap, levels: OVERLAP_TIER })).toEqual(['v-occ', 'v-skill']);
      expect(await findV({ overlap, levels: REST_TIER })).toEqual(['v-none']);
    });

    it('weighs the skill overlap of every hit when the query gives skill weights', async () => {
      await port.upsertCandidates([
        candidate('both', { skillIds: ['s-1', 's-2', 's-9'] }),
        candidate('one', { occupationIds: ['occ-1'], skillIds: ['s-2'] }),
        candidate('none', { skillIds: ['s-9'] }),
      ]);
      // s-1 is listed twice: its largest weight counts, once.
      const overlap = { occupationIds: ['occ-1'], skillIds: ['s-1', 's-2', 's-1'], skillWeights: [1, 0.5, 2] };
      const hits = (await port.searchCandidates({ overlap })).hits;
      expect(Object.fromEntries(hits.map((h) => [h.id, [h.level, h.skillWeight]]))).toEqual({
        both: ['SKILL', 2.5],
        one: ['OCCUPATION', 0.5],
        none: ['NONE', 0],
      });
      expect((await port.searchCandidates({ overlap: { skillIds: ['s-1'] } })).hits.every((h) => h.skillWeight === undefined)).toBe(true);
      await port.upsertVacancies([vacancy('v', { skillIds: ['s-2', 's-1'] })]);
      expect((await port.searchVacancies({ overlap })).hits.map((h) => h.skillWeight)).toEqual([2.5]);
      await expect(port.searchCandidates({ overlap: { skillIds: ['s-1'], skillWeights: [1, 2] } })).rejects.toThrow(RangeError);
      await expect(port.searchCandidates({ overlap: { skillIds: ['s-1'], skillWeights: [-1] } })).rejects.toThrow(RangeError);
    });
  });

  describe('writes', () => {
    it('upsert replaces the whole document', async () => {
      await port.upsertCandidates([candidate('c', { ...north(2), hoursMin: 10, hoursMax: 12, skillIds: ['s-1'] })]);
      const q: CandidateSearchQuery = { geo: { ...CENTRE, radiusKm: 5 }, hours: { min: 10, max: 10 }, overlap: { skillIds: ['s-1'] } };
      expect((await port.searchCandidates(q)).hits).toMatchObject([{ id: 'c', level: 'SKILL' }]);
      await port.upsertCandidates([candidate('c', { ...north(20), hoursMin: 10, hoursMax: 12 })]);
      expect(await findC(q)).toEqual([]);
      await port.upsertCandidates([candidate('c', { ...north(1), hoursMin: 10, hoursMax: 12 })]);
      expect((await port.searchCandidates(q)).hits).toMatchObject([{ id: 'c', level: 'NONE' }]);
      expect((await port.stats()).candidates).toBe(1);

      await port.upsertVacancies([vacancy('v', { status: 'OPEN' })]);
      await port.upsertVacancies([vacancy('v', { status: 'FILLED' })]);
      expect(await findV({ statuses: ['OPEN'] })).toEqual([]);
      expect(await findV({ statuses: ['FILLED'] })).toEqual(['v']);
    });

    it('remove deletes, unknown ids are ignored, and a removed id can come back', async () => {
      await port.upsertCandidates([candidate('a'), candidate('b'), candidate('c')]);
      await port.removeCandidates(['b', 'does-not-exist']);
      expect(await findC({ geo: { ...CENTRE, radiusKm: 1 } })).toEqual(['a', 'c']);
      expect((await port.listIds('candidates')).sort()).toEqual(['a', 'c']);
      await port.upsertCandidates([candidate('b', north(0.5))]);
      expect(await findC({ geo: { ...CENTRE, radiusKm: 1 } })).toEqual(['a', 'b', 'c']);
      await port.upsertVacancies([vacancy('v1'), vacancy('v2')]);
      await port.removeVacancies(['v1']);
      expect(await findV({})).toEqual(['v2']);
      expect(await port.stats()).toMatchObject({ candidates: 3, vacancies: 1 });
    });

    it('returns stored profiles on request', async () => {
      const profile = { id: 'p' } as unknown as CandidateSearchDoc['profile'];
      await port.upsertCandidates([candidate('p', { profile })]);
      expect((await port.searchCandidates({ withProfiles: true })).hits[0].profile).toEqual(profile);
      expect((await port.searchCandidates({})).hits[0].profile).toBeUndefined();
    });
  });

  describe('large result sets', () => {
    it('returns all of more than 1,000 hits, in order, and pages consistently', async () => {
      const docs = Array.from({ length: 2500 }, (_, i) =>
        candidate(`big-${String(i).padStart(4, '0')}`, { ...north(((i * 7919) % 2500) / 250), reachKm: 100 }),
      );
      await port.upsertCandidates(docs);
      const q: CandidateSearchQuery = { geo: { ...CENTRE, radiusKm: 20, withinCandidateReach: true }, matchableOnly: true };
      const all = await port.searchCandidates(q);
      expect(all.total).toBe(2500);
      expect(all.hits).toHaveLength(2500);
      const sorted = [...all.hits].sort(compareHits);
      expect(all.hits.map((h) => h.id)).toEqual(sorted.map((h) => h.id));
      const pageOf = await port.searchCandidates({ ...q, offset: 1200, limit: 150 });
      expect(pageOf.total).toBe(2500);
      expect(pageOf.hits.map((h) => h.id)).toEqual(all.hits.slice(1200, 1350).map((h) => h.id));
      expect((await port.searchCandidates({ ...q, offset: 2490, limit: 50 })).hits).toHaveLength(10);
      expect((await port.searchCandidates({ ...q, sort: 'none' })).hits).toHaveLength(2500);
    });
  });

  describe('full text', () => {
    it('finds documents containing every word, with the other filters', async () => {
      await port.upsertCandidates([
        candidate('magazijn', { text: 'Magazijnmedewerker heftruckchauffeur' }),
        candidate('bakker', { text: 'Bakker banketbakker' }),
        candidate('magazijn-far', { ...north(40), text: 'Magazijnmedewerker orderpicker' }),
      ]);
      expect(await findC({ text: 'magazijnmedewerker' })).toEqual(['magazijn', 'magazijn-far']);
      expect(await findC({ text: 'magazijnmedewerker heftruckchauffeur' })).toEqual(['magazijn']);
      expect(await findC({ text: 'magazijnmedewerker', geo: { ...CENTRE, radiusKm: 10 } })).toEqual(['magazijn']);
      expect(await findC({ text: 'banketbakker' })).toEqual(['bakker']);
      expect(await findC({ text: 'schilder' })).toEqual([]);
      await port.upsertVacancies([vacancy('v-schoonmaak', { text: 'Schoonmaker kantoren' }), vacancy('v-kok', { text: 'Kok restaurant' })]);
      expect(await findV({ text: 'schoonmaker' })).toEqual(['v-schoonmaak']);
    });
  });

  describe('differential', () => {
    it('returns exactly what a brute-force filter returns, for random documents and queries', async () => {
      const world = makeWorld({ seed: 20250301, points: 60, occupations: 40, iscoGroups: 12, skills: 60 });
      const cands = Array.from({ length: 800 }, (_, i) => randomCandidate(world, `rc-${i}`));
      const vacs = Array.from({ length: 400 }, (_, i) => randomVacancy(world, `rv-${i}`));
      await port.upsertCandidates(cands);
      await port.upsertVacancies(vacs);
      // A search first (the embedded adapter builds its kd-tree), then churn: moved, replaced,
      // new and removed documents are part of the comparison.
      expect((await port.searchCandidates({ geo: { ...CENTRE, radiusKm: 300 } })).total).toBe(800);
      const moved = cands.slice(0, 100).map((c, i) => randomCandidate(world, c.id + (i % 10 === 0 ? '-new' : '')));
      await port.upsertCandidates(moved);
      await port.removeCandidates(cands.slice(100, 150).map((c) => c.id));
      const byId = new Map<string, CandidateSearchDoc>();
      for (const c of [...cands, ...moved]) byId.set(c.id, c);
      for (const c of cands.slice(100, 150)) byId.delete(c.id);
      const liveC = [...byId.values()];

      /** Compares the port with the predicates for one query; whether the expected result is non-empty. */
      const sameAsPredicates = async (i: number, q: CandidateSearchQuery): Promise<boolean> => {
        const expected = liveC.map((d) => matchCandidate(d, q)).filter((h) => h !== null).sort(compareHits);
        const got = await port.searchCandidates(q);
        const reachFraction = q.geo?.reachFraction;
        expect({ i, reachFraction, ids: got.hits.map((h) => h.id) }).toEqual({ i, reachFraction, ids: expected.map((h) => h.id) });
        expect(got.hits.map((h) => h.level)).toEqual(expected.map((h) => h.level));
        expect(got.hits.map((h) => h.skillWeight)).toEqual(expected.map((h) => h.skillWeight));
        got.hits.forEach((h, k) => expect(h.distanceKm ?? -1).toBeCloseTo(expected[k].distanceKm ?? -1, 9));
        got.hits.forEach((h, k) => expect(h.reachShare ?? -1).toBeCloseTo(expected[k].reachShare ?? -1, 9));
        return expected.length > 0;
      };
      let nonEmpty = 0;
      for (let i = 0; i < 60; i++) {
        const q = randomCandidateQuery(world);
        if (await sameAsPredicates(i, q)) nonEmpty++;
        // The same query with a fraction of the reach (drawn without touching the random sequence).
        if (q.geo?.withinCandidateReach) await sameAsPredicates(i, { ...q, geo: { ...q.geo, reachFraction: [0.25, 0.5, 0.75][i % 3] } });
      }
      for (let i = 0; i < 60; i++) {
        const q = randomVacancyQuery(world);
        const expected = vacs.map((d) => matchVacancy(d, q)).filter((h) => h !== null).sort(compareHits);
        const got = await port.searchVacancies(q);
        expect({ i, ids: got.hits.map((h) => h.id) }).toEqual({ i, ids: expected.map((h) => h.id) });
        expect(got.hits.map((h) => h.level)).toEqual(expected.map((h) => h.level));
        expect(got.hits.map((h) => h.skillWeight)).toEqual(expected.map((h) => h.skillWeight));
        if (expected.length > 0) nonEmpty++;
      }
      // The random queries must not be trivially empty.
      expect(nonEmpty).toBeGreaterThan(40);
    });
  });
}
