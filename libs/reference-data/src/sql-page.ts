
/** `%text%` and `text%` ILIKE patterns with the LIKE wildcards in `text` escaped, or null for no search. */
export function searchPatterns(text: string | null | undefined): { contains: string; prefix: string; exact: string } | null {
  const trimmed = (text ?? '').trim().replace(/\s+/g, ' ');
  if (trimmed === '') return null;
  const escaped = trimmed.replace(/[\\%_]/g, (c) => `\\${c}`);
  return { contains: `%${escaped}%`, prefix: `${escaped}%`, exact: escaped };
}
