import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { ParticipantProfile } from '../../../src/contract/records.ts';
import type { Actor, Role } from '../../../src/core/access/policy.ts';
import { KeyService } from '../../../src/server/crypto/key-service.ts';
import { parseMasterKeyEnv } from '../../../src/server/crypto/master-keys.ts';
import { migrate } from '../../../src/server/db/migrate.ts';
import { type OpenDatabase, openDatabase } from '../../../src/server/db/open-database.ts';
import type { RequestContext } from '../../../src/server/request-context.ts';
import { freePort, ServerProcess, sessionCookie } from '../../../src/server/testing/server-process.ts';
import { openTestDatabase, type TestDatabase } from '../../../src/server/testing/test-database.ts';
import { createNote } from '../../../src/server/use-cases/notes.ts';
import { createOrganization, createStaff, createTeam } from '../../../src/server/use-cases/organizations.ts';
import { createParticipant } from '../../../src/server/use-cases/participants.ts';
import type { RecordPorts } from '../../../src/server/use-cases/ports.ts';
import { ensureWebBuilt, REPO } from './build-web.ts';
import { type Account, nextCode } from './totp.ts';

export const CHROMIUM = '/usr/bin/chromium';
/** node:test skip reason when the browser is missing: the tests say so instead of passing. */
export const SKIP_WITHOUT_CHROMIUM: string | false = existsSync(CHROMIUM) ? false : `needs Debian chromium at ${CHROMIUM} (apt-get install chromium); it is never downloaded`;
export const SCREENSHOTS = join(REPO, 'docs/screenshots');
export const DESKTOP = { width: 1280, height: 900 } as const;
export const TABLET = { width: 768, height: 1024 } as const;

/**
 * Invented people (every name here is fictional). Pat and Robin share a team but not a caseload;
 * Avery is on Drew's caseload in another team.
 */
export const PEOPLE: Record<'jordan' | 'taylor' | 'morgan' | 'avery', ParticipantProfile> = {
  jordan: { givenName: 'Jordan', familyName: 'Rivera', pronouns: 'they/them', dateOfBirth: '1991-04-12', phone: '555-0142', contacts: [{ kind: 'sponsor', name: 'Casey Morgan', phone: '555-0177' }] },
  taylor: { givenName: 'Taylor', familyName: 'Nguyen', preferredName: 'Tay', pronouns: 'she/her', contacts: [] },
  morgan: { givenName: 'Quentin', familyName: 'Blackwood', pronouns: 'he/him', contacts: [] },
  avery: { givenName: 'Avery', familyName: 'Lindqvist', pronouns: 'she/her', contacts: [] },
};

/** axe-core is injected as an inline script, which the app's CSP rightly refuses: only the axe tests bypass it. */
export interface ContextOptions {
  readonly viewport?: { width: number; height: number };
  readonly bypassCSP?: boolean;
}

export interface World {
  readonly base: string;
  readonly browser: Browser;
  readonly accounts: Record<'admin' | 'pat' | 'robin' | 'drew' | 'supervisor' | 'privacy' | 'newcomer', Account>;
  /** Participant ids: jordan and taylor on Pat's caseload, morgan on Robin's, avery on Drew's. */
  readonly ids: Record<keyof typeof PEOPLE, string>;
  /** A browser context already signed in as the account (signed in over HTTP, cookie handed over). */
  readonly signedIn: (who: Account, options?: ContextOptions) => Promise<{ context: BrowserContext; page: Page }>;
  /** A fresh, signed-out browser context. */
  readonly fresh: (options?: ContextOptions) => Promise<{ context: BrowserContext; page: Page }>;
  readonly stop: () => Promise<void>;
}

/**
 * A real `peerkeep serve` on a fresh database (PGlite in a temporary data directory, or a fresh
 * database on the PostgreSQL server of DATABASE_URL), seeded through the use cases, and Chromium.
 */
