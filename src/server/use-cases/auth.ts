import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor, Role } from '../../core/access/policy.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { checkTotp, enrolmentPayload, newRecoveryCodes, newTotpSecret, recoveryCodeHash } from '../auth/second-factor.ts';
import { newToken, tokenHash } from '../auth/tokens.ts';
import { open, seal } from '../crypto/aead.ts';
import type { Db, Tx } from '../db/open-database.ts';
import { asSystem, inOrganization } from '../db/tenancy.ts';
import { InvalidInputError, TooManyAttemptsError, UnauthenticatedError } from '../errors.ts';
import type { RecordPorts } from './ports.ts';

/** Lockout: after SLOW_AFTER failures each further one waits longer; at LOCK_AFTER an admin must unlock. */
export const SLOW_AFTER = 5;
export const LOCK_AFTER = 10;
const LOCKED_FOR_GOOD = new Date('9999-12-31T00:00:00Z');
/** Sign-in attempts allowed per source address per window, across every server. */
const SOURCE_LIMIT = 30;
const SOURCE_WINDOW_SECONDS = 300;
/** A session lives at most this long, however active. */
const SESSION_MAX_HOURS = 12;

export type SignInStatus = 'signed_in' | 'second_factor_required' | 'enrolment_required';

export interface SessionOpened {
  readonly token: string;
  readonly csrfToken: string;
  readonly status: SignInStatus;
}

const WRONG = 'The e-mail address or password is not right. Check both and try again.';

/** First step: e-mail and password. Opens a session that can only finish the second factor. */
export async function signIn(ports: RecordPorts, email: string, password: string, source: string): Promise<SessionOpened> {
  await throttleSource(ports.db, source);
  const user = await asSystem(ports.db, (tx) =>
    tx.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst(),
  );
  const now = new Date();
  if (user?.locked_until && user.locked_until > now) {
    await recordSignIn(ports.db, user, 'failed', source, 'locked');
    throw lockedError(user.locked_until, now);
  }
  const ok = await verifyPassword(user && !user.disabled_at ? user.password_hash : null, password);
  if (!user || !ok) {
    if (user) await recordFailure(ports.db, user, source);
    else await recordSignIn(ports.db, null, 'failed', source, 'unknown-account');
    throw new UnauthenticatedError(WRONG);
  }
  const status: SignInStatus = user.totp_enabled ? 'second_factor_required' : 'enrolment_required';
  const opened = await asSystem(ports.db, async (tx) => {
    await tx.updateTable('users').set({ failed_signins: 0, locked_until: null }).where('id', '=', user.id).execute();
    return openSession(tx, user, false, source, ports);
  });
  await recordSignIn(ports.db, user, 'succeeded', source, 'password');
  return { ...opened, status };
}

/** Second step: a TOTP code or a one-time recovery code. Replaces the session with a full one. */
export async function completeSecondFactor(ports: RecordPorts, sessionToken: string, code: string, source: string): Promise<SessionOpened> {
  const found = await findSession(ports, sessionToken);
  if (!found) throw new UnauthenticatedError('Your sign-in has expired. Start again with your e-mail and password.');
  const { user, session } = found;
  if (!user.totp_enabled) throw new InvalidInputError('code', 'Set up your authenticator app first.');
  if (user.locked_until && user.locked_until > new Date()) throw lockedError(user.locked_until, new Date());
  const secret = await readTotpSecret(ports, user);
  const step = await checkTotp(secret, code.trim(), user.totp_last_step === null ? null : Number(user.totp_last_step));
  const usedRecovery = step === null ? await redeemRecoveryCode(ports.db, user, code) : false;
  if (step === null && !usedRecovery) {
    await recordFailure(ports.db, user, source);
    throw new UnauthenticatedError('That code is not right or was already used. Enter the current code from your authenticator app, or a recovery code.');
  }
  const opened = await asSystem(ports.db, async (tx) => {
    await tx.updateTable('users').set({ failed_signins: 0, ...(step !== null ? { totp_last_step: step } : {}) }).where('id', '=', user.id).execute();
    await tx.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', session.id).execute();
    return openSession(tx, user, true, source, ports);
  });
  await recordSignIn(ports.db, user, 'succeeded', source, usedRecovery ? 'recovery-code' : 'totp');
  return { ...opened, status: 'signed_in' };
}

