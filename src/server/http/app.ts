import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, LogController } from 'fastify';
import type { Logger } from 'pino';
import type { Mailer } from '../notifications/mailer.ts';
import type { RecordPorts } from '../use-cases/ports.ts';
import type { PeerKeepApp } from './app-type.ts';
import { mapError } from './error-mapper.ts';
import { authenticate, type RouteAuth } from './request-auth.ts';
import { adminRoutes } from './routes/admin-routes.ts';
import { auditRoutes } from './routes/audit-routes.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { caseloadRoutes } from './routes/caseload-routes.ts';
import { consentRoutes } from './routes/consent-routes.ts';
import { disclosureRoutes } from './routes/disclosure-routes.ts';
import { consultationRoutes } from './routes/consultation-routes.ts';
import { docsRoutes } from './routes/docs-routes.ts';
import { groupRoutes } from './routes/group-routes.ts';
import { participantRoutes } from './routes/participant-routes.ts';
import { safetyRoutes } from './routes/safety-routes.ts';
import { webAppRoutes } from './routes/web-app-routes.ts';

export interface AppOptions {
  readonly ports: RecordPorts;
  readonly logger: Logger;
  readonly backend: string;
  readonly secureCookies?: boolean;
  readonly trustProxy?: boolean;
  /** Outgoing mail for safety notices: null when no SMTP server is configured; absent leaves delivery to the serve timer. */
  readonly mailer?: Mailer | null;
}

const NO_QUERY = { type: 'object', properties: {}, additionalProperties: false } as const;

/** A route as registered, for the access-matrix test and the docs. */
export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
  readonly auth: RouteAuth;
}

/**
 * Builds the HTTP adapter. Every route validates its input against a TypeBox schema (unknown
 * fields refused) and serializes only the fields its response schema declares.
 */
export async function buildApp(options: AppOptions): Promise<{ app: PeerKeepApp; routes: RegisteredRoute[] }> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    // Requests are logged by our own onResponse hook, with the route pattern instead of the URL.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1_048_576,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (r) => {
    // Every query string is validated: a route that declares none accepts none, so a stray
    // parameter (a name pasted into a URL, say) is refused with the field named, not ignored.
    // The web app's page routes are exempt: they only ever send index.html or a JSON 404.
    if (!r.schema?.querystring && !r.config?.webApp) r.schema = { ...r.schema, querystring: NO_QUERY };
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const m of methods) if (m !== 'HEAD') routes.push({ method: m, url: r.url, auth: r.config?.auth ?? 'full' });
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], frameAncestors: ["'none'"] },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'PeerKeep API', version: '0.1.0', description: 'Confidentiality-first records for peer support programs.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'pk_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
  });

  app.decorateRequest('session', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', authenticate(options.ports));
  // Responses about people are never cached by a browser or a proxy.
  app.addHook('onSend', async (_req, reply) => {
    reply.header('cache-control', 'no-store');
  });
  app.addHook('onResponse', async (req, reply) => {
    req.log.info({ method: req.method, route: req.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });
  app.setErrorHandler((error, request, reply) => mapError(error, request, reply));
  app.setNotFoundHandler((_req, reply) => reply.status(404).send({ error: 'not_found', message: 'There is no such page or API route. The list of routes is at /api/docs.' }));

  authRoutes(app, options.ports, options.secureCookies ?? false);
  adminRoutes(app, options.ports);
  participantRoutes(app, options.ports);
  consultationRoutes(app, options.ports);
  groupRoutes(app, options.ports);
  auditRoutes(app, options.ports);
  consentRoutes(app, options.ports);
  disclosureRoutes(app, options.ports);
  safetyRoutes(app, options.mailer === undefined ? options.ports : { ...options.ports, mailer: options.mailer });
  caseloadRoutes(app, options.ports);
  docsRoutes(app, options.backend);
  await webAppRoutes(app);
  await app.ready();
  return { app, routes };
}
