import MiniSearch from 'minisearch';

/** Lower case without diacritics ("Café" → "cafe"), as Meilisearch normalises. */
export function normaliseTerm(term: string): string {
  return term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

interface TextSource {
  size: number;
  alive: Uint8Array;
  texts: string[];
  changed: Set<number>;
  epoch: number;
}

/**
 * Full-text index over a collection's `text`, with MiniSearch. Built lazily on the first text query
 * (the matching pipeline never needs it, so it costs nothing until a consultant searches), then kept
 * up to date from the collection's changed slots before each query; rebuilt after a compaction.
 * Matching mirrors Meilisearch's defaults closely enough for the contract: every word must match
 * (AND), the last word also as a prefix, 1 typo from 5 letters and 2 from 9.
 */
export class TextIndex {
  private index: MiniSearch<{ id: number; text: string }> | null = null;
  private indexed = new Uint8Array(0);
  private epoch = -1;

  constructor(private readonly source: TextSource) {}

  /** Relevance per slot of every live slot matching `text`. */
  search(text: string): Map<number, number> {
    this.catchUp();
    const scores = new Map<number, number>();
    for (const r of this.index!.search(text, {
      combineWith: 'AND',
      prefix: (_term, i, terms) => i === terms.length - 1,
      fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
      weights: { fuzzy: 0.5, prefix: 0.75 },
    })) {
      const slot = r.id as number;
      if (this.source.alive[slot] === 1) scores.set(slot, r.score);
    }
    return scores;
  }

  private catchUp(): void {
    const src = this.source;
    if (this.index === null || this.epoch !== src.epoch) {
      this.index = new MiniSearch({ fields: ['text'], idField: 'id', processTerm: normaliseTerm, autoVacuum: true });
      this.indexed = new Uint8Array(Math.max(1024, src.size));
      const docs: { id: number; text: string }[] = [];
      for (let s = 0; s < src.size; s++) if (src.alive[s] === 1) docs.push({ id: s, text: src.texts[s] });
      this.index.addAll(docs);
      for (const d of docs) this.indexed[d.id] = 1;
      this.epoch = src.epoch;
      src.changed.clear();
      return;
    }
    if (src.changed.size === 0) return;
    if (this.indexed.length < src.size) {
      const grown = new Uint8Array(Math.max(src.size, this.indexed.length * 2));
      grown.set(this.indexed);
      this.indexed = grown;
    }
    for (const s of src.changed) {
      if (this.indexed[s] === 1) {
        this.index.discard(s);
        this.indexed[s] = 0;
      }
      if (src.alive[s] === 1) {
        this.index.add({ id: s, text: src.texts[s] });
        this.indexed[s] = 1;
      }
    }
    src.changed.clear();
  }
}