/** Starts (or restarts) authenticator enrolment: a new secret, shown as a QR code and a URI. */
export async function beginTotpEnrolment(ports: RecordPorts, sessionToken: string) {
  const found = await findSession(ports, sessionToken);
  if (!found) throw new UnauthenticatedError('Sign in first.');
  const { user, session } = found;
  if (user.totp_enabled && !session.mfa_passed) throw new UnauthenticatedError('Enter your current authenticator code before setting up a new one.');
  const secret = newTotpSecret();
  await inOrganization(ports.db, user.org_id, async (tx) => {
    const { version, key } = await ports.keys.activeOrgKey(tx, user.org_id);
    await tx.updateTable('users').set({ totp_secret_enc: seal(key, Buffer.from(secret), totpAt(user.id)), totp_org_key_version: version, totp_enabled: false }).where('id', '=', user.id).execute();
  });
  const org = await asSystem(ports.db, (tx) => tx.selectFrom('organizations').select('name').where('id', '=', user.org_id).executeTakeFirstOrThrow());
  return { ...(await enrolmentPayload(secret, user.email, org.name)), secret };
}

/** Confirms enrolment with a first code; returns the recovery codes (shown once) and a full session. */
export async function confirmTotpEnrolment(ports: RecordPorts, sessionToken: string, code: string, source: string) {
  const found = await findSession(ports, sessionToken);
  if (!found) throw new UnauthenticatedError('Sign in first.');
  const { user, session } = found;
  if (!user.totp_secret_enc) throw new InvalidInputError('code', 'Start the authenticator set-up first.');
  const secret = await readTotpSecret(ports, user);
  const step = await checkTotp(secret, code.trim(), null);
  if (step === null) throw new InvalidInputError('code', 'That code is not right. Check the clock of your device and enter the current 6-digit code.');
  const codes = newRecoveryCodes();
  const opened = await inOrganization(ports.db, user.org_id, async (tx) => {
    await tx.updateTable('users').set({ totp_enabled: true, totp_last_step: step }).where('id', '=', user.id).execute();
    await tx.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
    await tx.insertInto('recovery_codes').values(codes.map((c) => ({ id: randomUUID(), org_id: user.org_id, user_id: user.id, code_hash: recoveryCodeHash(c) }))).execute();
    await tx.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', session.id).execute();
    const s = await openSession(tx, user, true, source, ports);
    await appendAudit(tx, entry(user, 'auth.totp_enrol', 'succeeded', source, {}));
    return s;
  });
  return { ...opened, status: 'signed_in' as const, recoveryCodes: codes };
}

export interface ResolvedSession {
  readonly actor: Actor;
  readonly sessionId: string | null;
  readonly csrfToken: string | null;
  readonly mfaPassed: boolean;
  readonly displayName: string;
  readonly email: string;
  readonly idleMinutes: number;
  /** Printed on reports and shown in the app's header. */
  readonly organizationName: string;
}

