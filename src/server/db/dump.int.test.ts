import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { type Harness, startHarness, type TestUser } from '../testing/harness.ts';

/**
 * A copy of the database (a table export, PGlite's data directory, a pg_dump) holds no participant
 * name and no note text: everything about a participant is sealed before it reaches SQL. The group
 * name is stored in the clear on purpose (it names a meeting, not a person) and serves as the
 * positive control: each check must find it, or the check itself is not looking.
 */

const SECRETS = {
  givenName: 'Quennaveldt',
  familyName: 'Oxblodworth',
  preferredName: 'Quenny-Marigraf',
  address: '8113 Cinderwhistle Parade',
  city: 'Vellumcroft',
  phone: '555-7302-6618',
  email: 'quennaveldt.ox@dumpcheck.example',
  contact: 'Ignatius Brambleworth',
  note: 'Spoke about the zeppelin-factory layoff and the relapse after it',
  editedNote: 'Edited: cravings returned after the zeppelin-factory reunion',
  groupNote: 'Group spent the hour on grief over the flooded orchard',
  personalNote: 'Said the flooded orchard still shows up in her dreams',
  reason: 'Emergency: overdose reported near the Cinderwhistle tram depot',
};
const CONTROL = 'Dumpcheck Wednesday Circle';

const PGDUMP_AVAILABLE = spawnSync('pg_dump', ['--version']).status === 0;
const ON_POSTGRES = Boolean(process.env['DATABASE_URL']);

/** Which secrets occur in an export: as text (any case), or as the hex of their UTF-8 bytes. */
function secretsInText(text: string, secrets: readonly string[]): string[] {
  const lower = text.toLowerCase();
  const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex');
  return secrets.filter((s) => lower.includes(s.toLowerCase()) || lower.includes(hex(s)) || lower.includes(hex(s.toLowerCase())));
}

/** Which secrets occur in raw bytes, as written, lower case or upper case. */
function secretsInBytes(bytes: Buffer, secrets: readonly string[]): string[] {
  return secrets.filter((s) => [s, s.toLowerCase(), s.toUpperCase()].some((v) => bytes.includes(Buffer.from(v, 'utf8'))));
}

describe('a dump of the database holds no participant name or note text', () => {
  let h: Harness;
  let peer: TestUser;

  const ok = async (u: TestUser, method: string, url: string, body?: unknown): Promise<{ id: string }> => {
    const r = await h.call(u.token, method, url, body);
    assert.ok(r.status >= 200 && r.status < 300, `${method} ${url}: ${r.status} ${r.text}`);
    return r.json as { id: string };
  };

  before(async () => {
    h = await startHarness();
    const org = await h.org();
    peer = await org.user('peer_specialist');
    const otherPeer = await org.user('peer_specialist', 'other');
    const profile = {
      givenName: SECRETS.givenName,
      familyName: SECRETS.familyName,
      preferredName: SECRETS.preferredName,
      phone: SECRETS.phone,
      email: SECRETS.email,
      address: { line1: SECRETS.address, city: SECRETS.city, state: 'WA', postalCode: '98001' },
      contacts: [{ kind: 'family', name: SECRETS.contact }],
    };
    const { id } = await ok(peer, 'POST', '/api/participants', { profile });
    await ok(peer, 'POST', '/api/participants/search', { q: SECRETS.familyName });
    const note = { sessionDate: '2026-11-20', sessionType: 'in_person', durationMinutes: 45, body: SECRETS.note };
    const written = await ok(peer, 'POST', `/api/participants/${id}/notes`, note);
    await ok(peer, 'PUT', `/api/notes/${written.id}`, { ...note, body: SECRETS.editedNote });
    const group = await ok(peer, 'POST', '/api/groups', { name: CONTROL });
    await ok(peer, 'POST', `/api/groups/${group.id}/sessions`, {
      sessionDate: '2026-11-19',
      sessionType: 'in_person',
      durationMinutes: 60,
      generalNote: SECRETS.groupNote,
      attendance: [{ participantId: id, present: true, note: SECRETS.personalNote }],
    });
    await ok(otherPeer, 'POST', `/api/participants/${id}/break-glass`, { reason: SECRETS.reason });
    // A second participant, erased: shredding must leave nothing readable behind either.
    const erased = await ok(peer, 'POST', '/api/participants', { profile: { ...profile, givenName: `${SECRETS.givenName}-Two` } });
    const privacy = await org.user('privacy_officer', 'none');
    await ok(privacy, 'DELETE', `/api/participants/${erased.id}`);
  });
  after(() => h.close());

  test('an export of every table as JSON text (bytea as hex) contains no secret', async () => {
    const db = h.testDb.database.db;
    const tables = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
    assert.ok(tables.rows.some((t) => t.table_name === 'notes'), 'the export lists the notes table');
    let text = '';
    for (const { table_name } of tables.rows) {
      const rows = await sql<{ j: string }>`SELECT row_to_json(t)::text AS j FROM ${sql.table(table_name)} t`.execute(db);
      text += `${table_name}\n${rows.rows.map((r) => r.j).join('\n')}\n`;
    }
    assert.match(text, /"body_enc":"\\\\x[0-9a-f]+"/, 'sealed columns are exported, as hex');
    assert.deepEqual(secretsInText(text, [CONTROL]), [CONTROL], 'the positive control is found');
    assert.deepEqual(secretsInText(text, Object.values(SECRETS)), []);
  });

  test('PGlite’s own dump of its data directory contains no secret', { skip: ON_POSTGRES ? 'PGlite only: this run uses a PostgreSQL server' : false }, async () => {
    const lite = h.testDb.database.lite;
    assert.ok(lite, 'the test database is PGlite');
    const tar = Buffer.from(await (await lite.dumpDataDir('none')).arrayBuffer());
    assert.ok(tar.length > 1_000_000, 'the dump holds the data directory');
    assert.deepEqual(secretsInBytes(tar, [CONTROL]), [CONTROL], 'the positive control is found');
    assert.deepEqual(secretsInBytes(tar, Object.values(SECRETS)), []);
  });

  test(
    'pg_dump of the database contains no secret',
    {
      skip: !ON_POSTGRES
        ? 'needs DATABASE_URL: pg_dump reads a PostgreSQL server, and this run uses PGlite'
        : !PGDUMP_AVAILABLE
          ? 'pg_dump is not on PATH'
          : false,
    },
    () => {
      const url = h.testDb.url;
      assert.ok(url, 'the test database has a connection string');
      const r = spawnSync('pg_dump', ['--no-owner', '--dbname', url], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /COPY public\.notes /, 'the dump holds the notes table');
      assert.deepEqual(secretsInText(r.stdout, [CONTROL]), [CONTROL], 'the positive control is found');
      assert.deepEqual(secretsInText(r.stdout, Object.values(SECRETS)), []);
    },
  );
});
