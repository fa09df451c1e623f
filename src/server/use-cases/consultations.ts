import { randomUUID } from 'node:crypto';
import type { Static } from 'typebox';
import type { ConsultationView, StartConsultation } from '../../contract/consultations.ts';
import type { ParticipantProfile } from '../../contract/records.ts';
import { deidContextFromProfile } from '../../core/consultation/deid-context.ts';
import { composeConsultationText, effectiveSpans, renderRedacted, spanProblem } from '../../core/consultation/review.ts';
import { type DeidSpan, findIdentifiers } from '../../core/deid/index.ts';
import { requireConsultation } from '../access/consultation-access.ts';
import { requireParticipant, runAsActor } from '../access/enforce.ts';
import { auditByActor } from '../audit/audit-log.ts';
import { open, openJson, seal, sealJson } from '../crypto/aead.ts';
import type { Tx } from '../db/open-database.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.ts';
import type { RequestContext } from '../request-context.ts';
import { requireDataKey, sealedAt } from './participant-keys.ts';
import { iso, type RecordPorts } from './ports.ts';

/**
 * De-identified case consultation, the author's side: start one from a participant's record,
 * review the de-identified text beside the original (redact more; un-redact only with a reason),
 * send it to a colleague, read the replies, close it. One transaction per step, audited inside.
 */

type View = Static<typeof ConsultationView>;

/** Starts a draft: composes the text, de-identifies it with what the record knows, seals it all. */
export function startConsultation(ports: RecordPorts, ctx: RequestContext, participantId: string, input: Static<typeof StartConsultation>): Promise<View> {
  const id = randomUUID();
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'consultation.start', participantId);
    const noteIds = input.noteIds ?? [];
    if (!input.summary?.trim() && noteIds.length === 0) {
      throw new InvalidInputError('summary', 'Write a summary of the situation or pick at least one note to discuss.');
    }
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, participantId);
    const notes = noteIds.length
      ? await tx.selectFrom('notes').select(['id', 'version', 'session_type', 'body_enc']).where('participant_id', '=', participantId).where('id', 'in', noteIds).execute()
      : [];
    if (notes.length !== noteIds.length) {
      throw new InvalidInputError('noteIds', 'Pick notes from this participant’s record; at least one id is not one of their notes.');
    }
    const byId = new Map(notes.map((n) => [n.id, n]));
    const chosen = noteIds.map((nid) => {
      const n = byId.get(nid);
      if (!n) throw new InvalidInputError('noteIds', 'Pick notes from this participant’s record.');
      return { sessionType: n.session_type, body: open(key, n.body_enc, sealedAt.noteBody(n.id, n.version)).toString('utf8') };
    });
    const original = composeConsultationText(input.summary, chosen);
    const profile = await readProfile(tx, key, participantId);
    const detected = findIdentifiers(original, deidContextFromProfile(profile));
    const deidentified = renderRedacted(original, effectiveSpans(detected, [], [])).text;
    await tx
      .insertInto('consultations')
      .values({
        id,
        org_id: ctx.actor.orgId,
        participant_id: participantId,
        author_id: ctx.actor.userId,
        reason_enc: seal(key, Buffer.from(input.reason, 'utf8'), sealedAt.consultation(id, 'reason')),
        original_enc: seal(key, Buffer.from(original, 'utf8'), sealedAt.consultation(id, 'original')),
        detected_spans_enc: sealJson(key, detected, sealedAt.consultation(id, 'detected_spans')),
        deidentified_enc: seal(key, Buffer.from(deidentified, 'utf8'), sealedAt.consultation(id, 'deidentified')),
        note_ids: JSON.stringify(noteIds),
        updated_at: new Date(),
      })
      .execute();
    await auditByActor(tx, ctx, { action: 'consultation.create', outcome: 'succeeded', participantId, resourceType: 'consultation', resourceId: id, detail: { notes: noteIds.length, spans: detected.length } });
    return loadAuthorView(tx, key, id);
  });
}

/** The author's view of a consultation: both texts, the spans, the replies. */
export function getConsultation(ports: RecordPorts, ctx: RequestContext, id: string): Promise<View> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const head = await requireConsultation(tx, ctx, 'consultation.review', id);
    return loadAuthorView(tx, await requireDataKey(tx, ports.keys, ctx.actor.orgId, head.participantId), id);
  });
}

