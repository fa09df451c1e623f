import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../core/access/policy.ts';
import { sameSecret } from '../auth/tokens.ts';
import { UnauthenticatedError } from '../errors.ts';
import { defaultPurpose, PURPOSES, type PurposeOfUse, type RequestContext } from '../request-context.ts';
import { type ResolvedSession, resolveApiToken, resolveSession } from '../use-cases/auth.ts';
import type { RecordPorts } from '../use-cases/ports.ts';
import { mapError } from './error-mapper.ts';

/** What a route needs: nothing, a half-open session (password passed), or a full sign-in. */
export type RouteAuth = 'none' | 'partial' | 'full';

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: RouteAuth;
    /** The web app's own files: public, and served without looking up (and sliding) a session. */
    webApp?: boolean;
  }
  interface FastifyRequest {
    session: ResolvedSession | null;
    sessionToken: string | null;
  }
}

export const SESSION_COOKIE = 'pk_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller (session cookie or `Authorization: Bearer` API token) and refuses requests
 * that lack what the route needs. Cookie-authenticated writes must echo the session's CSRF token
 * in `x-csrf-token`; API tokens are not sent by browsers on their own, so they need none.
 */
export function authenticate(ports: RecordPorts) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    request.session = null;
    request.sessionToken = null;
    if (request.routeOptions.config.webApp) return;
    // An unknown URL gets its 404 whoever asks; every real route needs a sign-in unless it says not.
    const needs: RouteAuth = request.routeOptions.url === undefined ? 'none' : (request.routeOptions.config.auth ?? 'full');
    const header = request.headers.authorization;
    try {
      if (header?.startsWith('Bearer ')) {
        request.session = await resolveApiToken(ports, header.slice(7).trim());
        if (!request.session && needs !== 'none') throw new UnauthenticatedError('That API token is not valid (unknown, expired or revoked).');
      } else {
        const token = request.cookies[SESSION_COOKIE];
        if (token) {
          request.sessionToken = token;
          request.session = await resolveSession(ports, token);
        }
        if (needs !== 'none' && request.session && !SAFE_METHODS.has(request.method)) {
          const sent = request.headers['x-csrf-token'];
          if (typeof sent !== 'string' || !request.session.csrfToken || !sameSecret(sent, request.session.csrfToken)) {
            return reply.status(403).send({ error: 'csrf', message: 'This request is missing its x-csrf-token header. Reload the page and try again.' });
          }
        }
      }
      if (needs === 'none') return;
      if (!request.session) throw new UnauthenticatedError('Sign in to continue (your session may have ended after a period of inactivity).');
      if (needs === 'full' && !request.session.mfaPassed) {
        throw new UnauthenticatedError('Finish signing in with the code from your authenticator app.');
      }
    } catch (e) {
      return mapError(e, request, reply);
    }
  };
}

/** The signed-in actor of a request on a 'full' route. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.session) throw new UnauthenticatedError('Sign in to continue.');
  return request.session.actor;
}

/** Who, from where, and why, for the use cases. `x-purpose-of-use` may name the purpose. */
export function contextOf(request: FastifyRequest): RequestContext {
  const actor = actorOf(request);
  const stated = request.headers['x-purpose-of-use'];
  const purpose = typeof stated === 'string' && (PURPOSES as readonly string[]).includes(stated) ? (stated as PurposeOfUse) : defaultPurpose(actor.role);
  return { actor, source: request.ip, purpose };
}
