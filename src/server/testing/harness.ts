import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { Actor, Role } from '../../core/access/policy.ts';
import { KeyService } from '../crypto/key-service.ts';
import type { MasterKeyRing } from '../crypto/master-keys.ts';
import { buildApp, type RegisteredRoute } from '../http/app.ts';
import type { PeerKeepApp } from '../http/app-type.ts';
import { createLogger } from '../log.ts';
import type { RequestContext } from '../request-context.ts';
import { createApiToken } from '../use-cases/auth.ts';
import { createOrganization, createStaff, createTeam } from '../use-cases/organizations.ts';
import type { RecordPorts } from '../use-cases/ports.ts';
import { openTestDatabase, type TestDatabase } from './test-database.ts';

export interface TestUser {
  readonly actor: Actor;
  readonly email: string;
  readonly password: string;
  readonly token: string;
  readonly ctx: RequestContext;
}

export interface TestOrg {
  readonly id: string;
  readonly teamId: string;
  readonly otherTeamId: string;
  readonly admin: TestUser;
  /** Adds a staff member with an API token. */
  readonly user: (role: Role, team?: 'main' | 'other' | 'none') => Promise<TestUser>;
}

export interface Harness {
  readonly app: PeerKeepApp;
  readonly routes: readonly RegisteredRoute[];
  readonly ports: RecordPorts;
  readonly ring: MasterKeyRing;
  readonly testDb: TestDatabase;
  /** Everything the server logged, as text. */
  readonly logs: () => string;
  readonly org: (slug?: string) => Promise<TestOrg>;
  /** Sends a request with an API token (or none). */
  readonly call: (token: string | null, method: string, url: string, body?: unknown) => Promise<{ status: number; json: unknown; text: string }>;
  readonly close: () => Promise<void>;
}

export function testRing(): MasterKeyRing {
  return { activeId: 'test-1', keys: new Map([['test-1', randomBytes(32)]]) };
}

/** A server over a fresh database, with log output captured for leak checks. */
export async function startHarness(): Promise<Harness> {
  const testDb = await openTestDatabase();
  const ring = testRing();
  const ports: RecordPorts = { db: testDb.database.db, keys: new KeyService(ring) };
  let logText = '';
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logText += chunk.toString();
      cb();
    },
  });
  const logger = createLogger('debug', sink);
  const { app, routes } = await buildApp({ ports, logger, backend: testDb.database.backend });
  let n = 0;

  const makeUser = async (orgId: string, adminCtx: RequestContext, role: Role, teamId: string | null): Promise<TestUser> => {
    n++;
    const email = `${role}-${n}-${randomBytes(3).toString('hex')}@test.peerkeep`;
    const password = `correct horse ${n} battery staple`;
    const u = await createStaff(ports, adminCtx, { email, displayName: `${role} ${n}`, role, teamId, password });
    const actor: Actor = { userId: u.id, orgId, role, teamId, platformAdmin: false };
    const { token } = await createApiToken(ports, actor, 'test', undefined, 'test');
    return { actor, email, password, token, ctx: { actor, source: 'test', purpose: 'care' } };
  };

  return {
    app,
    routes,
    ports,
    ring,
    testDb,
    logs: () => logText,
    org: async (slug) => {
      const password = 'a long admin password';
      const s = slug ?? `org-${randomBytes(4).toString('hex')}`;
      const email = `admin@${s}.test`;
      const created = await createOrganization(ports, { name: `Org ${s}`, slug: s, admin: { email, displayName: 'Admin', password } });
      const adminActor: Actor = { userId: created.adminUserId, orgId: created.id, role: 'admin', teamId: null, platformAdmin: false };
      const adminCtx: RequestContext = { actor: adminActor, source: 'test', purpose: 'administration' };
      const team = await createTeam(ports, adminCtx, 'Team A');
      const other = await createTeam(ports, adminCtx, 'Team B');
      const { token } = await createApiToken(ports, adminActor, 'test', undefined, 'test');
      return {
        id: created.id,
        teamId: team.id,
        otherTeamId: other.id,
        admin: { actor: adminActor, email, password, token, ctx: adminCtx },
        user: (role, which = 'main') => makeUser(created.id, adminCtx, role, which === 'main' ? team.id : which === 'other' ? other.id : null),
      };
    },
    call: async (token, method, url, body) => {
      const res = await app.inject({
        method: method as 'GET',
        url,
        headers: token ? { authorization: `Bearer ${token}` } : {},
        ...(body === undefined ? {} : { payload: body as object }),
      });
      let json: unknown = null;
      try {
        json = res.json();
      } catch {
        json = null;
      }
      return { status: res.statusCode, json, text: res.body };
    },
    close: async () => {
      await app.close();
      await testDb.drop();
    },
  };
}

/** A complete, valid participant profile with recognizable names for leak checks. */
export function sampleProfile(given = 'Zephyrine', family = 'Quillfeather') {
  return {
    givenName: given,
    familyName: family,
    pronouns: 'she/her',
    dateOfBirth: '1990-02-03',
    phone: '555-0199',
    address: { line1: '17 Marigold Lane', city: 'Brookhaven', state: 'OR', postalCode: '97000' },
    contacts: [{ kind: 'sponsor' as const, name: 'Thaddeus Wrenfield', phone: '555-0123' }],
  };
}
