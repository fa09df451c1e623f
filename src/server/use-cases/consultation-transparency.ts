import { randomUUID } from 'node:crypto';
import type { Static } from 'typebox';
import type { DiscussionEntry, ReidentificationView } from '../../contract/consultations.ts';
import { requireConsultation } from '../access/consultation-access.ts';
import { requireParticipant, runAsActor } from '../access/enforce.ts';
import { auditByActor } from '../audit/audit-log.ts';
import { open, seal } from '../crypto/aead.ts';
import { ConflictError } from '../errors.ts';
import type { RequestContext } from '../request-context.ts';
import { requireDataKey, sealedAt } from './participant-keys.ts';
import { iso, type RecordPorts } from './ports.ts';

/** A consultation the recipient or the record's list sees has left the draft stage. */
type SentStatus = 'sent' | 'closed';

/**
 * Re-identifying a consultation (revealing who it is to the recipient) and the record's list of
 * times the participant was discussed outside their presence.
 */

/**
 * Reveals who the participant is to the recipient: the author only, with a recorded urgent-risk
 * reason sealed with the record; every supervisor of the author's team is told at once (as for
 * break-the-glass), and the act is in the audit log and the record's transparency list.
 */
export function reidentifyParticipant(ports: RecordPorts, ctx: RequestContext, id: string, reason: string): Promise<Static<typeof ReidentificationView>> {
  const rid = randomUUID();
  const emergency: RequestContext = { ...ctx, purpose: 'emergency' };
  return runAsActor(ports.db, emergency, async (tx) => {
    const head = await requireConsultation(tx, emergency, 'consultation.reidentify', id, true);
    if (head.status === 'draft') throw new ConflictError('Send the consultation first; re-identification reveals who it is to its recipient.');
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, head.participantId);
    const supervisors = await tx
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'supervisor')
      .where('disabled_at', 'is', null)
      .where('id', '!=', ctx.actor.userId)
      .where((eb) => (ctx.actor.teamId ? eb('team_id', '=', ctx.actor.teamId) : eb.val(true)))
      .execute();
    const row = await tx
      .insertInto('consultation_reidentifications')
      .values({ id: rid, org_id: ctx.actor.orgId, consultation_id: id, participant_id: head.participantId, user_id: ctx.actor.userId, reason_enc: seal(key, Buffer.from(reason, 'utf8'), sealedAt.consultationReidentification(rid)), supervisors_notified: supervisors.length })
      .returning('created_at')
      .executeTakeFirstOrThrow();
    if (supervisors.length > 0) {
      await tx.insertInto('notifications').values(supervisors.map((s) => ({ id: randomUUID(), org_id: ctx.actor.orgId, user_id: s.id, kind: 'consultation_reidentified', subject_id: rid, participant_id: head.participantId }))).execute();
    }
    if (head.recipientId) {
      await tx.insertInto('notifications').values({ id: randomUUID(), org_id: ctx.actor.orgId, user_id: head.recipientId, kind: 'consultation_identity', subject_id: id, participant_id: null }).execute();
    }
    await auditByActor(tx, emergency, { action: 'consultation.reidentified', outcome: 'succeeded', participantId: head.participantId, resourceType: 'consultation', resourceId: id, detail: { supervisorsNotified: supervisors.length } });
    return { id: rid, consultationId: id, at: iso(row.created_at), supervisorsNotified: supervisors.length };
  });
}

/**
 * When the participant was discussed outside their presence: each sent consultation with when,
 * by whom, with whom and why, newest first. Part of what the participant is owed (capability 6).
 */
export function listDiscussions(ports: RecordPorts, ctx: RequestContext, participantId: string): Promise<Static<typeof DiscussionEntry>[]> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'consultation.transparency', participantId, { type: 'participant', id: participantId });
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, participantId);
    const rows = await tx
      .selectFrom('consultations as c')
      .innerJoin('users as a', 'a.id', 'c.author_id')
      .innerJoin('users as r', 'r.id', 'c.recipient_id')
      .select((eb) => [
        'c.id',
        'c.status',
        'c.sent_at',
        'c.reason_enc',
        'a.id as author_id',
        'a.display_name as author_name',
        'r.id as recipient_id',
        'r.display_name as recipient_name',
        'r.role as recipient_role',
        eb.selectFrom('consultation_reidentifications as x').select((e) => e.fn.min('x.created_at').as('at')).whereRef('x.consultation_id', '=', 'c.id').as('reidentified_at'),
      ])
      .where('c.participant_id', '=', participantId)
      .where('c.status', '!=', 'draft')
      .orderBy('c.sent_at', 'desc')
      .execute();
    return rows.map((r) => ({
      consultationId: r.id,
      status: r.status as SentStatus,
      sentAt: iso(r.sent_at ?? new Date(0)),
      by: { id: r.author_id, displayName: r.author_name },
      with: { id: r.recipient_id, displayName: r.recipient_name, role: r.recipient_role },
      reason: open(key, r.reason_enc, sealedAt.consultation(r.id, 'reason')).toString('utf8'),
      reidentifiedAt: r.reidentified_at ? iso(new Date(r.reidentified_at)) : null,
    }));
  });
}
