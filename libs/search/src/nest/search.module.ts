import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { EmbeddedSearchEngine } from '../embedded/embedded-search.engine';
import { MeilisearchSearchEngine } from '../meilisearch/meilisearch-search.engine';
import { SEARCH_PORT, SearchPort } from '../search-port';
import { ActivePlacementSource, NoActivePlacements } from './active-placements';
import { SearchDocumentLoader } from './document-loader';
import { RefreshingSearchPort } from './refreshing-search-port';
import { DEFAULT_SYNC_OPTIONS, SEARCH_ENGINE, SEARCH_SYNC_OPTIONS, SearchIndexer } from './search-indexer.service';

/** The adapter chosen by SEARCH_ENGINE (embedded by default; meilisearch needs MEILI_URL). */
export function createSearchEngine(config: AppConfig): SearchPort {
  if (config.search.engine === 'meilisearch') {
    if (!config.search.meili) throw new Error('SEARCH_ENGINE=meilisearch needs MEILI_URL');
    return new MeilisearchSearchEngine({ url: config.search.meili.url, apiKey: config.search.meili.apiKey });
  }
  return new EmbeddedSearchEngine();
}

/**
 * Retrieval for the matching: `SEARCH_PORT` (the configured adapter; for the embedded engine
 * wrapped so that every search first syncs the process's index from Postgres) and `SearchIndexer`
 * (for the jobs that push documents to Meilisearch). Needs the TypeORM connection and APP_CONFIG.
 * The placement context overrides `ActivePlacementSource` once placements exist.
 */
@Module({
  providers: [
    { provide: ActivePlacementSource, useClass: NoActivePlacements },
    { provide: SEARCH_SYNC_OPTIONS, useValue: DEFAULT_SYNC_OPTIONS },
    { provide: SEARCH_ENGINE, inject: [APP_CONFIG], useFactory: createSearchEngine },
    {
      provide: SearchDocumentLoader,
      inject: [getDataSourceToken(), ActivePlacementSource],
      useFactory: (dataSource: DataSource, placements: ActivePlacementSource) => new SearchDocumentLoader(dataSource, placements),
    },
    SearchIndexer,
    {
      provide: SEARCH_PORT,
      inject: [SEARCH_ENGINE, SearchIndexer],
      useFactory: (engine: SearchPort, indexer: SearchIndexer) =>
        engine instanceof EmbeddedSearchEngine ? new RefreshingSearchPort(engine, () => indexer.syncEmbedded()) : engine,
    },
  ],
  exports: [SEARCH_PORT, SearchIndexer],
})
export class SearchModule {}
