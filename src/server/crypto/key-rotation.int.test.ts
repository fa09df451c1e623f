import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { type Harness, sampleProfile, startHarness, type TestOrg, type TestUser } from '../testing/harness.ts';
import { KeyService } from './key-service.ts';

let h: Harness;
let org: TestOrg;
let peer: TestUser;
const ids: string[] = [];

before(async () => {
  h = await startHarness();
  org = await h.org();
  peer = await org.user('peer_specialist');
  for (let i = 0; i < 5; i++) {
    const p = (await h.call(peer.token, 'POST', '/api/participants', { profile: sampleProfile(`Given${i}`, `Family${i}`) })).json as { id: string };
    await h.call(peer.token, 'POST', `/api/participants/${p.id}/notes`, { sessionDate: '2026-11-01', sessionType: 'phone', durationMinutes: 20, body: `note ${i}` });
    ids.push(p.id);
  }
});
after(() => h.close());

async function readAll(): Promise<string[]> {
  const out = [];
  for (const id of ids) {
    const notes = (await h.call(peer.token, 'GET', `/api/participants/${id}/notes`)).json as { body: string }[];
    out.push(notes[0]!.body);
  }
  return out;
}

test('rotating an organization key rewraps every data key and loses nothing', async () => {
  const beforeRotation = await readAll();
  const r = await h.ports.keys.rotateOrganizationKey(h.ports.db, org.id, 2);
  assert.equal(r.version, 2);
  assert.equal(r.rewrapped, 5);
  assert.deepEqual(await readAll(), beforeRotation);
  const versions = await h.ports.db.selectFrom('participant_keys').select('org_key_version').where('org_id', '=', org.id).distinct().execute();
  assert.deepEqual(versions.map((v) => v.org_key_version), [2]);
  const old = await h.ports.db.selectFrom('org_keys').select(['version', 'retired_at']).where('org_id', '=', org.id).orderBy('version').execute();
  assert.ok(old[0]!.retired_at !== null && old[1]!.retired_at === null);
  // search still works: the index key is separate and unchanged
  const found = (await h.call(peer.token, 'POST', '/api/participants/search', { q: 'given3' })).json as unknown[];
  assert.equal(found.length, 1);
});

test('after a master key rotation the old master key is no longer needed', async () => {
  const newRing = { activeId: 'test-2', keys: new Map([...h.ring.keys, ['test-2', randomBytes(32)]]) };
  const rotated = new KeyService(newRing);
  assert.ok((await rotated.rewrapUnderActiveMaster(h.ports.db)) >= 2);
  const onlyNew = new KeyService({ activeId: 'test-2', keys: new Map([['test-2', newRing.keys.get('test-2')!]]) });
  const key = await h.ports.db.transaction().execute((tx) => onlyNew.participantKey(tx, org.id, ids[0]!));
  assert.equal(key?.length, 32);
});
