import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import type { Db } from '../db/open-database.ts';
import { inOrganization } from '../db/tenancy.ts';
import { type Harness, sampleProfile, startHarness, type TestOrg, type TestUser } from '../testing/harness.ts';
import { verifyAuditLog, writeCheckpoints } from './verify-audit.ts';

/** Runs SQL as the database owner with the append-only triggers switched off: an attacker with full access. */
async function tamper(db: Db, statement: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await sql.raw('ALTER TABLE audit_log DISABLE TRIGGER USER').execute(tx);
    await sql.raw(statement).execute(tx);
    await sql.raw('ALTER TABLE audit_log ENABLE TRIGGER USER').execute(tx);
  });
}

describe('the audit log resists tampering', () => {
  let h: Harness;
  let org: TestOrg;
  let peer: TestUser;
  let seqs: string[];

  before(async () => {
    h = await startHarness();
    org = await h.org();
    peer = await org.user('peer_specialist');
  });
  after(() => h.close());

  beforeEach(async () => {
    // fresh activity for each case, so each tampering is judged on its own
    await h.testDb.database.db.transaction().execute(async (tx) => {
      await sql.raw('ALTER TABLE audit_log DISABLE TRIGGER USER; ALTER TABLE audit_checkpoints DISABLE TRIGGER USER').execute(tx);
      await sql.raw('DELETE FROM audit_log; DELETE FROM audit_checkpoints').execute(tx);
      await sql.raw('ALTER TABLE audit_log ENABLE TRIGGER USER; ALTER TABLE audit_checkpoints ENABLE TRIGGER USER').execute(tx);
    });
    const p = (await h.call(peer.token, 'POST', '/api/participants', { profile: sampleProfile() })).json as { id: string };
    for (let i = 0; i < 3; i++) await h.call(peer.token, 'GET', `/api/participants/${p.id}`);
    const rows = await h.testDb.database.db.selectFrom('audit_log').select('seq').where('org_id', '=', org.id).orderBy('seq').execute();
    seqs = rows.map((r) => r.seq);
    assert.ok(seqs.length >= 5);
  });

  const verdictFor = async () => (await verifyAuditLog(h.testDb.database.db, h.ring)).find((r) => r.orgId === org.id)!;

  test('an untouched log verifies', async () => {
    const r = await verdictFor();
    assert.equal(r.verdict.ok, true);
    assert.equal(r.verdict.checked, seqs.length);
  });

  test('the application role cannot update or delete audit rows', async () => {
    const db = h.testDb.database.db;
    await assert.rejects(inOrganization(db, org.id, (tx) => sql`UPDATE audit_log SET action = 'x'`.execute(tx)), /permission denied|append-only/);
    await assert.rejects(inOrganization(db, org.id, (tx) => sql`DELETE FROM audit_log`.execute(tx)), /permission denied|append-only/);
  });

  test('even the owner is stopped by the append-only trigger', async () => {
    await assert.rejects(sql`UPDATE audit_log SET action = 'x'`.execute(h.testDb.database.db), /append-only/);
    await assert.rejects(sql`DELETE FROM audit_log`.execute(h.testDb.database.db), /append-only/);
  });

  test('an edited row is caught at that row', async () => {
    await tamper(h.testDb.database.db, `UPDATE audit_log SET purpose = 'audit' WHERE seq = ${seqs[2]}`);
    const r = await verdictFor();
    assert.equal(r.verdict.ok, false);
    assert.equal(!r.verdict.ok && r.verdict.brokenAtSeq, seqs[2]);
    assert.equal(!r.verdict.ok && r.verdict.problem, 'entry-altered');
  });

  test('a deleted row is caught at the row after it', async () => {
    await tamper(h.testDb.database.db, `DELETE FROM audit_log WHERE seq = ${seqs[1]}`);
    const r = await verdictFor();
    assert.equal(!r.verdict.ok && r.verdict.brokenAtSeq, seqs[2]);
    assert.equal(!r.verdict.ok && r.verdict.problem, 'link-broken');
  });

  test('two reordered rows are caught', async () => {
    const [a, b] = [seqs[1], seqs[3]];
    await tamper(
      h.testDb.database.db,
      `UPDATE audit_log x SET at = y.at, actor_id = y.actor_id, actor_role = y.actor_role, action = y.action, outcome = y.outcome,
         participant_id = y.participant_id, resource_type = y.resource_type, resource_id = y.resource_id, purpose = y.purpose,
         source = y.source, detail = y.detail, prev_hash = y.prev_hash, hash = y.hash
       FROM audit_log y WHERE (x.seq = ${a} AND y.seq = ${b}) OR (x.seq = ${b} AND y.seq = ${a})`,
    );
    const r = await verdictFor();
    assert.equal(r.verdict.ok, false);
    assert.equal(!r.verdict.ok && r.verdict.brokenAtSeq, a);
  });

  test('a tail deleted after a checkpoint is caught by the checkpoint', async () => {
    await writeCheckpoints(h.testDb.database.db, h.ring);
    await tamper(h.testDb.database.db, `DELETE FROM audit_log WHERE seq >= ${seqs[seqs.length - 2]} AND org_id = '${org.id}'`);
    const r = await verdictFor();
    assert.equal(r.verdict.ok, true, 'the remaining chain is internally consistent');
    assert.match(r.checkpointProblem ?? '', /missing: entries were deleted/);
  });

  test('a forged checkpoint is caught', async () => {
    await writeCheckpoints(h.testDb.database.db, h.ring);
    await h.testDb.database.db.transaction().execute(async (tx) => {
      await sql.raw('ALTER TABLE audit_checkpoints DISABLE TRIGGER USER').execute(tx);
      await sql.raw(`UPDATE audit_checkpoints SET mac = 'test-1:${'0'.repeat(64)}'`).execute(tx);
      await sql.raw('ALTER TABLE audit_checkpoints ENABLE TRIGGER USER').execute(tx);
    });
    assert.match((await verdictFor()).checkpointProblem ?? '', /does not verify/);
  });
});