/** Looks up a session cookie; slides its idle expiry. Null when expired, revoked or unknown. */
export async function resolveSession(ports: RecordPorts, sessionToken: string): Promise<ResolvedSession | null> {
  const found = await findSession(ports, sessionToken);
  if (!found) return null;
  const { user, session, idleMinutes, organizationName } = found;
  const now = Date.now();
  // Sliding the expiry is a write: skip it when the last one is under 30 s old.
  if (now - session.last_seen_at.getTime() > 30_000) {
    const cap = session.created_at.getTime() + SESSION_MAX_HOURS * 3_600_000;
    const expires = new Date(Math.min(cap, now + idleMinutes * 60_000));
    await inOrganization(ports.db, user.org_id, (tx) =>
      tx.updateTable('sessions').set({ last_seen_at: new Date(now), expires_at: expires }).where('id', '=', session.id).execute(),
    );
  }
  return {
    actor: toActor(user),
    sessionId: session.id,
    csrfToken: session.csrf_token,
    mfaPassed: session.mfa_passed,
    displayName: user.display_name,
    email: user.email,
    idleMinutes,
    organizationName,
  };
}

/** Looks up an API token (Authorization: Bearer). */
export async function resolveApiToken(ports: RecordPorts, token: string): Promise<ResolvedSession | null> {
  // One statement outside any transaction: this runs on every scripted request.
  const row = await ports.db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .innerJoin('organizations as o', 'o.id', 'u.org_id')
    .select(['t.id as tokenId', 't.expires_at', 't.revoked_at', 't.last_used_at', 'u.id', 'u.org_id', 'u.role', 'u.team_id', 'u.platform_admin', 'u.disabled_at', 'u.display_name', 'u.email', 'o.idle_minutes', 'o.name as organization_name'])
    .where('t.token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!row || row.revoked_at || row.disabled_at || (row.expires_at && row.expires_at < new Date())) return null;
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
    await inOrganization(ports.db, row.org_id, (tx) => tx.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', row.tokenId).execute());
  }
  return {
    actor: { userId: row.id, orgId: row.org_id, role: row.role as Role, teamId: row.team_id, platformAdmin: row.platform_admin },
    sessionId: null,
    csrfToken: null,
    mfaPassed: true,
    displayName: row.display_name,
    email: row.email,
    idleMinutes: row.idle_minutes,
    organizationName: row.organization_name,
  };
}

export async function signOut(ports: RecordPorts, sessionToken: string, source: string): Promise<void> {
  const found = await findSession(ports, sessionToken);
  if (!found) return;
  await inOrganization(ports.db, found.user.org_id, async (tx) => {
    await tx.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', found.session.id).execute();
    await appendAudit(tx, entry(found.user, 'auth.sign_out', 'succeeded', source, {}));
  });
}

/** The signed-in user's own open sessions (to spot and revoke a forgotten one). */
export function listOwnSessions(ports: RecordPorts, actor: Actor) {
  return inOrganization(ports.db, actor.orgId, (tx) =>
    tx
      .selectFrom('sessions')
      .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'source', 'mfa_passed'])
      .where('user_id', '=', actor.userId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', new Date())
      .orderBy('last_seen_at', 'desc')
      .execute(),
  );
}

export async function revokeOwnSession(ports: RecordPorts, actor: Actor, sessionId: string, source: string): Promise<boolean> {
  return inOrganization(ports.db, actor.orgId, async (tx) => {
    const r = await tx.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', sessionId).where('user_id', '=', actor.userId).where('revoked_at', 'is', null).executeTakeFirst();
    const done = Number(r.numUpdatedRows) > 0;
    if (done) await appendAudit(tx, { ...baseEntry(actor, source), action: 'auth.session_revoke', outcome: 'succeeded', resourceType: 'session', resourceId: sessionId });
    return done;
  });
}

/** An API token for scripts, acting as the user; shown once. */
export async function createApiToken(ports: RecordPorts, actor: Actor, name: string, expiresInDays: number | undefined, source: string) {
  const token = newToken('pkt');
  const id = randomUUID();
  const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null;
  await inOrganization(ports.db, actor.orgId, async (tx) => {
    await tx.insertInto('api_tokens').values({ id, org_id: actor.orgId, user_id: actor.userId, name, token_hash: tokenHash(token), expires_at: expiresAt }).execute();
    await appendAudit(tx, { ...baseEntry(actor, source), action: 'auth.token_create', outcome: 'succeeded', resourceType: 'api_token', resourceId: id });
  });
  return { id, name, token, expiresAt: expiresAt?.toISOString() ?? null };
}

