import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import type { Static } from 'typebox';
import type { DashboardEntry, SafetyEventView } from '../../contract/safety.ts';
import { smtpMailer } from '../notifications/mailer.ts';
import { type Harness, sampleProfile, startHarness, type TestOrg, type TestUser } from '../testing/harness.ts';
import { escalateOverdueEvents } from './safety-escalation.ts';
import { takeStep } from './safety-steps.ts';

interface Created {
  id: string;
}
interface Finding {
  level: string;
  evidence: string;
  noteId: string | null;
  messageId: string | null;
  modifiers: { negated: boolean; historical: boolean };
}
interface StepAnswer {
  event: SafetyEventView;
  disclosure: { outcome: string; disclosureId: string | null; accountingLink: string } | null;
}

type DashboardRow = Static<typeof DashboardEntry>;

const NOTE = { sessionDate: '2026-11-20', sessionType: 'in_person', durationMinutes: 45 };
const IMMINENT = 'We talked about work. He said he has a gun and is going to kill himself tonight.';

describe('risky disclosures: note → finding → safety event → protocol steps → closure', () => {
  let h: Harness;
  let org: TestOrg;
  let peer: TestUser;
  let otherPeer: TestUser;
  let supervisor: TestUser;
  let backupSupervisor: TestUser;
  let admin: TestUser;

  const enrol = async (given: string): Promise<string> => {
    const r = await h.call(peer.token, 'POST', '/api/participants', { profile: sampleProfile(given, 'Quillfeather') });
    assert.equal(r.status, 201, r.text);
    return (r.json as Created).id;
  };
  const writeNote = async (participantId: string, body: string): Promise<string> => {
    const r = await h.call(peer.token, 'POST', `/api/participants/${participantId}/notes`, { ...NOTE, body });
    assert.equal(r.status, 201, r.text);
    return (r.json as Created).id;
  };
  const eventsOf = async (participantId: string, u: TestUser = peer): Promise<SafetyEventView[]> => {
    const r = await h.call(u.token, 'GET', `/api/participants/${participantId}/safety-events`);
    assert.equal(r.status, 200, r.text);
    return r.json as SafetyEventView[];
  };
  const step = async (eventId: string, body: unknown, u: TestUser = peer) => h.call(u.token, 'POST', `/api/safety-events/${eventId}/steps`, body);
  const nameOf = async (u: TestUser): Promise<string> =>
    (await h.testDb.database.db.selectFrom('users').select('display_name').where('id', '=', u.actor.userId).executeTakeFirstOrThrow()).display_name;

  before(async () => {
    h = await startHarness();
    org = await h.org();
    peer = await org.user('peer_specialist');
    otherPeer = await org.user('peer_specialist', 'other');
    supervisor = await org.user('supervisor');
    backupSupervisor = await org.user('supervisor', 'other');
    admin = org.admin;
  });
  after(() => h.close());

  test('an imminent statement in a saved note is stored as a sealed finding and opens a safety event for the team supervisor', async () => {
    const participantId = await enrol('Imogen');
    const noteId = await writeNote(participantId, IMMINENT);
    const findings = (await h.call(peer.token, 'GET', `/api/participants/${participantId}/risk-findings`)).json as Finding[];
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.level, 'imminent');
    assert.equal(findings[0]?.noteId, noteId);
    assert.equal(findings[0]?.evidence, 'going to kill himself');
    const stored = await h.testDb.database.db.selectFrom('risk_findings').select(['evidence_enc']).where('note_id', '=', noteId).executeTakeFirstOrThrow();
    assert.ok(!stored.evidence_enc.toString('latin1').includes('kill'), 'the evidence is sealed at rest');

    const [event] = await eventsOf(participantId);
    assert.ok(event);
    assert.equal(event.openedVia, 'finding');
    assert.equal(event.urgency, 'imminent');
    assert.equal(event.status, 'open');
    assert.equal(event.assignedSupervisorId, supervisor.actor.userId);
    assert.deepEqual(event.steps.map((s) => s.step), ['opened']);
    assert.deepEqual(event.notifications.map((n) => [n.userId, n.kind]), [[supervisor.actor.userId, 'safety_event']]);
    assert.deepEqual(event.crisisNumbers.map((c) => c.number).slice(0, 2), ['988', '911']);
    assert.deepEqual(
      event.people.map((p) => [p.id, p.displayName]).sort(),
      [
        [peer.actor.userId, await nameOf(peer)],
        [supervisor.actor.userId, await nameOf(supervisor)],
      ].sort(),
      'the people the event names (who opened it, the supervisor told), by name',
    );

    const dashboard = (await h.call(supervisor.token, 'GET', '/api/safety-events')).json as { id: string; assignedToMe: boolean }[];
    assert.ok(dashboard.some((d) => d.id === event.id && d.assignedToMe));
    const otherTeam = (await h.call(backupSupervisor.token, 'GET', '/api/safety-events')).json as { id: string }[];
    assert.ok(!otherTeam.some((d) => d.id === event.id), 'another team’s supervisor does not see it');
  });

  test('the protocol runs as stamped steps, refuses to close early, records the outside contact in the accounting, and closes with an outcome', async () => {
    const participantId = await enrol('Juniper');
    await writeNote(participantId, IMMINENT);
    const [event] = await eventsOf(participantId);
    assert.ok(event);

    const early = await step(event.id, { step: 'closed', outcome: 'safe_with_plan', followUpOn: '2026-11-25' });
    assert.equal(early.status, 409);
    assert.match((early.json as { message: string }).message, /listen, inform participant, notify supervisor, referral/);

    assert.equal((await step(event.id, { step: 'listen', details: 'Sat with him; he said he feels trapped.', openQuestions: ['What is happening for you tonight?'] })).status, 201);
    assert.equal((await step(event.id, { step: 'inform_participant', participantTold: true, details: 'Told him I must bring in my supervisor and the crisis line because of the gun.' })).status, 201);
    const notified = await step(event.id, { step: 'notify_supervisor' });
    assert.equal(notified.status, 201, notified.text);
    assert.equal((await step(event.id, { step: 'referral', to: 'crisis_line_988', warmHandoff: true, details: 'Warm hand-off to 988 on speaker.' })).status, 201);
    const contact = await step(event.id, {
      step: 'outside_contact',
      contacted: 'County mobile crisis team',
      details: 'Asked them to come to the apartment.',
      disclosure: { recipientType: 'emergency_services', recipient: { organization: 'County mobile crisis team' }, purpose: 'protect_participant', categories: ['identity', 'risk'], risk: 'self_imminent' },
    });
    assert.equal(contact.status, 201, contact.text);
    const link = (contact.json as StepAnswer).disclosure;
    assert.equal(link?.accountingLink, 'recorded', JSON.stringify(link));
    assert.ok(link?.disclosureId);
    const accounting = await h.call(peer.token, 'GET', `/api/participants/${participantId}/accounting`);
    assert.ok(accounting.text.includes(link.disclosureId), 'the outside contact is in the accounting of disclosures');

    const plan = {
      warningSigns: ['Not sleeping', 'Drinking alone'],
      internalCoping: ['Walk the dog'],
      distractions: ['Coffee shop on Main'],
      peopleToAsk: ['His sister'],
      professionals: ['988', 'Dr. Ames'],
      safeEnvironment: ['Gun stored with his sister'],
    };
    const planned = await step(event.id, { step: 'safety_plan', plan });
    assert.equal(planned.status, 201, planned.text);
    const closed = await step(event.id, { step: 'closed', outcome: 'connected_to_crisis_services', followUpOn: '2026-11-24', details: 'Mobile crisis stayed with him.' });
    assert.equal(closed.status, 201, closed.text);

    const final = (closed.json as StepAnswer).event;
    assert.equal(final.status, 'closed');
    assert.equal(final.outcome, 'connected_to_crisis_services');
    assert.equal(final.followUpOn, '2026-11-24');
    assert.deepEqual(
      final.steps.map((s) => s.step),
      ['opened', 'listen', 'inform_participant', 'notify_supervisor', 'referral', 'outside_contact', 'safety_plan', 'closed'],
    );
    assert.ok(final.steps.every((s) => s.actorId === peer.actor.userId && !Number.isNaN(Date.parse(s.at))), 'each step has its actor and time');
    assert.deepEqual(final.steps[4]?.data, { to: 'crisis_line_988', number: '988', warmHandoff: true });
    assert.equal(final.steps[5]?.details?.contacted, 'County mobile crisis team');
    assert.deepEqual(final.safetyPlan?.plan, plan);
    assert.equal((await step(event.id, { step: 'listen', details: 'After closing.' })).status, 409, 'nothing is added to a closed event');

    const steps = await h.testDb.database.db.selectFrom('safety_event_steps').select(['details_enc']).where('event_id', '=', event.id).execute();
    assert.ok(steps.every((s) => !s.details_enc?.toString('latin1').includes('trapped')), 'step details are sealed at rest');
  });

  test('a negated or historical statement stores a discounted finding but opens no event', async () => {
    const participantId = await enrol('Hollis');
    await writeNote(participantId, 'Denies SI. She attempted suicide years ago and says she has no thoughts of it now.');
    const findings = (await h.call(peer.token, 'GET', `/api/participants/${participantId}/risk-findings`)).json as Finding[];
    assert.ok(findings.length > 0, 'the discounted mentions are kept for review');
    assert.ok(findings.some((f) => f.modifiers.negated), 'the denial is stored as negated');
    assert.ok(findings.some((f) => f.modifiers.historical), 'the past attempt is stored as historical');
    assert.deepEqual(await eventsOf(participantId), []);
  });

  test('a staff member’s own report opens an event; a second report while it is open is refused', async () => {
    const participantId = await enrol('Rowan');
    const r = await h.call(peer.token, 'POST', `/api/participants/${participantId}/safety-events`, { urgency: 'high', categories: ['domestic_violence'], report: 'Bruises on her arms; she said he hit her again.' });
    assert.equal(r.status, 201, r.text);
    const event = r.json as SafetyEventView;
    assert.equal(event.openedVia, 'staff_report');
    assert.equal(event.report, 'Bruises on her arms; she said he hit her again.');
    assert.equal(event.assignedSupervisorId, supervisor.actor.userId);
    const again = await h.call(peer.token, 'POST', `/api/participants/${participantId}/safety-events`, { urgency: 'high', categories: [], report: 'Again.' });
    assert.equal(again.status, 409);
    assert.equal((await h.call(otherPeer.token, 'POST', `/api/participants/${participantId}/safety-events`, { urgency: 'high', categories: [], report: 'Not mine.' })).status, 404);
    assert.equal(
      (await step(event.id, { step: 'outside_contact', contacted: 'Her brother', details: 'Called him.' })).status,
      409,
      'a high (not imminent) event needs the supervisor told before anyone outside is contacted',
    );
  });

  test('a logged participant message is sealed, scanned, and opens an event like a note', async () => {
    const participantId = await enrol('Sable');
    const r = await h.call(peer.token, 'POST', `/api/participants/${participantId}/messages`, { channel: 'text', receivedAt: '2026-11-22T23:10:00Z', body: 'i took all the pills already' });
    assert.equal(r.status, 201, r.text);
    const m = r.json as { id: string; scan: { alert: boolean; safetyEventId: string | null } };
    assert.equal(m.scan.alert, true);
    const [event] = await eventsOf(participantId);
    assert.equal(event?.id, m.scan.safetyEventId);
    assert.equal(event?.finding?.messageId, m.id);
    const listed = (await h.call(peer.token, 'GET', `/api/participants/${participantId}/messages`)).json as { body: string }[];
    assert.deepEqual(listed.map((x) => x.body), ['i took all the pills already']);
  });

  test('the on-demand scan answers with findings and stores nothing', async () => {
    const before = await h.testDb.database.db.selectFrom('risk_findings').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const r = await h.call(peer.token, 'POST', '/api/risk/scan', { text: IMMINENT });
    assert.equal(r.status, 200, r.text);
    const scan = r.json as { level: string; alert: boolean; findings: { text: string }[] };
    assert.equal(scan.level, 'imminent');
    assert.equal(scan.findings[0]?.text, 'going to kill himself');
    const afterCount = await h.testDb.database.db.selectFrom('risk_findings').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(afterCount.n), Number(before.n));
    assert.equal((await h.call(admin.token, 'POST', '/api/risk/scan', { text: IMMINENT })).status, 403);
  });

  test('an imminent event not acknowledged within the set minutes goes to the next supervisor on the list, then stops once acknowledged', async () => {
    const set = await h.call(admin.token, 'PUT', '/api/safety-settings', { ackMinutes: 10, escalationOrder: [supervisor.actor.userId, backupSupervisor.actor.userId] });
    assert.equal(set.status, 200, set.text);
    const participantId = await enrol('Marlowe');
    await writeNote(participantId, IMMINENT);
    const [event] = await eventsOf(participantId);
    assert.ok(event);
    const opened = Date.parse(event.openedAt);

    const holder = async () => ((await h.call(supervisor.token, 'GET', `/api/safety-events/${event.id}`)).json as SafetyEventView).assignedSupervisorId;
    await escalateOverdueEvents(h.ports, new Date(opened + 9 * 60_000));
    assert.equal(await holder(), supervisor.actor.userId, 'not yet: 9 of 10 minutes');
    const sweep = await escalateOverdueEvents(h.ports, new Date(opened + 11 * 60_000));
    assert.ok(sweep.escalated >= 1);

    const escalated = (await h.call(backupSupervisor.token, 'GET', `/api/safety-events/${event.id}`)).json as SafetyEventView;
    assert.equal(escalated.assignedSupervisorId, backupSupervisor.actor.userId, 'the backup supervisor (another team) now holds it and can open it');
    assert.equal(escalated.escalationCount, 1);
    const last = escalated.steps.at(-1);
    assert.equal(last?.step, 'escalated');
    assert.equal(last?.actorId, null, 'the timer, not a person, escalated it');
    assert.deepEqual(last?.data, { from: supervisor.actor.userId, assignedTo: backupSupervisor.actor.userId, afterMinutes: 10 });
    assert.ok(escalated.notifications.some((n) => n.userId === backupSupervisor.actor.userId && n.kind === 'safety_event_escalated'));
    assert.equal(escalated.people.find((p) => p.id === backupSupervisor.actor.userId)?.displayName, await nameOf(backupSupervisor));
    const dashboard = (await h.call(supervisor.token, 'GET', '/api/safety-events')).json as DashboardRow[];
    const row = dashboard.find((d) => d.id === event.id);
    assert.equal(row?.assignedSupervisorName, await nameOf(backupSupervisor), 'the team supervisor sees who holds it now');
    assert.deepEqual(row?.lastEscalation, { at: last?.at, toName: await nameOf(backupSupervisor), afterMinutes: 10, exhausted: false });

    const ack = await h.call(backupSupervisor.token, 'POST', `/api/safety-events/${event.id}/acknowledge`);
    assert.equal(ack.status, 200, ack.text);
    assert.equal((ack.json as SafetyEventView).status, 'acknowledged');
    await escalateOverdueEvents(h.ports, new Date(opened + 120 * 60_000));
    const still = (await h.call(backupSupervisor.token, 'GET', `/api/safety-events/${event.id}`)).json as SafetyEventView;
    assert.equal(still.escalationCount, 1, 'an acknowledged event escalates no further');

    const back = await h.call(backupSupervisor.token, 'POST', `/api/safety-events/${event.id}/reassign`, { supervisorId: supervisor.actor.userId });
    assert.equal(back.status, 200, back.text);
    assert.equal((back.json as SafetyEventView).status, 'open', 'a reassigned event waits for the new supervisor’s acknowledgement');
    await h.call(admin.token, 'PUT', '/api/safety-settings', { ackMinutes: 15, escalationOrder: [] });
  });

  test('the supervisor notice is e-mailed through the organization’s SMTP server, with no participant details', async () => {
    const received: { to: string; data: string }[] = [];
    const sink = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      onData(stream, session, done) {
        let data = '';
        stream.on('data', (c: Buffer) => {
          data += c.toString('utf8');
        });
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), data });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
    const port = (sink.server.address() as AddressInfo).port;
    const mailer = smtpMailer({ url: null, host: '127.0.0.1', port, from: 'PeerKeep <safety@test.peerkeep>', publicUrl: 'https://peerkeep.test' });
    try {
      const participantId = await enrol('Zephyrine');
      await writeNote(participantId, IMMINENT);
      const [event] = await eventsOf(participantId);
      assert.ok(event);
      const taken = await takeStep({ ...h.ports, mailer }, peer.ctx, event.id, { step: 'notify_supervisor' });
      const emails = taken.event.notifications.map((n) => n.email);
      assert.ok(emails.length >= 1 && emails.every((e) => e === 'sent'), `delivery status recorded: ${emails.join(',')}`);
      const toSupervisor = received.filter((m) => m.to === supervisor.email);
      assert.ok(toSupervisor.length >= 1, 'the supervisor got the e-mail');
      // Notices queued earlier in this file (no mail server then) go out in the same sweep.
      const texts = toSupervisor.map((m) => m.data.replace(/=\r\n/g, '')); // quoted-printable soft line breaks
      assert.ok(texts.some((t) => t.includes(event.id) && /safety event/i.test(t)), 'the notice links to the event');
      for (const t of texts) assert.ok(!/Zephyrine|Quillfeather|kill|gun/i.test(t), 'no name and no evidence leave PeerKeep by e-mail');
    } finally {
      mailer.close();
      await new Promise<void>((resolve) => sink.close(() => resolve()));
    }
  });
});
