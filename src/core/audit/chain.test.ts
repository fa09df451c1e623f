import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type AuditEntry, chainHash, GENESIS_HASH, type StoredAuditEntry, verifyChain } from './chain.ts';

function entry(i: number): AuditEntry {
  return {
    orgId: '11111111-1111-4111-8111-111111111111',
    at: new Date(Date.UTC(2026, 10, 1, 12, 0, i)),
    actorId: '22222222-2222-4222-8222-222222222222',
    actorRole: 'peer_specialist',
    action: i % 2 ? 'note.read' : 'note.write',
    outcome: 'allowed',
    participantId: '33333333-3333-4333-8333-333333333333',
    resourceType: 'note',
    resourceId: null,
    purpose: 'care',
    source: '127.0.0.1',
    detail: { rule: 'x', n: i },
  };
}

function chain(n: number): StoredAuditEntry[] {
  const out: StoredAuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 0; i < n; i++) {
    const e = entry(i);
    const hash = chainHash(prev, e);
    out.push({ ...e, seq: String(i + 1), prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

test('an untouched chain verifies and reports its head', () => {
  const c = chain(5);
  assert.deepEqual(verifyChain(c), { ok: true, checked: 5, headHash: c[4]!.hash });
});

test('an edited entry is reported as altered at its own position', () => {
  const c = chain(5);
  c[2] = { ...c[2]!, action: 'note.delete' };
  const v = verifyChain(c);
  assert.equal(v.ok, false);
  assert.equal(!v.ok && v.brokenAtSeq, '3');
  assert.equal(!v.ok && v.problem, 'entry-altered');
});

test('a deleted entry breaks the link of the entry after it', () => {
  const c = chain(5);
  c.splice(1, 1);
  const v = verifyChain(c);
  assert.equal(!v.ok && v.brokenAtSeq, '3');
  assert.equal(!v.ok && v.problem, 'link-broken');
});

test('two swapped entries are caught', () => {
  const c = chain(5);
  [c[1], c[2]] = [c[2]!, c[1]!];
  assert.equal(verifyChain(c).ok, false);
});

test('detail key order does not change the hash, a detail value does', () => {
  const e = entry(1);
  const reordered: AuditEntry = { ...e, detail: { n: 1, rule: 'x' } };
  assert.equal(chainHash(GENESIS_HASH, e), chainHash(GENESIS_HASH, reordered));
  assert.notEqual(chainHash(GENESIS_HASH, e), chainHash(GENESIS_HASH, { ...e, detail: { rule: 'y', n: 1 } }));
});
