import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export enum MatchScopeKind {
  VACANCY = 'VACANCY',
  CANDIDATE = 'CANDIDATE',
}

/**
 * Superseding guard: the seq of the newest run whose result was applied to a vacancy's (or a
 * candidate's) matches. A run only writes a scope when no later run wrote it already, and only
 * touches a pair (vacancy, candidate) when no later run wrote the other side either. Rows are
 * locked in key order by every writer (see MatchStore), which serialises competing writers
 * without deadlocks.
 */
@Entity('match_scopes')
@Check('CHK_match_scopes_kind', `kind IN ('VACANCY', 'CANDIDATE')`)
export class MatchScopeEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  kind: MatchScopeKind;

  /** Vacancy or candidate id (no foreign key: a guard outlives its subject harmlessly). */
  @PrimaryColumn({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'bigint' })
  seq: string;
}