/** Removes more of the original than the de-identifier did. */
export function addRedaction(ports: RecordPorts, ctx: RequestContext, id: string, start: number, end: number): Promise<View> {
  return reviewStep(ports, ctx, id, 'consultation.redact', async (tx, _key, seq, original) => {
    const problem = spanProblem(original.length, start, end);
    if (problem) throw new InvalidInputError('start', problem);
    await tx.insertInto('consultation_redactions').values({ id: randomUUID(), org_id: ctx.actor.orgId, consultation_id: id, review_seq: seq, start_at: start, end_at: end, added_by: ctx.actor.userId }).execute();
    return { start, end };
  });
}

/** Shows a removed span to the recipient after all — only with a stated reason, which is kept. */
export function restoreSpan(ports: RecordPorts, ctx: RequestContext, id: string, start: number, end: number, reason: string): Promise<View> {
  return reviewStep(ports, ctx, id, 'consultation.restore', async (tx, key, seq, _original, current) => {
    const span = current.find((s) => s.start === start && s.end === end);
    if (!span) throw new InvalidInputError('start', 'Only a span that is currently removed can be restored; use the start and end listed for it.');
    const rid = randomUUID();
    await tx
      .insertInto('consultation_restorations')
      .values({ id: rid, org_id: ctx.actor.orgId, consultation_id: id, review_seq: seq, start_at: start, end_at: end, span_type: span.type, reason_enc: seal(key, Buffer.from(reason, 'utf8'), sealedAt.consultationRestoration(rid)), restored_by: ctx.actor.userId })
      .execute();
    return { start, end, type: span.type };
  });
}

/** Confirms the reviewed text and sends it to a supervisor or colleague, who is notified. */
export function sendConsultation(ports: RecordPorts, ctx: RequestContext, id: string, recipientId: string): Promise<View> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const head = await requireConsultation(tx, ctx, 'consultation.review', id, true);
    if (head.status !== 'draft') throw new ConflictError('This consultation was already sent or closed; start a new one to ask again.');
    const recipient = await tx.selectFrom('users').select(['id', 'role', 'disabled_at']).where('id', '=', recipientId).executeTakeFirst();
    if (!recipient || recipient.disabled_at || recipient.id === ctx.actor.userId || (recipient.role !== 'peer_specialist' && recipient.role !== 'supervisor')) {
      throw new InvalidInputError('recipientId', 'Send the consultation to an active supervisor or peer specialist of your organization other than yourself.');
    }
    const now = new Date();
    await tx.updateTable('consultations').set({ status: 'sent', recipient_id: recipientId, sent_at: now, updated_at: now }).where('id', '=', id).execute();
    // No participant id on the recipient's notification: they may not know, or be allowed to know, who it is.
    await tx.insertInto('notifications').values({ id: randomUUID(), org_id: ctx.actor.orgId, user_id: recipientId, kind: 'consultation', subject_id: id, participant_id: null }).execute();
    await auditByActor(tx, ctx, { action: 'consultation.send', outcome: 'succeeded', participantId: head.participantId, resourceType: 'consultation', resourceId: id, detail: { recipientRole: recipient.role } });
    return loadAuthorView(tx, await requireDataKey(tx, ports.keys, ctx.actor.orgId, head.participantId), id);
  });
}

/** Ends the conversation: no more replies. */
export function closeConsultation(ports: RecordPorts, ctx: RequestContext, id: string): Promise<View> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const head = await requireConsultation(tx, ctx, 'consultation.review', id, true);
    if (head.status === 'closed') throw new ConflictError('This consultation is already closed.');
    const now = new Date();
    await tx.updateTable('consultations').set({ status: 'closed', closed_at: now, updated_at: now }).where('id', '=', id).execute();
    await auditByActor(tx, ctx, { action: 'consultation.close', outcome: 'succeeded', participantId: head.participantId, resourceType: 'consultation', resourceId: id });
    return loadAuthorView(tx, await requireDataKey(tx, ports.keys, ctx.actor.orgId, head.participantId), id);
  });
}

type ReviewWork = (tx: Tx, key: Buffer, seq: number, original: string, current: ReturnType<typeof effectiveSpans>) => Promise<Record<string, string | number>>;

/** One review change on a draft: checked, recorded in order, the de-identified text re-rendered. */
function reviewStep(ports: RecordPorts, ctx: RequestContext, id: string, action: string, work: ReviewWork): Promise<View> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const head = await requireConsultation(tx, ctx, 'consultation.review', id, true);
    if (head.status !== 'draft') throw new ConflictError('A consultation can be changed only before it is sent; start a new one instead.');
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, head.participantId);
    const state = await loadReview(tx, key, id);
    const seq = state.seq + 1;
    const detail = await work(tx, key, seq, state.original, state.spans);
    const after = await loadReview(tx, key, id);
    await tx
      .updateTable('consultations')
      .set({ review_seq: seq, deidentified_enc: seal(key, Buffer.from(renderRedacted(after.original, after.spans).text, 'utf8'), sealedAt.consultation(id, 'deidentified')), updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    await auditByActor(tx, ctx, { action, outcome: 'succeeded', participantId: head.participantId, resourceType: 'consultation', resourceId: id, detail });
    return loadAuthorView(tx, key, id);
  });
}

