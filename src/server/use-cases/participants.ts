import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { ParticipantProfile, ParticipantSummary, ParticipantView } from '../../contract/records.ts';
import { type Relation, relationsVisibleTo } from '../../core/access/policy.ts';
import { nameTokens } from '../../core/records/name-tokens.ts';
import { auditByActor } from '../audit/audit-log.ts';
import { requireOrganization, requireParticipant, runAsActor } from '../access/enforce.ts';
import { openJson, sealJson } from '../crypto/aead.ts';
import type { Tx } from '../db/open-database.ts';
import { InvalidInputError } from '../errors.ts';
import type { RequestContext } from '../request-context.ts';
import { requireDataKey, sealedAt } from './participant-keys.ts';
import { iso, type RecordPorts } from './ports.ts';

/** The name staff see in lists: the preferred name when there is one. */
export function displayName(p: ParticipantProfile): string {
  const given = p.preferredName ?? p.givenName;
  return p.familyName ? `${given} ${p.familyName}` : given;
}

export interface CreateParticipantInput {
  readonly profile: ParticipantProfile;
  readonly teamId?: string | undefined;
  readonly assignTo?: string | undefined;
}

/** Enrols a participant: a data key of their own, a sealed profile, name tokens, a caseload. */
export function createParticipant(ports: RecordPorts, ctx: RequestContext, input: CreateParticipantInput) {
  const id = randomUUID();
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'participant.create', { type: 'participant', id });
    const teamId = input.teamId ?? ctx.actor.teamId;
    if (input.teamId) await requireTeam(tx, input.teamId, 'teamId');
    const assignee = input.assignTo ?? (ctx.actor.role === 'peer_specialist' ? ctx.actor.userId : undefined);
    if (assignee) await requireCaseloadHolder(tx, assignee, 'assignTo');
    await tx.insertInto('participants').values({ id, org_id: ctx.actor.orgId, team_id: teamId, created_by: ctx.actor.userId, updated_at: new Date() }).execute();
    const dataKey = await ports.keys.createParticipantKey(tx, ctx.actor.orgId, id);
    await tx.updateTable('participants').set({ profile_enc: sealJson(dataKey, input.profile, sealedAt.profile(id)) }).where('id', '=', id).execute();
    await writeNameTokens(tx, ports, ctx.actor.orgId, id, input.profile);
    if (assignee) {
      await tx.insertInto('caseload_assignments').values({ id: randomUUID(), org_id: ctx.actor.orgId, participant_id: id, user_id: assignee, assigned_by: ctx.actor.userId }).execute();
    }
    await auditByActor(tx, ctx, { action: 'participant.create', outcome: 'succeeded', participantId: id, resourceType: 'participant', resourceId: id });
    return loadView(tx, ports, ctx, id, assignee === ctx.actor.userId ? 'own_caseload' : 'team');
  });
}

/** The full record header (profile and contacts) for those who work with the participant. */
export function getParticipant(ports: RecordPorts, ctx: RequestContext, id: string): Promise<ParticipantView> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const relation = await requireParticipant(tx, ctx, 'participant.read_record', id);
    return loadView(tx, ports, ctx, id, relation);
  });
}

/** Name and pronouns only: what a privacy officer needs to answer a request. */
export function getParticipantIdentity(ports: RecordPorts, ctx: RequestContext, id: string): Promise<ParticipantSummary> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const relation = await requireParticipant(tx, ctx, 'participant.read_identity', id);
    const profile = await readProfile(tx, ports, ctx.actor.orgId, id);
    return { id, displayName: displayName(profile), pronouns: profile.pronouns ?? null, access: relation };
  });
}

export function updateParticipant(ports: RecordPorts, ctx: RequestContext, id: string, profile: ParticipantProfile) {
  return runAsActor(ports.db, ctx, async (tx) => {
    const relation = await requireParticipant(tx, ctx, 'participant.update', id);
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, id);
    await tx.updateTable('participants').set({ profile_enc: sealJson(key, profile, sealedAt.profile(id)), updated_at: new Date() }).where('id', '=', id).execute();
    await tx.deleteFrom('participant_name_tokens').where('participant_id', '=', id).execute();
    await writeNameTokens(tx, ports, ctx.actor.orgId, id, profile);
    return loadView(tx, ports, ctx, id, relation);
  });
}

