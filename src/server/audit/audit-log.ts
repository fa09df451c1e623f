import { sql } from 'kysely';
import { type AuditEntry, type AuditOutcome, canonicalForm } from '../../core/audit/chain.ts';
import type { Tx } from '../db/open-database.ts';
import type { RequestContext } from '../request-context.ts';

/**
 * Appends one entry to its organization's chain, inside the caller's transaction so the entry
 * commits or rolls back with the change it describes. A transaction-scoped advisory lock per chain
 * keeps links in order when several servers write at once.
 */
export async function appendAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  // One round trip: audit_chain_head() takes the chain's lock and returns the hash to link to, and
  // the new hash is sha256(prev + "\n" + canonical form) — the same bytes as chainHash() in the core,
  // which is what `audit verify` recomputes.
  await sql`
    INSERT INTO audit_log (org_id, at, actor_id, actor_role, action, outcome, participant_id,
                           resource_type, resource_id, purpose, source, detail, prev_hash, hash)
    SELECT ${entry.orgId}::uuid, ${entry.at}, ${entry.actorId}::uuid, ${entry.actorRole}, ${entry.action},
           ${entry.outcome}, ${entry.participantId}::uuid, ${entry.resourceType}, ${entry.resourceId}::uuid,
           ${entry.purpose}, ${entry.source}, ${JSON.stringify(entry.detail)}::jsonb, head.prev,
           encode(sha256(convert_to(head.prev || E'\n' || ${canonicalForm(entry)}, 'UTF8')), 'hex')
    FROM (SELECT audit_chain_head(${entry.orgId}::uuid) AS prev) AS head`.execute(tx);
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
