import { auditByActor } from '../audit/audit-log.ts';
import { requireOrganization, requireParticipant, runAsActor } from '../access/enforce.ts';
import type { RequestContext } from '../request-context.ts';
import { iso, type RecordPorts } from './ports.ts';

export interface AuditQuery {
  readonly participantId?: string | undefined;
  readonly actorId?: string | undefined;
  readonly action?: string | undefined;
  readonly limit?: number | undefined;
  readonly beforeSeq?: string | undefined;
}

/** The organization's audit log, newest first, for a privacy officer. */
export function listAuditEntries(ports: RecordPorts, ctx: RequestContext, query: AuditQuery) {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'audit.read', { type: 'audit_log', id: null });
    let q = tx
      .selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.actor_id')
      .select(['a.seq', 'a.at', 'a.actor_id', 'u.display_name', 'a.actor_role', 'a.action', 'a.outcome', 'a.participant_id', 'a.resource_type', 'a.resource_id', 'a.purpose', 'a.source'])
      .orderBy('a.seq', 'desc')
      .limit(Math.min(query.limit ?? 100, 500));
    if (query.participantId) q = q.where('a.participant_id', '=', query.participantId);
    if (query.actorId) q = q.where('a.actor_id', '=', query.actorId);
    if (query.action) q = q.where('a.action', '=', query.action);
    if (query.beforeSeq) q = q.where('a.seq', '<', query.beforeSeq);
    const rows = await q.execute();
    await auditByActor(tx, ctx, { action: 'audit.read', outcome: 'succeeded', participantId: query.participantId ?? null, detail: { results: rows.length } });
    return rows.map((r) => ({
      seq: r.seq,
      at: iso(r.at),
      actorId: r.actor_id,
      actorName: r.display_name ?? null,
      actorRole: r.actor_role,
      action: r.action,
      outcome: r.outcome,
      participantId: r.participant_id,
      resourceType: r.resource_type,
      resourceId: r.resource_id,
      purpose: r.purpose,
      source: r.source,
    }));
  });
}

/**
 * Who looked at or changed one participant's record: the access report a participant can be
 * handed. Lists each staff member's allowed reads and writes with time and purpose.
 */
export function accessReport(ports: RecordPorts, ctx: RequestContext, participantId: string) {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'participant.access_report', participantId, { type: 'access_report', id: null });
    const rows = await tx
      .selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.actor_id')
      .select(['a.at', 'u.display_name', 'a.actor_role', 'a.action', 'a.outcome', 'a.purpose'])
      .where('a.participant_id', '=', participantId)
      .where('a.outcome', 'in', ['allowed', 'succeeded'])
      .orderBy('a.seq', 'desc')
      .limit(2000)
      .execute();
    return rows.map((r) => ({ at: iso(r.at), staffName: r.display_name ?? 'unknown', staffRole: r.actor_role, action: r.action, purpose: r.purpose }));
  });
}
