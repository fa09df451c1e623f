import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Harness, startHarness, type TestUser } from './testing/harness.ts';

/**
 * Log-leak check: the main flows run through the API with names and texts no log line could
 * contain by chance, then every captured log line is searched for them. The log must say which
 * routes ran and how they ended — never who the participant is or what was written about them.
 */

const PERSON = {
  givenName: 'Wolfgangina',
  familyName: 'Zzyzxquartz',
  preferredName: 'Wolfiebelle',
  address: '4242 Obsidianfern Crescent',
  city: 'Quixotevale',
  phone: '555-8642-7719',
  email: 'wolfgangina.zq@leakcheck.example',
  contact: 'Barnabus Thistlewhip',
  contactPhone: '555-3141-5926',
};
const TEXTS = {
  note: 'Talked through the saxophone relapse near Pemberwick pier',
  editedNote: 'Revised: kumquat cravings after the Pemberwick regatta',
  groupNote: 'The circle discussed marzipan-triggered insomnia',
  groupPersonal: 'Shared a breakthrough about the lighthouse keeper job',
  reason: 'Emergency: Wolfgangina called from the Gravelmoor bridge at midnight',
  rejectedNote: 'Rejected note about the tangerine courthouse hearing',
};
const SIGN_IN = {
  unknownEmail: 'marmaduke.leakcheck@nowhere.example',
  wrongPassword: 'Pterodactyl-Lullaby-9931',
};

const profile = {
  givenName: PERSON.givenName,
  familyName: PERSON.familyName,
  preferredName: PERSON.preferredName,
  pronouns: 'she/her',
  dateOfBirth: '1971-07-29',
  phone: PERSON.phone,
  email: PERSON.email,
  address: { line1: PERSON.address, city: PERSON.city, state: 'OR', postalCode: '97123' },
  contacts: [{ kind: 'emergency', name: PERSON.contact, phone: PERSON.contactPhone }],
};

/** Each distinctive string that occurs in the log, compared without regard to case. */
function leaked(logs: string, strings: readonly string[]): string[] {
  const lower = logs.toLowerCase();
  return strings.filter((s) => lower.includes(s.toLowerCase()));
}

