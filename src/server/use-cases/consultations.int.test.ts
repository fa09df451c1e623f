import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Harness, sampleProfile, startHarness, type TestOrg, type TestUser } from '../testing/harness.ts';

interface Span {
  start: number;
  end: number;
  type: string;
  source: string;
  placeholder: string;
  redactedStart: number;
  redactedEnd: number;
}
interface AuthorView {
  id: string;
  status: string;
  original: string;
  deidentified: string;
  spans: Span[];
  restorations: { start: number; end: number; reason: string }[];
  replies: { from: { id: string }; body: string }[];
  reidentifications: { reason: string; supervisorsNotified: number }[];
}

/** Everything the record knows that must never reach the recipient. */
const IDENTIFIERS = ['Zephyrine', 'Quillfeather', '1990', 'Feb 3', '555-0199', '0199', 'Marigold', 'Brookhaven', '97000', 'Thaddeus', 'Wrenfield', '555-0123'];

const SUMMARY =
  'Zephyrine Quillfeather (DOB 02/03/1990) told me her sponsor Thaddeus Wrenfield has stopped answering at 555-0123. ' +
  'She is staying at 17 Marigold Lane, Brookhaven, and said to call 555-0199. She talked about going back to using after 6 years clean. ' +
  'She works at the bakery on Main. How should I raise the relapse plan without pushing her away?';

