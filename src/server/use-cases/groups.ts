import { randomUUID } from 'node:crypto';
import type { SessionType } from '../../contract/common.ts';
import type { GroupSessionInput } from '../../contract/records.ts';
import { auditByActor } from '../audit/audit-log.ts';
import { requireOrganization, requireParticipant, runAsActor } from '../access/enforce.ts';
import { open, seal } from '../crypto/aead.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import type { RequestContext } from '../request-context.ts';
import { insertNote } from './notes.ts';
import { sealedAt } from './participant-keys.ts';
import { isoDate, type RecordPorts } from './ports.ts';

/** A peer support group (a recurring meeting) facilitated by a staff member. */
export function createGroup(ports: RecordPorts, ctx: RequestContext, input: { name: string; teamId?: string | undefined }) {
  const id = randomUUID();
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'group.manage', { type: 'group', id });
    const teamId = input.teamId ?? ctx.actor.teamId;
    await tx.insertInto('groups').values({ id, org_id: ctx.actor.orgId, team_id: teamId, name: input.name, facilitator_id: ctx.actor.userId }).execute();
    return { id, name: input.name, teamId, facilitatorId: ctx.actor.userId };
  });
}

export function listGroups(ports: RecordPorts, ctx: RequestContext) {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'group.manage', { type: 'group', id: null });
    const rows = await tx.selectFrom('groups').select(['id', 'name', 'team_id', 'facilitator_id']).orderBy('name').execute();
    return rows.map((r) => ({ id: r.id, name: r.name, teamId: r.team_id, facilitatorId: r.facilitator_id }));
  });
}

/**
 * Records one meeting of a group: attendance for each participant, a general note about the
 * group (sealed under the organization key: it belongs to no one participant), and each
 * participant's own note (sealed under their key, filed in their record). The facilitator must be
 * able to write in every attendee's record; one refusal rolls the whole meeting back.
 */
export function recordGroupSession(ports: RecordPorts, ctx: RequestContext, groupId: string, input: GroupSessionInput) {
  const id = randomUUID();
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'group.manage', { type: 'group_session', id });
    const group = await tx.selectFrom('groups').select(['id']).where('id', '=', groupId).executeTakeFirst();
    if (!group) throw new NotFoundError('group');
    const seen = new Set<string>();
    for (const [i, a] of input.attendance.entries()) {
      if (seen.has(a.participantId)) throw new InvalidInputError(`attendance/${i}/participantId`, 'Each participant can appear once in the attendance.');
      seen.add(a.participantId);
      if (a.note && !a.present) throw new InvalidInputError(`attendance/${i}/note`, 'A note can be written only for someone who was present.');
      await requireParticipant(tx, ctx, 'note.write', a.participantId, { type: 'group_session', id });
    }
    const { version, key } = await ports.keys.activeOrgKey(tx, ctx.actor.orgId);
    await tx
      .insertInto('group_sessions')
      .values({
        id,
        org_id: ctx.actor.orgId,
        group_id: groupId,
        session_date: input.sessionDate,
        session_type: input.sessionType,
        duration_minutes: input.durationMinutes,
        facilitator_id: ctx.actor.userId,
        general_note_enc: input.generalNote ? seal(key, Buffer.from(input.generalNote, 'utf8'), sealedAt.groupGeneralNote(id)) : null,
        org_key_version: version,
      })
      .execute();
    const attendance = [];
    for (const a of input.attendance) {
      const note = a.note
        ? await insertNote(tx, ports, ctx, a.participantId, randomUUID(), { sessionDate: input.sessionDate, sessionType: input.sessionType, durationMinutes: input.durationMinutes, body: a.note }, id)
        : null;
      await tx.insertInto('group_attendance').values({ group_session_id: id, participant_id: a.participantId, org_id: ctx.actor.orgId, present: a.present, note_id: note?.id ?? null }).execute();
      attendance.push({ participantId: a.participantId, present: a.present, noteId: note?.id ?? null });
    }
    await auditByActor(tx, ctx, { action: 'group_session.record', outcome: 'succeeded', resourceType: 'group_session', resourceId: id, detail: { attendees: attendance.length } });
    return { id, groupId, sessionDate: input.sessionDate, sessionType: input.sessionType, durationMinutes: input.durationMinutes, generalNote: input.generalNote ?? null, attendance };
  });
}

/** The whole meeting, for its facilitator or a supervisor of the group's team. */
export function getGroupSession(ports: RecordPorts, ctx: RequestContext, sessionId: string) {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'group.manage', { type: 'group_session', id: sessionId });
    const s = await tx
      .selectFrom('group_sessions as s')
      .innerJoin('groups as g', 'g.id', 's.group_id')
      .select(['s.id', 's.group_id', 's.session_date', 's.session_type', 's.duration_minutes', 's.facilitator_id', 's.general_note_enc', 's.org_key_version', 'g.team_id'])
      .where('s.id', '=', sessionId)
      .executeTakeFirst();
    const mayRead = s && (s.facilitator_id === ctx.actor.userId || (ctx.actor.role === 'supervisor' && s.team_id !== null && s.team_id === ctx.actor.teamId));
    if (!s || !mayRead) throw new NotFoundError('group session');
    const key = await ports.keys.orgKey(tx, ctx.actor.orgId, s.org_key_version);
    const attendance = await tx.selectFrom('group_attendance').select(['participant_id as participantId', 'present', 'note_id as noteId']).where('group_session_id', '=', sessionId).execute();
    await auditByActor(tx, ctx, { action: 'group_session.read', outcome: 'succeeded', resourceType: 'group_session', resourceId: sessionId });
    return {
      id: s.id,
      groupId: s.group_id,
      sessionDate: isoDate(s.session_date),
      sessionType: s.session_type as SessionType,
      durationMinutes: s.duration_minutes,
      generalNote: s.general_note_enc ? open(key, s.general_note_enc, sealedAt.groupGeneralNote(s.id)).toString('utf8') : null,
      attendance,
    };
  });
}

/** The group meetings one participant attended, without anything about the other members. */
export function participantAttendance(ports: RecordPorts, ctx: RequestContext, participantId: string) {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'note.read', participantId, { type: 'group_attendance', id: null });
    const rows = await tx
      .selectFrom('group_attendance as a')
      .innerJoin('group_sessions as s', 's.id', 'a.group_session_id')
      .innerJoin('groups as g', 'g.id', 's.group_id')
      .select(['s.id as groupSessionId', 'g.name as groupName', 's.session_date', 'a.present', 'a.note_id as noteId'])
      .where('a.participant_id', '=', participantId)
      .orderBy('s.session_date', 'desc')
      .execute();
    return rows.map((r) => ({ groupSessionId: r.groupSessionId, groupName: r.groupName, sessionDate: isoDate(r.session_date), present: r.present, noteId: r.noteId }));
  });
}
