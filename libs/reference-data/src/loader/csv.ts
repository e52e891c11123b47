import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export type CsvRow = Record<string, string>;

/**
 * Reads a UTF-8 CSV file with a header row into objects keyed by column name. Quoted fields may
 * span lines (the ESCO exports have multi-line descriptions and scheme lists). Fails when an
 * expected column is missing, so that a changed export is noticed at once.
 */
export async function readCsv(dir: string, file: string, requiredColumns: readonly string[]): Promise<CsvRow[]> {
  const text = await readFile(join(dir, file), 'utf8');
  const rows = parse<CsvRow>(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: false });
  const header = rows.length > 0 ? Object.keys(rows[0]) : [];
  const missing = requiredColumns.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
  return rows;
}

/** A number from a CSV cell, or null for an empty cell; throws on anything else. */
export function optionalNumber(value: string | undefined, what: string): number | null {
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`${what}: not a number: ${JSON.stringify(value)}`);
  return n;
}

export function requiredNumber(value: string | undefined, what: string): number {
  const n = optionalNumber(value, what);
  if (n === null) throw new Error(`${what}: missing number`);
  return n;
}
