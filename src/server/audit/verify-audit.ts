import { createHmac } from 'node:crypto';
import { type StoredAuditEntry, verifyChain, GENESIS_HASH, type ChainVerdict } from '../../core/audit/chain.ts';
import type { MasterKeyRing } from '../crypto/master-keys.ts';
import type { Db } from '../db/open-database.ts';

const BATCH = 5000;

export interface ChainReport {
  readonly orgId: string | null;
  readonly verdict: ChainVerdict;
  readonly checkpointProblem: string | null;
}

/**
 * Verifies every organization's chain (and the system chain) from the first entry, then checks
 * that each signed checkpoint still matches the entry it names — which also catches a tail of
 * entries deleted after the last checkpoint was taken.
 */
export async function verifyAuditLog(db: Db, ring: MasterKeyRing): Promise<ChainReport[]> {
  const chains = await db.selectFrom('audit_log').select('org_id').distinct().execute();
  const reports: ChainReport[] = [];
  for (const { org_id } of chains) {
    const verdict = await verifyOneChain(db, org_id);
    reports.push({ orgId: org_id, verdict, checkpointProblem: verdict.ok ? await checkCheckpoints(db, ring, org_id) : null });
  }
  return reports;
}

async function verifyOneChain(db: Db, orgId: string | null): Promise<ChainVerdict> {
  let startHash = GENESIS_HASH;
  let after = '0';
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where((eb) => (orgId === null ? eb('org_id', 'is', null) : eb('org_id', '=', orgId)))
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return { ok: true, checked, headHash: startHash };
    const verdict = verifyChain(rows.map(toStored), startHash);
    if (!verdict.ok) return { ...verdict, checked: checked + verdict.checked };
    checked += verdict.checked;
    startHash = verdict.headHash;
    after = rows[rows.length - 1]!.seq;
  }
}

/** Writes a signed checkpoint of each chain's head. */
export async function writeCheckpoints(db: Db, ring: MasterKeyRing): Promise<number> {
  const heads = await db
    .selectFrom('audit_log')
    .select(['org_id', (eb) => eb.fn.max('seq').as('seq')])
    .groupBy('org_id')
    .execute();
  for (const h of heads) {
    const row = await db.selectFrom('audit_log').select(['seq', 'hash']).where('seq', '=', String(h.seq)).executeTakeFirstOrThrow();
    await db.insertInto('audit_checkpoints').values({ org_id: h.org_id, seq: row.seq, hash: row.hash, mac: checkpointMac(ring, ring.activeId, h.org_id, row.seq, row.hash) }).execute();
  }
  return heads.length;
}

async function checkCheckpoints(db: Db, ring: MasterKeyRing, orgId: string | null): Promise<string | null> {
  const checkpoints = await db
    .selectFrom('audit_checkpoints')
    .selectAll()
    .where((eb) => (orgId === null ? eb('org_id', 'is', null) : eb('org_id', '=', orgId)))
    .orderBy('seq')
    .execute();
  for (const c of checkpoints) {
    const [keyId, _mac] = c.mac.split(':');
    if (!keyId || !ring.keys.has(keyId) || checkpointMac(ring, keyId, orgId, c.seq, c.hash) !== c.mac) {
      return `checkpoint at entry ${c.seq} has a signature that does not verify (it was forged or altered)`;
    }
    const entry = await db.selectFrom('audit_log').select('hash').where('seq', '=', c.seq).executeTakeFirst();
    if (!entry) return `entry ${c.seq}, recorded in a checkpoint, is missing: entries were deleted`;
    if (entry.hash !== c.hash) return `entry ${c.seq} no longer matches its checkpoint`;
  }
  return null;
}

function checkpointMac(ring: MasterKeyRing, keyId: string, orgId: string | null, seq: string, hash: string): string {
  const key = ring.keys.get(keyId)!;
  const mac = createHmac('sha256', key).update(`audit-checkpoint\n${orgId ?? 'system'}\n${seq}\n${hash}`).digest('hex');
  return `${keyId}:${mac}`;
}

function toStored(r: {
  seq: string;
  org_id: string | null;
  at: Date;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  outcome: string;
  participant_id: string | null;
  resource_type: string | null;
  resource_id: string | null;
  purpose: string | null;
  source: string | null;
  detail: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}): StoredAuditEntry {
  return {
    seq: r.seq,
    orgId: r.org_id,
    at: r.at,
    actorId: r.actor_id,
    actorRole: r.actor_role,
    action: r.action,
    outcome: r.outcome as StoredAuditEntry['outcome'],
    participantId: r.participant_id,
    resourceType: r.resource_type,
    resourceId: r.resource_id,
    purpose: r.purpose,
    source: r.source,
    detail: r.detail as StoredAuditEntry['detail'],
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
