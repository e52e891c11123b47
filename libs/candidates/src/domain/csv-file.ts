import { CsvError, parse } from 'csv-parse/sync';
import { ValidationError } from '@wsp/common';
import { CsvColumn, mapHeader } from './csv-row';

/** Upper bound of an import file (UTF-8 bytes): a large municipality's caseload fits comfortably. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_ROWS = 20_000;

export interface CsvDataRow {
  /** Line in the file where the row starts (the header is line 1). */
  line: number;
  /** Cells by column, or null when the row does not have as many cells as the header. */
  cells: Partial<Record<CsvColumn, string>> | null;
  cellCount: number;
}

/** `;` (the Dutch Excel default) or `,`, whichever occurs more often outside quotes in the header line. */
export function detectDelimiter(headerLine: string): ';' | ',' {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const semicolons = unquoted.split(';').length - 1;
  const commas = unquoted.split(',').length - 1;
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

/**
 * Splits a CSV text (UTF-8, optional BOM, header row first) into data rows keyed by column.
 * A file that cannot be read as CSV at all, or whose header is wrong, is a ValidationError on
 * `field`; problems of single rows are left to the caller.
 */
export function readCsv(text: string, field = 'csv'): { columns: CsvColumn[]; rows: CsvDataRow[] } {
  if (Buffer.byteLength(text, 'utf8') > MAX_CSV_BYTES) {
    throw new ValidationError(`Het bestand is groter dan ${MAX_CSV_BYTES / 1024 / 1024} MB`, field);
  }
  // One line-ending convention, so that line numbers are exact.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const headerLine = normalised.slice(0, normalised.indexOf('\n') >= 0 ? normalised.indexOf('\n') : undefined);
  if (!headerLine.trim()) throw new ValidationError('Het bestand is leeg of de eerste regel (kolomnamen) ontbreekt', field);

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(normalised, {
      delimiter: detectDelimiter(headerLine),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const line = e instanceof CsvError ? (e as CsvError & { lines?: number }).lines : undefined;
    throw new ValidationError(`Het bestand is geen geldige CSV${line ? ` (regel ${line})` : ''}`, field, line ? { line } : undefined);
  }
  const [header, ...data] = records;
  const { columns, problems } = mapHeader(header.record);
  if (problems.length > 0) throw new ValidationError(`Kolomnamen (regel 1): ${problems.join('; ')}`, field, { line: 1, problems });
  if (data.length > MAX_CSV_ROWS) throw new ValidationError(`Maximaal ${MAX_CSV_ROWS} regels per bestand`, field);

  const rows = data.map(({ record, info }) => {
    const embeddedNewlines = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    const line = info.lines - embeddedNewlines;
    if (record.length !== columns.length) return { line, cells: null, cellCount: record.length };
    const cells: Partial<Record<CsvColumn, string>> = {};
    columns.forEach((c, i) => (cells[c as CsvColumn] = record[i]));
    return { line, cells, cellCount: record.length };
  });
  return { columns: columns as CsvColumn[], rows };
}
