import { type ConsultationAction, type ConsultationStanding, decideConsultationAccess } from '../../core/access/policy.ts';
import { auditByActor } from '../audit/audit-log.ts';
import type { Tx } from '../db/open-database.ts';
import { NotFoundError } from '../errors.ts';
import type { RequestContext } from '../request-context.ts';
import { AccessDenied, requireParticipant } from './enforce.ts';

/** The consultation columns every check and use case needs (the sealed texts are read later). */
export interface ConsultationHead {
  readonly id: string;
  readonly participantId: string;
  readonly authorId: string;
  readonly recipientId: string | null;
  readonly status: 'draft' | 'sent' | 'closed';
}

/**
 * The access check for one existing consultation, part of the enforcement point: standing
 * (author, recipient, neither) decided by the policy, and for the author's actions the participant
 * check too, since the author must still reach the record. The recipient is let in by being the
 * recipient alone: they need not reach the record, which is the point. Both outcomes are audited;
 * any refusal answers exactly like a consultation that does not exist.
 */
export async function requireConsultation(tx: Tx, ctx: RequestContext, action: ConsultationAction, consultationId: string, forUpdate = false): Promise<ConsultationHead> {
  const q = tx.selectFrom('consultations').select(['id', 'participant_id', 'author_id', 'recipient_id', 'status']).where('id', '=', consultationId);
  const row = await (forUpdate ? q.forUpdate() : q).executeTakeFirst();
  const standing: ConsultationStanding = !row ? 'none' : row.author_id === ctx.actor.userId ? 'author' : row.recipient_id === ctx.actor.userId && row.status !== 'draft' ? 'recipient' : 'none';
  const decision = decideConsultationAccess(ctx.actor, action, standing);
  if (!row || !decision.allowed) {
    throw new AccessDenied(
      {
        action,
        outcome: 'denied',
        participantId: row?.participant_id ?? null,
        resourceType: 'consultation',
        resourceId: row ? consultationId : null,
        detail: { rule: row ? decision.rule : 'not-found' },
      },
      new NotFoundError('consultation'),
    );
  }
  const head: ConsultationHead = { id: row.id, participantId: row.participant_id, authorId: row.author_id, recipientId: row.recipient_id, status: row.status as ConsultationHead['status'] };
  const resource = { type: 'consultation', id: consultationId };
  if (action === 'consultation.review' || action === 'consultation.reidentify') {
    await requireParticipant(tx, ctx, action, head.participantId, resource);
  } else {
    // The entry names the participant so that their access report shows the consultation was read.
    await auditByActor(tx, ctx, { action, outcome: 'allowed', participantId: head.participantId, resourceType: 'consultation', resourceId: consultationId, detail: { rule: decision.rule, standing } });
  }
  return head;
}
