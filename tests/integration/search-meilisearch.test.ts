import { randomBytes } from 'node:crypto';
import { MeilisearchSearchEngine, SearchPort } from '@wsp/search';
import { searchPortContract } from '../../libs/search/src/testing/search-port.contract';

/**
 * The contract suite against a real Meilisearch server. Runs only when MEILI_URL is set (CI with a
 * Meilisearch service; MEILI_MASTER_KEY when the server has one); otherwise jest reports it skipped.
 * Each test gets its own pair of indexes (random prefix), deleted afterwards.
 */
const url = process.env.MEILI_URL;
const describeWithMeili = url ? describe : describe.skip;

describeWithMeili('meilisearch adapter (set MEILI_URL to run)', () => {
  jest.setTimeout(120_000);
  searchPortContract({
    open: async (): Promise<SearchPort> => {
      const engine = new MeilisearchSearchEngine({
        url: url!,
        apiKey: process.env.MEILI_MASTER_KEY,
        indexPrefix: `wsp_test_${randomBytes(4).toString('hex')}`,
        pageSize: 1_000,
      });
      await engine.ensureSettings();
      return engine;
    },
    close: async (port) => (port as MeilisearchSearchEngine).deleteIndexes(),
  });
});
