import { EducationLevel, isIsoDate } from '@wsp/common';
import { BenefitType, LksStatus, MobilityMode } from '../entities/candidate.entity';
import { INVALID_BSN_MESSAGE, normalizeBsn, passesElfproef } from './bsn';
import { CandidateState, DEFAULT_MAX_TRAVEL_MINUTES, FieldProblem } from './candidate-state';

/**
 * The CSV export of the municipality's client system, one candidate per row (documented in
 * libs/candidates/README.md). Pure parsing and merging; the import service adds the checks that
 * need the database (postcodes, ESCO, duplicates, ownership).
 */
export const CSV_COLUMNS = [
  'externalRef',
  'bsn',
  'firstName',
  'lastName',
  'email',
  'phone',
  'dateOfBirth',
  'postcode',
  'mobility',
  'maxTravelMinutes',
  'maxTravelReason',
  'hoursMin',
  'hoursMax',
  'availableFrom',
  'educationLevel',
  'drivingLicence',
  'occupations',
  'skills',
  'lksStatus',
  'benefitType',
  'waitingSince',
  'active',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = [
  'externalRef',
  'firstName',
  'lastName',
  'postcode',
  'mobility',
  'hoursMin',
  'hoursMax',
  'availableFrom',
];

/** Cell value in the `skills` column meaning "recorded: no skills" (an empty cell means "not recorded"). */
export const NO_SKILLS = 'GEEN';

const headerKey = (h: string) => h.replace(/[\s_-]/g, '').toLowerCase();
const COLUMN_BY_KEY = new Map<string, CsvColumn>(CSV_COLUMNS.map((c) => [headerKey(c), c]));

/** Maps the header cells to columns; problems for unknown, duplicate and missing required columns. */
export function mapHeader(cells: readonly string[]): { columns: (CsvColumn | null)[]; problems: string[] } {
  const problems: string[] = [];
  const seen = new Set<CsvColumn>();
  const columns = cells.map((cell) => {
    const column = COLUMN_BY_KEY.get(headerKey(cell)) ?? null;
    if (!column) problems.push(`Onbekende kolom "${cell.slice(0, 40)}"`);
    else if (seen.has(column)) problems.push(`Kolom ${column} komt twee keer voor`);
    else seen.add(column);
    return column;
  });
  for (const required of REQUIRED_CSV_COLUMNS) if (!seen.has(required)) problems.push(`Verplichte kolom ${required} ontbreekt`);
  return { columns, problems };
}

/** One data row, parsed. Only columns present in the file are set (absent columns keep stored values). */
export interface CsvCandidateRow {
  externalRef: string;
  /** Normalised, valid BSN; null when the cell is empty or the column absent. */
  bsn: string | null;
  fields: Partial<CandidateState>;
  /** Raw references (ESCO uuid or concept URI); undefined when the column is absent. */
  occupationRefs?: string[];
  /** As occupations; null = skills not recorded (empty cell). */
  skillRefs?: string[] | null;
  /** The waitingSince cell was empty: keep the stored date (today for a new candidate). */
  keepWaitingSince: boolean;
}

const MOBILITY_ALIASES: Record<string, MobilityMode> = {
  CAR: MobilityMode.CAR,
  AUTO: MobilityMode.CAR,
  BIKE: MobilityMode.BIKE,
  FIETS: MobilityMode.BIKE,
  PUBLIC_TRANSPORT: MobilityMode.PUBLIC_TRANSPORT,
  OV: MobilityMode.PUBLIC_TRANSPORT,
  WALK: MobilityMode.WALK,
  LOPEN: MobilityMode.WALK,
};

const TRUE = new Set(['ja', 'j', 'yes', 'y', 'true', '1']);
const FALSE = new Set(['nee', 'n', 'no', 'false', '0']);

const splitList = (v: string): string[] =>
  v
    .split('|')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);

