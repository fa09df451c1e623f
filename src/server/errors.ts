/**
 * Typed failures of the use cases. Domain and use-case code throws these; the HTTP layer maps them
 * to status codes in one place (http/error-mapper.ts) and the CLI prints their messages. Messages
 * say what to do next and never contain participant data.
 */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(readonly what: string) {
    // Resource types are code words (disclosure_decision); people read "disclosure decision".
    super(`No ${what.replaceAll('_', ' ')} with that id was found, or you do not have access to it.`);
  }
}

/** Input that passed the schema but breaks a rule; names the field. */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Not signed in, or the sign-in step failed. */
export class UnauthenticatedError extends Error {
  override readonly name = 'UnauthenticatedError';
}

/** Signed in, but this role may not do this organization-wide action. */
export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
}

export class TooManyAttemptsError extends Error {
  override readonly name = 'TooManyAttemptsError';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