/**
 * Finds participants by name through the blind index (every query token must match), or lists
 * the ones the actor may see. Only those the actor's role can see come back.
 */
export function searchParticipants(ports: RecordPorts, ctx: RequestContext, query: string | undefined): Promise<ParticipantSummary[]> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'participant.search');
    const tokens = query ? nameTokens(query) : [];
    const digests = await ports.keys.nameTokenDigests(tx, ctx.actor.orgId, tokens);
    const { userId, teamId } = ctx.actor;
    const matchTokens = digests.length
      ? sql`AND (SELECT count(DISTINCT t.token) FROM participant_name_tokens t
                 WHERE t.participant_id = p.id AND t.token = ANY(${digests}::bytea[])) = ${digests.length}`
      : sql``;
    const rows = await sql<{ id: string; profile_enc: Buffer; own: boolean; team: boolean; glass: boolean }>`
      SELECT p.id, p.profile_enc,
        EXISTS (SELECT 1 FROM caseload_assignments ca WHERE ca.participant_id = p.id AND ca.user_id = ${userId} AND ca.ended_at IS NULL) AS own,
        (p.team_id = ${teamId}::uuid) OR EXISTS (SELECT 1 FROM caseload_assignments ca JOIN users u ON u.id = ca.user_id
          WHERE ca.participant_id = p.id AND ca.ended_at IS NULL AND u.team_id = ${teamId}::uuid) AS team,
        EXISTS (SELECT 1 FROM break_glass b WHERE b.participant_id = p.id AND b.user_id = ${userId} AND b.expires_at > now()) AS glass
      FROM participants p
      WHERE p.erased_at IS NULL AND p.profile_enc IS NOT NULL ${matchTokens}
      ORDER BY p.created_at LIMIT 500`.execute(tx);
    const visible = relationsVisibleTo(ctx.actor.role);
    const out: ParticipantSummary[] = [];
    for (const r of rows.rows) {
      const relation: Relation = r.own ? 'own_caseload' : r.glass ? 'break_glass' : r.team ? 'team' : 'none';
      if (!visible.includes(relation)) continue;
      const key = await ports.keys.participantKey(tx, ctx.actor.orgId, r.id);
      if (!key) continue;
      const profile = openJson<ParticipantProfile>(key, r.profile_enc, sealedAt.profile(r.id));
      out.push({ id: r.id, displayName: displayName(profile), pronouns: profile.pronouns ?? null, access: relation });
      if (out.length >= 100) break;
    }
    out.sort((a, b) => a.displayName.localeCompare(b.displayName));
    await auditByActor(tx, ctx, { action: 'participant.search', outcome: 'succeeded', detail: { byName: tokens.length > 0, results: out.length } });
    return out;
  });
}

/**
 * Who holds the participant on their caseload today, for the people who may change it (same rule
 * as assigning), so a new assignment is made knowing the current one. Names only, no record.
 */
export function getCaseloadHolders(ports: RecordPorts, ctx: RequestContext, id: string) {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'participant.caseload_read', id);
    return listCaseload(tx, id);
  });
}

/** Sets who holds the participant on their caseload (ends other current assignments). */
export function assignParticipant(ports: RecordPorts, ctx: RequestContext, id: string, userIds: readonly string[]) {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'participant.assign', id);
    for (const [i, userId] of userIds.entries()) {
      const holder = await requireCaseloadHolder(tx, userId, `userIds/${i}`);
      if (ctx.actor.role === 'supervisor' && holder.team_id !== ctx.actor.teamId) {
        throw new InvalidInputError(`userIds/${i}`, 'A supervisor can assign participants only to staff in their own team.');
      }
    }
    await tx.updateTable('caseload_assignments').set({ ended_at: new Date() }).where('participant_id', '=', id).where('ended_at', 'is', null).where('user_id', 'not in', userIds).execute();
    const current = await tx.selectFrom('caseload_assignments').select('user_id').where('participant_id', '=', id).where('ended_at', 'is', null).execute();
    const have = new Set(current.map((c) => c.user_id));
    for (const userId of userIds) {
      if (!have.has(userId)) {
        await tx.insertInto('caseload_assignments').values({ id: randomUUID(), org_id: ctx.actor.orgId, participant_id: id, user_id: userId, assigned_by: ctx.actor.userId }).execute();
      }
    }
    await auditByActor(tx, ctx, { action: 'participant.assign', outcome: 'succeeded', participantId: id, resourceType: 'participant', resourceId: id, detail: { holders: userIds.length } });
    return listCaseload(tx, id);
  });
}

