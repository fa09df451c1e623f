import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { generate } from 'otplib';
import type { Actor } from '../core/access/policy.ts';
import { KeyService } from './crypto/key-service.ts';
import { parseMasterKeyEnv } from './crypto/master-keys.ts';
import type { RequestContext } from './request-context.ts';
import { freePort, ServerProcess, sessionCookie } from './testing/server-process.ts';
import { openTestDatabase, type TestDatabase } from './testing/test-database.ts';
import { createOrganization, createStaff, createTeam } from './use-cases/organizations.ts';
import type { RecordPorts } from './use-cases/ports.ts';

/**
 * Stateless servers: sessions, lockout counters and sign-in rate limits live in the database, so
 * several PeerKeep processes behind a load balancer on one PostgreSQL act as one. Two real
 * `peerkeep serve` processes share a fresh database; what one learns, the other must know.
 */

const DATABASE_URL = process.env['DATABASE_URL'];

if (!DATABASE_URL) {
  test('two PeerKeep servers share sessions, lockouts and rate limits through PostgreSQL', { skip: 'needs a PostgreSQL server: PGlite is a single in-process database' }, () => {});
} else {
  describe('two PeerKeep servers on one PostgreSQL database', () => {
    let testDb: TestDatabase | undefined;
    let dataDir = '';
    const servers: ServerProcess[] = [];
    const peer = { email: `peer-${randomBytes(3).toString('hex')}@two-servers.test`, password: 'two servers, one database' };
    const other = { email: `other-${randomBytes(3).toString('hex')}@two-servers.test`, password: 'the account that gets locked' };
    let cookie = '';
    let csrf = '';
    const one = () => servers[0]!;
    const two = () => servers[1]!;

    before(async () => {
      const masterKey = `test-1:${randomBytes(32).toString('base64')}`;
      testDb = await openTestDatabase();
      assert.ok(testDb.url, 'a database on the server');
      const ports: RecordPorts = { db: testDb.database.db, keys: new KeyService(parseMasterKeyEnv(masterKey)) };
      const slug = `two-${randomBytes(3).toString('hex')}`;
      const org = await createOrganization(ports, { name: 'Two servers', slug, admin: { email: `admin@${slug}.test`, displayName: 'Admin', password: 'a long admin password' } });
      const admin: Actor = { userId: org.adminUserId, orgId: org.id, role: 'admin', teamId: null, platformAdmin: false };
      const ctx: RequestContext = { actor: admin, source: 'test', purpose: 'administration' };
      const team = await createTeam(ports, ctx, 'Team A');
      await createStaff(ports, ctx, { ...peer, displayName: 'Peer One', role: 'peer_specialist', teamId: team.id });
      await createStaff(ports, ctx, { ...other, displayName: 'Peer Two', role: 'peer_specialist', teamId: team.id });

      dataDir = mkdtempSync(join(tmpdir(), 'peerkeep-two-servers-'));
      const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: testDb.url, PEERKEEP_MASTER_KEY: masterKey, PEERKEEP_DATA_DIR: dataDir, HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
      for (const port of [await freePort(), await freePort()]) servers.push(new ServerProcess(port, env));
      await Promise.all(servers.map((s) => s.waitUntilHealthy()));

      // Sign in on server 1 only: password, then authenticator enrolment.
      const first = await one().send('POST', '/api/auth/sign-in', { body: peer });
      assert.equal(first.status, 200, JSON.stringify(first.json));
      assert.equal(first.json['status'], 'enrolment_required');
      const partial = sessionCookie(first.headers);
      const enrol = await one().send('POST', '/api/auth/totp/enrol', { cookie: partial, csrf: first.json['csrfToken'] as string });
      assert.equal(enrol.status, 200, JSON.stringify(enrol.json));
      const code = await generate({ secret: enrol.json['secret'] as string });
      const confirm = await one().send('POST', '/api/auth/totp/confirm', { cookie: partial, csrf: first.json['csrfToken'] as string, body: { code } });
      assert.equal(confirm.status, 200, JSON.stringify(confirm.json));
      cookie = sessionCookie(confirm.headers);
      csrf = confirm.json['csrfToken'] as string;
      assert.ok(cookie && csrf);
    });

    after(async () => {
      await Promise.all(servers.map((s) => s.stop()));
      await testDb?.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    test('the two servers are separate processes, both on PostgreSQL', async () => {
      assert.notEqual(one().child.pid, two().child.pid);
      for (const s of servers) assert.deepEqual((await s.send('GET', '/api/health')).json, { ok: true, database: 'postgres' });
    });

    test('a session opened on server 1 is recognised by server 2', async () => {
      const r = await two().send('GET', '/api/auth/session', { cookie });
      assert.equal(r.status, 200, JSON.stringify(r.json));
      assert.equal((r.json['user'] as { email: string }).email, peer.email);
      assert.equal(r.json['secondFactorPassed'], true);
      assert.equal(r.json['organizationName'], 'Two servers');
    });

    test('with that session, server 2 enrols a participant and reads them back; so does server 1', async () => {
      const profile = { givenName: 'Marisol', familyName: 'Twoserver', contacts: [] };
      const made = await two().send('POST', '/api/participants', { cookie, csrf, body: { profile } });
      assert.equal(made.status, 201, JSON.stringify(made.json));
      const id = made.json['id'] as string;
      for (const s of [two(), one()]) {
        const read = await s.send('GET', `/api/participants/${id}`, { cookie });
        assert.equal(read.status, 200, JSON.stringify(read.json));
        assert.equal((read.json['profile'] as { familyName: string }).familyName, 'Twoserver');
      }
    });

    test('five wrong passwords on server 1, then one more on server 2, get the lockout answer (429)', async () => {
      for (let i = 1; i <= 5; i++) {
        const r = await one().send('POST', '/api/auth/sign-in', { body: { email: other.email, password: `wrong password number ${i}` } });
        assert.equal(r.status, 401, `attempt ${i}: ${JSON.stringify(r.json)}`);
      }
      const sixth = await two().send('POST', '/api/auth/sign-in', { body: { email: other.email, password: other.password } });
      assert.equal(sixth.status, 429, JSON.stringify(sixth.json));
      assert.equal(sixth.json['error'], 'too_many_attempts');
      assert.ok(Number(sixth.headers.get('retry-after')) > 0);
    });

    test('the per-address sign-in limit is counted across both servers', async () => {
      // The limit is 30 attempts per address per window; earlier tests used some of them.
      const row = await testDb!.database.db.selectFrom('rate_limits').select('hits').where('bucket', '=', 'sign-in:127.0.0.1').executeTakeFirstOrThrow();
      const left = 30 - Number(row.hits);
      assert.ok(left > 2, `only ${left} attempts left in the window`);
      for (let i = 0; i < left; i++) {
        const r = await servers[i % 2]!.send('POST', '/api/auth/sign-in', { body: { email: `nobody-${i}@two-servers.test`, password: 'not a real password' } });
        assert.equal(r.status, 401, `attempt ${i + 1} of ${left}: ${JSON.stringify(r.json)}`);
      }
      const over = await servers[left % 2]!.send('POST', '/api/auth/sign-in', { body: { email: 'nobody@two-servers.test', password: 'not a real password' } });
      assert.equal(over.status, 429, JSON.stringify(over.json));
      assert.match(String(over.json['message']), /from this address/);
    });

    test('signing out on server 2 ends the session on server 1 too', async () => {
      const out = await two().send('POST', '/api/auth/sign-out', { cookie, csrf });
      assert.equal(out.status, 200, JSON.stringify(out.json));
      assert.equal((await one().send('GET', '/api/auth/session', { cookie })).status, 401);
      assert.equal((await one().send('GET', '/api/participants', { cookie })).status, 401);
    });
  });
}
