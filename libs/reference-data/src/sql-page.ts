import { decodeCursor, MAX_PAGE_SIZE, PageArgs, ValidationError } from '@wsp/common';

/** OFFSET/LIMIT of a cursor page (same rules as `paginate` in @wsp/common). */
export function pageWindow(args: PageArgs): { offset: number; limit: number } {
  const limit = args.first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new ValidationError(`first moet tussen 1 en ${MAX_PAGE_SIZE} liggen`, 'first');
  }
  return { offset: args.after ? decodeCursor(args.after) + 1 : 0, limit };
}

/** `%text%` and `text%` ILIKE patterns with the LIKE wildcards in `text` escaped, or null for no search. */
export function searchPatterns(text: string | null | undefined): { contains: string; prefix: string; exact: string } | null {
  const trimmed = (text ?? '').trim().replace(/\s+/g, ' ');
  if (trimmed === '') return null;
  const escaped = trimmed.replace(/[\\%_]/g, (c) => `\\${c}`);
  return { contains: `%${escaped}%`, prefix: `${escaped}%`, exact: escaped };
}