describe('peerkeep audit verify (the command) on an embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pk-audit-cli-'));
  const env = { ...process.env, PEERKEEP_DATA_DIR: dir, PEERKEEP_MASTER_KEY: `cli:${randomBytes(32).toString('base64')}`, DATABASE_URL: '' };
  const run = (...args: string[]) => spawnSync(process.execPath, ['bin/peerkeep.mjs', ...args], { env, encoding: 'utf8' });

  test('reports ok, then the first broken entry after a row is edited', async () => {
    const created = run('org', 'create', '--name', 'Audit Org', '--slug', 'audit-org', '--admin-email', 'a@audit.test', '--admin-name', 'A');
    assert.equal(created.status, 0, created.stderr);
    run('team', 'create', '--org', 'audit-org', '--name', 'T1');
    const ok = run('audit', 'verify');
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).ok, true);
    const lite = new PGlite(join(dir, 'db'));
    await lite.exec(`ALTER TABLE audit_log DISABLE TRIGGER USER; UPDATE audit_log SET source = 'elsewhere' WHERE seq = (SELECT min(seq) FROM audit_log); ALTER TABLE audit_log ENABLE TRIGGER USER;`);
    const first = await lite.query<{ seq: string }>('SELECT min(seq)::text AS seq FROM audit_log');
    await lite.close();
    const bad = run('audit', 'verify');
    assert.equal(bad.status, 1);
    const report = JSON.parse(bad.stdout) as { ok: boolean; chains: { ok: boolean; firstBrokenEntry?: string }[] };
    assert.equal(report.ok, false);
    assert.equal(report.chains.find((c) => !c.ok)?.firstBrokenEntry, first.rows[0]!.seq);
    assert.match(bad.stderr, /FAILED: entry \d+ was changed after it was written/);
  });
});
