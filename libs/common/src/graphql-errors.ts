import { BadRequestException, HttpException, Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorCode } from './errors';

const logger = new Logger('GraphQLErrors');

/** Postgres SQLSTATE codes that are a client's fault, not ours. */
const PG_UNIQUE_VIOLATION = '23505';
const PG_FOREIGN_KEY_VIOLATION = '23503';
const PG_INVALID_TEXT = '22P02';

function pgCode(error: unknown): string | undefined {
  if (error instanceof QueryFailedError) {
    return (error.driverError as { code?: string } | undefined)?.code;
  }
  return undefined;
}

function httpToCode(status: number): ErrorCode | undefined {
  switch (status) {
    case 400:
      return ErrorCode.BAD_USER_INPUT;
    case 401:
      return ErrorCode.UNAUTHENTICATED;
    case 403:
      return ErrorCode.FORBIDDEN;
    case 404:
      return ErrorCode.NOT_FOUND;
    case 409:
      return ErrorCode.CONFLICT;
    default:
      return undefined;
  }
}

/**
 * The single place where errors become GraphQL errors. Domain errors keep their code and
 * details (SERVICE_UNAVAILABLE included: a backing service such as the matching worker did not
 * answer; the client may retry); validation-pipe errors become BAD_USER_INPUT; constraint violations that slipped past
 * the services (races) become CONFLICT or BAD_USER_INPUT; everything else is logged and shown as
 * a generic internal error without leaking its message.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...(original.details ?? {}) } };
  }
  if (original instanceof BadRequestException) {
    const response = original.getResponse() as { message?: unknown; details?: unknown };
    return {
      ...base,
      message: 'Ongeldige invoer',
      extensions: { code: ErrorCode.BAD_USER_INPUT, validation: response.details ?? response.message },
    };
  }
  if (original instanceof HttpException) {
    const code = httpToCode(original.getStatus());
    if (code) return { ...base, message: original.message, extensions: { code } };
  }
  const sqlState = pgCode(original);
  if (sqlState === PG_UNIQUE_VIOLATION) {
    return { ...base, message: 'Dit bestaat al', extensions: { code: ErrorCode.CONFLICT } };
  }
  if (sqlState === PG_FOREIGN_KEY_VIOLATION || sqlState === PG_INVALID_TEXT) {
    return { ...base, message: 'Ongeldige verwijzing in de invoer', extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  // Errors raised by graphql-js itself (syntax, unknown field, variable coercion) already carry a code.
  const existing = formatted.extensions?.code;
  if (original instanceof GraphQLError || (existing && existing !== 'INTERNAL_SERVER_ERROR')) {
    return { ...formatted, extensions: { ...formatted.extensions, code: existing ?? ErrorCode.BAD_USER_INPUT } };
  }
  const err = original instanceof Error ? original : new Error(String(original));
  // Only the error class and stack are logged: messages from drivers can echo user input.
  logger.error({ msg: 'Unhandled error in GraphQL operation', errorName: err.name, path: formatted.path, stack: err.stack });
  return { ...base, message: 'Er ging iets mis. Probeer het later opnieuw.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
