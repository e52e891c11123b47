import { MigrationInterface } from 'typeorm';
import { InitialSchema1795328011783 } from './1795328011783-InitialSchema';
import { LoadReferenceData1795328011790 } from './1795328011790-LoadReferenceData';
import { CandidatesAndMatching1795365527890 } from './1795365527890-CandidatesAndMatching';

type MigrationClass = new () => MigrationInterface;

/**
 * Every committed migration, in order. Listed explicitly (no glob) so that the same list works
 * from TypeScript sources in tests and from compiled JavaScript at runtime.
 * `npm run migration:generate -- <Name>` appends new ones here.
 */
export const MIGRATIONS: MigrationClass[] = [
  InitialSchema1795328011783,
  LoadReferenceData1795328011790,
  CandidatesAndMatching1795365527890,
];
