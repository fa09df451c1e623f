import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, TooManyAttemptsError, UnauthenticatedError } from '../errors.ts';

interface ErrorBody {
  error: string;
  message: string;
  field?: string;
}

/**
 * The one mapping from failures to HTTP answers. Participant-level denials arrive here as
 * NotFoundError (decided in access/enforce.ts), so a refusal and an unknown id look the same.
 * Nothing from the request or the database is echoed back; unexpected failures are a plain 500.
 */
export function mapError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const send = (status: number, body: ErrorBody) => reply.status(status).send(body);
  if (error instanceof InvalidInputError) return send(400, { error: 'invalid_input', field: error.field, message: error.message });
  if (error instanceof NotFoundError) return send(404, { error: 'not_found', message: error.message });
  if (error instanceof ConflictError) return send(409, { error: 'conflict', message: error.message, ...(error.field ? { field: error.field } : {}) });
  if (error instanceof UnauthenticatedError) return send(401, { error: 'unauthenticated', message: error.message });
  if (error instanceof ForbiddenError) return send(403, { error: 'forbidden', message: error.message });
  if (error instanceof TooManyAttemptsError) {
    reply.header('retry-after', String(error.retryAfterSeconds));
    return send(429, { error: 'too_many_attempts', message: error.message });
  }
  const fe = error as FastifyError;
  if (fe.validation && fe.validation.length > 0) {
    const v = fe.validation[0]!;
    const missing = (v.params as { missingProperty?: string } | undefined)?.missingProperty;
    const extra = (v.params as { additionalProperty?: string } | undefined)?.additionalProperty;
    const path = [fe.validationContext ?? 'body', ...v.instancePath.split('/').filter(Boolean), ...(missing ? [missing] : []), ...(extra ? [extra] : [])].join('.');
    const what = extra ? 'is not a field this request accepts; remove it' : missing ? 'is required' : (v.message ?? 'is not valid');
    return send(400, { error: 'invalid_input', field: path, message: `${path} ${what}.` });
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    const field = fe.code?.startsWith('FST_ERR_CTP') ? 'body' : undefined;
    const message =
      fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
        ? 'Send the request body as JSON (Content-Type: application/json).'
        : fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
          ? 'The request body is too large.'
          : fe.code?.startsWith('FST_ERR_CTP')
            ? 'The request body is not valid JSON.'
            : 'The request could not be understood.';
    return send(fe.statusCode, { error: 'bad_request', message, ...(field ? { field } : {}) });
  }
  request.log.error({ err: error, route: request.routeOptions.url }, 'request failed');
  return send(500, { error: 'internal', message: 'Something went wrong on our side. Nothing you sent was half-saved; try again, and tell your administrator if it keeps happening.' });
}
