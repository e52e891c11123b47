import { randomBytes } from 'node:crypto';
import { MeilisearchSearchEngine, SearchPort } from '@wsp/search';
import { FakeMeilisearch } from '../../libs/search/src/testing/fake-meilisearch';
import { CENTRE, candidate, north } from '../../libs/search/src/testing/contract-docs';
import { searchPortContract } from '../../libs/search/src/testing/search-port.contract';

/**
 * The Meilisearch adapter (real `meilisearch` client, real HTTP) against an in-process fake of the
 * Meilisearch API: checks the adapter's requests, filter syntax, sentinels, paging and exact
 * post-filtering on a machine without a server. The real server run is search-meilisearch.test.ts.
 */
describe('meilisearch adapter against an in-process fake of the Meilisearch API (not a real server)', () => {
  let fake: FakeMeilisearch;
  const engine = (options: { maxTotalHits?: number } = {}) =>
    new MeilisearchSearchEngine({ url: fake.url, indexPrefix: `t_${randomBytes(4).toString('hex')}`, pageSize: 700, ...options });

  beforeAll(async () => {
    fake = await new FakeMeilisearch().start();
  });
  afterAll(async () => {
    await fake?.stop();
  });

  describe('contract', () => {
    searchPortContract({
      open: async (): Promise<SearchPort> => {
        const e = engine();
        await e.ensureSettings();
        return e;
      },
      close: async (port) => (port as MeilisearchSearchEngine).deleteIndexes(),
    });
  });

  it('fails loudly instead of cutting a result at maxTotalHits', async () => {
    const e = engine({ maxTotalHits: 1_000 });
    await e.ensureSettings();
    await e.upsertCandidates(Array.from({ length: 1_200 }, (_, i) => candidate(`c-${i}`, north((i % 100) / 20))));
    await expect(e.searchCandidates({ geo: { ...CENTRE, radiusKm: 10 } })).rejects.toThrow(/maxTotalHits/);
    expect((await e.searchCandidates({ geo: { ...CENTRE, radiusKm: 10 }, hours: { min: 0, max: 0 } })).total).toBe(0);
    await e.deleteIndexes();
  });

  it('creates the indexes once with their settings and is idempotent', async () => {
    const e = engine();
    await e.ensureSettings();
    await e.ensureSettings();
    const index = fake.indexes.get(e.candidateIndexUid)!;
    expect(index.filterable.has('_geo')).toBe(true);
    expect(index.sortable.has('reachKm')).toBe(true);
    expect(index.maxTotalHits).toBe(250_000);
    await e.deleteIndexes();
    await e.deleteIndexes();
    expect(fake.indexes.has(e.candidateIndexUid)).toBe(false);
  });
});
