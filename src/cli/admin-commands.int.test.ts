import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openTestDatabase, type TestDatabase } from '../server/testing/test-database.ts';

/**
 * The administrator's command line, run as a real process: keys init, org create, team create,
 * user create, org/user list, keys rotate (organization and master), audit verify — on PGlite in a
 * fresh data directory, or on a fresh PostgreSQL database when DATABASE_URL is set.
 */
describe('peerkeep administration commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pk-cli-'));
  let testDb: TestDatabase | undefined;
  let env: NodeJS.ProcessEnv = { ...process.env, PEERKEEP_DATA_DIR: dir, DATABASE_URL: '', PEERKEEP_MASTER_KEY: '' };
  const run = (...args: string[]) => spawnSync(process.execPath, ['bin/peerkeep.mjs', ...args], { env, encoding: 'utf8' });
  const json = (r: ReturnType<typeof run>) => {
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as Record<string, unknown>;
  };

  after(async () => {
    await testDb?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('keys init writes an owner-only key file and refuses to overwrite it', async () => {
    if (process.env['DATABASE_URL']) {
      // the database is closed by the harness only at the end; the CLI opens its own pool to it
      testDb = await openTestDatabase();
      env = { ...env, DATABASE_URL: testDb.url ?? '' };
    }
    const r = json(run('keys', 'init'));
    assert.equal(r['keyFile'], join(dir, 'master-keys.json'));
    assert.equal(statSync(join(dir, 'master-keys.json')).mode & 0o777, 0o600);
    const again = run('keys', 'init');
    assert.equal(again.status, 2);
    assert.match(again.stderr, /already exists/);
  });

  test('an organization, a team and staff are created; a generated password is printed once', () => {
    const org = json(run('org', 'create', '--name', 'River Peer Center', '--slug', 'river', '--admin-email', 'Admin@River.test', '--admin-name', 'Ada'));
    assert.equal(org['slug'], 'river');
    assert.equal(typeof org['adminPassword'], 'string');
    assert.ok((org['adminPassword'] as string).length >= 16);
    json(run('team', 'create', '--org', 'river', '--name', 'North'));
    const user = json(run('user', 'create', '--org', 'river', '--email', 'pat@river.test', '--name', 'Pat', '--role', 'peer_specialist', '--team', 'North'));
    assert.equal(user['role'], 'peer_specialist');
    const list = JSON.parse(run('user', 'list', '--org', 'river').stdout) as { email: string }[];
    assert.deepEqual(list.map((u) => u.email).sort(), ['admin@river.test', 'pat@river.test']);
    assert.deepEqual((JSON.parse(run('org', 'list').stdout) as { slug: string }[]).map((o) => o.slug), ['river']);
  });

  test('bad input exits 2 with a message that names the problem', () => {
    const badRole = run('user', 'create', '--org', 'river', '--email', 'x@river.test', '--name', 'X', '--role', 'wizard');
    assert.equal(badRole.status, 2);
    assert.match(badRole.stderr, /--role must be one of/);
    const noOrg = run('team', 'create', '--org', 'nowhere', '--name', 'T');
    assert.equal(noOrg.status, 2);
    assert.match(noOrg.stderr, /no organization with the short name "nowhere"/);
    const unknownFlag = run('org', 'list', '--colour');
    assert.equal(unknownFlag.status, 2);
    const unknown = run('frobnicate');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /peerkeep --help/);
  });

  test('keys rotate gives each organization a new key version and reports progress', () => {
    const r = run('keys', 'rotate');
    const out = json(r);
    assert.deepEqual(out['organizations'], [{ organization: 'river', newKeyVersion: 2, participantKeysRewrapped: 0 }]);
    assert.match(r.stderr, /river: 0 of 0 participant keys rewrapped/);
  });

  test('keys rotate --master moves everything to a new master key and drops the old one', () => {
    const out = json(run('keys', 'rotate', '--master'));
    assert.ok((out['keysRewrappedUnderMaster'] as number) >= 2);
    assert.equal((out['prunedMasterKeys'] as string[]).length, 1);
    assert.ok(existsSync(join(dir, 'master-keys.json')));
    const verify = json(run('audit', 'verify'));
    assert.equal(verify['ok'], true);
  });
});