export async function startWorld(): Promise<World> {
  ensureWebBuilt();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const masterKey = `e2e-1:${randomBytes(32).toString('base64')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'peerkeep-e2e-'));
  let testDb: TestDatabase | null = null;
  let database: OpenDatabase;
  if (process.env['DATABASE_URL']) {
    testDb = await openTestDatabase();
    database = testDb.database;
  } else {
    database = await openDatabase({ pgliteDir: join(dataDir, 'db') });
    await migrate(database.pool);
  }
  const ports: RecordPorts = { db: database.db, keys: new KeyService(parseMasterKeyEnv(masterKey)) };
  const seeded = await seed(ports);
  // PGlite is one process's database: the seeding process lets go before the server opens it.
  if (!testDb) await database.close();

  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: testDb?.url ?? '', PEERKEEP_MASTER_KEY: masterKey, PEERKEEP_DATA_DIR: dataDir, HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  const server = new ServerProcess(await freePort(), env);
  await server.waitUntilHealthy();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

  const fresh = async (options: ContextOptions = {}) => {
    const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP, bypassCSP: options.bypassCSP ?? false, locale: 'en-US', timezoneId: 'UTC', reducedMotion: 'reduce' });
    // A step that takes longer than this is a failure worth reporting, not something to wait out.
    context.setDefaultTimeout(10_000);
    return { context, page: await context.newPage() };
  };
  const signedIn = async (who: Account, options: ContextOptions = {}) => {
    const cookie = await signInOverHttp(server, who);
    const { context, page } = await fresh(options);
    await context.addCookies([{ name: 'pk_session', value: cookie.slice('pk_session='.length), url: server.base, httpOnly: true, sameSite: 'Strict' }]);
    return { context, page };
  };

  return {
    base: server.base,
    browser,
    accounts: seeded.accounts,
    ids: seeded.ids,
    signedIn,
    fresh,
    stop: async () => {
      await browser.close().catch(() => {});
      await server.stop();
      if (testDb) await testDb.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function seed(ports: RecordPorts) {
  const slug = `e2e-${randomBytes(3).toString('hex')}`;
  const account = (key: string, displayName: string): Account => ({ email: `${key}@${slug}.test`, password: `${key} has a long test password`, displayName, lastStep: 0 });
  const accounts = {
    admin: account('admin', 'Alex Admin'),
    pat: account('pat', 'Pat Peer'),
    robin: account('robin', 'Robin Peer'),
    drew: account('drew', 'Drew Peer'),
    supervisor: account('sam', 'Sam Supervisor'),
    privacy: account('morgan', 'Morgan Privacy'),
    newcomer: account('newcomer', 'Nico Newcomer'),
  };
  const org = await createOrganization(ports, { name: 'Harbor Light (test)', slug, admin: { email: accounts.admin.email, displayName: accounts.admin.displayName, password: accounts.admin.password } });
  const adminCtx = ctx({ userId: org.adminUserId, orgId: org.id, role: 'admin', teamId: null, platformAdmin: false });
  const team = await createTeam(ports, adminCtx, 'Downtown peer team');
  const eastTeam = await createTeam(ports, adminCtx, 'East side peer team');
  const staff = async (a: Account, role: Role, teamId: string | null) => {
    const u = await createStaff(ports, adminCtx, { email: a.email, displayName: a.displayName, role, password: a.password, ...(teamId ? { teamId } : {}) });
    return ctx({ userId: u.id, orgId: org.id, role, teamId: u.teamId, platformAdmin: false });
  };
  const pat = await staff(accounts.pat, 'peer_specialist', team.id);
  const robin = await staff(accounts.robin, 'peer_specialist', team.id);
  const drew = await staff(accounts.drew, 'peer_specialist', eastTeam.id);
  await staff(accounts.supervisor, 'supervisor', team.id);
  await staff(accounts.privacy, 'privacy_officer', null);
  await staff(accounts.newcomer, 'peer_specialist', team.id);
  const jordan = await createParticipant(ports, pat, { profile: PEOPLE.jordan });
  const taylor = await createParticipant(ports, pat, { profile: PEOPLE.taylor });
  const morgan = await createParticipant(ports, robin, { profile: PEOPLE.morgan });
  const avery = await createParticipant(ports, drew, { profile: PEOPLE.avery });
  const day = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
  await createNote(ports, pat, jordan.id, { sessionDate: day, sessionType: 'in_person', durationMinutes: 45, body: 'Jordan talked about the first month back at work and how meetings help on hard days.' });
  await createNote(ports, robin, morgan.id, { sessionDate: day, sessionType: 'phone', durationMinutes: 30, body: 'Quentin is 90 days sober and wants to mark it with his daughter.' });
  return { accounts, ids: { jordan: jordan.id, taylor: taylor.id, morgan: morgan.id, avery: avery.id } };
}

function ctx(actor: Actor): RequestContext {
  return { actor, source: 'e2e-seed', purpose: 'administration' };
}

/** Password then code (enrolling the authenticator the first time); returns the session cookie. */
async function signInOverHttp(server: ServerProcess, who: Account): Promise<string> {
  const first = await server.send('POST', '/api/auth/sign-in', { body: { email: who.email, password: who.password } });
  assert.equal(first.status, 200, JSON.stringify(first.json));
  const partial = sessionCookie(first.headers);
  const csrf = first.json['csrfToken'] as string;
  if (first.json['status'] === 'enrolment_required') {
    const enrol = await server.send('POST', '/api/auth/totp/enrol', { cookie: partial, csrf });
    assert.equal(enrol.status, 200, JSON.stringify(enrol.json));
    who.secret = enrol.json['secret'] as string;
    const done = await server.send('POST', '/api/auth/totp/confirm', { cookie: partial, csrf, body: { code: await nextCode(who) } });
    assert.equal(done.status, 200, JSON.stringify(done.json));
    return sessionCookie(done.headers);
  }
  const done = await server.send('POST', '/api/auth/second-factor', { cookie: partial, csrf, body: { code: await nextCode(who) } });
  assert.equal(done.status, 200, JSON.stringify(done.json));
  return sessionCookie(done.headers);
}

/** Runs axe-core in the page; returns the serious and critical violations, described. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8') });
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5) })))`)) as { id: string; impact: string | null; help: string; targets: string[] }[];
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.join(', ')}`);
}

export function shot(name: string): string {
  return join(SCREENSHOTS, `${name}.png`);
}
