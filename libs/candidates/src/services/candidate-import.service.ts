import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, Clock, Role, todayIn } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { recordEvents } from '@wsp/events';
import { CandidateEntity } from '../entities/candidate.entity';
import { canWriteCandidate, consultantForNewCandidate } from '../domain/candidate-access';
import { CandidateField, CandidateState, changedFields, checkCandidateState, normalizeState, stateOf } from '../domain/candidate-state';
import { readCsv } from '../domain/csv-file';
import { CsvCandidateRow, mergeImportedRow, parseCsvRow } from '../domain/csv-row';
import { ImportCandidatesInput } from '../graphql/candidate.inputs';
import { BsnHasher } from './bsn.service';
import {
  allocatePseudonyms,
  assertActiveUserWithRole,
  candidateChangedEvents,
  insertCandidate,
  isUuid,
  linksOf,
  updateCandidateRow,
} from './candidate-store';

export interface ImportError {
  line: number;
  field: string | null;
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  totalRows: number;
  valid: number;
  invalid: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportError[];
}

/** Serialises imports, so two uploads of the same file cannot both create the same client. */
const IMPORT_LOCK = 7_305_146_202;

/** Column in the file for a state field named in a rule violation. */
const COLUMN_OF: Partial<Record<CandidateField, string>> = {
  homePostcode: 'postcode',
  occupationIds: 'occupations',
  skillIds: 'skills',
  skillsKnown: 'skills',
};

interface ParsedRow {
  line: number;
  row: CsvCandidateRow;
  bsnHash: string | null;
}

type Planned =
  | { kind: 'create'; line: number; state: CandidateState; bsnHash: string | null }
  | { kind: 'update'; line: number; id: string; before: CandidateState; after: CandidateState; changed: CandidateField[]; bsnHash?: string }
  | { kind: 'unchanged'; line: number };

interface Lookups {
  postcodes: Set<string>;
  occupations: Map<string, string>;
  skills: Map<string, string>;
  byRef: Map<string, CandidateEntity>;
  byBsn: Map<string, CandidateEntity>;
  bsnOf: Map<string, string | null>;
  states: Map<string, CandidateState>;
}

/**
 * CSV import of the municipality's client-system export (format: libs/candidates/README.md).
 * Every row is checked first; a dry run writes nothing; a real import writes all valid rows in
 * one transaction and reports the others. Rows are matched to stored candidates by client
 * number (externalRef) and then by BSN hash; a row that changes nothing is counted unchanged and
 * writes nothing, so importing the same file twice changes nothing the second time.
 */
@Injectable()
export class CandidateImportService {
  private readonly logger = new Logger('CandidateImport');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bsn: BsnHasher,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async import(actor: Actor, input: ImportCandidatesInput): Promise<ImportReport> {
    const consultantId = consultantForNewCandidate(actor, input.consultantId);
    if (actor.role === Role.ADMIN) await assertActiveUserWithRole(this.dataSource.manager, consultantId, Role.CONSULTANT, 'consultantId', 'klantmanager');
    const today = todayIn(this.config.timeZone, this.clock.now());
    const { columns, rows } = readCsv(input.csv, 'csv');

    const errors: ImportError[] = [];
    const parsed: ParsedRow[] = [];
    const firstLineOf = { ref: new Map<string, number>(), bsn: new Map<string, number>() };
    for (const { line, cells, cellCount } of rows) {
      if (!cells) {
        errors.push({ line, field: null, message: `Verwacht ${columns.length} kolommen, gevonden ${cellCount}` });
        continue;
      }
      const { row, problems } = parseCsvRow(cells);
      if (!row) {
        errors.push(...problems.map((p) => ({ line, field: p.field, message: p.message })));
        continue;
      }
      const bsnHash = row.bsn ? this.bsn.hashValid(row.bsn) : null;
      const refKey = row.externalRef.toLowerCase();
      const duplicateRef = firstLineOf.ref.get(refKey);
      const duplicateBsn = bsnHash ? firstLineOf.bsn.get(bsnHash) : undefined;
      if (duplicateRef !== undefined) errors.push({ line, field: 'externalRef', message: `Klantnummer staat ook op regel ${duplicateRef}` });
      if (duplicateBsn !== undefined) errors.push({ line, field: 'bsn', message: `BSN staat ook op regel ${duplicateBsn}` });
      if (duplicateRef !== undefined || duplicateBsn !== undefined) continue;
      firstLineOf.ref.set(refKey, line);
      if (bsnHash) firstLineOf.bsn.set(bsnHash, line);
      parsed.push({ line, row, bsnHash });
    }

    const run = async (manager: EntityManager): Promise<Planned[]> => {
      if (!input.dryRun) await manager.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
      const lookups = await this.lookups(manager, parsed);
      const plan: Planned[] = [];
      for (const p of parsed) {
        const planned = this.plan(actor, p, lookups, consultantId, today, errors);
        if (planned) plan.push(planned);
      }
      if (!input.dryRun) await this.write(manager, plan);
      return plan;
    };
    const plan = input.dryRun ? await run(this.dataSource.manager) : await this.dataSource.transaction(run);

    const invalidLines = new Set(errors.map((e) => e.line));
    const report: ImportReport = {
      dryRun: input.dryRun,
      totalRows: rows.length,
      valid: rows.length - invalidLines.size,
      invalid: invalidLines.size,
      created: plan.filter((p) => p.kind === 'create').length,
      updated: plan.filter((p) => p.kind === 'update').length,
      unchanged: plan.filter((p) => p.kind === 'unchanged').length,
      errors: errors.sort((a, b) => a.line - b.line),
    };
    const { errors: _errors, ...counts } = report;
    this.logger.log({ msg: 'candidate import', ...counts, consultantId });
    return report;
  }

