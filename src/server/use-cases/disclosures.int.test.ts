import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { LIMITS_OF_CONFIDENTIALITY } from '../../core/consent/limits-of-confidentiality.ts';
import { PART2_REDISCLOSURE_NOTICE } from '../../core/consent/part2-notice.ts';
import { inOrganization } from '../db/tenancy.ts';
import { type Harness, sampleProfile, startHarness, type TestOrg, type TestUser } from '../testing/harness.ts';

/**
 * Issue 3, record side, on the database under test: consent lifecycle → assembled facts →
 * decision → disclosure → accounting, through the API and the enforcement point.
 */
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
// A 1×1 transparent PNG: what the signature pad sends.
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const PROFILE = {
  state: 'CA',
  part2Program: true,
  hipaaCoveredEntity: true,
  dutyToWarn: null,
  mandatedReporters: { childAbuse: ['peer_specialist', 'supervisor'], adultAbuse: ['supervisor'], sources: ['employer_policy'] },
  crisisNumbers: [{ label: 'County mobile crisis', number: '555-0142' }],
};

const consentBody = (o: Record<string, unknown> = {}) => ({
  recipient: { person: { name: 'Dr. Imogen Kestrel', contact: 'fax 555-0100' }, organization: { name: 'Harbor Community Clinic' } },
  categories: ['attendance', 'recovery_plan'],
  purposes: ['care_coordination'],
  purposeDescription: 'So my therapist and my peer specialist can coordinate my care',
  expiry: { kind: 'date', on: day(365) },
  signature: { method: 'typed', signedOn: day(0), typedName: 'Zephyrine Quillfeather' },
  statements: { rightToRevoke: true, conditioning: true, redisclosure: true },
  ...o,
});

const ask = (o: Record<string, unknown> = {}) => ({
  recipientType: 'treating_provider',
  recipient: { person: 'Dr. Imogen Kestrel', organization: 'Harbor Community Clinic' },
  purpose: 'care_coordination',
  categories: ['attendance'],
  requestedBy: 'Dr. Kestrel called the office',
  ...o,
});

interface Decision {
  id: string;
  profileVersion: number;
  decision: { outcome: string; basis: string[] };
  facts: { consent: { status: string; defect: string | null }; participant: { age: number | null }; program: { part2: boolean } };
  consent: { consentId: string | null; problem: string | null };
}

