import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Harness, sampleProfile, startHarness, type TestOrg, type TestUser } from '../testing/harness.ts';

interface Recipient {
  id: string;
  displayName: string;
  role: string;
  team: string | null;
  sameTeam: boolean;
}

/** Whom a consultation may be sent to, and the author's unsent drafts (the web app's two lists). */
describe('consultation recipients and drafts through the API', () => {
  let h: Harness;
  let org: TestOrg;
  let peer: TestUser;
  let teammate: TestUser;
  let supervisor: TestUser;
  let otherSupervisor: TestUser;
  let otherPeer: TestUser;
  let privacy: TestUser;
  let disabled: TestUser;
  let participantId: string;

  before(async () => {
    h = await startHarness();
    org = await h.org();
    peer = await org.user('peer_specialist');
    teammate = await org.user('peer_specialist');
    supervisor = await org.user('supervisor');
    otherSupervisor = await org.user('supervisor', 'other');
    otherPeer = await org.user('peer_specialist', 'other');
    privacy = await org.user('privacy_officer', 'none');
    disabled = await org.user('peer_specialist');
    const off = await h.call(org.admin.token, 'PATCH', `/api/users/${disabled.actor.userId}`, { disabled: true });
    assert.equal(off.status, 200, off.text);
    const p = await h.call(peer.token, 'POST', '/api/participants', { profile: sampleProfile() });
    assert.equal(p.status, 201, p.text);
    participantId = (p.json as { id: string }).id;
  });
  after(() => h.close());

  test('recipients are the other active care staff, supervisors and the own team first; never oneself, admins or privacy officers', async () => {
    const r = await h.call(peer.token, 'GET', '/api/consultations/recipients');
    assert.equal(r.status, 200, r.text);
    const list = r.json as Recipient[];
    assert.deepEqual(
      list.map((x) => x.id),
      [supervisor.actor.userId, otherSupervisor.actor.userId, teammate.actor.userId, otherPeer.actor.userId],
    );
    const mine = list[0]!;
    assert.equal(mine.role, 'supervisor');
    assert.equal(mine.sameTeam, true);
    assert.equal(typeof mine.team, 'string');
    assert.equal(list[1]!.sameTeam, false);
    for (const absent of [peer, privacy, disabled, org.admin]) assert.ok(!list.some((x) => x.id === absent.actor.userId), 'not offered');
  });

  test('everyone listed is accepted by send, and the list is for care staff only', async () => {
    const list = (await h.call(peer.token, 'GET', '/api/consultations/recipients')).json as Recipient[];
    for (const to of list) {
      const c = await h.call(peer.token, 'POST', `/api/participants/${participantId}/consultations`, { reason: 'Checking each listed colleague', summary: 'A short question about pacing.' });
      assert.equal(c.status, 201, c.text);
      const sent = await h.call(peer.token, 'POST', `/api/consultations/${(c.json as { id: string }).id}/send`, { recipientId: to.id });
      assert.equal(sent.status, 200, `${to.role} ${sent.text}`);
    }
    assert.equal((await h.call(privacy.token, 'GET', '/api/consultations/recipients')).status, 403);
    assert.equal((await h.call(org.admin.token, 'GET', '/api/consultations/recipients')).status, 403);
  });

  test('drafts list only my unsent consultations about this participant, with their reason', async () => {
    const start = async (reason: string) => {
      const c = await h.call(peer.token, 'POST', `/api/participants/${participantId}/consultations`, { reason, summary: 'She asked whether to tell her family.' });
      assert.equal(c.status, 201, c.text);
      return (c.json as { id: string }).id;
    };
    const first = await start('Advice on family disclosure');
    const second = await start('Advice on returning to group');
    const sentOne = await start('This one goes out now');
    assert.equal((await h.call(peer.token, 'POST', `/api/consultations/${sentOne}/send`, { recipientId: supervisor.actor.userId })).status, 200);
    const r = await h.call(peer.token, 'GET', `/api/participants/${participantId}/consultation-drafts`);
    assert.equal(r.status, 200, r.text);
    const drafts = r.json as { id: string; reason: string; createdAt: string }[];
    assert.deepEqual(
      drafts.map((d) => [d.id, d.reason]),
      [
        [second, 'Advice on returning to group'],
        [first, 'Advice on family disclosure'],
      ],
    );
    // The supervisor reaches the record through the team but did not write these drafts.
    const theirs = await h.call(supervisor.token, 'GET', `/api/participants/${participantId}/consultation-drafts`);
    assert.equal(theirs.status, 200, theirs.text);
    assert.deepEqual(theirs.json, []);
    assert.equal((await h.call(otherPeer.token, 'GET', `/api/participants/${participantId}/consultation-drafts`)).status, 404, 'another caseload: as if no such record');
  });
});
