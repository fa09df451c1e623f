import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Actor } from '../core/access/policy.ts';
import { loadConfig } from '../server/config.ts';
import type { RequestContext } from '../server/request-context.ts';
import { openRuntime } from '../server/runtime.ts';
import { openTestDatabase, type TestDatabase } from '../server/testing/test-database.ts';
import { createConsent } from '../server/use-cases/consents.ts';
import { decideForParticipant, makeDisclosure, overrideDecision } from '../server/use-cases/disclosures.ts';
import { createStaff } from '../server/use-cases/organizations.ts';
import { createParticipant } from '../server/use-cases/participants.ts';

/**
 * `peerkeep accounting` and `peerkeep consents`, run as real processes against a database seeded
 * through the use cases (PGlite in a data directory, or PostgreSQL when DATABASE_URL is set).
 */
describe('peerkeep accounting and consents commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pk-consent-cli-'));
  let testDb: TestDatabase | undefined;
  let env: NodeJS.ProcessEnv = { ...process.env, PEERKEEP_DATA_DIR: dir, DATABASE_URL: '', PEERKEEP_MASTER_KEY: '' };
  const run = (...args: string[]) => spawnSync(process.execPath, ['bin/peerkeep.mjs', ...args], { env, encoding: 'utf8' });
  let participantId = '';
  let consentId = '';

  before(async () => {
    if (process.env['DATABASE_URL']) {
      testDb = await openTestDatabase();
      env = { ...env, DATABASE_URL: testDb.url ?? '' };
    }
    assert.equal(run('keys', 'init').status, 0);
    const org = run('org', 'create', '--name', 'Cedar Peer Center', '--slug', 'cedar', '--admin-email', 'admin@cedar.test', '--admin-name', 'Ada');
    assert.equal(org.status, 0, org.stderr);
    const rt = await openRuntime(loadConfig(env));
    try {
      const ports = { db: rt.database.db, keys: rt.keys };
      const orgRow = await rt.database.db.selectFrom('organizations').select('id').where('slug', '=', 'cedar').executeTakeFirstOrThrow();
      const admin = await rt.database.db.selectFrom('users').select('id').where('email', '=', 'admin@cedar.test').executeTakeFirstOrThrow();
      const ctxOf = (actor: Actor): RequestContext => ({ actor, source: 'test', purpose: 'care' });
      const adminCtx = ctxOf({ userId: admin.id, orgId: orgRow.id, role: 'admin', teamId: null, platformAdmin: false });
      const peer = await createStaff(ports, adminCtx, { email: 'peer@cedar.test', displayName: 'Pat Peer', role: 'peer_specialist', teamId: null, password: 'a long peer password' });
      const sup = await createStaff(ports, adminCtx, { email: 'sup@cedar.test', displayName: 'Sam Supervisor', role: 'supervisor', teamId: null, password: 'a long supervisor password' });
      const peerCtx = ctxOf({ userId: peer.id, orgId: orgRow.id, role: 'peer_specialist', teamId: null, platformAdmin: false });
      const supCtx = ctxOf({ userId: sup.id, orgId: orgRow.id, role: 'supervisor', teamId: null, platformAdmin: false });
      const p = await createParticipant(ports, peerCtx, { profile: { givenName: 'Łukasz', familyName: 'Żółkiewski', contacts: [] } });
      participantId = p.id;
      const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
      const consent = await createConsent(ports, peerCtx, p.id, {
        recipient: { organization: { name: 'Cedar Clinic' } },
        categories: ['attendance'],
        purposes: ['care_coordination'],
        purposeDescription: 'care coordination',
        expiry: { kind: 'date', on: soon },
        signature: { method: 'typed', signedOn: new Date().toISOString().slice(0, 10), typedName: 'Łukasz Żółkiewski' },
        statements: { rightToRevoke: true, conditioning: true, redisclosure: true },
      });
      consentId = consent.id;
      // A supervisor assigns within the team; with no team the peer's caseload is the only relation,
      // so the override is made by a supervisor who also holds the participant.
      await rt.database.db.insertInto('caseload_assignments').values({ id: crypto.randomUUID(), org_id: orgRow.id, participant_id: p.id, user_id: sup.id }).execute();
      const d = await decideForParticipant(ports, peerCtx, p.id, { recipientType: 'employer', recipient: { organization: 'Cedar Employer' }, purpose: 'employment', categories: ['attendance'] });
      await overrideDecision(ports, supCtx, d.id, 'Recorded supervisor decision for the CLI test.');
      await makeDisclosure(ports, peerCtx, d.id, {});
    } finally {
      await rt.close();
    }
  });

  after(async () => {
    await testDb?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('consents expiring lists the consent ending in 10 days, without the recipient for the operator', () => {
    const r = run('consents', 'expiring', '--org', 'cedar');
    assert.equal(r.status, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as { consentId: string; daysLeft: number; recipient: string | null }[];
    assert.deepEqual(rows.map((x) => [x.consentId, x.daysLeft, x.recipient]), [[consentId, 10, null]]);
  });

  test('consents unsigned lists the participant who has not signed the limits of confidentiality', () => {
    const r = run('consents', 'unsigned', '--org', 'cedar');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as { participantId: string }[]).map((x) => x.participantId), [participantId]);
  });

  test('accounting prints the report, and --pdf writes a PDF with the non-Latin name embedded in a font', () => {
    const r = run('accounting', '--org', 'cedar', '--participant', participantId);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { participantName: string; entries: { listedUnder: string[] }[] };
    assert.equal(report.participantName, 'Łukasz Żółkiewski');
    assert.deepEqual(report.entries.map((e) => e.listedUnder), [['hipaa']]);
    const file = join(dir, 'accounting.pdf');
    assert.equal(run('accounting', '--org', 'cedar', '--participant', participantId, '--pdf', file).status, 0);
    const pdf = readFileSync(file);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(pdf.includes(Buffer.from('DejaVuSans')), 'the TTF is embedded');
  });

  test('a name instead of an id is refused with exit 2', () => {
    const r = run('accounting', '--org', 'cedar', '--participant', 'Łukasz');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /participant id/);
  });
});