/** `YYYY-MM-DD`, or the Dutch `D-M-YYYY` / `DD/MM/YYYY`; null when invalid. */
export function parseCsvDate(v: string): string | null {
  if (isIsoDate(v)) return v;
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

function parseEnum<E extends string>(values: readonly E[], v: string): E | null {
  const key = v.trim().toUpperCase().replace(/[\s-]+/g, '_');
  return values.find((x) => x === key) ?? null;
}

/**
 * Parses one data row (cells keyed by column). Returns the row or the problems found, each with
 * its column. Messages never echo personal values.
 */
export function parseCsvRow(cells: Partial<Record<CsvColumn, string>>): { row: CsvCandidateRow | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const add = (field: CsvColumn, message: string) => problems.push({ field, message });
  const fields: Partial<CandidateState> = {};
  const has = (c: CsvColumn) => cells[c] !== undefined;
  const cell = (c: CsvColumn) => (cells[c] ?? '').trim();

  const externalRef = cell('externalRef');
  if (!externalRef) add('externalRef', 'Klantnummer ontbreekt');
  else fields.externalRef = externalRef;

  let bsn: string | null = null;
  if (cell('bsn')) {
    const normalised = normalizeBsn(cell('bsn'));
    if (passesElfproef(normalised)) bsn = normalised;
    else add('bsn', INVALID_BSN_MESSAGE);
  }

  for (const c of ['firstName', 'lastName'] as const) if (has(c)) fields[c] = cell(c);
  for (const c of ['email', 'phone', 'maxTravelReason'] as const) if (has(c)) fields[c] = cell(c) || null;

  const date = (c: 'dateOfBirth' | 'availableFrom' | 'waitingSince', required: boolean): string | null | undefined => {
    if (!has(c)) return undefined;
    const v = cell(c);
    if (!v) {
      if (required) add(c, 'Datum ontbreekt');
      return null;
    }
    const parsed = parseCsvDate(v);
    if (!parsed) add(c, 'Ongeldige datum (JJJJ-MM-DD of DD-MM-JJJJ)');
    return parsed;
  };
  const dob = date('dateOfBirth', false);
  if (dob !== undefined) fields.dateOfBirth = dob;
  const availableFrom = date('availableFrom', true);
  if (availableFrom) fields.availableFrom = availableFrom;
  const waitingSince = date('waitingSince', false);
  if (waitingSince) fields.waitingSince = waitingSince;

  if (has('postcode')) {
    const m = /^([1-9][0-9]{3})(?:\s?[A-Za-z]{2})?$/.exec(cell('postcode'));
    if (m) fields.homePostcode = m[1];
    else add('postcode', 'Ongeldige postcode: vier cijfers, eventueel met twee letters');
  }

  if (has('mobility')) {
    const modes = splitList(cell('mobility')).map((m) => MOBILITY_ALIASES[m.toUpperCase().replace(/[\s-]+/g, '_')]);
    if (modes.some((m) => m === undefined)) add('mobility', 'Onbekende manier van reizen (gebruik CAR, BIKE, PUBLIC_TRANSPORT, WALK, gescheiden door |)');
    else if (modes.length === 0) add('mobility', 'Kies minstens één manier van reizen');
    else fields.mobility = modes;
  }

  const int = (c: 'maxTravelMinutes' | 'hoursMin' | 'hoursMax', fallback: number | null): number | undefined => {
    if (!has(c)) return undefined;
    const v = cell(c);
    if (!v) {
      if (fallback === null) add(c, 'Getal ontbreekt');
      return fallback ?? undefined;
    }
    if (!/^[0-9]{1,4}$/.test(v)) {
      add(c, 'Geen heel getal');
      return undefined;
    }
    return Number(v);
  };
  const travel = int('maxTravelMinutes', DEFAULT_MAX_TRAVEL_MINUTES);
  if (travel !== undefined) fields.maxTravelMinutes = travel;
  const hoursMin = int('hoursMin', null);
  if (hoursMin !== undefined) fields.hoursMin = hoursMin;
  const hoursMax = int('hoursMax', null);
  if (hoursMax !== undefined) fields.hoursMax = hoursMax;

  const enumCell = <E extends string>(c: CsvColumn, values: readonly E[], empty: E | null): E | null | undefined => {
    if (!has(c)) return undefined;
    if (!cell(c)) return empty;
    const v = parseEnum(values, cell(c));
    if (v === null) add(c, `Onbekende waarde (gebruik ${values.join(', ')})`);
    return v ?? undefined;
  };
  const education = enumCell('educationLevel', Object.values(EducationLevel), null);
  if (education !== undefined) fields.educationLevel = education;
  const lks = enumCell('lksStatus', Object.values(LksStatus), LksStatus.NONE);
  if (lks) fields.lksStatus = lks;
  const benefit = enumCell('benefitType', Object.values(BenefitType), BenefitType.PARTICIPATIEWET);
  if (benefit) fields.benefitType = benefit;

  const bool = (c: 'drivingLicence' | 'active', empty: boolean): boolean | undefined => {
    if (!has(c)) return undefined;
    const v = cell(c).toLowerCase();
    if (!v) return empty;
    if (TRUE.has(v)) return true;
    if (FALSE.has(v)) return false;
    add(c, 'Gebruik ja of nee');
    return undefined;
  };
  const licence = bool('drivingLicence', false);
  if (licence !== undefined) fields.drivingLicence = licence;
  const active = bool('active', true);
  if (active !== undefined) fields.active = active;

  const occupationRefs = has('occupations') ? splitList(cell('occupations')) : undefined;
  let skillRefs: string[] | null | undefined;
  if (has('skills')) skillRefs = cell('skills') === '' ? null : cell('skills').toUpperCase() === NO_SKILLS ? [] : splitList(cell('skills'));

  if (problems.length > 0) return { row: null, problems };
  return {
    row: { externalRef, bsn, fields, occupationRefs, skillRefs, keepWaitingSince: has('waitingSince') ? !waitingSince : true },
    problems,
  };
}

/** Defaults of a candidate created by an import for the columns a file does not carry. */
export function importDefaults(consultantId: string, today: string): Omit<CandidateState, 'externalRef' | 'firstName' | 'lastName' | 'homePostcode' | 'mobility' | 'hoursMin' | 'hoursMax' | 'availableFrom'> {
  return {
    email: null,
    phone: null,
    dateOfBirth: null,
    maxTravelMinutes: DEFAULT_MAX_TRAVEL_MINUTES,
    maxTravelReason: null,
    educationLevel: null,
    drivingLicence: false,
    occupationIds: [],
    skillIds: [],
    skillsKnown: false,
    benefitType: BenefitType.PARTICIPATIEWET,
    active: true,
    waitingSince: today,
    consultantId,
    jobCoachId: null,
    lksStatus: LksStatus.NONE,
    zorg: false,
    beschutIndication: false,
    doelgroepregister: false,
  };
}

/**
 * The state after importing a row: the stored state (or the import defaults for a new candidate)
 * overwritten by every column the file carries. Occupation and skill references must already be
 * resolved to ids (`occupationIds` / `skillIds`: undefined when the column is absent, skills null
 * when not recorded).
 */
export function mergeImportedRow(
  base: CandidateState | null,
  row: CsvCandidateRow,
  resolved: { occupationIds?: string[]; skillIds?: string[] | null },
  consultantId: string,
  today: string,
): CandidateState {
  const start: CandidateState = base ?? ({ ...importDefaults(consultantId, today) } as CandidateState);
  const merged: CandidateState = { ...start, ...row.fields };
  if (resolved.occupationIds !== undefined) merged.occupationIds = resolved.occupationIds;
  if (resolved.skillIds !== undefined) {
    merged.skillIds = resolved.skillIds ?? [];
    merged.skillsKnown = resolved.skillIds !== null;
  }
  if (row.keepWaitingSince) merged.waitingSince = base?.waitingSince ?? today;
  return merged;
}
