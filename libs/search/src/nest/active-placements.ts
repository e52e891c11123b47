/**
 * Which candidates have an active placement (a hard constraint: ACTIVE_PLACEMENT). There is no
 * placements table yet: the default says "none". The placement context replaces the provider;
 * a placement that starts or ends must then also touch `candidates.updated_at` (or call
 * `SearchIndexer.indexCandidate`) so the indexes pick the change up.
 */
export abstract class ActivePlacementSource {
  /** The subset of `candidateIds` with an active placement. */
  abstract withActivePlacement(candidateIds: readonly string[]): Promise<Set<string>>;
}

export class NoActivePlacements extends ActivePlacementSource {
  async withActivePlacement(): Promise<Set<string>> {
    return new Set();
  }
}