  /** Everything the rows refer to, in a handful of queries. */
  private async lookups(manager: EntityManager, parsed: readonly ParsedRow[]): Promise<Lookups> {
    const pc4s = [...new Set(parsed.map((p) => p.row.fields.homePostcode).filter((x): x is string => !!x))];
    const occRefs = [...new Set(parsed.flatMap((p) => p.row.occupationRefs ?? []))];
    const skillRefs = [...new Set(parsed.flatMap((p) => p.row.skillRefs ?? []))];
    const refs = parsed.map((p) => p.row.externalRef);
    const hashes = parsed.map((p) => p.bsnHash).filter((h): h is string => !!h);

    const [postcodes, occupations, skills, byRefRows, byBsnRows] = await Promise.all([
      pc4s.length ? manager.query<{ pc4: string }[]>('SELECT pc4 FROM postcodes WHERE pc4 = ANY($1::text[])', [pc4s]) : [],
      this.resolveEsco(manager, 'esco_occupations', occRefs),
      this.resolveEsco(manager, 'esco_skills', skillRefs),
      refs.length ? manager.query<{ id: string; ref: string }[]>('SELECT id, external_ref AS ref FROM candidates WHERE lower(external_ref) = ANY($1::text[])', [refs.map((r) => r.toLowerCase())]) : [],
      hashes.length ? manager.query<{ id: string; hash: string }[]>('SELECT id, bsn_hash AS hash FROM candidates WHERE bsn_hash = ANY($1::text[])', [hashes]) : [],
    ]);
    const ids = [...new Set([...byRefRows.map((r) => r.id), ...byBsnRows.map((r) => r.id)])];
    const [entities, links, bsnRows] = await Promise.all([
      ids.length ? manager.find(CandidateEntity, { where: { id: In(ids) } }) : [],
      linksOf(manager, ids),
      ids.length ? manager.query<{ id: string; hash: string | null }[]>('SELECT id, bsn_hash AS hash FROM candidates WHERE id = ANY($1::uuid[])', [ids]) : [],
    ]);
    const byId = new Map(entities.map((e) => [e.id, e]));
    return {
      postcodes: new Set(postcodes.map((p) => p.pc4)),
      occupations,
      skills,
      byRef: new Map(byRefRows.map((r) => [r.ref.toLowerCase(), byId.get(r.id)!])),
      byBsn: new Map(byBsnRows.map((r) => [r.hash, byId.get(r.id)!])),
      bsnOf: new Map(bsnRows.map((r) => [r.id, r.hash])),
      states: new Map(entities.map((e) => [e.id, stateOf(e, links.get(e.id)!.occupationIds, links.get(e.id)!.skillIds)])),
    };
  }

