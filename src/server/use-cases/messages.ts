import { randomUUID } from 'node:crypto';
import type { MessageInput, MessageView } from '../../contract/safety.ts';
import { auditByActor } from '../audit/audit-log.ts';
import { requireParticipant, runAsActor } from '../access/enforce.ts';
import { open, seal } from '../crypto/aead.ts';
import type { RequestContext } from '../request-context.ts';
import { requireDataKey, sealedAt } from './participant-keys.ts';
import { iso, type RecordPorts } from './ports.ts';
import { scanAndStore } from './risk-scan.ts';

/**
 * What a participant wrote or said outside a session (a text, a voicemail), logged by staff,
 * sealed under their data key and scanned like a note in the same transaction.
 */
export function logMessage(ports: RecordPorts, ctx: RequestContext, participantId: string, input: MessageInput): Promise<MessageView> {
  const id = randomUUID();
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'message.write', participantId, { type: 'participant_message', id });
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, participantId);
    const row = await tx
      .insertInto('participant_messages')
      .values({
        id,
        org_id: ctx.actor.orgId,
        participant_id: participantId,
        logged_by: ctx.actor.userId,
        channel: input.channel,
        received_at: input.receivedAt,
        body_enc: seal(key, Buffer.from(input.body, 'utf8'), sealedAt.messageBody(id)),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const scan = await scanAndStore(tx, ports, ctx, participantId, { kind: 'message', messageId: id }, input.body);
    await auditByActor(tx, ctx, { action: 'message.log', outcome: 'succeeded', participantId, resourceType: 'participant_message', resourceId: id, detail: { channel: input.channel } });
    return { id, participantId, loggedBy: row.logged_by, channel: input.channel, receivedAt: iso(row.received_at), body: input.body, createdAt: iso(row.created_at), scan };
  });
}

/** The participant's logged messages, newest first, with what their scan found. */
export function listMessages(ports: RecordPorts, ctx: RequestContext, participantId: string): Promise<MessageView[]> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'message.read', participantId, { type: 'participant_message', id: null });
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, participantId);
    const rows = await tx.selectFrom('participant_messages').selectAll().where('participant_id', '=', participantId).orderBy('received_at', 'desc').limit(500).execute();
    const findings = await tx.selectFrom('risk_findings').select(['message_id', 'level']).where('participant_id', '=', participantId).where('message_id', 'is not', null).execute();
    const events = await tx.selectFrom('safety_events as e').innerJoin('risk_findings as f', 'f.id', 'e.finding_id').select(['e.id', 'f.message_id']).where('e.participant_id', '=', participantId).execute();
    const rank = ['none', 'low', 'moderate', 'high', 'imminent'] as const;
    return rows.map((r) => {
      const mine = findings.filter((f) => f.message_id === r.id);
      const level = mine.reduce<(typeof rank)[number]>((top, f) => (rank.indexOf(f.level as (typeof rank)[number]) > rank.indexOf(top) ? (f.level as (typeof rank)[number]) : top), 'none');
      return {
        id: r.id,
        participantId: r.participant_id,
        loggedBy: r.logged_by,
        channel: r.channel as MessageView['channel'],
        receivedAt: iso(r.received_at),
        body: open(key, r.body_enc, sealedAt.messageBody(r.id)).toString('utf8'),
        createdAt: iso(r.created_at),
        scan: { level, alert: level === 'high' || level === 'imminent', findings: mine.length, safetyEventId: events.find((e) => e.message_id === r.id)?.id ?? null },
      };
    });
  });
}
