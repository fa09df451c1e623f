import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { generate } from 'otplib';
import { type Harness, startHarness, type TestOrg, type TestUser } from '../testing/harness.ts';

/** A browser-like client: keeps the session cookie and sends the CSRF token on writes. */
function browser(h: Harness, address: string) {
  let cookie = '';
  let csrf = '';
  const send = async (method: string, url: string, body?: unknown, opts: { csrf?: boolean } = {}) => {
    const res = await h.app.inject({
      method: method as 'GET',
      url,
      remoteAddress: address,
      headers: { ...(cookie ? { cookie } : {}), ...(csrf && opts.csrf !== false && method !== 'GET' ? { 'x-csrf-token': csrf } : {}) },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const set = res.cookies.find((c) => c.name === 'pk_session');
    if (set) cookie = set.value ? `pk_session=${set.value}` : '';
    const json = res.body ? (res.json() as Record<string, unknown>) : {};
    if (typeof json['csrfToken'] === 'string') csrf = json['csrfToken'];
    return { status: res.statusCode, json, headers: res.headers, setCookie: set };
  };
  return { send, cookie: () => cookie };
}

let addressCounter = 10;
const freshAddress = () => `10.0.0.${addressCounter++}`;

describe('signing in', () => {
  let h: Harness;
  let org: TestOrg;

  before(async () => {
    h = await startHarness();
    org = await h.org();
  });
  after(() => h.close());

  async function enrolled(): Promise<{ user: TestUser; secret: string; b: ReturnType<typeof browser>; codes: string[] }> {
    const user = await org.user('peer_specialist');
    const b = browser(h, freshAddress());
    const first = await b.send('POST', '/api/auth/sign-in', { email: user.email, password: user.password });
    assert.equal(first.json['status'], 'enrolment_required');
    const enrol = await b.send('POST', '/api/auth/totp/enrol');
    const secret = enrol.json['secret'] as string;
    const confirm = await b.send('POST', '/api/auth/totp/confirm', { code: await generate({ secret }) });
    assert.equal(confirm.status, 200);
    return { user, secret, b, codes: confirm.json['recoveryCodes'] as string[] };
  }

  test('first sign-in requires enrolling an authenticator: QR code, URI, then a first code', async () => {
    const user = await org.user('peer_specialist');
    const b = browser(h, freshAddress());
    const signIn = await b.send('POST', '/api/auth/sign-in', { email: user.email.toUpperCase(), password: user.password });
    assert.equal(signIn.status, 200);
    assert.equal(signIn.json['status'], 'enrolment_required');
    assert.equal(signIn.setCookie?.httpOnly, true);
    assert.equal(signIn.setCookie?.sameSite, 'Strict');
    assert.equal((await b.send('GET', '/api/participants')).status, 401, 'no records before the second factor');
    const enrol = await b.send('POST', '/api/auth/totp/enrol');
    assert.match(enrol.json['otpauthUri'] as string, /^otpauth:\/\/totp\//);
    assert.match(enrol.json['qrCodeDataUrl'] as string, /^data:image\/png;base64,/);
    const wrong = await b.send('POST', '/api/auth/totp/confirm', { code: '000000' });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.json['field'], 'code');
    const confirm = await b.send('POST', '/api/auth/totp/confirm', { code: await generate({ secret: enrol.json['secret'] as string }) });
    assert.equal(confirm.status, 200);
    assert.equal((confirm.json['recoveryCodes'] as string[]).length, 10);
    assert.equal((await b.send('GET', '/api/participants')).status, 200);
  });

  test('the second factor is required on later sign-ins, and a used code cannot be replayed', async () => {
    const { user, secret } = await enrolled();
    const b = browser(h, freshAddress());
    const first = await b.send('POST', '/api/auth/sign-in', { email: user.email, password: user.password });
    assert.equal(first.json['status'], 'second_factor_required');
    assert.equal((await b.send('POST', '/api/auth/second-factor', { code: '123456' })).status, 401);
    // the code of the time step already used (at enrolment) is refused as a replay
    const used = await h.testDb.database.db.selectFrom('users').select('totp_last_step').where('id', '=', user.actor.userId).executeTakeFirstOrThrow();
    const replay = await b.send('POST', '/api/auth/second-factor', { code: await generate({ secret, epoch: Number(used.totp_last_step) * 30 + 1 }) });
    assert.equal(replay.status, 401);
    const next = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    const ok = await b.send('POST', '/api/auth/second-factor', { code: next });
    assert.equal(ok.status, 200);
    assert.equal(ok.json['status'], 'signed_in');
    assert.equal((await b.send('GET', '/api/participants')).status, 200);
  });

  test('a recovery code signs in once', async () => {
    const { user, codes } = await enrolled();
    const b = browser(h, freshAddress());
    await b.send('POST', '/api/auth/sign-in', { email: user.email, password: user.password });
    assert.equal((await b.send('POST', '/api/auth/second-factor', { code: codes[0] })).status, 200);
    const again = browser(h, freshAddress());
    await again.send('POST', '/api/auth/sign-in', { email: user.email, password: user.password });
    assert.equal((await again.send('POST', '/api/auth/second-factor', { code: codes[0] })).status, 401);
  });

  test('a cookie-session write without the CSRF token is refused', async () => {
    const { b } = await enrolled();
    const body = { profile: { givenName: 'Csrf', contacts: [] } };
    const without = await b.send('POST', '/api/participants', body, { csrf: false });
    assert.equal(without.status, 403);
    assert.equal(without.json['error'], 'csrf');
    assert.equal((await b.send('POST', '/api/participants', body)).status, 201);
  });

  test('signing out ends the session for good', async () => {
    const { b } = await enrolled();
    const cookie = b.cookie();
    assert.equal((await b.send('POST', '/api/auth/sign-out')).status, 200);
    const res = await h.app.inject({ method: 'GET', url: '/api/participants', headers: { cookie } });
    assert.equal(res.statusCode, 401);
  });

  test('a session idle past the organization’s limit is over; activity slides the limit', async () => {
    const { b, user } = await enrolled();
    const db = h.testDb.database.db;
    await db.updateTable('sessions').set({ last_seen_at: new Date(Date.now() - 120_000), expires_at: new Date(Date.now() + 60_000) }).where('user_id', '=', user.actor.userId).where('mfa_passed', '=', true).execute();
    assert.equal((await b.send('GET', '/api/participants')).status, 200);
    const slid = await db.selectFrom('sessions').select('expires_at').where('user_id', '=', user.actor.userId).where('mfa_passed', '=', true).where('revoked_at', 'is', null).executeTakeFirstOrThrow();
    assert.ok(slid.expires_at.getTime() > Date.now() + 14 * 60_000, 'activity extends the session to the idle limit (15 min)');
    await db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000) }).where('user_id', '=', user.actor.userId).execute();
    const r = await b.send('GET', '/api/participants');
    assert.equal(r.status, 401);
    assert.match(r.json['message'] as string, /inactivity/);
  });

  test('a session can be listed and revoked from another one', async () => {
    const { user, secret, b } = await enrolled();
    const other = browser(h, freshAddress());
    await other.send('POST', '/api/auth/sign-in', { email: user.email, password: user.password });
    await other.send('POST', '/api/auth/second-factor', { code: await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }) });
    const sessions = (await b.send('GET', '/api/auth/sessions')).json as unknown as { id: string; source: string }[];
    const target = sessions.find((s) => s.source !== sessions[0]?.source) ?? sessions[1]!;
    assert.equal(sessions.length, 2);
    const revoked = await b.send('DELETE', `/api/auth/sessions/${target.id}`);
    assert.equal(revoked.status, 200);
    const stillA = (await b.send('GET', '/api/participants')).status;
    const stillB = (await other.send('GET', '/api/participants')).status;
    assert.deepEqual([stillA, stillB].sort(), [200, 401]);
  });

  test('repeated failures slow down, then lock the account until an administrator unlocks it', async () => {
    const user = await org.user('peer_specialist');
    const b = browser(h, freshAddress());
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await b.send('POST', '/api/auth/sign-in', { email: user.email, password: 'wrong password' })).status);
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429]);
    const slowed = await b.send('POST', '/api/auth/sign-in', { email: user.email, password: user.password });
    assert.equal(slowed.status, 429, 'even the right password waits out the delay');
    assert.ok(Number(slowed.headers['retry-after']) > 0);
    await h.testDb.database.db.updateTable('users').set({ failed_signins: 9, locked_until: null }).where('id', '=', user.actor.userId).execute();
    await b.send('POST', '/api/auth/sign-in', { email: user.email, password: 'wrong again' });
    const locked = await b.send('POST', '/api/auth/sign-in', { email: user.email, password: user.password });
    assert.equal(locked.status, 429);
    assert.match(locked.json['message'] as string, /administrator/);
    assert.equal((await h.call(org.admin.token, 'PATCH', `/api/users/${user.actor.userId}`, { unlock: true })).status, 200);
    assert.equal((await b.send('POST', '/api/auth/sign-in', { email: user.email, password: user.password })).status, 200);
  });

  test('an unknown address and a wrong password get the same answer', async () => {
    const user = await org.user('peer_specialist');
    const b = browser(h, freshAddress());
    const unknown = await b.send('POST', '/api/auth/sign-in', { email: 'nobody@nowhere.test', password: 'whatever it is' });
    const wrong = await b.send('POST', '/api/auth/sign-in', { email: user.email, password: 'whatever it is' });
    assert.equal(unknown.status, 401);
    assert.deepEqual(unknown.json, wrong.json);
  });

  test('too many sign-in attempts from one address are refused for a while', async () => {
    const b = browser(h, freshAddress());
    let last = 0;
    for (let i = 0; i < 31; i++) last = (await b.send('POST', '/api/auth/sign-in', { email: `n${i}@nowhere.test`, password: 'x' })).status;
    assert.equal(last, 429);
  });

  test('an unknown URL answers 404 whether or not the caller is signed in', async () => {
    const anonymous = await h.call(null, 'GET', '/api/no-such-thing');
    assert.equal(anonymous.status, 404);
    assert.match((anonymous.json as { message: string }).message, /\/api\/docs/);
    assert.equal((await h.call(org.admin.token, 'GET', '/api/no-such-thing')).status, 404);
  });

  test('an API token acts as its user until revoked', async () => {
    const { b } = await enrolled();
    const created = await b.send('POST', '/api/auth/tokens', { name: 'nightly export', expiresInDays: 30 });
    assert.equal(created.status, 201);
    const token = created.json['token'] as string;
    assert.equal((await h.call(token, 'GET', '/api/participants')).status, 200);
    assert.equal((await b.send('DELETE', `/api/auth/tokens/${created.json['id']}`)).status, 200);
    assert.equal((await h.call(token, 'GET', '/api/participants')).status, 401);
  });
});
