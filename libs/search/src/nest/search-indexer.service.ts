import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, todayIn } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { SearchPort } from '../search-port';
import { SearchDocumentLoader, SearchKind, Versions } from './document-loader';

/** The raw adapter (without the embedded refresh); SearchModule provides it. */
export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

export interface SearchSyncOptions {
  /**
   * A row's updated_at is its writer's transaction start, visible only at commit. The watermark
   * already stops at the oldest transaction still open (SearchDocumentLoader.watermark); each
   * refresh re-reads this much further back as slack for a step of the database clock.
   */
  lookbackSeconds: number;
  /** Refreshes closer together than this reuse the previous one. */
  minRefreshIntervalMs: number;
  /** Full comparison of every id and version (catches deleted rows) at most this often. */
  reconcileIntervalMs: number;
  /** Documents loaded and written per batch. */
  batchSize: number;
}

export const DEFAULT_SYNC_OPTIONS: SearchSyncOptions = {
  lookbackSeconds: 5,
  minRefreshIntervalMs: 1_000,
  reconcileIntervalMs: 5 * 60_000,
  batchSize: 5_000,
};
export const SEARCH_SYNC_OPTIONS = Symbol('SEARCH_SYNC_OPTIONS');

interface KindState {
  /** id → updated_at of what the index holds. */
  known: Versions;
  /** Database clock before the last version read. */
  watermark: string | null;
}

/**
 * Keeps the search indexes in step with Postgres.
 *
 * Embedded engine (one index per process: API and worker each hold their own): `syncEmbedded()`
 * runs before every search (see RefreshingSearchPort). The first call loads everything; later
 * calls read `(id, updated_at)` of rows updated since the watermark (the oldest transaction still
 * open at the previous read, minus a small lookback; an indexed query) and reload only rows whose
 * version changed, so a bulk import is not read again every second afterwards; every
 * `reconcileIntervalMs` all versions are compared, which also drops deleted rows.
 *
 * Meilisearch (shared): jobs call `indexCandidate(id)`, `indexVacancy(id)` and `reindexAll()`.
 */
@Injectable()
export class SearchIndexer {
  private readonly logger = new Logger('SearchIndexer');
  private readonly state: Record<SearchKind, KindState> = {
    candidates: { known: new Map(), watermark: null },
    vacancies: { known: new Map(), watermark: null },
  };
  private lastRefreshAt = -Infinity;
  private lastReconcileAt = -Infinity;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchPort,
    private readonly loader: SearchDocumentLoader,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SEARCH_SYNC_OPTIONS) private readonly options: SearchSyncOptions,
  ) {}

  /** (Re)indexes one candidate from the database; removes it from the index when it is gone. */
  async indexCandidate(id: string): Promise<void> {
    await this.load('candidates', [id]);
  }

  async indexVacancy(id: string): Promise<void> {
    await this.load('vacancies', [id]);
  }

  /** Settings, then every document of both kinds; removes indexed ids that no longer exist. */
  async reindexAll(): Promise<{ candidates: number; vacancies: number; removed: number }> {
    await this.engine.ensureSettings();
    const counts = { candidates: 0, vacancies: 0, removed: 0 };
    for (const kind of ['candidates', 'vacancies'] as const) {
      const watermark = await this.loader.watermark();
      const versions = await this.loader.versions(kind, null, 0);
      counts[kind] = await this.load(kind, [...versions.keys()]);
      const stale = (await this.engine.listIds(kind)).filter((id) => !versions.has(id));
      await this.remove(kind, stale);
      counts.removed += stale.length;
      this.state[kind].watermark = watermark;
    }
    this.lastReconcileAt = this.clock.now().getTime();
    this.logger.log({ msg: 'search reindexed', ...counts });
    return counts;
  }

  /** Brings the in-process index up to date (cheap when nothing changed); concurrent callers share one run. */
  async syncEmbedded(): Promise<void> {
    if (this.clock.now().getTime() - this.lastRefreshAt < this.options.minRefreshIntervalMs) return;
    this.running ??= this.refresh().finally(() => {
      this.running = null;
    });
    await this.running;
  }

  private async refresh(): Promise<void> {
    const started = this.clock.now().getTime();
    if (this.state.candidates.watermark === null || started - this.lastReconcileAt >= this.options.reconcileIntervalMs) {
      await this.reconcile();
      this.lastReconcileAt = started;
    } else {
      for (const kind of ['candidates', 'vacancies'] as const) {
        const s = this.state[kind];
        const watermark = await this.loader.watermark();
        const versions = await this.loader.versions(kind, s.watermark, this.options.lookbackSeconds);
        const changed = [...versions].filter(([id, v]) => s.known.get(id) !== v).map(([id]) => id);
        if (changed.length > 0) await this.load(kind, changed);
        s.watermark = watermark;
      }
    }
    this.lastRefreshAt = started;
  }

  /** Compares every version with what is indexed: loads new and changed rows, removes deleted ones. */
  private async reconcile(): Promise<void> {
    const counts = { loaded: 0, removed: 0 };
    for (const kind of ['candidates', 'vacancies'] as const) {
      const s = this.state[kind];
      const watermark = await this.loader.watermark();
      const versions = await this.loader.versions(kind, null, 0);
      const changed = [...versions].filter(([id, v]) => s.known.get(id) !== v).map(([id]) => id);
      const gone = [...s.known.keys()].filter((id) => !versions.has(id));
      counts.loaded += await this.load(kind, changed);
      await this.remove(kind, gone);
      counts.removed += gone.length;
      s.watermark = watermark;
    }
    if (counts.loaded + counts.removed > 0) this.logger.log({ msg: 'search index reconciled', ...counts });
  }

  /** Loads and writes these ids in batches; ids no longer in the database are removed. Returns how many were written. */
  private async load(kind: SearchKind, ids: readonly string[]): Promise<number> {
    let written = 0;
    const referenceDate = todayIn(this.config.timeZone, this.clock.now());
    for (let i = 0; i < ids.length; i += this.options.batchSize) {
      const batch = ids.slice(i, i + this.options.batchSize);
      let versions: Versions;
      if (kind === 'candidates') {
        const loaded = await this.loader.candidates(batch, referenceDate);
        await this.engine.upsertCandidates(loaded.docs);
        versions = loaded.versions;
      } else {
        const loaded = await this.loader.vacancies(batch);
        await this.engine.upsertVacancies(loaded.docs);
        versions = loaded.versions;
      }
      for (const [id, v] of versions) this.state[kind].known.set(id, v);
      await this.remove(
        kind,
        batch.filter((id) => !versions.has(id)),
      );
      written += versions.size;
    }
    return written;
  }

  private async remove(kind: SearchKind, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    if (kind === 'candidates') await this.engine.removeCandidates(ids);
    else await this.engine.removeVacancies(ids);
    for (const id of ids) this.state[kind].known.delete(id);
  }
}