/** The stored review replayed: the original, the de-identifier's spans, then each change in order. */
async function loadReview(tx: Tx, key: Buffer, id: string) {
  const row = await tx.selectFrom('consultations').select(['original_enc', 'detected_spans_enc', 'review_seq']).where('id', '=', id).executeTakeFirstOrThrow();
  const added = await tx.selectFrom('consultation_redactions').select(['start_at', 'end_at', 'review_seq']).where('consultation_id', '=', id).execute();
  const restored = await tx.selectFrom('consultation_restorations').select(['start_at', 'end_at', 'review_seq']).where('consultation_id', '=', id).execute();
  const original = open(key, row.original_enc, sealedAt.consultation(id, 'original')).toString('utf8');
  const detected = openJson<DeidSpan[]>(key, row.detected_spans_enc, sealedAt.consultation(id, 'detected_spans'));
  const change = (r: { start_at: number; end_at: number; review_seq: number }) => ({ start: r.start_at, end: r.end_at, seq: r.review_seq });
  return { original, seq: row.review_seq, spans: effectiveSpans(detected, added.map(change), restored.map(change)) };
}

async function loadAuthorView(tx: Tx, key: Buffer, id: string): Promise<View> {
  const row = await tx
    .selectFrom('consultations as c')
    .leftJoin('users as r', 'r.id', 'c.recipient_id')
    .select(['c.id', 'c.participant_id', 'c.status', 'c.reason_enc', 'c.note_ids', 'c.created_at', 'c.sent_at', 'c.closed_at', 'c.recipient_id', 'r.display_name as recipient_name'])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('consultation');
  const review = await loadReview(tx, key, id);
  const rendered = renderRedacted(review.original, review.spans);
  const restorations = await tx.selectFrom('consultation_restorations').selectAll().where('consultation_id', '=', id).orderBy('review_seq').execute();
  const replies = await tx
    .selectFrom('consultation_replies as r')
    .innerJoin('users as u', 'u.id', 'r.author_id')
    .select(['r.id', 'r.body_enc', 'r.created_at', 'u.id as user_id', 'u.display_name'])
    .where('r.consultation_id', '=', id)
    .orderBy('r.created_at')
    .execute();
  const reids = await tx.selectFrom('consultation_reidentifications').selectAll().where('consultation_id', '=', id).orderBy('created_at').execute();
  return {
    id: row.id,
    participantId: row.participant_id,
    status: row.status as View['status'],
    reason: open(key, row.reason_enc, sealedAt.consultation(id, 'reason')).toString('utf8'),
    original: review.original,
    deidentified: rendered.text,
    spans: rendered.spans.map((s) => ({ start: s.start, end: s.end, type: s.type, source: s.source, placeholder: s.placeholder, redactedStart: s.redactedStart, redactedEnd: s.redactedEnd })),
    restorations: restorations.map((r) => ({ start: r.start_at, end: r.end_at, type: r.span_type, reason: open(key, r.reason_enc, sealedAt.consultationRestoration(r.id)).toString('utf8'), restoredBy: r.restored_by, at: iso(r.created_at) })),
    noteIds: row.note_ids,
    recipient: row.recipient_id ? { id: row.recipient_id, displayName: row.recipient_name ?? '' } : null,
    createdAt: iso(row.created_at),
    sentAt: row.sent_at ? iso(row.sent_at) : null,
    closedAt: row.closed_at ? iso(row.closed_at) : null,
    replies: replies.map((r) => ({ id: r.id, from: { id: r.user_id, displayName: r.display_name }, body: open(key, r.body_enc, sealedAt.consultationReply(r.id)).toString('utf8'), createdAt: iso(r.created_at) })),
    reidentifications: reids.map((r) => ({ id: r.id, reason: open(key, r.reason_enc, sealedAt.consultationReidentification(r.id)).toString('utf8'), at: iso(r.created_at), supervisorsNotified: r.supervisors_notified })),
  };
}

async function readProfile(tx: Tx, key: Buffer, participantId: string): Promise<ParticipantProfile> {
  const row = await tx.selectFrom('participants').select('profile_enc').where('id', '=', participantId).executeTakeFirstOrThrow();
  if (!row.profile_enc) throw new NotFoundError('participant');
  return openJson<ParticipantProfile>(key, row.profile_enc, sealedAt.profile(participantId));
}
