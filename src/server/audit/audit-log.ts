import { sql } from 'kysely';
import { type AuditEntry, type AuditOutcome, chainHash, GENESIS_HASH } from '../../core/audit/chain.ts';
import type { Tx } from '../db/open-database.ts';
import type { RequestContext } from '../request-context.ts';

/**
 * Appends one entry to its organization's chain, inside the caller's transaction so the entry
 * commits or rolls back with the change it describes. A transaction-scoped advisory lock per chain
 * keeps links in order when several servers write at once.
 */
export async function appendAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const head = await sql<{ head: string }>`SELECT audit_chain_head(${entry.orgId}::uuid) AS head`.execute(tx);
  const prevHash = head.rows[0]?.head ?? GENESIS_HASH;
  await tx
    .insertInto('audit_log')
    .values({
      org_id: entry.orgId,
      at: entry.at,
      actor_id: entry.actorId,
      actor_role: entry.actorRole,
      action: entry.action,
      outcome: entry.outcome,
      participant_id: entry.participantId,
      resource_type: entry.resourceType,
      resource_id: entry.resourceId,
      purpose: entry.purpose,
      source: entry.source,
      detail: JSON.stringify(entry.detail),
      prev_hash: prevHash,
      hash: chainHash(prevHash, entry),
    })
    .execute();
}

export interface AuditEvent {
  readonly action: string;
  readonly outcome: AuditOutcome;
  readonly participantId?: string | null;
  readonly resourceType?: string | null;
  readonly resourceId?: string | null;
  readonly detail?: AuditEntry['detail'];
}

/** The usual case: an event by the signed-in actor of a request. */
export function auditByActor(tx: Tx, ctx: RequestContext, event: AuditEvent): Promise<void> {
  return appendAudit(tx, {
    orgId: ctx.actor.orgId,
    at: new Date(),
    actorId: ctx.actor.userId,
    actorRole: ctx.actor.role,
    action: event.action,
    outcome: event.outcome,
    participantId: event.participantId ?? null,
    resourceType: event.resourceType ?? null,
    resourceId: event.resourceId ?? null,
    purpose: ctx.purpose,
    source: ctx.source,
    detail: event.detail ?? {},
  });
}
