import { randomUUID } from 'node:crypto';
import type { SessionType } from '../../contract/common.ts';
import type { NoteInput, NoteView } from '../../contract/records.ts';
import { auditByActor } from '../audit/audit-log.ts';
import { requireParticipant, runAsActor } from '../access/enforce.ts';
import { open, seal } from '../crypto/aead.ts';
import type { Tx } from '../db/open-database.ts';
import { NotFoundError } from '../errors.ts';
import type { RequestContext } from '../request-context.ts';
import { requireDataKey, sealedAt } from './participant-keys.ts';
import { iso, isoDate, type RecordPorts } from './ports.ts';
import { scanAndStore } from './risk-scan.ts';

interface NoteRow {
  id: string;
  participant_id: string;
  author_id: string;
  group_session_id: string | null;
  session_date: Date | string;
  session_type: string;
  duration_minutes: number;
  body_enc: Buffer;
  version: number;
  last_edited_by: string;
  created_at: Date;
  updated_at: Date;
}

/** Writes a session note, sealed under the participant's data key. */
export function createNote(ports: RecordPorts, ctx: RequestContext, participantId: string, input: NoteInput): Promise<NoteView> {
  const id = randomUUID();
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'note.write', participantId, { type: 'note', id });
    return insertNote(tx, ports, ctx, participantId, id, input, null);
  });
}

/** Shared by single notes and the per-participant part of a group session. */
export async function insertNote(
  tx: Tx,
  ports: RecordPorts,
  ctx: RequestContext,
  participantId: string,
  id: string,
  input: NoteInput,
  groupSessionId: string | null,
): Promise<NoteView> {
  const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, participantId);
  const now = new Date();
  const row = await tx
    .insertInto('notes')
    .values({
      id,
      org_id: ctx.actor.orgId,
      participant_id: participantId,
      author_id: ctx.actor.userId,
      group_session_id: groupSessionId,
      session_date: input.sessionDate,
      session_type: input.sessionType,
      duration_minutes: input.durationMinutes,
      body_enc: seal(key, Buffer.from(input.body, 'utf8'), sealedAt.noteBody(id, 1)),
      version: 1,
      last_edited_by: ctx.actor.userId,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  // Scanned in the same transaction: a saved note always has its findings (issue 4).
  await scanAndStore(tx, ports, ctx, participantId, { kind: 'note', noteId: id, version: 1 }, input.body);
  return present(row, input.body);
}

/** The participant's notes, newest first (their own part of group sessions included). */
export function listNotes(ports: RecordPorts, ctx: RequestContext, participantId: string): Promise<NoteView[]> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'note.read', participantId, { type: 'note', id: null });
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, participantId);
    const rows = await tx.selectFrom('notes').selectAll().where('participant_id', '=', participantId).orderBy('session_date', 'desc').orderBy('created_at', 'desc').execute();
    return rows.map((r) => present(r, open(key, r.body_enc, sealedAt.noteBody(r.id, r.version)).toString('utf8')));
  });
}

export function getNote(ports: RecordPorts, ctx: RequestContext, noteId: string): Promise<NoteView> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const row = await findNote(tx, noteId);
    await requireParticipant(tx, ctx, 'note.read', row?.participant_id ?? noteId, { type: 'note', id: noteId });
    if (!row) throw new NotFoundError('note');
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, row.participant_id);
    return present(row, open(key, row.body_enc, sealedAt.noteBody(row.id, row.version)).toString('utf8'));
  });
}

/** Edits a note; the version it replaces is kept, sealed as it was. */
export function editNote(ports: RecordPorts, ctx: RequestContext, noteId: string, input: NoteInput): Promise<NoteView> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const row = await findNote(tx, noteId, true);
    await requireParticipant(tx, ctx, 'note.write', row?.participant_id ?? noteId, { type: 'note', id: noteId });
    if (!row) throw new NotFoundError('note');
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, row.participant_id);
    const now = new Date();
    await tx
      .insertInto('note_versions')
      .values({
        note_id: row.id,
        version: row.version,
        org_id: ctx.actor.orgId,
        participant_id: row.participant_id,
        session_date: isoDate(row.session_date),
        session_type: row.session_type,
        duration_minutes: row.duration_minutes,
        body_enc: row.body_enc,
        edited_by: row.last_edited_by,
        edited_at: row.updated_at,
      })
      .execute();
    const version = row.version + 1;
    const updated = await tx
      .updateTable('notes')
      .set({
        session_date: input.sessionDate,
        session_type: input.sessionType,
        duration_minutes: input.durationMinutes,
        body_enc: seal(key, Buffer.from(input.body, 'utf8'), sealedAt.noteBody(row.id, version)),
        version,
        last_edited_by: ctx.actor.userId,
        updated_at: now,
      })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await scanAndStore(tx, ports, ctx, row.participant_id, { kind: 'note', noteId: row.id, version }, input.body);
    await auditByActor(tx, ctx, { action: 'note.edit', outcome: 'succeeded', participantId: row.participant_id, resourceType: 'note', resourceId: row.id, detail: { version } });
    return present(updated, input.body);
  });
}

/** Earlier versions of a note, oldest first. */
export function noteHistory(ports: RecordPorts, ctx: RequestContext, noteId: string) {
  return runAsActor(ports.db, ctx, async (tx) => {
    const row = await findNote(tx, noteId);
    await requireParticipant(tx, ctx, 'note.read', row?.participant_id ?? noteId, { type: 'note', id: noteId });
    if (!row) throw new NotFoundError('note');
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, row.participant_id);
    const versions = await tx.selectFrom('note_versions').selectAll().where('note_id', '=', noteId).orderBy('version').execute();
    return versions.map((v) => ({
      version: v.version,
      sessionDate: isoDate(v.session_date),
      sessionType: v.session_type as SessionType,
      durationMinutes: v.duration_minutes,
      body: open(key, v.body_enc, sealedAt.noteBody(noteId, v.version)).toString('utf8'),
      editedBy: v.edited_by,
      editedAt: iso(v.edited_at),
    }));
  });
}

function findNote(tx: Tx, noteId: string, forUpdate = false): Promise<NoteRow | undefined> {
  const q = tx.selectFrom('notes').selectAll().where('id', '=', noteId);
  return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
}

function present(r: NoteRow, body: string): NoteView {
  return {
    id: r.id,
    participantId: r.participant_id,
    authorId: r.author_id,
    groupSessionId: r.group_session_id,
    sessionDate: isoDate(r.session_date),
    sessionType: r.session_type as SessionType,
    durationMinutes: r.duration_minutes,
    body,
    version: r.version,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}
