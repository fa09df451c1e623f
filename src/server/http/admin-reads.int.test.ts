import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Harness, sampleProfile, startHarness, type TestOrg, type TestUser } from '../testing/harness.ts';

const PROFILE_1 = {
  state: 'CA',
  part2Program: false,
  hipaaCoveredEntity: true,
  dutyToWarn: null,
  mandatedReporters: { childAbuse: ['peer_specialist', 'supervisor'], adultAbuse: ['supervisor'], sources: ['employer_policy'] },
  crisisNumbers: [{ label: 'County mobile crisis', number: '555-0142' }],
};
const PROFILE_2 = { ...PROFILE_1, state: 'OR', part2Program: true };

/**
 * The administration reads added for the admin pages: the organization's name in the session, the
 * policy profile's versions, who holds a caseload, and who reviewed an emergency access grant.
 * Expected values are written out from the set-up below.
 */
describe('administration reads', () => {
  let h: Harness;
  let org: TestOrg;
  let peer: TestUser;
  let peer2: TestUser;
  let supervisor: TestUser;
  let privacy: TestUser;
  let foreignAdmin: TestUser;
  const nameOf = new Map<string, string>();

  const ok = async (u: TestUser, method: string, url: string, body?: unknown) => {
    const r = await h.call(u.token, method, url, body);
    assert.ok(r.status >= 200 && r.status < 300, `${method} ${url}: ${r.status} ${r.text}`);
    return r.json as never;
  };

  before(async () => {
    h = await startHarness();
    org = await h.org('admin-reads');
    peer = await org.user('peer_specialist');
    peer2 = await org.user('peer_specialist');
    supervisor = await org.user('supervisor');
    privacy = await org.user('privacy_officer', 'none');
    foreignAdmin = (await h.org()).admin;
    for (const s of (await ok(org.admin, 'GET', '/api/users')) as { id: string; displayName: string }[]) nameOf.set(s.id, s.displayName);
  });
  after(() => h.close());

  test('the session names the organization', async () => {
    const s = (await ok(peer, 'GET', '/api/auth/session')) as { organizationName: string };
    assert.equal(s.organizationName, 'Org admin-reads');
    assert.notEqual(((await ok(foreignAdmin, 'GET', '/api/auth/session')) as { organizationName: string }).organizationName, 'Org admin-reads');
  });

  test('policy profile versions: the built-in 0 first, then each save newest first with its values and who saved it', async () => {
    const start = (await ok(peer, 'GET', '/api/policy-profile/versions')) as { version: number; setByName: string | null; setAt: string | null }[];
    assert.deepEqual(
      start.map((v) => [v.version, v.setByName, v.setAt]),
      [[0, null, null]],
    );
    await ok(privacy, 'PUT', '/api/policy-profile', PROFILE_1);
    await ok(org.admin, 'PUT', '/api/policy-profile', PROFILE_2);
    const list = (await ok(peer, 'GET', '/api/policy-profile/versions')) as { version: number; state: string | null; part2Program: boolean; setBy: string | null; setByName: string | null }[];
    assert.deepEqual(
      list.map((v) => [v.version, v.state, v.part2Program, v.setBy, v.setByName]),
      [
        [2, 'OR', true, org.admin.actor.userId, 'Admin'],
        [1, 'CA', false, privacy.actor.userId, nameOf.get(privacy.actor.userId)],
        [0, null, false, null, null],
      ],
    );
    assert.equal(((await ok(foreignAdmin, 'GET', '/api/policy-profile/versions')) as unknown[]).length, 1, 'another organization sees only its own (the built-in)');
  });

  test('caseload holders: read by whoever may assign, changed by the save, hidden from others', async () => {
    const id = ((await ok(peer, 'POST', '/api/participants', { profile: sampleProfile('Oriel', 'Holdsworth') })) as { id: string }).id;
    assert.deepEqual(await ok(org.admin, 'GET', `/api/participants/${id}/caseload`), [{ userId: peer.actor.userId, displayName: nameOf.get(peer.actor.userId) }]);
    await ok(org.admin, 'PUT', `/api/participants/${id}/caseload`, { userIds: [peer2.actor.userId, supervisor.actor.userId] });
    const now = (await ok(supervisor, 'GET', `/api/participants/${id}/caseload`)) as { userId: string }[];
    assert.deepEqual(now.map((m) => m.userId).sort(), [peer2.actor.userId, supervisor.actor.userId].sort());
    assert.equal((await h.call(peer2.token, 'GET', `/api/participants/${id}/caseload`)).status, 404, 'a peer does not assign, so does not read it either');
    assert.equal((await h.call(privacy.token, 'GET', `/api/participants/${id}/caseload`)).status, 404);
    assert.equal((await h.call(foreignAdmin.token, 'GET', `/api/participants/${id}/caseload`)).status, 404);
  });

  test('emergency access: the review names who reviewed and when', async () => {
    const id = ((await ok(peer, 'POST', '/api/participants', { profile: sampleProfile('Tamsin', 'Glassford') })) as { id: string }).id;
    const grant = ((await ok(peer2, 'POST', `/api/participants/${id}/break-glass`, { reason: 'Invented emergency: the safety plan is needed now.' })) as { id: string }).id;
    type Row = { id: string; reviewedAt: string | null; reviewedBy: string | null; reviewerName: string | null; reviewOutcome: string | null };
    const before = ((await ok(privacy, 'GET', '/api/break-glass')) as Row[]).find((g) => g.id === grant);
    assert.deepEqual([before?.reviewedAt, before?.reviewedBy, before?.reviewerName], [null, null, null]);
    const t0 = Date.now();
    await ok(supervisor, 'POST', `/api/break-glass/${grant}/review`, { outcome: 'appropriate' });
    const after = ((await ok(privacy, 'GET', '/api/break-glass')) as Row[]).find((g) => g.id === grant);
    assert.deepEqual([after?.reviewOutcome, after?.reviewedBy, after?.reviewerName], ['appropriate', supervisor.actor.userId, nameOf.get(supervisor.actor.userId)]);
    assert.ok(after?.reviewedAt && Math.abs(Date.parse(after.reviewedAt) - t0) < 60_000, `reviewed just now: ${after?.reviewedAt}`);
    assert.equal((after as { reviewNote?: unknown } | undefined)?.reviewNote, null, 'no note was written');
  });

  test('emergency access: a review note is kept sealed with the record and read back by reviewers', async () => {
    const id = ((await ok(peer, 'POST', '/api/participants', { profile: sampleProfile('Wren', 'Notewell') })) as { id: string }).id;
    const grant = ((await ok(peer2, 'POST', `/api/participants/${id}/break-glass`, { reason: 'Invented emergency: Wren called in distress.' })) as { id: string }).id;
    const NOTE = 'Wren Notewell was at the drop-in and upset; opening the plan was right.';
    const tooLong = await h.call(privacy.token, 'POST', `/api/break-glass/${grant}/review`, { outcome: 'appropriate', note: 'x'.repeat(2001) });
    assert.equal(tooLong.status, 400);
    assert.match(tooLong.text, /note/);
    await ok(privacy, 'POST', `/api/break-glass/${grant}/review`, { outcome: 'appropriate', note: `  ${NOTE}\n` });
    const row = ((await ok(privacy, 'GET', '/api/break-glass')) as { id: string; reviewNote: string | null; reviewerName: string | null }[]).find((g) => g.id === grant);
    assert.deepEqual([row?.reviewNote, row?.reviewerName], [NOTE, nameOf.get(privacy.actor.userId)]);
    const stored = await h.ports.db.selectFrom('break_glass').select('review_note_enc').where('id', '=', grant).executeTakeFirstOrThrow();
    assert.ok(stored.review_note_enc && stored.review_note_enc.length > NOTE.length, 'a sealed value is stored');
    assert.equal(stored.review_note_enc.includes(Buffer.from('Notewell')), false, 'the note is not stored in the clear');
    assert.equal(h.logs().includes('Notewell'), false, 'nor written to the log');
  });
});