/**
 * Erasure by crypto-shredding: the data key is destroyed, so every sealed value of this participant
 * (profile, notes, versions, reasons) becomes unreadable at once, in every backup too. The row and
 * the audit entries stay, holding ids only.
 */
export function eraseParticipant(ports: RecordPorts, ctx: RequestContext, id: string) {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'participant.erase', id);
    await ports.keys.destroyParticipantKey(tx, id);
    await tx.deleteFrom('participant_name_tokens').where('participant_id', '=', id).execute();
    await tx.updateTable('participants').set({ profile_enc: null, erased_at: new Date(), updated_at: new Date() }).where('id', '=', id).execute();
    await tx.updateTable('caseload_assignments').set({ ended_at: new Date() }).where('participant_id', '=', id).where('ended_at', 'is', null).execute();
    await auditByActor(tx, ctx, { action: 'participant.erase', outcome: 'succeeded', participantId: id, resourceType: 'participant', resourceId: id });
    return { ok: true };
  });
}

async function readProfile(tx: Tx, ports: RecordPorts, orgId: string, id: string): Promise<ParticipantProfile> {
  const key = await requireDataKey(tx, ports.keys, orgId, id);
  const row = await tx.selectFrom('participants').select('profile_enc').where('id', '=', id).executeTakeFirstOrThrow();
  if (!row.profile_enc) throw new Error('participant has a key but no profile');
  return openJson<ParticipantProfile>(key, row.profile_enc, sealedAt.profile(id));
}

async function loadView(tx: Tx, ports: RecordPorts, ctx: RequestContext, id: string, relation: Relation): Promise<ParticipantView> {
  const row = await tx.selectFrom('participants').select(['team_id', 'created_at', 'updated_at']).where('id', '=', id).executeTakeFirstOrThrow();
  return {
    id,
    teamId: row.team_id,
    profile: await readProfile(tx, ports, ctx.actor.orgId, id),
    caseload: await listCaseload(tx, id),
    access: relation,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

async function listCaseload(tx: Tx, participantId: string) {
  const rows = await tx
    .selectFrom('caseload_assignments as ca')
    .innerJoin('users as u', 'u.id', 'ca.user_id')
    .select(['u.id as userId', 'u.display_name as displayName'])
    .where('ca.participant_id', '=', participantId)
    .where('ca.ended_at', 'is', null)
    .orderBy('ca.assigned_at')
    .execute();
  return rows;
}

async function writeNameTokens(tx: Tx, ports: RecordPorts, orgId: string, id: string, profile: ParticipantProfile) {
  const tokens = nameTokens(profile.givenName, profile.familyName, profile.preferredName);
  const digests = await ports.keys.nameTokenDigests(tx, orgId, tokens);
  if (digests.length === 0) return;
  await tx.insertInto('participant_name_tokens').values(digests.map((token) => ({ org_id: orgId, participant_id: id, token }))).onConflict((oc) => oc.doNothing()).execute();
}

async function requireTeam(tx: Tx, teamId: string, field: string) {
  const team = await tx.selectFrom('teams').select('id').where('id', '=', teamId).executeTakeFirst();
  if (!team) throw new InvalidInputError(field, 'There is no team with that id in your organization.');
}

/** Only peer specialists and supervisors hold caseloads. */
async function requireCaseloadHolder(tx: Tx, userId: string, field: string) {
  const user = await tx.selectFrom('users').select(['id', 'role', 'team_id', 'disabled_at']).where('id', '=', userId).executeTakeFirst();
  if (!user || user.disabled_at) throw new InvalidInputError(field, 'There is no active staff member with that id in your organization.');
  if (user.role !== 'peer_specialist' && user.role !== 'supervisor') {
    throw new InvalidInputError(field, 'Only peer specialists and supervisors can hold a caseload.');
  }
  return user;
}
