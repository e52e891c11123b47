import { QueryFailedError } from 'typeorm';

/** A unique-index violation (SQLSTATE 23505), e.g. two inserts racing past a pre-check. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505';
}