describe('de-identified case consultation through the API', () => {
  let h: Harness;
  let org: TestOrg;
  let peer: TestUser;
  let supervisor: TestUser;
  let colleague: TestUser;
  let otherPeer: TestUser;
  let privacy: TestUser;
  let participantId: string;
  let noteId: string;
  let consultationId: string;

  before(async () => {
    h = await startHarness();
    org = await h.org();
    peer = await org.user('peer_specialist');
    supervisor = await org.user('supervisor');
    // A colleague in the other team: they do not reach the participant's record.
    colleague = await org.user('peer_specialist', 'other');
    otherPeer = await org.user('peer_specialist', 'other');
    privacy = await org.user('privacy_officer', 'none');
    const p = await h.call(peer.token, 'POST', '/api/participants', { profile: { ...sampleProfile(), email: 'zq.private@example.org' } });
    assert.equal(p.status, 201, p.text);
    participantId = (p.json as { id: string }).id;
    const n = await h.call(peer.token, 'POST', `/api/participants/${participantId}/notes`, {
      sessionDate: '2026-11-19',
      sessionType: 'phone',
      durationMinutes: 30,
      body: 'Zephyrine called from Brookhaven; e-mail zq.private@example.org. Cravings after her sponsor Thaddeus moved.',
    });
    assert.equal(n.status, 201, n.text);
    noteId = (n.json as { id: string }).id;
  });
  after(() => h.close());

  test('starting one de-identifies the summary and the chosen note with what the record knows', async () => {
    const r = await h.call(peer.token, 'POST', `/api/participants/${participantId}/consultations`, { reason: 'Advice on raising a relapse plan', summary: SUMMARY, noteIds: [noteId] });
    assert.equal(r.status, 201, r.text);
    const v = r.json as AuthorView;
    consultationId = v.id;
    assert.equal(v.status, 'draft');
    assert.ok(v.original.includes('Zephyrine Quillfeather') && v.original.includes('Cravings after her sponsor'), 'the original is shown to the author');
    for (const leak of [...IDENTIFIERS, 'zq.private']) assert.ok(!v.deidentified.includes(leak), `${leak} left in: ${v.deidentified}`);
    assert.ok(v.deidentified.includes('relapse plan') && v.deidentified.includes('Cravings'), 'clinical meaning stays');
    assert.ok(!v.original.includes('2026-11-19'), 'the note’s session date is left out of the text');
    for (const s of v.spans) assert.equal(v.deidentified.slice(s.redactedStart, s.redactedEnd), s.placeholder, 'each highlight points at its placeholder');
    assert.ok(v.spans.every((s) => s.source === 'detected'));
  });

  test('the author redacts more, and the extra spans show as removed', async () => {
    for (const words of ['the bakery on Main', '6 years']) {
      const start = SUMMARY.indexOf(words);
      const r = await h.call(peer.token, 'POST', `/api/consultations/${consultationId}/redactions`, { start, end: start + words.length });
      assert.equal(r.status, 200, r.text);
      const v = r.json as AuthorView;
      assert.ok(!v.deidentified.includes(words), v.deidentified);
      assert.ok(v.spans.some((s) => s.source === 'author' && s.type === 'REDACTED' && s.start === start && s.end === start + words.length));
    }
    const outside = await h.call(peer.token, 'POST', `/api/consultations/${consultationId}/redactions`, { start: 0, end: SUMMARY.length * 10 });
    assert.equal(outside.status, 400);
  });

  test('un-redacting needs a stated reason and a span that is removed; the reason is recorded', async () => {
    const before = (await h.call(peer.token, 'GET', `/api/consultations/${consultationId}`)).json as AuthorView;
    const name = before.spans[0]!;
    assert.equal(before.original.slice(name.start, name.end), 'Zephyrine Quillfeather');
    const noReason = await h.call(peer.token, 'POST', `/api/consultations/${consultationId}/restorations`, { start: name.start, end: name.end });
    assert.equal(noReason.status, 400, 'never less without a reason');
    const notASpan = await h.call(peer.token, 'POST', `/api/consultations/${consultationId}/restorations`, { start: name.start, end: name.end + 1, reason: 'The supervisor needs this detail.' });
    assert.equal(notASpan.status, 400);
    const years = SUMMARY.indexOf('6 years');
    const r = await h.call(peer.token, 'POST', `/api/consultations/${consultationId}/restorations`, { start: years, end: years + 7, reason: 'How long she was clean matters to the advice.' });
    assert.equal(r.status, 200, r.text);
    const v = r.json as AuthorView;
    assert.ok(!v.spans.some((s) => s.start === years), 'the span is no longer removed');
    assert.deepEqual(v.restorations.map((x) => [x.start, x.end, x.reason]), [[years, years + 7, 'How long she was clean matters to the advice.']]);
    assert.ok(v.deidentified.includes('after 6 years clean'));
    assert.ok(!v.deidentified.includes('bakery'), 'the other extra redaction stays');
  });

  test('a colleague who does not reach the record cannot review it, and a draft cannot be read by anyone else', async () => {
    assert.equal((await h.call(colleague.token, 'GET', `/api/consultations/${consultationId}`)).status, 404);
    assert.equal((await h.call(colleague.token, 'GET', `/api/consultations/${consultationId}/shared`)).status, 404);
    assert.equal((await h.call(colleague.token, 'GET', `/api/participants/${participantId}`)).status, 404, 'the recipient-to-be has no access to the record');
  });

  test('sending goes to a colleague in the organization, who is notified without the participant’s id', async () => {
    const self = await h.call(peer.token, 'POST', `/api/consultations/${consultationId}/send`, { recipientId: peer.actor.userId });
    assert.equal(self.status, 400);
    const r = await h.call(peer.token, 'POST', `/api/consultations/${consultationId}/send`, { recipientId: colleague.actor.userId });
    assert.equal(r.status, 200, r.text);
    assert.equal((r.json as AuthorView).status, 'sent');
    const note = await h.testDb.database.db.selectFrom('notifications').selectAll().where('user_id', '=', colleague.actor.userId).where('kind', '=', 'consultation').executeTakeFirstOrThrow();
    assert.equal(note.subject_id, consultationId);
    assert.equal(note.participant_id, null);
    const again = await h.call(peer.token, 'POST', `/api/consultations/${consultationId}/redactions`, { start: 0, end: 3 });
    assert.equal(again.status, 409, 'the text is frozen once sent');
  });

  test('the recipient reads only the de-identified text: no name, birth date, phone, address, contacts or participant id', async () => {
    const inbox = await h.call(colleague.token, 'GET', '/api/consultations/received');
    assert.equal(inbox.status, 200, inbox.text);
    assert.deepEqual((inbox.json as { id: string }[]).map((c) => c.id), [consultationId]);
    const shared = await h.call(colleague.token, 'GET', `/api/consultations/${consultationId}/shared`);
    assert.equal(shared.status, 200, shared.text);
    const everything = inbox.text + shared.text;
    for (const leak of [...IDENTIFIERS, 'zq.private', participantId]) assert.ok(!everything.includes(leak), `${leak} reached the recipient`);
    const v = shared.json as { text: string; identity: unknown; from: { id: string } };
    assert.ok(v.text.includes('relapse plan'));
    assert.ok(v.text.includes('after 6 years clean') && !v.text.includes('bakery'), 'the text is the one the author confirmed');
    assert.equal(v.identity, null);
    assert.equal(v.from.id, peer.actor.userId);
    assert.equal((await h.call(otherPeer.token, 'GET', `/api/consultations/${consultationId}/shared`)).status, 404, 'no one else in the organization reads it');
    assert.equal((await h.call(peer.token, 'GET', `/api/consultations/${consultationId}/shared`)).status, 404, 'the author reads their own view instead');
  });

  test('the recipient replies; the author reads the reply and is notified', async () => {
    const r = await h.call(colleague.token, 'POST', `/api/consultations/${consultationId}/replies`, { body: 'Start from what she wants; ask about the sponsor gap first.' });
    assert.equal(r.status, 201, r.text);
    assert.ok(!r.text.includes(participantId));
    assert.equal((await h.call(otherPeer.token, 'POST', `/api/consultations/${consultationId}/replies`, { body: 'Not mine to answer.' })).status, 404);
    assert.equal((await h.call(peer.token, 'POST', `/api/consultations/${consultationId}/replies`, { body: 'The author does not reply here.' })).status, 404);
    const v = (await h.call(peer.token, 'GET', `/api/consultations/${consultationId}`)).json as AuthorView;
    assert.deepEqual(v.replies.map((x) => [x.from.id, x.body]), [[colleague.actor.userId, 'Start from what she wants; ask about the sponsor gap first.']]);
    const told = await h.testDb.database.db.selectFrom('notifications').select('kind').where('user_id', '=', peer.actor.userId).where('subject_id', '=', consultationId).execute();
    assert.deepEqual(told.map((t) => t.kind), ['consultation_reply']);
    const shared = (await h.call(colleague.token, 'GET', `/api/consultations/${consultationId}/shared`)).json as { replies: { body: string }[] };
    assert.equal(shared.replies.length, 1);
  });

  test('the record shows when, with whom and why the participant was discussed, to care staff and privacy officers', async () => {
    for (const u of [peer, supervisor, privacy]) {
      const r = await h.call(u.token, 'GET', `/api/participants/${participantId}/consultations`);
      assert.equal(r.status, 200, r.text);
      const entries = r.json as { consultationId: string; with: { id: string; displayName: string }; by: { id: string }; reason: string; sentAt: string; reidentifiedAt: string | null }[];
      assert.equal(entries.length, 1);
      assert.equal(entries[0]!.consultationId, consultationId);
      assert.equal(entries[0]!.with.id, colleague.actor.userId);
      assert.ok(entries[0]!.with.displayName.length > 0);
      assert.equal(entries[0]!.by.id, peer.actor.userId);
      assert.equal(entries[0]!.reason, 'Advice on raising a relapse plan');
      assert.ok(entries[0]!.sentAt);
    }
    assert.equal((await h.call(colleague.token, 'GET', `/api/participants/${participantId}/consultations`)).status, 404, 'the recipient does not see the record’s list');
  });

  test('re-identification is the author’s alone, needs an urgent-risk reason, is flagged to their supervisor and audited', async () => {
    assert.equal((await h.call(colleague.token, 'POST', `/api/consultations/${consultationId}/reidentify`, { reason: 'I want to know who it is.' })).status, 404);
    assert.equal((await h.call(supervisor.token, 'POST', `/api/consultations/${consultationId}/reidentify`, { reason: 'Supervisor wants to reveal.' })).status, 404);
    assert.equal((await h.call(peer.token, 'POST', `/api/consultations/${consultationId}/reidentify`, { reason: 'short' })).status, 400);
    const r = await h.call(peer.token, 'POST', `/api/consultations/${consultationId}/reidentify`, { reason: 'She described a plan and the means tonight; the on-call colleague must reach her.' });
    assert.equal(r.status, 201, r.text);
    assert.equal((r.json as { supervisorsNotified: number }).supervisorsNotified, 1);
    const flagged = await h.testDb.database.db.selectFrom('notifications').selectAll().where('user_id', '=', supervisor.actor.userId).where('kind', '=', 'consultation_reidentified').execute();
    assert.equal(flagged.length, 1);
    assert.equal(flagged[0]!.participant_id, participantId);
    const audit = await h.testDb.database.db.selectFrom('audit_log').select(['action', 'outcome', 'purpose', 'detail']).where('resource_id', '=', consultationId).where('action', 'like', 'consultation.reid%').execute();
    assert.deepEqual(
      audit.map((a) => [a.action, a.outcome, a.purpose]),
      [
        ['consultation.reidentify', 'denied', 'emergency'],
        ['consultation.reidentify', 'denied', 'emergency'],
        ['consultation.reidentify', 'allowed', 'emergency'],
        ['consultation.reidentified', 'succeeded', 'emergency'],
      ],
    );
    assert.ok(!JSON.stringify(audit).includes('plan and the means'), 'the reason stays out of the audit log');
    const shared = (await h.call(colleague.token, 'GET', `/api/consultations/${consultationId}/shared`)).json as { identity: { displayName: string } | null };
    assert.equal(shared.identity?.displayName, 'Zephyrine Quillfeather', 'now, and only now, the recipient learns who it is');
    const author = (await h.call(peer.token, 'GET', `/api/consultations/${consultationId}`)).json as AuthorView;
    assert.equal(author.reidentifications.length, 1);
    const entries = (await h.call(privacy.token, 'GET', `/api/participants/${participantId}/consultations`)).json as { reidentifiedAt: string | null }[];
    assert.ok(entries[0]!.reidentifiedAt);
  });

  test('the recipient’s reads are in the participant’s access report; the sealed texts are not in the database in clear', async () => {
    const report = await h.call(privacy.token, 'GET', `/api/participants/${participantId}/access-report`);
    assert.equal(report.status, 200, report.text);
    assert.ok((report.json as { action: string }[]).some((e) => e.action === 'consultation.read_shared'));
    const rows = await h.testDb.database.db.selectFrom('consultations').selectAll().execute();
    const replies = await h.testDb.database.db.selectFrom('consultation_replies').selectAll().execute();
    const raw = Buffer.concat([...rows.flatMap((r) => [r.original_enc, r.deidentified_enc, r.reason_enc, r.detected_spans_enc]), ...replies.map((r) => r.body_enc)]).toString('latin1');
    for (const clear of ['Zephyrine', 'relapse', 'sponsor gap']) assert.ok(!raw.includes(clear), clear);
  });

  test('once closed, no more replies', async () => {
    assert.equal((await h.call(peer.token, 'POST', `/api/consultations/${consultationId}/close`)).status, 200);
    assert.equal((await h.call(colleague.token, 'POST', `/api/consultations/${consultationId}/replies`, { body: 'One more thought.' })).status, 409);
    assert.equal((await h.call(colleague.token, 'GET', `/api/consultations/${consultationId}/shared`)).status, 200, 'the recipient can still read it');
  });

  test('a consultation needs a summary or notes of this participant', async () => {
    const empty = await h.call(peer.token, 'POST', `/api/participants/${participantId}/consultations`, { reason: 'Advice on something' });
    assert.equal(empty.status, 400);
    assert.equal((empty.json as { field: string }).field, 'summary');
    const other = (await h.call(otherPeer.token, 'POST', '/api/participants', { profile: sampleProfile('Orrin', 'Blackwood') })).json as { id: string };
    const otherNote = (await h.call(otherPeer.token, 'POST', `/api/participants/${other.id}/notes`, { sessionDate: '2026-11-19', sessionType: 'phone', durationMinutes: 10, body: 'Orrin note.' })).json as { id: string };
    const foreignNote = await h.call(peer.token, 'POST', `/api/participants/${participantId}/consultations`, { reason: 'Advice on something', noteIds: [otherNote.id] });
    assert.equal(foreignNote.status, 400);
    assert.equal((foreignNote.json as { field: string }).field, 'noteIds');
  });

  test('erasing the participant makes the consultation unreadable for the recipient too', async () => {
    const p = (await h.call(peer.token, 'POST', '/api/participants', { profile: sampleProfile('Orla', 'Fenwick') })).json as { id: string };
    const c = (await h.call(peer.token, 'POST', `/api/participants/${p.id}/consultations`, { reason: 'Advice before a hard call', summary: 'Orla is thinking of leaving the program.' })).json as AuthorView;
    assert.equal((await h.call(peer.token, 'POST', `/api/consultations/${c.id}/send`, { recipientId: colleague.actor.userId })).status, 200);
    assert.equal((await h.call(colleague.token, 'GET', `/api/consultations/${c.id}/shared`)).status, 200);
    assert.equal((await h.call(privacy.token, 'DELETE', `/api/participants/${p.id}`)).status, 200);
    const gone = await h.call(colleague.token, 'GET', `/api/consultations/${c.id}/shared`);
    assert.equal(gone.status, 404);
    assert.ok(!gone.text.includes('participant'), 'the answer names no participant');
    assert.equal((await h.call(peer.token, 'GET', `/api/consultations/${c.id}`)).status, 404);
  });
});
