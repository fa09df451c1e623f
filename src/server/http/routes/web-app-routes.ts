import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { PeerKeepApp } from '../app-type.ts';

/** Where `npm run build:web` puts the browser app. */
export const WEB_DIST = fileURLToPath(new URL('../../../../dist/web/', import.meta.url));

const NOT_FOUND = { error: 'not_found', message: 'There is no such page or API route. The list of routes is at /api/docs.' };

/**
 * Serves the built web app: its files, and index.html for every other page path so that the
 * browser's own router can show it (a reload on /participants/… must not 404). API paths keep
 * their JSON 404. When the app has not been built, the server still starts and says how.
 */
export async function webAppRoutes(app: PeerKeepApp, dist: string = WEB_DIST): Promise<void> {
  const built = existsSync(join(dist, 'index.html'));
  // serve: false — the two routes below decide what is sent, with `auth: 'none'` set on them.
  if (built) await app.register(fastifyStatic, { root: dist, serve: false });

  const page = async (path: string, reply: FastifyReply) => {
    if (!built) return reply.status(503).type('text/html; charset=utf-8').send(NOT_BUILT);
    const file = assetPath(dist, path);
    if (file) return reply.sendFile(file);
    // A missing hashed asset is a stale page, not a route of the app: answer 404 instead of HTML.
    if (path.startsWith('/assets/')) return reply.status(404).send(NOT_FOUND);
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  };

  app.get('/', { config: { auth: 'none', webApp: true }, schema: { hide: true } }, async (_req, reply) => page('/', reply));
  app.get('/*', { config: { auth: 'none', webApp: true }, schema: { hide: true } }, async (req, reply) => {
    const path = req.url.split('?')[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/')) return reply.status(404).send(NOT_FOUND);
    return page(path, reply);
  });
}

/** A file of the build (never index.html, never outside the build folder), or null. */
function assetPath(dist: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const rel = normalize(decoded).replace(/^[/\\]+/, '');
  if (!rel || rel === 'index.html' || rel.startsWith('..') || rel.includes('\0')) return null;
  try {
    return statSync(join(dist, rel)).isFile() ? rel : null;
  } catch {
    return null;
  }
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>PeerKeep</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}code{background:#f1f3f5;padding:.1rem .3rem}</style></head>
<body><main><h1>PeerKeep is running, but its web app has not been built</h1>
<p>Build it once with <code>npm run build:web</code> (or start with <code>npm start</code>, which builds it first), then reload this page.</p>
<p>The API works already: its guide is at <a href="/api/docs">/api/docs</a>.</p></main></body></html>`;
