import type { Static } from 'typebox';
import type { ConsultationDraft, ConsultationRecipient } from '../../contract/consultations.ts';
import { requireOrganization, requireParticipant, runAsActor } from '../access/enforce.ts';
import { open } from '../crypto/aead.ts';
import type { RequestContext } from '../request-context.ts';
import { requireDataKey, sealedAt } from './participant-keys.ts';
import { iso, type RecordPorts } from './ports.ts';

/**
 * Two lists the author needs to ask for a consultation from the web app: whom it may go to, and
 * the drafts they started about a participant and have not sent (so an interrupted review can be
 * taken up again instead of lying unseen in the database).
 */

type Recipient = Static<typeof ConsultationRecipient>;

/**
 * The colleagues a consultation may be sent to: active peer specialists and supervisors other than
 * the asker — exactly who sendConsultation accepts. Care staff are also exactly the roles that
 * have an inbox of consultations, so the same organization rule decides who may see this list;
 * the audit entry names the list as its resource so it reads apart from opening the inbox.
 * Supervisors first, the asker's own team first, then by name.
 */
export function listRecipients(ports: RecordPorts, ctx: RequestContext): Promise<Recipient[]> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'consultation.receive', { type: 'consultation_recipients', id: null });
    const rows = await tx
      .selectFrom('users as u')
      .leftJoin('teams as t', 't.id', 'u.team_id')
      .select(['u.id', 'u.display_name', 'u.role', 'u.team_id', 't.name as team_name'])
      .where('u.role', 'in', ['peer_specialist', 'supervisor'])
      .where('u.disabled_at', 'is', null)
      .where('u.id', '!=', ctx.actor.userId)
      .orderBy('u.display_name')
      .orderBy('u.id')
      .limit(500)
      .execute();
    const recipients = rows.map((r) => ({
      id: r.id,
      displayName: r.display_name,
      role: r.role as Recipient['role'],
      team: r.team_name ?? null,
      sameTeam: ctx.actor.teamId !== null && r.team_id === ctx.actor.teamId,
    }));
    const rank = (r: Recipient) => (r.role === 'supervisor' ? 0 : 2) + (r.sameTeam ? 0 : 1);
    // A stable sort keeps the name order inside each group.
    return recipients.sort((a, b) => rank(a) - rank(b));
  });
}

/** My unsent consultations about this participant, newest first. */
export function listDrafts(ports: RecordPorts, ctx: RequestContext, participantId: string): Promise<Static<typeof ConsultationDraft>[]> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'consultation.review', participantId, { type: 'participant', id: participantId });
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, participantId);
    const rows = await tx
      .selectFrom('consultations')
      .select(['id', 'created_at', 'reason_enc'])
      .where('participant_id', '=', participantId)
      .where('author_id', '=', ctx.actor.userId)
      .where('status', '=', 'draft')
      .orderBy('created_at', 'desc')
      .limit(50)
      .execute();
    return rows.map((r) => ({ id: r.id, createdAt: iso(r.created_at), reason: open(key, r.reason_enc, sealedAt.consultation(r.id, 'reason')).toString('utf8') }));
  });
}
