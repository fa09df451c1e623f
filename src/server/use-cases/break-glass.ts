import { randomUUID } from 'node:crypto';
import { auditByActor } from '../audit/audit-log.ts';
import { requireOrganization, requireParticipant, runAsActor } from '../access/enforce.ts';
import { open, seal } from '../crypto/aead.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import type { RequestContext } from '../request-context.ts';
import { requireDataKey, sealedAt } from './participant-keys.ts';
import { iso, type RecordPorts } from './ports.ts';

/** How long an emergency grant lasts before the record closes again. */
export const BREAK_GLASS_MINUTES = 60;

/**
 * "Break the glass": a staff member outside the caseload opens a record in an emergency by stating
 * why. The grant is short, the reason is sealed with the record, every supervisor of their team is
 * told at once, and the grant waits in the review list until someone judges it.
 */
export function breakTheGlass(ports: RecordPorts, ctx: RequestContext, participantId: string, reason: string) {
  const id = randomUUID();
  const emergency: RequestContext = { ...ctx, purpose: 'emergency' };
  return runAsActor(ports.db, emergency, async (tx) => {
    await requireParticipant(tx, emergency, 'break_glass.open', participantId, { type: 'break_glass', id });
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, participantId);
    const expiresAt = new Date(Date.now() + BREAK_GLASS_MINUTES * 60_000);
    await tx.insertInto('break_glass').values({ id, org_id: ctx.actor.orgId, participant_id: participantId, user_id: ctx.actor.userId, reason_enc: seal(key, Buffer.from(reason, 'utf8'), sealedAt.breakGlassReason(id)), expires_at: expiresAt }).execute();
    const supervisors = await tx
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'supervisor')
      .where('disabled_at', 'is', null)
      .where('id', '!=', ctx.actor.userId)
      .where((eb) => (ctx.actor.teamId ? eb('team_id', '=', ctx.actor.teamId) : eb.val(true)))
      .execute();
    if (supervisors.length > 0) {
      await tx.insertInto('notifications').values(supervisors.map((s) => ({ id: randomUUID(), org_id: ctx.actor.orgId, user_id: s.id, kind: 'break_glass', subject_id: id, participant_id: participantId }))).execute();
    }
    await auditByActor(tx, emergency, { action: 'break_glass.grant', outcome: 'succeeded', participantId, resourceType: 'break_glass', resourceId: id, detail: { minutes: BREAK_GLASS_MINUTES, supervisorsNotified: supervisors.length } });
    return { id, participantId, expiresAt: iso(expiresAt), supervisorsNotified: supervisors.length };
  });
}

/** Grants to review: a supervisor sees their team's, a privacy officer everyone's. */
export function listBreakGlass(ports: RecordPorts, ctx: RequestContext, onlyUnreviewed: boolean) {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'break_glass.review', { type: 'break_glass', id: null });
    let q = tx
      .selectFrom('break_glass as b')
      .innerJoin('users as u', 'u.id', 'b.user_id')
      .leftJoin('users as r', 'r.id', 'b.reviewed_by')
      .select(['b.id', 'b.participant_id', 'b.user_id', 'u.display_name', 'b.reason_enc', 'b.created_at', 'b.expires_at', 'b.reviewed_at', 'b.review_outcome', 'b.reviewed_by', 'r.display_name as reviewer_name', 'b.review_note_enc'])
      .orderBy('b.created_at', 'desc')
      .limit(200);
    if (onlyUnreviewed) q = q.where('b.reviewed_at', 'is', null);
    if (ctx.actor.role === 'supervisor') q = q.where('u.team_id', '=', ctx.actor.teamId ?? '00000000-0000-0000-0000-000000000000');
    const rows = await q.execute();
    const out = [];
    for (const r of rows) {
      const key = await ports.keys.participantKey(tx, ctx.actor.orgId, r.participant_id);
      out.push({
        id: r.id,
        participantId: r.participant_id,
        userId: r.user_id,
        userName: r.display_name,
        reason: key ? open(key, r.reason_enc, sealedAt.breakGlassReason(r.id)).toString('utf8') : '(record erased)',
        createdAt: iso(r.created_at),
        expiresAt: iso(r.expires_at),
        reviewedAt: r.reviewed_at ? iso(r.reviewed_at) : null,
        reviewOutcome: r.review_outcome,
        reviewedBy: r.reviewed_by,
        reviewerName: r.reviewer_name ?? null,
        reviewNote: r.review_note_enc && key ? open(key, r.review_note_enc, sealedAt.breakGlassReviewNote(r.id)).toString('utf8') : null,
      });
    }
    await auditByActor(tx, ctx, { action: 'break_glass.list', outcome: 'succeeded', detail: { results: out.length } });
    return out;
  });
}

/** Records the judgement, and the reviewer's note (sealed like the reason: it may describe the participant). */
export function reviewBreakGlass(ports: RecordPorts, ctx: RequestContext, id: string, outcome: 'appropriate' | 'inappropriate', note?: string) {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'break_glass.review', { type: 'break_glass', id });
    const row = await tx.selectFrom('break_glass as b').innerJoin('users as u', 'u.id', 'b.user_id').select(['b.participant_id', 'b.user_id', 'u.team_id']).where('b.id', '=', id).executeTakeFirst();
    const inScope = row && row.user_id !== ctx.actor.userId && (ctx.actor.role === 'privacy_officer' || row.team_id === ctx.actor.teamId);
    if (!row || !inScope) throw new NotFoundError('break-the-glass grant');
    const text = note?.trim() ? note.trim() : null;
    let noteEnc: Buffer | null = null;
    if (text) {
      const key = await ports.keys.participantKey(tx, ctx.actor.orgId, row.participant_id);
      if (!key) throw new InvalidInputError('note', 'This record was erased, so a note about it cannot be kept. Record the review without a note.');
      noteEnc = seal(key, Buffer.from(text, 'utf8'), sealedAt.breakGlassReviewNote(id));
    }
    await tx.updateTable('break_glass').set({ reviewed_by: ctx.actor.userId, reviewed_at: new Date(), review_outcome: outcome, review_note_enc: noteEnc }).where('id', '=', id).execute();
    await auditByActor(tx, ctx, { action: 'break_glass.review', outcome: 'succeeded', participantId: row.participant_id, resourceType: 'break_glass', resourceId: id, detail: { judged: outcome, withNote: noteEnc !== null } });
    return { ok: true };
  });
}
