import { sql } from 'kysely';
import {
  decideOrganizationAccess,
  decideParticipantAccess,
  type OrganizationAction,
  type ParticipantAction,
  type Relation,
} from '../../core/access/policy.ts';
import { type AuditEvent, auditByActor } from '../audit/audit-log.ts';
import type { Db, Tx } from '../db/open-database.ts';
import { inOrganization } from '../db/tenancy.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import type { RequestContext } from '../request-context.ts';

/**
 * THE enforcement point. Every use case that touches a participant or an organization-wide
 * function calls `requireParticipant` or `requireOrganization` first; both ask the pure policy in
 * core/access and write the audit entry. A denial about a participant answers exactly like a
 * participant that does not exist, so a refusal never confirms that a person is in the program.
 */
export class AccessDenied extends Error {
  override readonly name = 'AccessDenied';
  constructor(
    readonly event: AuditEvent,
    readonly publicError: NotFoundError | ForbiddenError,
  ) {
    super(publicError.message);
  }
}

export interface ResourceRef {
  readonly type: string;
  readonly id: string | null;
}

/** How the actor stands to a participant; 'absent' when no such participant exists for them. */
export async function relationTo(
  tx: Tx,
  ctx: RequestContext,
  participantId: string,
): Promise<{ relation: Relation; erased: boolean } | 'absent'> {
  const { userId, teamId } = ctx.actor;
  const row = await sql<{ erased: boolean; own: boolean; team: boolean; glass: boolean }>`
    SELECT p.erased_at IS NOT NULL AS erased,
      EXISTS (SELECT 1 FROM caseload_assignments ca
              WHERE ca.participant_id = p.id AND ca.user_id = ${userId} AND ca.ended_at IS NULL) AS own,
      (p.team_id IS NOT DISTINCT FROM ${teamId}::uuid AND ${teamId}::uuid IS NOT NULL) OR EXISTS (
        SELECT 1 FROM caseload_assignments ca JOIN users u ON u.id = ca.user_id
        WHERE ca.participant_id = p.id AND ca.ended_at IS NULL AND u.team_id = ${teamId}::uuid) AS team,
      EXISTS (SELECT 1 FROM break_glass b
              WHERE b.participant_id = p.id AND b.user_id = ${userId} AND b.expires_at > now()) AS glass
    FROM participants p WHERE p.id = ${participantId}`.execute(tx);
  const r = row.rows[0];
  if (!r) return 'absent';
  // An open emergency grant outranks mere team membership: a peer who broke the glass on a teammate's
  // participant must get in (peers have no team-wide access of their own).
  const relation: Relation = r.own ? 'own_caseload' : r.glass ? 'break_glass' : r.team ? 'team' : 'none';
  return { relation, erased: r.erased };
}

/**
 * Checks one action on one participant, records it, and returns the relation that allowed it.
 * Erased records answer only access reports (their audit trail outlives their data).
 */
export async function requireParticipant(
  tx: Tx,
  ctx: RequestContext,
  action: ParticipantAction,
  participantId: string,
  resource: ResourceRef = { type: 'participant', id: participantId },
): Promise<Relation> {
  const found = await relationTo(tx, ctx, participantId);
  const denied = (rule: string): AccessDenied =>
    new AccessDenied(
      {
        action,
        outcome: 'denied',
        participantId: found === 'absent' ? null : participantId,
        resourceType: resource.type,
        resourceId: found === 'absent' ? null : resource.id,
        detail: { rule },
      },
      new NotFoundError(resource.type === 'participant' ? 'participant' : resource.type),
    );
  if (found === 'absent') throw denied('not-found');
  if (found.erased && action !== 'participant.access_report') throw denied('erased');
  const decision = decideParticipantAccess(ctx.actor, action, found.relation);
  if (!decision.allowed) throw denied(decision.rule);
  await auditByActor(tx, ctx, {
    action,
    outcome: 'allowed',
    participantId,
    resourceType: resource.type,
    resourceId: resource.id,
    detail: { rule: decision.rule, relation: found.relation },
  });
  return found.relation;
}

/** Checks and records an organization-wide action. */
export async function requireOrganization(
  tx: Tx,
  ctx: RequestContext,
  action: OrganizationAction,
  resource: ResourceRef = { type: 'organization', id: ctx.actor.orgId },
): Promise<void> {
  const decision = decideOrganizationAccess(ctx.actor, action);
  if (!decision.allowed) {
    throw new AccessDenied(
      { action, outcome: 'denied', resourceType: resource.type, resourceId: resource.id, detail: { rule: decision.rule } },
      new ForbiddenError(`Your role (${ctx.actor.role.replace('_', ' ')}) cannot do this. Ask an administrator if you need it.`),
    );
  }
  await auditByActor(tx, ctx, {
    action,
    outcome: 'allowed',
    resourceType: resource.type,
    resourceId: resource.id,
    detail: { rule: decision.rule },
  });
}

/**
 * Runs a use case in the actor's organization. A denial rolls the work back, then is recorded in
 * its own transaction (so refused attempts are in the log too) and surfaces as its public error.
 */
export async function runAsActor<T>(db: Db, ctx: RequestContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await inOrganization(db, ctx.actor.orgId, work);
  } catch (e) {
    if (e instanceof AccessDenied) {
      await inOrganization(db, ctx.actor.orgId, (tx) => auditByActor(tx, ctx, e.event));
      throw e.publicError;
    }
    throw e;
  }
}
