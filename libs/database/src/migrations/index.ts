import { MigrationInterface } from 'typeorm';
import { InitialSchema1795328011783 } from './1795328011783-InitialSchema';
import { LoadReferenceData1795328011790 } from './1795328011790-LoadReferenceData';
import { CandidatesAndMatching1795365527890 } from './1795365527890-CandidatesAndMatching';
import { ArrangementsAndPlacements1795367187230 } from './1795367187230-ArrangementsAndPlacements';
import { MatchingRuns1795368177817 } from './1795368177817-MatchingRuns';
import { Sroi1795368904219 } from './1795368904219-Sroi';
import { SeedSroiValuationTables1795368904300 } from './1795368904300-SeedSroiValuationTables';

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
  ArrangementsAndPlacements1795367187230,
  MatchingRuns1795368177817,
  Sroi1795368904219,
  SeedSroiValuationTables1795368904300,
];
