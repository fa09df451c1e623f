import { randomUUID } from 'node:crypto';
import type { Static } from 'typebox';
import type { ReceivedConsultation, ReplyView, SharedConsultationView } from '../../contract/consultations.ts';
import type { ParticipantProfile } from '../../contract/records.ts';
import { requireConsultation } from '../access/consultation-access.ts';
import { requireOrganization, runAsActor } from '../access/enforce.ts';
import { auditByActor } from '../audit/audit-log.ts';
import { open, openJson, seal } from '../crypto/aead.ts';
import type { Tx } from '../db/open-database.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import type { RequestContext } from '../request-context.ts';
import { displayName } from './participants.ts';
import { sealedAt } from './participant-keys.ts';
import { iso, type RecordPorts } from './ports.ts';

/** A consultation the recipient or the record's list sees has left the draft stage. */
type SentStatus = 'sent' | 'closed';

/**
 * The recipient's side of a consultation. Everything here is written so that the participant's id
 * and name never reach the recipient: the inbox and the view carry the consultation id, the
 * author and the de-identified text only, until the author re-identifies for an urgent risk.
 */

/** Consultations sent to me, newest first. */
export function listReceived(ports: RecordPorts, ctx: RequestContext): Promise<Static<typeof ReceivedConsultation>[]> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'consultation.receive', { type: 'consultation', id: null });
    const rows = await tx
      .selectFrom('consultations as c')
      .innerJoin('users as a', 'a.id', 'c.author_id')
      .select((eb) => [
        'c.id',
        'c.status',
        'c.sent_at',
        'a.id as author_id',
        'a.display_name',
        eb.selectFrom('consultation_replies as r').select((e) => e.fn.countAll<string>().as('n')).whereRef('r.consultation_id', '=', 'c.id').as('replies'),
      ])
      .where('c.recipient_id', '=', ctx.actor.userId)
      .where('c.status', '!=', 'draft')
      .orderBy('c.sent_at', 'desc')
      .limit(200)
      .execute();
    await auditByActor(tx, ctx, { action: 'consultation.inbox', outcome: 'succeeded', detail: { results: rows.length } });
    return rows.map((r) => ({ id: r.id, status: r.status as SentStatus, from: { id: r.author_id, displayName: r.display_name }, sentAt: iso(r.sent_at ?? new Date(0)), replies: Number(r.replies ?? 0) }));
  });
}

/** What the recipient reads: the de-identified text as confirmed, and the replies so far. */
export function readShared(ports: RecordPorts, ctx: RequestContext, id: string): Promise<Static<typeof SharedConsultationView>> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const head = await requireConsultation(tx, ctx, 'consultation.read_shared', id);
    const key = await keyOrNotFound(tx, ports, ctx, head.participantId);
    const row = await tx
      .selectFrom('consultations as c')
      .innerJoin('users as a', 'a.id', 'c.author_id')
      .select(['c.status', 'c.sent_at', 'c.deidentified_enc', 'a.id as author_id', 'a.display_name'])
      .where('c.id', '=', id)
      .executeTakeFirstOrThrow();
    const replies = await tx.selectFrom('consultation_replies').select(['id', 'body_enc', 'created_at']).where('consultation_id', '=', id).orderBy('created_at').execute();
    const revealed = await tx.selectFrom('consultation_reidentifications').select('created_at').where('consultation_id', '=', id).orderBy('created_at').executeTakeFirst();
    let identity: { displayName: string; revealedAt: string } | null = null;
    if (revealed) {
      // Re-identified by the author for an urgent risk: now, and only now, the name is shown.
      const p = await tx.selectFrom('participants').select('profile_enc').where('id', '=', head.participantId).executeTakeFirstOrThrow();
      if (p.profile_enc) identity = { displayName: displayName(openJson<ParticipantProfile>(key, p.profile_enc, sealedAt.profile(head.participantId))), revealedAt: iso(revealed.created_at) };
    }
    return {
      id,
      status: row.status as SentStatus,
      from: { id: row.author_id, displayName: row.display_name },
      sentAt: iso(row.sent_at ?? new Date(0)),
      text: open(key, row.deidentified_enc, sealedAt.consultation(id, 'deidentified')).toString('utf8'),
      replies: replies.map((r) => ({ id: r.id, body: open(key, r.body_enc, sealedAt.consultationReply(r.id)).toString('utf8'), createdAt: iso(r.created_at) })),
      identity,
    };
  });
}

/** The recipient answers; the reply is sealed with the participant's record and the author is told. */
export function replyToConsultation(ports: RecordPorts, ctx: RequestContext, id: string, body: string): Promise<Static<typeof ReplyView>> {
  const replyId = randomUUID();
  return runAsActor(ports.db, ctx, async (tx) => {
    const head = await requireConsultation(tx, ctx, 'consultation.reply', id);
    if (head.status === 'closed') throw new ConflictError('The author closed this consultation; it takes no more replies.');
    const key = await keyOrNotFound(tx, ports, ctx, head.participantId);
    const row = await tx
      .insertInto('consultation_replies')
      .values({ id: replyId, org_id: ctx.actor.orgId, consultation_id: id, author_id: ctx.actor.userId, body_enc: seal(key, Buffer.from(body, 'utf8'), sealedAt.consultationReply(replyId)) })
      .returning('created_at')
      .executeTakeFirstOrThrow();
    await tx.insertInto('notifications').values({ id: randomUUID(), org_id: ctx.actor.orgId, user_id: head.authorId, kind: 'consultation_reply', subject_id: id, participant_id: head.participantId }).execute();
    await auditByActor(tx, ctx, { action: 'consultation.reply', outcome: 'succeeded', participantId: head.participantId, resourceType: 'consultation', resourceId: id });
    return { id: replyId, createdAt: iso(row.created_at) };
  });
}

/** An erased participant's consultations are unreadable; say so as "not found", naming no one. */
async function keyOrNotFound(tx: Tx, ports: RecordPorts, ctx: RequestContext, participantId: string): Promise<Buffer> {
  const key = await ports.keys.participantKey(tx, ctx.actor.orgId, participantId);
  if (!key) throw new NotFoundError('consultation');
  return key;
}
