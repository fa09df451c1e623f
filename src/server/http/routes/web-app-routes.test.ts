import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import type { PeerKeepApp } from '../app-type.ts';
import { webAppRoutes } from './web-app-routes.ts';

async function appOver(dist: string): Promise<PeerKeepApp> {
  const app = Fastify().withTypeProvider<TypeBoxTypeProvider>() as unknown as PeerKeepApp;
  await webAppRoutes(app, dist);
  await app.ready();
  return app;
}

describe('serving the web app', () => {
  const dist = mkdtempSync(join(tmpdir(), 'peerkeep-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>PeerKeep app</title>');
  writeFileSync(join(dist, 'assets/app-1234.js'), 'console.log(1)');
  after(() => rmSync(dist, { recursive: true, force: true }));

  test('without a build the server still answers, and / says how to build the app', async () => {
    const app = await appOver(join(dist, 'missing'));
    const r = await app.inject({ method: 'GET', url: '/' });
    assert.equal(r.statusCode, 503);
    assert.match(r.body, /npm run build:web/);
    assert.match(r.body, /\/api\/docs/);
    await app.close();
  });

  test('the app page is served at / and at every page path, so a reload works', async () => {
    const app = await appOver(dist);
    for (const url of ['/', '/participants/0b7e4f1e-2d2a-4b8e-9f00-1c2d3e4f5a6b/notes', '/admin/teams']) {
      const r = await app.inject({ method: 'GET', url });
      assert.equal(r.statusCode, 200, url);
      assert.match(r.body, /PeerKeep app/, url);
    }
    await app.close();
  });

  test('built files are served as themselves; a missing asset is a 404, not the app page', async () => {
    const app = await appOver(dist);
    const js = await app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    assert.equal(js.statusCode, 200);
    assert.match(String(js.headers['content-type']), /javascript/);
    assert.equal((await app.inject({ method: 'GET', url: '/assets/gone.js' })).statusCode, 404);
    await app.close();
  });

  test('API paths keep their JSON 404, and no path reaches outside the build folder', async () => {
    const app = await appOver(dist);
    const api = await app.inject({ method: 'GET', url: '/api/no-such-route' });
    assert.equal(api.statusCode, 404);
    assert.equal(api.json().error, 'not_found');
    for (const url of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json']) {
      const r = await app.inject({ method: 'GET', url });
      assert.doesNotMatch(r.body, /"dependencies"/, url);
    }
    await app.close();
  });
});