describe('consents, disclosure decisions, disclosures and the accounting', () => {
  let h: Harness;
  let org: TestOrg;
  let peer: TestUser;
  let otherPeer: TestUser;
  let supervisor: TestUser;
  let privacy: TestUser;
  let participant: string;
  let consentId: string;

  const post = async (u: TestUser, url: string, body: unknown, status = 201) => {
    const r = await h.call(u.token, 'POST', url, body);
    assert.equal(r.status, status, `${url}: ${r.text}`);
    return r.json as Record<string, unknown> & { id: string };
  };
  const decide = async (body: Record<string, unknown>) => (await post(peer, `/api/participants/${participant}/disclosure-decisions`, body)) as unknown as Decision;

  before(async () => {
    h = await startHarness();
    org = await h.org();
    peer = await org.user('peer_specialist');
    otherPeer = await org.user('peer_specialist', 'other');
    supervisor = await org.user('supervisor');
    privacy = await org.user('privacy_officer', 'none');
    participant = (await post(peer, '/api/participants', { profile: sampleProfile() })).id;
  });
  after(() => h.close());

  test('the policy profile starts at the built-in version 0 and a privacy officer sets version 1', async () => {
    const start = await h.call(peer.token, 'GET', '/api/policy-profile');
    assert.equal((start.json as { version: number }).version, 0);
    assert.equal((await h.call(peer.token, 'PUT', '/api/policy-profile', PROFILE)).status, 403);
    const set = await h.call(privacy.token, 'PUT', '/api/policy-profile', PROFILE);
    assert.equal(set.status, 200, set.text);
    assert.equal((set.json as { version: number; part2Program: boolean }).version, 1);
    assert.equal((await h.call(peer.token, 'GET', '/api/policy-profile')).json && ((await h.call(peer.token, 'GET', '/api/policy-profile')).json as { version: number }).version, 1);
  });

  test('an incomplete consent is refused, naming the missing element', async () => {
    const { expiry: _e, ...noExpiry } = consentBody();
    const r = await h.call(peer.token, 'POST', `/api/participants/${participant}/consents`, noExpiry);
    assert.equal(r.status, 400);
    assert.equal((r.json as { field: string }).field, 'expiry');
    assert.match((r.json as { message: string }).message, /incomplete.*expiry/i);
  });

  test('input outside the controlled lists is a 400 naming the field, never a 500', async () => {
    const badCategory = await h.call(peer.token, 'POST', `/api/participants/${participant}/consents`, consentBody({ categories: ['horoscope'] }));
    assert.equal(badCategory.status, 400);
    assert.equal((badCategory.json as { field: string }).field, 'body.categories.0');
    const badRecipient = await h.call(peer.token, 'POST', `/api/participants/${participant}/disclosure-decisions`, ask({ recipientType: 'neighbour' }));
    assert.equal(badRecipient.status, 400);
    assert.equal((badRecipient.json as { field: string }).field, 'body.recipientType');
  });

  test('a Part 2 program needs the redisclosure statement and specific information', async () => {
    const noNotice = await h.call(peer.token, 'POST', `/api/participants/${participant}/consents`, consentBody({ statements: { rightToRevoke: true, conditioning: true, redisclosure: false } }));
    assert.equal(noNotice.status, 400);
    assert.equal((noNotice.json as { field: string }).field, 'redisclosure_statement');
    const generic = await h.call(peer.token, 'POST', `/api/participants/${participant}/consents`, consentBody({ categories: ['full_record'] }));
    assert.equal((generic.json as { field: string }).field, 'specific_information');
  });

  test('a drawn signature needs the drawing; an unsigned consent is refused', async () => {
    const drawn = await h.call(peer.token, 'POST', `/api/participants/${participant}/consents`, consentBody({ signature: { method: 'drawn', signedOn: day(0) } }));
    assert.equal((drawn.json as { field: string }).field, 'signature.image');
    const { signature: _s, ...unsigned } = consentBody();
    assert.equal(((await h.call(peer.token, 'POST', `/api/participants/${participant}/consents`, unsigned)).json as { field: string }).field, 'signature');
  });

  test('a complete consent is saved, active, with a printable PDF that does not show names in the clear', async () => {
    const c = await post(peer, `/api/participants/${participant}/consents`, consentBody({ signature: { method: 'drawn', signedOn: day(0), image: PNG } }));
    consentId = c.id;
    assert.equal(c.status, 'active');
    assert.equal(c.part2, true);
    const pdf = await h.app.inject({ method: 'GET', url: `/api/consents/${consentId}/pdf`, headers: { authorization: `Bearer ${peer.token}` } });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.headers['content-disposition'], 'inline; filename="consent.pdf"', 'opens in the browser’s viewer by default');
    const saved = await h.app.inject({ method: 'GET', url: `/api/consents/${consentId}/pdf?download=true`, headers: { authorization: `Bearer ${peer.token}` } });
    assert.equal(saved.headers['content-disposition'], 'attachment; filename="consent.pdf"', 'download=true saves the file');
    assert.equal((await h.call(peer.token, 'GET', `/api/consents/${consentId}/pdf?save=yes`)).status, 400, 'an unknown query parameter is refused');
    const bytes = pdf.rawPayload;
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(bytes.subarray(-8).toString('latin1'), /%%EOF/);
    assert.ok(!bytes.includes(Buffer.from('Quillfeather')), 'compressed streams: the name is not in the clear');
    const stored = await h.testDb.database.db.selectFrom('consents').select('release_enc').where('id', '=', consentId).executeTakeFirstOrThrow();
    assert.ok(!stored.release_enc.includes(Buffer.from('Kestrel')), 'the recipient is sealed at rest');
    assert.equal((await h.call(otherPeer.token, 'GET', `/api/consents/${consentId}/pdf`)).status, 404);
  });

  test('PeerKeep assembles the facts: the covering consent, the age from the record, the profile version', async () => {
    const d = await decide(ask());
    assert.equal(d.decision.outcome, 'permitted_with_consent');
    assert.equal(d.profileVersion, 1);
    assert.equal(d.consent.consentId, consentId);
    assert.deepEqual(d.facts.consent, { status: 'valid', defect: null });
    assert.equal(d.facts.program.part2, true);
    assert.ok(d.facts.participant.age !== null && d.facts.participant.age >= 35);
  });

  test('a different recipient or a category the consent does not name is not covered, and says why', async () => {
    const wrong = await decide(ask({ recipient: { person: 'Dr. Someone Else', organization: 'Harbor Community Clinic' } }));
    assert.equal(wrong.consent.problem, 'recipient_mismatch');
    assert.notEqual(wrong.decision.outcome, 'permitted_with_consent');
    const sud = await decide(ask({ categories: ['substance_use'] }));
    assert.equal(sud.consent.problem, 'category_not_covered');
    assert.notEqual(sud.decision.outcome, 'permitted_with_consent');
  });

  test('making a consented Part 2 disclosure sends only the covered categories with the Part 2 notice', async () => {
    const d = await decide(ask({ categories: ['attendance', 'recovery_plan'] }));
    const tooMuch = await h.call(peer.token, 'POST', `/api/disclosure-decisions/${d.id}/disclosure`, { categories: ['attendance', 'substance_use'] });
    assert.equal(tooMuch.status, 400);
    const made = await post(peer, `/api/disclosure-decisions/${d.id}/disclosure`, { categories: ['attendance'], recipientVerification: 'called back the clinic main line' });
    const packet = made.packet as { categories: string[]; part2Notice: string | null; consentScope: string | null };
    assert.deepEqual(packet.categories, ['attendance']);
    assert.equal(packet.part2Notice, PART2_REDISCLOSURE_NOTICE);
    assert.match(packet.consentScope ?? '', /attendance, recovery plan/);
    assert.deepEqual(made.accountable, { hipaa: false, part2: true });
    assert.match(String(made.tellParticipant), /^On \d{1,2} [A-Z][a-z]+ \d{4} we shared your information \(attendance\) with Dr\. Imogen Kestrel at Harbor Community Clinic, to coordinate your care\. This was allowed by the consent you signed/);
    for (const words of [String(made.tellParticipant), packet.consentScope ?? '', String((made.packet as { minimumNecessary: string }).minimumNecessary)]) {
      assert.doesNotMatch(words, /\b[a-z]+_[a-z_]+\b|[0-9a-f]{8}-[0-9a-f]{4}-/, `no codes or ids in what people read: ${words}`);
    }
    assert.equal((await h.call(peer.token, 'POST', `/api/disclosure-decisions/${d.id}/disclosure`, {})).status, 409, 'one decision, one disclosure');
  });

  test('the packet of a disclosure can be read again to reprint it, by those who may read the decision, and the read is audited', async () => {
    const d = await decide(ask());
    const made = await post(peer, `/api/disclosure-decisions/${d.id}/disclosure`, { recipientVerification: 'called back the clinic main line' });
    const peerRow = await h.testDb.database.db.selectFrom('users').select('display_name').where('id', '=', peer.actor.userId).executeTakeFirstOrThrow();
    assert.equal(made.disclosedByName, peerRow.display_name, 'the packet names who recorded it');
    const again = await h.call(peer.token, 'GET', `/api/disclosures/${made.id}/packet`);
    assert.equal(again.status, 200, again.text);
    assert.deepEqual(again.json, made, 'the same packet as when it was made');
    assert.equal((await h.call(supervisor.token, 'GET', `/api/disclosures/${made.id}/packet`)).status, 200, 'the team supervisor');
    for (const outsider of [otherPeer, privacy]) assert.equal((await h.call(outsider.token, 'GET', `/api/disclosures/${made.id}/packet`)).status, 404);
    assert.equal((await h.call(peer.token, 'GET', `/api/disclosures/${d.id}/packet`)).status, 404, 'a decision id is not a disclosure');
    const reads = await h.testDb.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'resource_id'])
      .where('action', '=', 'disclosure.read_packet')
      .where('participant_id', '=', participant)
      .execute();
    assert.deepEqual(reads.map((r) => r.actor_id).sort(), [peer.actor.userId, supervisor.actor.userId].sort());
    assert.ok(reads.every((r) => r.resource_id === made.id));
  });

  test('a denied decision becomes a disclosure only after a supervisor records an override', async () => {
    const d = await decide(ask({ recipientType: 'employer', recipient: { organization: 'Acme Staffing' }, purpose: 'employment', categories: ['attendance'] }));
    assert.equal(d.decision.outcome, 'denied');
    const refused = await h.call(peer.token, 'POST', `/api/disclosure-decisions/${d.id}/disclosure`, {});
    assert.equal(refused.status, 409);
    assert.match((refused.json as { message: string }).message, /supervisor/);
    assert.equal((await h.call(peer.token, 'POST', `/api/disclosure-decisions/${d.id}/override`, { reason: 'I think it is fine to share this.' })).status, 404, 'a peer cannot override');
    const o = await h.call(supervisor.token, 'POST', `/api/disclosure-decisions/${d.id}/override`, { reason: 'Participant asked us in person; written release follows today.' });
    assert.equal(o.status, 200, o.text);
    const made = await post(peer, `/api/disclosure-decisions/${d.id}/disclosure`, {});
    assert.equal(made.overridden, true);
    assert.match(String(made.tellParticipant), /\(attendance\) with Acme Staffing, to help with your work\. A supervisor reviewed the request, approved it and recorded why\./);
    assert.deepEqual(made.accountable, { hipaa: true, part2: false });
  });

  test('a revocation applies at once: a decision made before it can no longer be acted on', async () => {
    const before = await decide(ask());
    assert.equal(before.decision.outcome, 'permitted_with_consent');
    const noWitness = await h.call(peer.token, 'POST', `/api/consents/${consentId}/revoke`, { form: 'oral' });
    assert.equal((noWitness.json as { field: string }).field, 'witness');
    const revoked = await post(peer, `/api/consents/${consentId}/revoke`, { form: 'oral', witness: 'Front desk colleague' }, 200);
    assert.equal(revoked.status, 'revoked');
    const late = await h.call(peer.token, 'POST', `/api/disclosure-decisions/${before.id}/disclosure`, {});
    assert.equal(late.status, 409);
    assert.match((late.json as { message: string }).message, /no longer covers/);
    const after = await decide(ask());
    assert.equal(after.consent.problem, 'revoked');
    assert.notEqual(after.decision.outcome, 'permitted_with_consent');
  });

  test('an expired consent does not cover; an event-based one expires when the event is recorded', async () => {
    const expired = await post(peer, `/api/participants/${participant}/consents`, consentBody({ recipient: { organization: { name: 'Bayview Housing Trust' } }, purposes: ['housing'], categories: ['attendance'], expiry: { kind: 'date', on: day(-1) }, signature: { method: 'typed', signedOn: day(-30), typedName: 'Z Q' } }));
    assert.equal(expired.status, 'expired');
    const d = await decide(ask({ recipientType: 'landlord', recipient: { organization: 'Bayview Housing Trust' }, purpose: 'housing' }));
    assert.equal(d.consent.problem, 'expired');
    const ev = await post(peer, `/api/participants/${participant}/consents`, consentBody({ recipient: { organization: { name: 'County Drug Court' } }, purposes: ['criminal_justice_monitoring'], expiry: { kind: 'event', event: 'end of the drug court program' } }));
    assert.equal(ev.status, 'active');
    const ended = await post(peer, `/api/consents/${ev.id}/events`, { which: 'expiry' }, 200);
    assert.equal(ended.status, 'expired');
  });

  test('a criminal-justice consent stays on hold after a revocation until its event, and the decision escalates', async () => {
    const cj = await post(peer, `/api/participants/${participant}/consents`, consentBody({
      recipient: { organization: { name: 'County Probation' } },
      purposes: ['criminal_justice_monitoring'],
      expiry: { kind: 'event', event: 'end of probation' },
      criminalJustice: { referrer: 'County Drug Court', irrevocableUntil: 'final disposition of the case' },
    }));
    const request = ask({ recipientType: 'criminal_justice', recipient: { organization: 'County Probation' }, purpose: 'criminal_justice_monitoring' });
    assert.equal((await decide(request)).decision.outcome, 'permitted_with_consent');
    const held = await post(peer, `/api/consents/${cj.id}/revoke`, { form: 'written' }, 200);
    assert.equal(held.status, 'revocation_on_hold');
    const onHold = await decide(request);
    assert.equal(onHold.consent.problem, 'revocation_requested_irrevocable');
    assert.equal(onHold.decision.outcome, 'escalate');
    const released = await post(peer, `/api/consents/${cj.id}/events`, { which: 'irrevocability' }, 200);
    assert.equal(released.status, 'revoked');
    assert.equal((await decide(request)).consent.problem, 'revoked');
  });

  test('consents ending within 30 days show for my caseload only', async () => {
    const soon = await post(peer, `/api/participants/${participant}/consents`, consentBody({ recipient: { organization: { name: 'Northside Pharmacy' } }, expiry: { kind: 'date', on: day(10) } }));
    const mine = (await h.call(peer.token, 'GET', '/api/consents/expiring')).json as { consentId: string; daysLeft: number; recipient: string | null }[];
    const row = mine.find((r) => r.consentId === soon.id);
    assert.equal(row?.daysLeft, 10);
    assert.equal(row?.recipient, 'Northside Pharmacy');
    assert.ok(!mine.some((r) => r.consentId === consentId), 'a revoked consent is not listed');
    const theirs = (await h.call(otherPeer.token, 'GET', '/api/consents/expiring')).json as { consentId: string }[];
    assert.ok(!theirs.some((r) => r.consentId === soon.id));
    const po = (await h.call(privacy.token, 'GET', '/api/consents/expiring')).json as { consentId: string; recipient: string | null }[];
    assert.equal(po.find((r) => r.consentId === soon.id)?.recipient, null, 'a privacy officer sees the date, not the recipient');
  });

  test('the limits-of-confidentiality acknowledgment: unsigned until the current version is signed', async () => {
    const unsigned = async () => ((await h.call(peer.token, 'GET', '/api/acknowledgments/unsigned')).json as { participantId: string }[]).map((r) => r.participantId);
    assert.ok((await unsigned()).includes(participant));
    const old = await h.call(peer.token, 'POST', `/api/participants/${participant}/acknowledgments`, { statementVersion: 'limits-of-confidentiality/en/2019-v1', signature: { method: 'typed', signedOn: day(0), typedName: 'Z Q' } });
    assert.equal((old.json as { field: string }).field, 'statementVersion');
    const ack = await post(peer, `/api/participants/${participant}/acknowledgments`, { statementVersion: LIMITS_OF_CONFIDENTIALITY.version, signature: { method: 'drawn', signedOn: day(0), image: PNG } });
    assert.equal(ack.current, true);
    assert.ok(!(await unsigned()).includes(participant));
  });

  test('the accounting lists HIPAA-accountable disclosures for 6 years and Part 2 ones for 3, and sets the exempt ones apart', async () => {
    // Make two more overridden (HIPAA-accountable) disclosures and move them into the past.
    const old: string[] = [];
    for (const years of [5, 7]) {
      const d = await decide(ask({ recipientType: 'employer', recipient: { organization: `Employer ${years}` }, purpose: 'employment' }));
      await post(supervisor, `/api/disclosure-decisions/${d.id}/override`, { reason: 'Supervisor decision recorded for the lookback test.' }, 200);
      const made = await post(peer, `/api/disclosure-decisions/${d.id}/disclosure`, {});
      const at = new Date(Date.now() - years * 365.25 * 86_400_000);
      await h.testDb.database.db.updateTable('disclosures').set({ disclosed_at: at }).where('id', '=', made.id).execute();
      old.push(made.id);
    }
    // The consented Part 2 disclosure, moved to 4 years ago: outside Part 2's 3-year lookback.
    const consented = await h.testDb.database.db.selectFrom('disclosures').select('id').where('participant_id', '=', participant).where('accountable_part2', '=', true).executeTakeFirstOrThrow();
    const r = await h.call(privacy.token, 'GET', `/api/participants/${participant}/accounting`);
    assert.equal(r.status, 200, r.text);
    const report = r.json as { participantName: string; entries: { disclosureId: string; listedUnder: string[]; recipient: string }[]; exempt: { disclosureId: string }[] };
    assert.equal(report.participantName, 'Zephyrine Quillfeather');
    const listed = (id: string) => report.entries.find((e) => e.disclosureId === id)?.listedUnder;
    assert.deepEqual(listed(consented.id), ['part2']);
    assert.deepEqual(listed(old[0]!), ['hipaa'], '5 years ago: inside HIPAA’s 6 years');
    assert.equal(listed(old[1]!), undefined, '7 years ago: outside every lookback');
    await h.testDb.database.db.updateTable('disclosures').set({ disclosed_at: new Date(Date.now() - 4 * 365.25 * 86_400_000) }).where('id', '=', consented.id).execute();
    const later = (await h.call(privacy.token, 'GET', `/api/participants/${participant}/accounting`)).json as typeof report;
    assert.equal(later.entries.find((e) => e.disclosureId === consented.id), undefined, '4 years ago: outside Part 2’s 3 years');
    assert.ok(later.exempt.some((e) => e.disclosureId === consented.id));
    const pdf = await h.app.inject({ method: 'GET', url: `/api/participants/${participant}/accounting/pdf`, headers: { authorization: `Bearer ${privacy.token}` } });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.equal(pdf.headers['content-disposition'], 'inline; filename="accounting-of-disclosures.pdf"');
    const saved = await h.app.inject({ method: 'GET', url: `/api/participants/${participant}/accounting/pdf?download=true`, headers: { authorization: `Bearer ${privacy.token}` } });
    assert.equal(saved.headers['content-disposition'], 'attachment; filename="accounting-of-disclosures.pdf"');
    assert.equal((await h.call(otherPeer.token, 'GET', `/api/participants/${participant}/accounting`)).status, 404);
  });

  test('the new tables sit behind the tenant wall: another organization sees none of these rows', async () => {
    const db = h.testDb.database.db;
    const tables = ['policy_profiles', 'consents', 'consent_documents', 'confidentiality_acknowledgments', 'disclosure_decisions', 'disclosures'];
    const rls = await sql<{ relname: string; relrowsecurity: boolean }>`SELECT relname, relrowsecurity FROM pg_class WHERE relname = ANY(${tables}::text[]) ORDER BY relname`.execute(db);
    assert.deepEqual(rls.rows.map((r) => [r.relname, r.relrowsecurity]), [...tables].sort().map((t) => [t, true]));
    const other = await h.org();
    for (const t of ['consents', 'consent_documents', 'confidentiality_acknowledgments', 'disclosure_decisions', 'disclosures'] as const) {
      const seen = await inOrganization(db, other.id, (tx) => tx.selectFrom(t).select('participant_id').where('participant_id', '=', participant).execute());
      assert.deepEqual(seen, [], t);
    }
    assert.deepEqual(await inOrganization(db, other.id, (tx) => tx.selectFrom('policy_profiles').select('version').execute()), []);
  });

  test('every step is in the audit log, and no name or recipient reaches the server log', async () => {
    const actions = await h.testDb.database.db.selectFrom('audit_log').select('action').where('participant_id', '=', participant).execute();
    const seen = new Set(actions.map((a) => a.action));
    for (const a of ['consent.create', 'consent.revoke', 'disclosure.decide', 'disclosure.override', 'disclosure.make', 'accounting.report', 'acknowledgment.record']) assert.ok(seen.has(a), a);
    for (const secret of ['Quillfeather', 'Kestrel', 'Harbor Community', 'Front desk colleague']) assert.ok(!h.logs().includes(secret), secret);
  });
});
