/** What the loader needs from the caller's connection: a TypeORM QueryRunner or EntityManager. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** PostgreSQL's bind-parameter limit per statement is 65535. */
export const MAX_PARAMETERS = 65_535;

const quoteIdent = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected SQL identifier ${JSON.stringify(name)}`);
  return `"${name}"`;
};

/**
 * Inserts `rows` (values in `columns` order) with parameterised multi-row INSERT statements, as
 * many rows per statement as the parameter limit allows (few round trips: fast on PGlite too).
 * Returns the number of rows inserted.
 */
export async function bulkInsert(
  db: SqlRunner,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  maxParameters = MAX_PARAMETERS,
): Promise<number> {
  const batchSize = Math.max(1, Math.floor(Math.min(maxParameters, MAX_PARAMETERS) / columns.length));
  const head = `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) VALUES `;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      if (row.length !== columns.length) throw new Error(`${table}: row has ${row.length} values for ${columns.length} columns`);
      const placeholders = row.map((value) => {
        params.push(value);
        return `$${params.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await db.query(head + tuples.join(', '), params);
  }
  return rows.length;
}
