import { Type } from 'typebox';
import { CodeInput, Enrolment, EnrolmentConfirmed, SessionInfo, SignInAnswer } from '../../../contract/auth.ts';
import { IdParams, IsoDateTime, Ok, Uuid } from '../../../contract/common.ts';
import { NotFoundError } from '../../errors.ts';
import {
  beginTotpEnrolment,
  completeSecondFactor,
  confirmTotpEnrolment,
  createApiToken,
  listOwnSessions,
  revokeApiToken,
  revokeOwnSession,
  type SessionOpened,
  signIn,
  signOut,
} from '../../use-cases/auth.ts';
import type { RecordPorts } from '../../use-cases/ports.ts';
import type { PeerKeepApp } from '../app-type.ts';
import { actorOf, SESSION_COOKIE } from '../request-auth.ts';

const SignInStatus = SignInAnswer;
const Code = CodeInput;
const tags = ['sign-in'];

export function authRoutes(app: PeerKeepApp, ports: RecordPorts, secureCookies: boolean): void {
  const setCookie = (reply: { setCookie: (n: string, v: string, o: object) => unknown }, opened: SessionOpened) =>
    reply.setCookie(SESSION_COOKIE, opened.token, { httpOnly: true, sameSite: 'strict', secure: secureCookies, path: '/' });

  app.post('/api/auth/sign-in', {
    config: { auth: 'none' },
    schema: {
      tags,
      summary: 'First step of signing in: e-mail and password',
      body: Type.Object({ email: Type.String({ minLength: 3, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 256 }) }, { additionalProperties: false }),
      response: { 200: SignInStatus },
    },
    handler: async (req, reply) => {
      const opened = await signIn(ports, req.body.email, req.body.password, req.ip);
      setCookie(reply, opened);
      return { status: opened.status, csrfToken: opened.csrfToken };
    },
  });

  app.post('/api/auth/second-factor', {
    config: { auth: 'partial' },
    schema: { tags, summary: 'Second step: a code from the authenticator app, or a recovery code', body: Code, response: { 200: SignInStatus } },
    handler: async (req, reply) => {
      const opened = await completeSecondFactor(ports, req.sessionToken ?? '', req.body.code, req.ip);
      setCookie(reply, opened);
      return { status: opened.status, csrfToken: opened.csrfToken };
    },
  });

  app.post('/api/auth/totp/enrol', {
    config: { auth: 'partial' },
    schema: {
      tags,
      summary: 'Start setting up an authenticator app: returns a QR code and an otpauth URI',
      response: { 200: Enrolment },
    },
    handler: async (req) => beginTotpEnrolment(ports, req.sessionToken ?? ''),
  });

  app.post('/api/auth/totp/confirm', {
    config: { auth: 'partial' },
    schema: {
      tags,
      summary: 'Finish setting up the authenticator app with its first code; returns one-time recovery codes',
      body: Code,
      response: { 200: EnrolmentConfirmed },
    },
    handler: async (req, reply) => {
      const r = await confirmTotpEnrolment(ports, req.sessionToken ?? '', req.body.code, req.ip);
      setCookie(reply, r);
      return { status: r.status, csrfToken: r.csrfToken, recoveryCodes: r.recoveryCodes };
    },
  });

  app.post('/api/auth/sign-out', {
    config: { auth: 'partial' },
    schema: { tags, summary: 'Sign out (ends this session everywhere)', response: { 200: Ok } },
    handler: async (req, reply) => {
      if (req.sessionToken) await signOut(ports, req.sessionToken, req.ip);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  });

  app.get('/api/auth/session', {
    config: { auth: 'partial' },
    schema: {
      tags,
      summary: 'Who is signed in',
      response: { 200: SessionInfo },
    },
    handler: async (req) => {
      const s = req.session!;
      return {
        user: { id: s.actor.userId, displayName: s.displayName, email: s.email, role: s.actor.role, organizationId: s.actor.orgId, teamId: s.actor.teamId },
        secondFactorPassed: s.mfaPassed,
        csrfToken: s.csrfToken,
        idleMinutes: s.idleMinutes,
        organizationName: s.organizationName,
      };
    },
  });

  app.get('/api/auth/sessions', {
    schema: {
      tags,
      summary: 'My open sessions',
      response: { 200: Type.Array(Type.Object({ id: Uuid, createdAt: IsoDateTime, lastSeenAt: IsoDateTime, expiresAt: IsoDateTime, source: Type.Union([Type.String(), Type.Null()]) })) },
    },
    handler: async (req) =>
      (await listOwnSessions(ports, actorOf(req))).map((s) => ({ id: s.id, createdAt: s.created_at.toISOString(), lastSeenAt: s.last_seen_at.toISOString(), expiresAt: s.expires_at.toISOString(), source: s.source })),
  });

  app.delete('/api/auth/sessions/:id', {
    schema: { tags, summary: 'Revoke one of my sessions', params: IdParams, response: { 200: Ok } },
    handler: async (req) => {
      if (!(await revokeOwnSession(ports, actorOf(req), req.params.id, req.ip))) throw new NotFoundError('session');
      return { ok: true };
    },
  });

  app.post('/api/auth/tokens', {
    schema: {
      tags,
      summary: 'Create an API token for scripts (shown once)',
      body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }), expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })) }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Uuid, name: Type.String(), token: Type.String(), expiresAt: Type.Union([IsoDateTime, Type.Null()]) }) },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return createApiToken(ports, actorOf(req), req.body.name, req.body.expiresInDays, req.ip);
    },
  });

  app.delete('/api/auth/tokens/:id', {
    schema: { tags, summary: 'Revoke one of my API tokens', params: IdParams, response: { 200: Ok } },
    handler: async (req) => {
      if (!(await revokeApiToken(ports, actorOf(req), req.params.id, req.ip))) throw new NotFoundError('API token');
      return { ok: true };
    },
  });
}
