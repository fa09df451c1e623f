import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { generate } from 'otplib';
import type { Actor } from '../core/access/policy.ts';
import { KeyService } from './crypto/key-service.ts';
import { parseMasterKeyEnv } from './crypto/master-keys.ts';
import { migrate } from './db/migrate.ts';
import { type OpenDatabase, openDatabase } from './db/open-database.ts';
import { freePort, ServerProcess, sessionCookie } from './testing/server-process.ts';
import { openTestDatabase, type TestDatabase } from './testing/test-database.ts';
import { createOrganization, createStaff, createTeam } from './use-cases/organizations.ts';

/**
 * No acknowledged write is lost when the server is killed: notes answered with 201 are all there
 * after a SIGKILL and a restart, on the embedded database (the default install) or on PostgreSQL,
 * and the audit chain still verifies.
 */
describe('a server killed mid-work loses no acknowledged write', () => {
  const masterKey = `crash:${randomBytes(32).toString('base64')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'pk-crash-'));
  const peer = { email: `crash-${randomBytes(3).toString('hex')}@crash.test`, password: 'a crash-proof password' };
  let testDb: TestDatabase | undefined;
  let env: NodeJS.ProcessEnv;
  let server: ServerProcess | undefined;
  let secret = '';
  let participantId = '';
  const written: string[] = [];

  before(async () => {
    const ring = parseMasterKeyEnv(masterKey);
    let database: OpenDatabase;
    if (process.env['DATABASE_URL']) {
      testDb = await openTestDatabase();
      database = testDb.database;
    } else {
      database = await openDatabase({ pgliteDir: join(dataDir, 'db') });
      await migrate(database.pool);
    }
    const ports = { db: database.db, keys: new KeyService(ring) };
    const org = await createOrganization(ports, { name: 'Crash', slug: `crash-${randomBytes(3).toString('hex')}`, admin: { email: `admin-${peer.email}`, displayName: 'Admin', password: 'a long admin password' } });
    const admin: Actor = { userId: org.adminUserId, orgId: org.id, role: 'admin', teamId: null, platformAdmin: false };
    const ctx = { actor: admin, source: 'test', purpose: 'administration' as const };
    const team = await createTeam(ports, ctx, 'T');
    await createStaff(ports, ctx, { ...peer, displayName: 'Crash Peer', role: 'peer_specialist', teamId: team.id });
    // the embedded database is one process's: hand it over to the server
    if (!testDb) await database.close();
    env = { ...process.env, DATABASE_URL: testDb?.url ?? '', PEERKEEP_MASTER_KEY: masterKey, PEERKEEP_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  });

  after(async () => {
    await server?.stop();
    await testDb?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function signIn(s: ServerProcess, firstTime: boolean): Promise<{ cookie: string; csrf: string }> {
    const first = await s.send('POST', '/api/auth/sign-in', { body: peer });
    assert.equal(first.status, 200, JSON.stringify(first.json));
    const partial = sessionCookie(first.headers);
    const csrf = first.json['csrfToken'] as string;
    if (firstTime) {
      const enrol = await s.send('POST', '/api/auth/totp/enrol', { cookie: partial, csrf });
      secret = enrol.json['secret'] as string;
      const done = await s.send('POST', '/api/auth/totp/confirm', { cookie: partial, csrf, body: { code: await generate({ secret }) } });
      assert.equal(done.status, 200, JSON.stringify(done.json));
      return { cookie: sessionCookie(done.headers), csrf: done.json['csrfToken'] as string };
    }
    const code = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    const done = await s.send('POST', '/api/auth/second-factor', { cookie: partial, csrf, body: { code } });
    assert.equal(done.status, 200, JSON.stringify(done.json));
    return { cookie: sessionCookie(done.headers), csrf: done.json['csrfToken'] as string };
  }

  test('twenty acknowledged notes, then SIGKILL', async () => {
    server = new ServerProcess(await freePort(), env);
    await server.waitUntilHealthy();
    const { cookie, csrf } = await signIn(server, true);
    const made = await server.send('POST', '/api/participants', { cookie, csrf, body: { profile: { givenName: 'Crash', familyName: 'Survivor', contacts: [] } } });
    assert.equal(made.status, 201);
    participantId = made.json['id'] as string;
    for (let i = 0; i < 20; i++) {
      const body = `acknowledged note ${i}`;
      const r = await server.send('POST', `/api/participants/${participantId}/notes`, { cookie, csrf, body: { sessionDate: '2026-11-20', sessionType: 'phone', durationMinutes: 10, body } });
      assert.equal(r.status, 201);
      written.push(body);
    }
    await server.kill();
    assert.equal(server.child.signalCode, 'SIGKILL');
  });

  test('after a restart every acknowledged note is there and readable', async () => {
    server = new ServerProcess(await freePort(), env);
    await server.waitUntilHealthy();
    const { cookie } = await signIn(server, false);
    const notes = await server.send('GET', `/api/participants/${participantId}/notes`, { cookie });
    assert.equal(notes.status, 200);
    const bodies = (notes.json as unknown as { body: string }[]).map((n) => n.body).sort();
    assert.deepEqual(bodies, [...written].sort());
    await server.stop();
  });

  test('the audit chain still verifies after the crash', () => {
    const r = spawnSync(process.execPath, ['bin/peerkeep.mjs', 'audit', 'verify'], { env, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).ok, true);
  });
});