  /** ESCO references (uuid or concept URI) → id, for those that exist. */
  private async resolveEsco(manager: EntityManager, table: 'esco_occupations' | 'esco_skills', refs: readonly string[]): Promise<Map<string, string>> {
    if (refs.length === 0) return new Map();
    const uuids = refs.filter(isUuid).map((r) => r.toLowerCase());
    const rows = await manager.query<{ id: string; uri: string }[]>(
      `SELECT id, concept_uri AS uri FROM ${table} WHERE id = ANY($1::uuid[]) OR concept_uri = ANY($2::text[])`,
      [uuids, [...refs]],
    );
    const result = new Map<string, string>();
    for (const r of rows) {
      result.set(r.id, r.id);
      result.set(r.uri, r.id);
    }
    return new Map(refs.filter((ref) => result.has(ref.toLowerCase()) || result.has(ref)).map((ref) => [ref, result.get(ref) ?? result.get(ref.toLowerCase())!]));
  }

  /** What to do with one parsed row, or null (with its errors added) when it cannot be imported. */
  private plan(actor: Actor, p: ParsedRow, l: Lookups, consultantId: string, today: string, errors: ImportError[]): Planned | null {
    const { line, row, bsnHash } = p;
    const fail = (field: string | null, message: string): null => {
      errors.push({ line, field, message });
      return null;
    };
    const byRef = l.byRef.get(row.externalRef.toLowerCase());
    const byBsn = bsnHash ? l.byBsn.get(bsnHash) : undefined;
    if (byRef && byBsn && byRef.id !== byBsn.id) return fail('bsn', 'Dit BSN hoort bij een andere kandidaat dan dit klantnummer');
    if (!byRef && byBsn?.externalRef) return fail('externalRef', 'Dit BSN is al bekend onder een ander klantnummer');
    const target = byRef ?? byBsn;
    if (target && !canWriteCandidate(actor, target)) return fail(null, 'Deze klant hoort bij een andere klantmanager');

    const problems: ImportError[] = [];
    if (row.fields.homePostcode && !l.postcodes.has(row.fields.homePostcode)) {
      problems.push({ line, field: 'postcode', message: `Postcode ${row.fields.homePostcode} bestaat niet` });
    }
    const unknownOcc = (row.occupationRefs ?? []).filter((r) => !l.occupations.has(r));
    if (unknownOcc.length) problems.push({ line, field: 'occupations', message: `Onbekend beroep (ESCO): ${unknownOcc.join(', ').slice(0, 300)}` });
    const unknownSkills = (row.skillRefs ?? []).filter((r) => !l.skills.has(r));
    if (unknownSkills.length) problems.push({ line, field: 'skills', message: `Onbekende vaardigheid (ESCO): ${unknownSkills.join(', ').slice(0, 300)}` });
    if (problems.length) {
      errors.push(...problems);
      return null;
    }

    const before = target ? l.states.get(target.id)! : null;
    const after = normalizeState(
      mergeImportedRow(
        before,
        row,
        {
          occupationIds: row.occupationRefs?.map((r) => l.occupations.get(r)!),
          skillIds: row.skillRefs === undefined ? undefined : row.skillRefs === null ? null : row.skillRefs.map((r) => l.skills.get(r)!),
        },
        consultantId,
        today,
      ),
    );
    const ruleProblems = checkCandidateState(after, today);
    if (ruleProblems.length) {
      errors.push(...ruleProblems.map((rp) => ({ line, field: COLUMN_OF[rp.field as CandidateField] ?? rp.field, message: rp.message })));
      return null;
    }
    if (!target) return { kind: 'create', line, state: after, bsnHash };
    const changed = changedFields(before!, after);
    const bsnChanged = bsnHash !== null && l.bsnOf.get(target.id) !== bsnHash;
    if (changed.length === 0 && !bsnChanged) return { kind: 'unchanged', line };
    return { kind: 'update', line, id: target.id, before: before!, after, changed, bsnHash: bsnChanged ? bsnHash : undefined };
  }

  private async write(manager: EntityManager, plan: readonly Planned[]): Promise<void> {
    const creates = plan.filter((p): p is Extract<Planned, { kind: 'create' }> => p.kind === 'create');
    const pseudonyms = await allocatePseudonyms(manager, creates.length);
    for (const [i, c] of creates.entries()) {
      const id = await insertCandidate(manager, c.state, pseudonyms[i], c.bsnHash);
      await recordEvents(manager, candidateChangedEvents(id, Object.keys(c.state) as CandidateField[], true));
    }
    for (const u of plan) {
      if (u.kind !== 'update') continue;
      await updateCandidateRow(manager, u.id, u.before, u.after, u.changed, u.bsnHash);
      await recordEvents(manager, candidateChangedEvents(u.id, u.changed));
    }
  }
}
