import { EmbeddedSearchEngine } from '@wsp/search';
import { searchPortContract } from '../../libs/search/src/testing/search-port.contract';

describe('embedded search adapter', () => {
  searchPortContract({
    open: async () => new EmbeddedSearchEngine(),
    close: async () => undefined,
  });
});
