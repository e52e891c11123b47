/** Postgres returns bigint and numeric as strings; SROI amounts stay far below 2^53 cents. */
export const bigintNumber = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };
export const numericNumber = bigintNumber;