export async function revokeApiToken(ports: RecordPorts, actor: Actor, id: string, source: string): Promise<boolean> {
  return inOrganization(ports.db, actor.orgId, async (tx) => {
    const r = await tx.updateTable('api_tokens').set({ revoked_at: new Date() }).where('id', '=', id).where('user_id', '=', actor.userId).where('revoked_at', 'is', null).executeTakeFirst();
    const done = Number(r.numUpdatedRows) > 0;
    if (done) await appendAudit(tx, { ...baseEntry(actor, source), action: 'auth.token_revoke', outcome: 'succeeded', resourceType: 'api_token', resourceId: id });
    return done;
  });
}

type UserRow = Awaited<ReturnType<typeof loadUser>>;
function loadUser(tx: Tx, id: string) {
  return tx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** One statement outside any transaction: this runs on every browser request. */
async function findSession(ports: RecordPorts, token: string) {
  if (!token.startsWith('pks_')) return null;
  const row = await ports.db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('organizations as o', 'o.id', 'u.org_id')
    .selectAll('u')
    .select(['s.id as session_id', 's.csrf_token', 's.mfa_passed', 's.created_at as session_created_at', 's.last_seen_at', 's.expires_at', 's.revoked_at', 'o.idle_minutes', 'o.name as organization_name'])
    .where('s.token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!row || row.revoked_at || row.expires_at <= new Date() || row.disabled_at) return null;
  const { session_id, csrf_token, mfa_passed, session_created_at, last_seen_at, expires_at, revoked_at, idle_minutes, organization_name, ...user } = row;
  return {
    session: { id: session_id, csrf_token, mfa_passed, created_at: session_created_at, last_seen_at, expires_at, revoked_at },
    user,
    idleMinutes: idle_minutes,
    organizationName: organization_name,
  };
}

async function openSession(tx: Tx, user: UserRow, mfaPassed: boolean, source: string, ports: RecordPorts) {
  void ports;
  const token = newToken('pks');
  const csrfToken = randomBytes(24).toString('base64url');
  const org = await tx.selectFrom('organizations').select('idle_minutes').where('id', '=', user.org_id).executeTakeFirstOrThrow();
  // The half-open session (password only) lasts five minutes: time to find the phone.
  const minutes = mfaPassed ? org.idle_minutes : 5;
  await tx
    .insertInto('sessions')
    .values({ id: randomUUID(), org_id: user.org_id, user_id: user.id, token_hash: tokenHash(token), csrf_token: csrfToken, mfa_passed: mfaPassed, source, last_seen_at: new Date(), expires_at: new Date(Date.now() + minutes * 60_000) })
    .execute();
  return { token, csrfToken };
}

async function readTotpSecret(ports: RecordPorts, user: UserRow): Promise<string> {
  if (!user.totp_secret_enc || user.totp_org_key_version === null) throw new InvalidInputError('code', 'Set up your authenticator app first.');
  const key = await asSystem(ports.db, (tx) => ports.keys.orgKey(tx, user.org_id, user.totp_org_key_version as number));
  return open(key, user.totp_secret_enc, totpAt(user.id)).toString();
}

const totpAt = (userId: string) => `users:totp_secret:${userId}`;

async function redeemRecoveryCode(db: Db, user: UserRow, code: string): Promise<boolean> {
  return asSystem(db, async (tx) => {
    const r = await tx.updateTable('recovery_codes').set({ used_at: new Date() }).where('user_id', '=', user.id).where('code_hash', '=', recoveryCodeHash(code)).where('used_at', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  });
}

/** Counts a failure; past SLOW_AFTER each one doubles the wait, at LOCK_AFTER the account locks. */
async function recordFailure(db: Db, user: UserRow, source: string): Promise<void> {
  await asSystem(db, async (tx) => {
    const row = await tx.updateTable('users').set((eb) => ({ failed_signins: eb('failed_signins', '+', 1) })).where('id', '=', user.id).returning('failed_signins').executeTakeFirstOrThrow();
    const n = row.failed_signins;
    const lockedUntil = n >= LOCK_AFTER ? LOCKED_FOR_GOOD : n >= SLOW_AFTER ? new Date(Date.now() + 30_000 * 2 ** (n - SLOW_AFTER)) : null;
    if (lockedUntil) await tx.updateTable('users').set({ locked_until: lockedUntil }).where('id', '=', user.id).execute();
    await appendAudit(tx, entry(user, 'auth.sign_in', 'failed', source, { failures: n, locked: n >= LOCK_AFTER }));
  });
}

function lockedError(until: Date, now: Date): TooManyAttemptsError {
  if (until.getTime() === LOCKED_FOR_GOOD.getTime()) {
    return new TooManyAttemptsError('This account is locked after too many failed sign-ins. Ask an administrator to unlock it.', 3600);
  }
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new TooManyAttemptsError(`Too many failed sign-ins. Wait ${seconds} seconds and try again.`, seconds);
}

/** Per-address fixed window, kept in the database so every server counts together. */
async function throttleSource(db: Db, source: string): Promise<void> {
  const bucket = `sign-in:${source}`;
  const row = await asSystem(db, async (tx) => {
    const r = await sql<{ hits: number; window_start: Date }>`
      INSERT INTO rate_limits (bucket, window_start, hits) VALUES (${bucket}, now(), 1)
      ON CONFLICT (bucket) DO UPDATE SET
        hits = CASE WHEN rate_limits.window_start < now() - make_interval(secs => ${SOURCE_WINDOW_SECONDS}) THEN 1 ELSE rate_limits.hits + 1 END,
        window_start = CASE WHEN rate_limits.window_start < now() - make_interval(secs => ${SOURCE_WINDOW_SECONDS}) THEN now() ELSE rate_limits.window_start END
      RETURNING hits, window_start`.execute(tx);
    return r.rows[0]!;
  });
  if (row.hits > SOURCE_LIMIT) {
    const wait = Math.max(1, Math.ceil((row.window_start.getTime() + SOURCE_WINDOW_SECONDS * 1000 - Date.now()) / 1000));
    throw new TooManyAttemptsError(`Too many sign-in attempts from this address. Wait ${wait} seconds and try again.`, wait);
  }
}

async function recordSignIn(db: Db, user: UserRow | null, outcome: 'succeeded' | 'failed', source: string, how: string) {
  await asSystem(db, (tx) =>
    appendAudit(
      tx,
      user
        ? entry(user, 'auth.sign_in', outcome, source, { step: how })
        : { orgId: null, at: new Date(), actorId: null, actorRole: null, action: 'auth.sign_in', outcome, participantId: null, resourceType: null, resourceId: null, purpose: null, source, detail: { step: how } },
    ),
  );
}

function toActor(user: UserRow): Actor {
  return { userId: user.id, orgId: user.org_id, role: user.role as Role, teamId: user.team_id, platformAdmin: user.platform_admin };
}

function entry(user: UserRow, action: string, outcome: 'succeeded' | 'failed', source: string, detail: Record<string, string | number | boolean>) {
  return { ...baseEntry(toActor(user), source), action, outcome, detail };
}

function baseEntry(actor: Actor, source: string) {
  return {
    orgId: actor.orgId,
    at: new Date(),
    actorId: actor.userId,
    actorRole: actor.role,
    action: '',
    outcome: 'succeeded' as const,
    participantId: null,
    resourceType: null,
    resourceId: null,
    purpose: 'administration',
    source,
    detail: {},
  };
}
