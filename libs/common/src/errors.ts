/**
 * Domain exceptions carry one of these codes. They are mapped to GraphQL errors with
 * `extensions.code` in exactly one place: `formatGraphQLError` (graphql-errors.ts).
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  CONFLICT = 'CONFLICT',
  /** A backing service (e.g. the worker that runs the matching) did not answer in time: try again later. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Input that breaks a rule; `field` names the offending input field where there is one. */
export class ValidationError extends DomainError {
  constructor(message: string, field?: string, details?: Record<string, unknown>) {
    super(ErrorCode.BAD_USER_INPUT, message, field ? { field, ...details } : details);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id?: string) {
    super(ErrorCode.NOT_FOUND, `${entity} niet gevonden`, id ? { entity, id } : { entity });
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Geen toegang tot deze gegevens') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Niet ingelogd of sessie verlopen') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.CONFLICT, message, details);
  }
}

/** A service the operation depends on (the worker, a queue) did not answer in time or failed; the same call may succeed later. */
export class ServiceUnavailableError extends DomainError {
  constructor(message = 'Deze functie is nu niet bereikbaar; probeer het later opnieuw') {
    super(ErrorCode.SERVICE_UNAVAILABLE, message);
  }
}