describe('nothing about a participant reaches the logs', () => {
  let h: Harness;
  let peer: TestUser;
  let sessionToken = '';

  const ok = async (u: TestUser, method: string, url: string, body?: unknown): Promise<{ id: string }> => {
    const r = await h.call(u.token, method, url, body);
    assert.ok(r.status >= 200 && r.status < 300, `${method} ${url}: ${r.status} ${r.text}`);
    return r.json as { id: string };
  };
  const refused = async (u: TestUser | null, method: string, url: string, body: unknown, status: number) => {
    const r = await h.call(u?.token ?? null, method, url, body);
    assert.equal(r.status, status, `${method} ${url}: ${r.text}`);
  };

  before(async () => {
    h = await startHarness();
    const org = await h.org();
    peer = await org.user('peer_specialist');
    const otherPeer = await org.user('peer_specialist', 'other');
    const supervisor = await org.user('supervisor', 'other');
    const privacy = await org.user('privacy_officer', 'none');

    // Enrol, find by name, read.
    const { id } = await ok(peer, 'POST', '/api/participants', { profile });
    await ok(peer, 'POST', '/api/participants/search', { q: `${PERSON.givenName} ${PERSON.familyName}` });
    await ok(privacy, 'POST', '/api/participants/search', { q: PERSON.preferredName });
    await ok(peer, 'GET', `/api/participants/${id}`);
    await ok(privacy, 'GET', `/api/participants/${id}/identity`);
    await ok(peer, 'PUT', `/api/participants/${id}`, { profile: { ...profile, phone: PERSON.phone } });

    // Notes: write, edit, read, history.
    const note = { sessionDate: '2026-11-20', sessionType: 'phone', durationMinutes: 40, body: TEXTS.note };
    const written = await ok(peer, 'POST', `/api/participants/${id}/notes`, note);
    await ok(peer, 'PUT', `/api/notes/${written.id}`, { ...note, body: TEXTS.editedNote });
    await ok(peer, 'GET', `/api/participants/${id}/notes`);
    await ok(peer, 'GET', `/api/notes/${written.id}/versions`);

    // A group meeting with a general note and a personal one.
    const group = await ok(peer, 'POST', '/api/groups', { name: 'Thursday circle' });
    const meeting = await ok(peer, 'POST', `/api/groups/${group.id}/sessions`, {
      sessionDate: '2026-11-19',
      sessionType: 'in_person',
      durationMinutes: 90,
      generalNote: TEXTS.groupNote,
      attendance: [{ participantId: id, present: true, note: TEXTS.groupPersonal }],
    });
    await ok(peer, 'GET', `/api/group-sessions/${meeting.id}`);

    // Break the glass, the review list, the access report.
    await refused(otherPeer, 'GET', `/api/participants/${id}`, undefined, 404);
    await ok(otherPeer, 'POST', `/api/participants/${id}/break-glass`, { reason: TEXTS.reason });
    await ok(otherPeer, 'GET', `/api/participants/${id}`);
    await ok(supervisor, 'GET', '/api/break-glass');
    await ok(privacy, 'GET', `/api/participants/${id}/access-report`);

    // Bad input carrying the distinctive strings: schema failures, rule failures, broken JSON.
    await refused(peer, 'POST', `/api/participants/${id}/notes`, { ...note, sessionDate: '2026-13-45', body: TEXTS.rejectedNote }, 400);
    await refused(peer, 'POST', `/api/participants/${id}/notes`, { ...note, body: TEXTS.rejectedNote, extra: PERSON.familyName }, 400);
    await refused(peer, 'POST', '/api/participants', { profile: { ...profile, dateOfBirth: PERSON.givenName } }, 400);
    await refused(peer, 'POST', '/api/participants', { profile, teamId: '00000000-0000-4000-8000-000000000000' }, 400);
    await refused(otherPeer, 'POST', `/api/participants/${id}/break-glass`, { reason: TEXTS.reason.repeat(40) }, 400);
    await refused(peer, 'GET', `/api/participants?q=${encodeURIComponent(PERSON.contact)}&who=${encodeURIComponent(PERSON.address)}`, undefined, 400);
    const broken = await h.app.inject({
      method: 'POST',
      url: '/api/participants',
      headers: { authorization: `Bearer ${peer.token}`, 'content-type': 'application/json' },
      payload: `{"profile": {"givenName": "${PERSON.givenName}", "familyName": "${PERSON.familyName}"`,
    });
    assert.equal(broken.statusCode, 400);

    // Sign-in: an unknown address, a wrong password for a real one, then a real sign-in.
    await refused(null, 'POST', '/api/auth/sign-in', { email: SIGN_IN.unknownEmail, password: SIGN_IN.wrongPassword }, 401);
    await refused(null, 'POST', '/api/auth/sign-in', { email: peer.email, password: SIGN_IN.wrongPassword }, 401);
    const signedIn = await h.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: peer.email, password: peer.password } });
    assert.equal(signedIn.statusCode, 200, signedIn.body);
    sessionToken = signedIn.cookies.find((c) => c.name === 'pk_session')?.value ?? '';
    assert.ok(sessionToken.startsWith('pks_'));

    // Unknown pages and malformed ids with a name in the path or the query string.
    await refused(peer, 'GET', `/api/no-such-page?name=${encodeURIComponent(`${PERSON.givenName} ${PERSON.familyName}`)}`, undefined, 404);
    await refused(peer, 'GET', `/api/${PERSON.familyName}/${encodeURIComponent(PERSON.address)}`, undefined, 404);
    await refused(peer, 'GET', `/api/participants/${PERSON.familyName}`, undefined, 400);
  });
  after(() => h.close());

  test('the flows were logged, by route pattern and status', () => {
    const logs = h.logs();
    assert.ok(logs.length > 0, 'nothing was logged');
    assert.match(logs, /"route":"\/api\/participants\/:id\/notes"/);
    assert.match(logs, /"route":"\/api\/participants\/:id\/break-glass"/);
    assert.match(logs, /"route":"\/api\/auth\/sign-in","status":401/);
    // unknown URLs fall to the web app's catch-all route, which answers API paths with a JSON 404
    assert.match(logs, /"route":"\/\*","status":404/);
  });

  test('no participant name, address, phone, e-mail or contact appears in the logs', () => {
    assert.deepEqual(leaked(h.logs(), Object.values(PERSON)), []);
  });

  test('no note, group note or break-the-glass reason appears in the logs', () => {
    assert.deepEqual(leaked(h.logs(), Object.values(TEXTS)), []);
  });

  test('no e-mail address or password from a sign-in attempt appears in the logs', () => {
    assert.deepEqual(leaked(h.logs(), [...Object.values(SIGN_IN), peer.email, peer.password]), []);
  });

  test('no API token or session token appears in the logs', () => {
    assert.deepEqual(leaked(h.logs(), [peer.token, sessionToken]), []);
  });
});
