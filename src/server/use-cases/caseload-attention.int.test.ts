import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AttentionItem, CaseloadAttention } from '../../contract/caseload.ts';
import { LIMITS_OF_CONFIDENTIALITY } from '../../core/consent/limits-of-confidentiality.ts';
import { type Harness, sampleProfile, startHarness, type TestOrg, type TestUser } from '../testing/harness.ts';

/** "Today" as the server works it out (UTC), shifted by whole days. */
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const TYPED = (name: string) => ({ method: 'typed', signedOn: day(-40), typedName: name });
const consent = (person: string, org: string, endsOn: string) => ({
  recipient: { person: { name: person }, organization: { name: org } },
  categories: ['attendance'],
  purposes: ['care_coordination'],
  purposeDescription: 'So the clinic and the peer specialist can coordinate care',
  expiry: { kind: 'date', on: endsOn },
  signature: TYPED('Invented Signer'),
  statements: { rightToRevoke: true, conditioning: true, redisclosure: true },
});
const NOTE = { sessionType: 'phone', durationMinutes: 20, body: 'Checked in about the week; the bus pass is sorted.' };

/**
 * The caseload's "needs attention" read: each reason appears, disappears when dealt with, and
 * nothing of another caseload, team or organization ever comes back. Expected values are written
 * out by hand from the set-up below.
 */
