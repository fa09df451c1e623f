import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { type Harness, sampleProfile, startHarness } from '../testing/harness.ts';
import { inOrganization } from './tenancy.ts';

let h: Harness;
let orgA: string;
let orgB: string;
let participantB: string;

before(async () => {
  h = await startHarness();
  const a = await h.org();
  const b = await h.org();
  orgA = a.id;
  orgB = b.id;
  const peerB = await b.user('peer_specialist');
  participantB = ((await h.call(peerB.token, 'POST', '/api/participants', { profile: sampleProfile() })).json as { id: string }).id;
});
after(() => h.close());

test('inside one organization’s transaction, another organization’s rows do not exist', async () => {
  const db = h.testDb.database.db;
  const seen = await inOrganization(db, orgA, (tx) => tx.selectFrom('participants').select('id').where('id', '=', participantB).execute());
  assert.deepEqual(seen, []);
  const notes = await inOrganization(db, orgA, (tx) => tx.selectFrom('notes').select('id').where('org_id', '=', orgB).execute());
  assert.deepEqual(notes, []);
  const own = await inOrganization(db, orgB, (tx) => tx.selectFrom('participants').select('id').where('id', '=', participantB).execute());
  assert.equal(own.length, 1);
});

test('a row for another organization cannot be written from inside one', async () => {
  const db = h.testDb.database.db;
  await assert.rejects(
    inOrganization(db, orgA, (tx) => tx.insertInto('teams').values({ id: randomUUID(), org_id: orgB, name: 'smuggled' }).execute()),
    /row-level security/,
  );
  await assert.rejects(
    inOrganization(db, orgA, (tx) => tx.updateTable('participants').set({ team_id: null }).where('id', '=', participantB).returning('id').executeTakeFirstOrThrow()),
  );
});
