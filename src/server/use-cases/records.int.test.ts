import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Harness, sampleProfile, startHarness, type TestOrg, type TestUser } from '../testing/harness.ts';

interface Created {
  id: string;
}

describe('participant records through the API', () => {
  let h: Harness;
  let org: TestOrg;
  let peer: TestUser;
  let otherPeer: TestUser;
  let supervisor: TestUser;
  let otherSupervisor: TestUser;
  let privacy: TestUser;
  let participantId: string;

  before(async () => {
    h = await startHarness();
    org = await h.org();
    peer = await org.user('peer_specialist');
    otherPeer = await org.user('peer_specialist', 'other');
    supervisor = await org.user('supervisor');
    otherSupervisor = await org.user('supervisor', 'other');
    privacy = await org.user('privacy_officer', 'none');
    const r = await h.call(peer.token, 'POST', '/api/participants', { profile: sampleProfile() });
    assert.equal(r.status, 201, r.text);
    participantId = (r.json as Created).id;
  });
  after(() => h.close());

  test('a peer who enrols a participant has them on their own caseload and reads the full profile', async () => {
    const r = await h.call(peer.token, 'GET', `/api/participants/${participantId}`);
    assert.equal(r.status, 200);
    const view = r.json as { profile: { givenName: string; contacts: unknown[] }; access: string; caseload: { userId: string }[] };
    assert.equal(view.profile.givenName, 'Zephyrine');
    assert.equal(view.access, 'own_caseload');
    assert.deepEqual(view.caseload.map((c) => c.userId), [peer.actor.userId]);
    assert.equal(view.profile.contacts.length, 1);
  });

  test('a peer on another caseload gets the same 404 as for an id that does not exist', async () => {
    const other = await h.call(otherPeer.token, 'GET', `/api/participants/${participantId}`);
    const missing = await h.call(otherPeer.token, 'GET', '/api/participants/6f1c8f80-3f0c-4d3e-9a63-0f1f2a3b4c5d');
    assert.equal(other.status, 404);
    assert.equal(missing.status, 404);
    assert.deepEqual(other.json, missing.json);
  });

  test('the team supervisor reads the record; a supervisor of another team does not', async () => {
    assert.equal((await h.call(supervisor.token, 'GET', `/api/participants/${participantId}`)).status, 200);
    assert.equal((await h.call(otherSupervisor.token, 'GET', `/api/participants/${participantId}`)).status, 404);
  });

  test('a privacy officer sees name and pronouns but not the profile or notes', async () => {
    const identity = await h.call(privacy.token, 'GET', `/api/participants/${participantId}/identity`);
    assert.equal(identity.status, 200);
    assert.equal((identity.json as { displayName: string }).displayName, 'Zephyrine Quillfeather');
    assert.equal((await h.call(privacy.token, 'GET', `/api/participants/${participantId}`)).status, 404);
    assert.equal((await h.call(privacy.token, 'GET', `/api/participants/${participantId}/notes`)).status, 404);
  });

  test('search by name works on any case, accents and order of tokens, and only within access', async () => {
    const names = async (u: TestUser, q: string) =>
      ((await h.call(u.token, 'POST', '/api/participants/search', { q })).json as { displayName: string }[]).map((p) => p.displayName);
    assert.deepEqual(await names(peer, 'quillfeather zephyrine'), ['Zephyrine Quillfeather']);
    assert.deepEqual(await names(peer, 'ZÉPHYRINE'), ['Zephyrine Quillfeather']);
    assert.deepEqual(await names(peer, 'zephyr'), [], 'only whole name tokens match');
    assert.deepEqual(await names(otherPeer, 'zephyrine'), [], 'another caseload does not show up');
    assert.deepEqual(await names(privacy, 'zephyrine'), ['Zephyrine Quillfeather']);
  });

  test('names never travel in URLs: a query parameter is refused and search takes the name in the body', async () => {
    const r = await h.call(peer.token, 'GET', '/api/participants?q=Zephyrine');
    assert.equal(r.status, 400);
    assert.equal((r.json as { field: string }).field, 'querystring.q');
    assert.equal((await h.call(peer.token, 'GET', '/api/participants')).status, 200);
  });

  test('a note is written, edited, and keeps its earlier version', async () => {
    const note = { sessionDate: '2026-11-20', sessionType: 'in_person', durationMinutes: 50, body: 'First version of the note.' };
    const created = await h.call(peer.token, 'POST', `/api/participants/${participantId}/notes`, note);
    assert.equal(created.status, 201, created.text);
    const noteId = (created.json as Created).id;
    const edited = await h.call(peer.token, 'PUT', `/api/notes/${noteId}`, { ...note, body: 'Second version.', durationMinutes: 55 });
    assert.equal(edited.status, 200, edited.text);
    assert.equal((edited.json as { version: number }).version, 2);
    const history = (await h.call(peer.token, 'GET', `/api/notes/${noteId}/versions`)).json as { version: number; body: string; durationMinutes: number; editedBy: string }[];
    assert.deepEqual(history.map((v) => [v.version, v.body, v.durationMinutes, v.editedBy]), [[1, 'First version of the note.', 50, peer.actor.userId]]);
    const current = (await h.call(supervisor.token, 'GET', `/api/notes/${noteId}`)).json as { body: string };
    assert.equal(current.body, 'Second version.');
    assert.equal((await h.call(otherPeer.token, 'GET', `/api/notes/${noteId}`)).status, 404);
    assert.equal((await h.call(otherPeer.token, 'PUT', `/api/notes/${noteId}`, note)).status, 404);
  });

  test('bad note input gets a 400 naming the field, and nothing is stored', async () => {
    const before = ((await h.call(peer.token, 'GET', `/api/participants/${participantId}/notes`)).json as unknown[]).length;
    const r = await h.call(peer.token, 'POST', `/api/participants/${participantId}/notes`, { sessionDate: '2026-13-45', sessionType: 'in_person', durationMinutes: 50, body: 'x' });
    assert.equal(r.status, 400);
    assert.equal((r.json as { field: string }).field, 'body.sessionDate');
    const r2 = await h.call(peer.token, 'POST', `/api/participants/${participantId}/notes`, { sessionDate: '2026-11-01', sessionType: 'carrier pigeon', durationMinutes: 50, body: 'x' });
    assert.equal(r2.status, 400);
    assert.match((r2.json as { field: string }).field, /^body\.sessionType/);
    const after = ((await h.call(peer.token, 'GET', `/api/participants/${participantId}/notes`)).json as unknown[]).length;
    assert.equal(after, before);
  });

  test('a group session files each participant’s own note in their record only', async () => {
    const second = (await h.call(peer.token, 'POST', '/api/participants', { profile: sampleProfile('Orrin', 'Blackwood') })).json as Created;
    const group = (await h.call(peer.token, 'POST', '/api/groups', { name: 'Tuesday circle' })).json as Created;
    const r = await h.call(peer.token, 'POST', `/api/groups/${group.id}/sessions`, {
      sessionDate: '2026-11-18',
      sessionType: 'in_person',
      durationMinutes: 90,
      generalNote: 'The group talked about holidays and cravings.',
      attendance: [
        { participantId, present: true, note: 'Zephyrine shared a win about her job.' },
        { participantId: second.id, present: true, note: 'Orrin was quiet but stayed for all of it.' },
      ],
    });
    assert.equal(r.status, 201, r.text);
    const notesA = (await h.call(peer.token, 'GET', `/api/participants/${participantId}/notes`)).json as { body: string; groupSessionId: string | null }[];
    const texts = notesA.map((n) => n.body).join('\n');
    assert.match(texts, /shared a win/);
    assert.doesNotMatch(texts, /Orrin/);
    assert.doesNotMatch(texts, /holidays and cravings/);
    const attendance = (await h.call(peer.token, 'GET', `/api/participants/${participantId}/attendance`)).json as { groupName: string }[];
    assert.deepEqual(attendance.map((a) => a.groupName), ['Tuesday circle']);
    const session = (await h.call(peer.token, 'GET', `/api/group-sessions/${(r.json as Created).id}`)).json as { generalNote: string };
    assert.equal(session.generalNote, 'The group talked about holidays and cravings.');
    assert.equal((await h.call(otherPeer.token, 'GET', `/api/group-sessions/${(r.json as Created).id}`)).status, 404);
  });

  test('a group session with an attendee outside the facilitator’s access is refused whole', async () => {
    const outsider = (await h.call(otherPeer.token, 'POST', '/api/participants', { profile: sampleProfile('Ysolde', 'Marrow') })).json as Created;
    const group = (await h.call(peer.token, 'POST', '/api/groups', { name: 'Friday circle' })).json as Created;
    const r = await h.call(peer.token, 'POST', `/api/groups/${group.id}/sessions`, {
      sessionDate: '2026-11-19',
      sessionType: 'in_person',
      durationMinutes: 60,
      attendance: [
        { participantId, present: true, note: 'should not be saved' },
        { participantId: outsider.id, present: true },
      ],
    });
    assert.equal(r.status, 404);
    const notes = (await h.call(peer.token, 'GET', `/api/participants/${participantId}/notes`)).json as { body: string }[];
    assert.ok(!notes.some((n) => n.body === 'should not be saved'));
  });

  test('break the glass: access with a reason, supervisors told, listed for review', async () => {
    const denied = await h.call(otherPeer.token, 'GET', `/api/participants/${participantId}`);
    assert.equal(denied.status, 404);
    const tooShort = await h.call(otherPeer.token, 'POST', `/api/participants/${participantId}/break-glass`, { reason: 'urgent' });
    assert.equal(tooShort.status, 400);
    const grant = await h.call(otherPeer.token, 'POST', `/api/participants/${participantId}/break-glass`, { reason: 'Crisis call tonight and her peer is away; need her safety contacts.' });
    assert.equal(grant.status, 201, grant.text);
    assert.equal((grant.json as { supervisorsNotified: number }).supervisorsNotified, 1);
    const opened = await h.call(otherPeer.token, 'GET', `/api/participants/${participantId}`);
    assert.equal(opened.status, 200);
    assert.equal((opened.json as { access: string }).access, 'break_glass');
    const list = (await h.call(otherSupervisor.token, 'GET', '/api/break-glass?unreviewed=true')).json as { id: string; reason: string; participantId: string }[];
    const mine = list.find((g) => g.participantId === participantId);
    assert.ok(mine);
    assert.match(mine.reason, /Crisis call/);
    assert.equal((await h.call(supervisor.token, 'GET', '/api/break-glass')).status, 200);
    const review = await h.call(otherSupervisor.token, 'POST', `/api/break-glass/${mine.id}/review`, { outcome: 'appropriate' });
    assert.equal(review.status, 200);
    const left = (await h.call(otherSupervisor.token, 'GET', '/api/break-glass?unreviewed=true')).json as { id: string }[];
    assert.ok(!left.some((g) => g.id === mine.id));
  });

  test('a peer in the same team who breaks the glass gets in for the length of the grant', async () => {
    const teammate = await org.user('peer_specialist');
    assert.equal((await h.call(teammate.token, 'GET', `/api/participants/${participantId}`)).status, 404);
    const grant = await h.call(teammate.token, 'POST', `/api/participants/${participantId}/break-glass`, { reason: 'Her peer is off sick and she called in crisis tonight.' });
    assert.equal(grant.status, 201, grant.text);
    const opened = await h.call(teammate.token, 'GET', `/api/participants/${participantId}`);
    assert.equal(opened.status, 200);
    assert.equal((opened.json as { access: string }).access, 'break_glass');
  });

  test('the access report lists who read the record, and a privacy officer can fetch it', async () => {
    const r = await h.call(privacy.token, 'GET', `/api/participants/${participantId}/access-report`);
    assert.equal(r.status, 200);
    const rows = r.json as { staffRole: string; action: string; purpose: string }[];
    assert.ok(rows.some((x) => x.action === 'break_glass.open' && x.purpose === 'emergency'));
    assert.ok(rows.some((x) => x.action === 'participant.read_record' && x.staffRole === 'supervisor'));
    assert.equal((await h.call(peer.token, 'GET', `/api/participants/${participantId}/access-report`)).status, 404);
  });

  test('erasure destroys the data key: the record is gone, the audit trail stays', async () => {
    const victim = (await h.call(peer.token, 'POST', '/api/participants', { profile: sampleProfile('Eraseme', 'Tobegone') })).json as Created;
    await h.call(peer.token, 'POST', `/api/participants/${victim.id}/notes`, { sessionDate: '2026-11-01', sessionType: 'phone', durationMinutes: 10, body: 'note to be shredded' });
    assert.equal((await h.call(peer.token, 'DELETE', `/api/participants/${victim.id}`)).status, 404, 'peers cannot erase');
    assert.equal((await h.call(privacy.token, 'DELETE', `/api/participants/${victim.id}`)).status, 200);
    assert.equal((await h.call(peer.token, 'GET', `/api/participants/${victim.id}`)).status, 404);
    const key = await h.testDb.database.db.selectFrom('participant_keys').select('participant_id').where('participant_id', '=', victim.id).executeTakeFirst();
    assert.equal(key, undefined);
    const report = await h.call(privacy.token, 'GET', `/api/participants/${victim.id}/access-report`);
    assert.equal(report.status, 200);
    assert.ok((report.json as unknown[]).length >= 2);
  });
});