describe('caseload attention', () => {
  let h: Harness;
  let org: TestOrg;
  let peer: TestUser;
  let teammate: TestUser;
  let otherTeamPeer: TestUser;
  let supervisor: TestUser;
  let otherSupervisor: TestUser;
  let privacy: TestUser;
  let foreignPeer: TestUser;
  /** On the peer's caseload: each with one reason (besides the statement, signed for all but `unsignedOnly`). */
  const p: Record<'safety' | 'consents' | 'followUp' | 'unsignedOnly' | 'nothing' | 'teammates' | 'otherTeams' | 'foreign', string> = {} as never;

  const created = async (u: TestUser, url: string, body: unknown, status = 201): Promise<{ id: string }> => {
    const r = await h.call(u.token, 'POST', url, body);
    assert.equal(r.status, status, `${url}: ${r.text}`);
    return r.json as { id: string };
  };
  const enrol = async (u: TestUser, given: string) => (await created(u, '/api/participants', { profile: sampleProfile(given, 'Attentionfield') })).id;
  const sign = (u: TestUser, id: string) =>
    created(u, `/api/participants/${id}/acknowledgments`, { statementVersion: LIMITS_OF_CONFIDENTIALITY.version, signature: { ...TYPED('Invented Signer'), signedOn: day(0) } });
  const attention = async (u: TestUser): Promise<CaseloadAttention> => {
    const r = await h.call(u.token, 'GET', '/api/caseload/attention');
    assert.equal(r.status, 200, r.text);
    return r.json as CaseloadAttention;
  };
  const itemsOf = async (u: TestUser, id: string): Promise<AttentionItem[] | undefined> => (await attention(u)).participants.find((x) => x.participantId === id)?.items;
  const kinds = (items: readonly AttentionItem[] | undefined) => (items ?? []).map((i) => i.kind);

  before(async () => {
    h = await startHarness();
    org = await h.org();
    peer = await org.user('peer_specialist');
    teammate = await org.user('peer_specialist');
    otherTeamPeer = await org.user('peer_specialist', 'other');
    supervisor = await org.user('supervisor');
    otherSupervisor = await org.user('supervisor', 'other');
    privacy = await org.user('privacy_officer', 'none');
    foreignPeer = await (await h.org()).user('peer_specialist');

    p.safety = await enrol(peer, 'Saffron');
    p.consents = await enrol(peer, 'Corentin');
    p.followUp = await enrol(peer, 'Fenwick');
    p.unsignedOnly = await enrol(peer, 'Ulla');
    p.nothing = await enrol(peer, 'Nerys');
    p.teammates = await enrol(teammate, 'Tobiah');
    p.otherTeams = await enrol(otherTeamPeer, 'Oriel');
    p.foreign = await enrol(foreignPeer, 'Farrah');
    for (const id of [p.safety, p.consents, p.followUp, p.nothing]) await sign(peer, id);

    // A high-urgency event, open.
    await created(peer, `/api/participants/${p.safety}/safety-events`, { urgency: 'high', categories: ['self_harm'], report: 'Said she has been thinking about not being here.' });
    // Consents: one ending in 10 days, one ended 5 days ago, one ended 5 days ago but renewed, one a year out, one revoked.
    await created(peer, `/api/participants/${p.consents}/consents`, consent('Dr. Ada Quill', 'Harbour Clinic', day(10)));
    await created(peer, `/api/participants/${p.consents}/consents`, consent('Bram Osei', 'Eastgate Housing', day(-5)));
    await created(peer, `/api/participants/${p.consents}/consents`, consent('Lio Marsh', 'Riverside Pharmacy', day(-5)));
    await created(peer, `/api/participants/${p.consents}/consents`, consent('Lio Marsh', 'Riverside Pharmacy', day(365)));
    await created(peer, `/api/participants/${p.consents}/consents`, consent('Wren Abara', 'Legal Aid', day(200)));
    const revoked = await created(peer, `/api/participants/${p.consents}/consents`, consent('Ines Falk', 'Job Centre', day(3)));
    await h.call(peer.token, 'POST', `/api/consents/${revoked.id}/revoke`, { form: 'written' });
    // A closed event with its follow-up due today.
    const event = await created(peer, `/api/participants/${p.followUp}/safety-events`, { urgency: 'moderate', categories: ['self_harm'], report: 'Worried after a hard week.' });
    for (const step of [
      { step: 'listen', details: 'Listened for an hour.' },
      { step: 'inform_participant', participantTold: true, details: 'Told him my supervisor would hear of it.' },
      { step: 'notify_supervisor' },
      { step: 'closed', outcome: 'safe_with_plan', followUpOn: day(0) },
    ]) {
      await created(peer, `/api/safety-events/${event.id}/steps`, step);
    }
    // On the teammate's and the other team's caseloads: reasons of their own.
    await created(teammate, `/api/participants/${p.teammates}/safety-events`, { urgency: 'imminent', categories: ['self_harm'], report: 'Has a plan for tonight.' });
    await created(foreignPeer, `/api/participants/${p.foreign}/safety-events`, { urgency: 'imminent', categories: ['self_harm'], report: 'Has a plan for tonight.' });
  });
  after(() => h?.close());

  test('each reason shows for its participant, most pressing first; a participant with nothing is left out', async () => {
    const a = await attention(peer);
    assert.equal(a.asOf, day(0));
    assert.deepEqual(
      a.participants.map((x) => x.participantId),
      // high event (90) > follow-up today (75) > ended consent (50) > statement unsigned (40)
      [p.safety, p.followUp, p.consents, p.unsignedOnly],
    );
    const safety = a.participants[0]!;
    assert.equal(safety.displayName, 'Saffron Attentionfield');
    assert.equal(safety.openSafetyEvents, 1);
    assert.equal(safety.highestUrgency, 'high');
    assert.deepEqual(safety.items.map((i) => (i.kind === 'safety_event' ? [i.kind, i.urgency, i.status] : [i.kind])), [['safety_event', 'high', 'open']]);
    assert.deepEqual(a.participants[1]!.items.map((i) => (i.kind === 'follow_up' ? [i.kind, i.dueOn, i.daysLeft] : [i.kind])), [['follow_up', day(0), 0]]);
    assert.equal(a.participants[1]!.openSafetyEvents, 0);
    assert.equal(a.participants[1]!.highestUrgency, null);
  });

  test('consents: ending within 30 days or ended within 30 and not renewed; revoked and far-off ones are not listed', async () => {
    const items = (await itemsOf(peer, p.consents)) ?? [];
    const consents = items.flatMap((i) => (i.kind === 'consent_expiring' ? [[i.recipient, i.expiresOn, i.daysLeft]] : []));
    assert.deepEqual(consents, [
      ['Bram Osei at Eastgate Housing', day(-5), -5],
      ['Dr. Ada Quill at Harbour Clinic', day(10), 10],
    ]);
  });

  test('the limits statement: listed until the current version is signed', async () => {
    assert.deepEqual(await itemsOf(peer, p.unsignedOnly), [{ kind: 'limits_unsigned', statementVersion: LIMITS_OF_CONFIDENTIALITY.version, lastSignedVersion: null }]);
    await sign(peer, p.unsignedOnly);
    assert.equal(await itemsOf(peer, p.unsignedOnly), undefined);
  });

  test('a follow-up counts as done once a note is dated on or after its day', async () => {
    await created(peer, `/api/participants/${p.followUp}/notes`, { ...NOTE, sessionDate: day(-1) });
    assert.deepEqual(kinds(await itemsOf(peer, p.followUp)), ['follow_up'], 'a note dated before the follow-up does not count');
    await created(peer, `/api/participants/${p.followUp}/notes`, { ...NOTE, sessionDate: day(0) });
    assert.equal(await itemsOf(peer, p.followUp), undefined);
  });

  test('a peer sees only their own caseload; a supervisor their team’s; nothing crosses teams or organizations', async () => {
    const ids = async (u: TestUser) => (await attention(u)).participants.map((x) => x.participantId);
    const mine = await ids(peer);
    assert.ok(!mine.includes(p.teammates), 'not a teammate’s participant');
    assert.ok(!mine.includes(p.otherTeams) && !mine.includes(p.foreign));
    assert.ok((await ids(teammate)).includes(p.teammates));
    const team = await ids(supervisor);
    assert.ok(team.includes(p.safety) && team.includes(p.teammates), 'the supervisor sees the team');
    assert.ok(!team.includes(p.otherTeams) && !team.includes(p.foreign));
    assert.ok(!(await ids(otherSupervisor)).includes(p.safety));
    assert.ok(!(await ids(foreignPeer)).includes(p.safety));
    // The teammate's imminent event comes first for the supervisor.
    assert.equal(team[0], p.teammates);
  });

  test('breaking the glass on a record does not put it on the caseload', async () => {
    await created(peer, `/api/participants/${p.teammates}/break-glass`, { reason: 'Crisis call while my teammate is away tonight.' });
    assert.ok(!(await attention(peer)).participants.some((x) => x.participantId === p.teammates));
  });

  test('privacy officers hold no caseload (an empty answer); administrators are refused', async () => {
    assert.deepEqual((await attention(privacy)).participants, []);
    const admin = await h.call(org.admin.token, 'GET', '/api/caseload/attention');
    assert.equal(admin.status, 403);
  });

  test('the read is audited with counts only, never names or recipients', async () => {
    await attention(peer);
    const entry = await h.testDb.database.db
      .selectFrom('audit_log')
      .select(['detail', 'participant_id'])
      .where('action', '=', 'caseload.attention')
      .where('actor_id', '=', peer.actor.userId)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(entry.participant_id, null);
    const detail = entry.detail as Record<string, unknown>;
    assert.equal(detail['caseload'], 5);
    assert.doesNotMatch(JSON.stringify(detail), /Attentionfield|Quill|Osei/);
    assert.doesNotMatch(h.logs(), /Attentionfield|Ada Quill|Eastgate/);
  });
});
