import type { Static } from 'typebox';
import type { DashboardEntry, SafetyEventView } from '../../contract/safety.ts';
import type { Urgency } from '../../core/safety/protocol.ts';
import { auditByActor } from '../audit/audit-log.ts';
import { relationTo, requireOrganization, runAsActor } from '../access/enforce.ts';
import type { Tx } from '../db/open-database.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.ts';
import { notifyUsers } from '../notifications/notices.ts';
import type { RequestContext } from '../request-context.ts';
import { requireDataKey } from './participant-keys.ts';
import { iso } from './ports.ts';
import { deliverAfterCommit } from './safety-delivery.ts';
import { addStep, type EventRow, presentEvent, type SafetyPorts, staffNames } from './safety-events.ts';

/**
 * The supervisors' side of safety events: the dashboard of open events by urgency and age, and
 * acknowledging or reassigning one. A supervisor's scope is their team's participants plus any
 * event assigned or escalated to them.
 */

const URGENCY_ORDER: Readonly<Record<Urgency, number>> = { imminent: 0, high: 1, moderate: 2, low: 3 };

async function inScope(tx: Tx, ctx: RequestContext, row: EventRow): Promise<boolean> {
  if (row.assigned_supervisor_id === ctx.actor.userId) return true;
  const r = await relationTo(tx, ctx, row.participant_id);
  return r !== 'absent' && !r.erased && (r.relation === 'own_caseload' || r.relation === 'team');
}

/** Open events in the supervisor's scope: most urgent first, then oldest first. */
export function safetyDashboard(ports: SafetyPorts, ctx: RequestContext, now = new Date()): Promise<Static<typeof DashboardEntry>[]> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'safety.dashboard', { type: 'safety_event', id: null });
    const rows = await tx.selectFrom('safety_events').selectAll().where('status', '!=', 'closed').orderBy('opened_at').limit(500).execute();
    const mine: EventRow[] = [];
    for (const r of rows) if (await inScope(tx, ctx, r)) mine.push(r);
    mine.sort((a, b) => URGENCY_ORDER[a.urgency as Urgency] - URGENCY_ORDER[b.urgency as Urgency] || a.opened_at.getTime() - b.opened_at.getTime());
    await auditByActor(tx, ctx, { action: 'safety.dashboard', outcome: 'succeeded', detail: { results: mine.length } });
    const escalations = await lastEscalations(tx, mine.map((r) => r.id));
    const names = await staffNames(tx, ctx.actor.orgId, [...mine.map((r) => r.assigned_supervisor_id), ...[...escalations.values()].map((e) => e.to)]);
    return mine.map((r) => ({
      id: r.id,
      participantId: r.participant_id,
      urgency: r.urgency as Urgency,
      categories: [...r.categories],
      status: r.status as 'open' | 'acknowledged',
      assignedSupervisorId: r.assigned_supervisor_id,
      assignedToMe: r.assigned_supervisor_id === ctx.actor.userId,
      escalationCount: r.escalation_count,
      openedAt: iso(r.opened_at),
      ageMinutes: Math.max(0, Math.floor((now.getTime() - r.opened_at.getTime()) / 60_000)),
      assignedSupervisorName: r.assigned_supervisor_id ? (names.get(r.assigned_supervisor_id) ?? null) : null,
      lastEscalation: escalationView(escalations.get(r.id), names),
    }));
  });
}

interface Escalation {
  readonly at: Date;
  readonly to: string | null;
  readonly afterMinutes: number | null;
  readonly exhausted: boolean;
}

/** The latest timer escalation step of each event (its data names no participant). */
async function lastEscalations(tx: Tx, eventIds: readonly string[]): Promise<Map<string, Escalation>> {
  if (eventIds.length === 0) return new Map();
  const steps = await tx.selectFrom('safety_event_steps').select(['event_id', 'at', 'data']).where('event_id', 'in', eventIds).where('step', '=', 'escalated').orderBy('seq').execute();
  const out = new Map<string, Escalation>();
  for (const s of steps) {
    const to = s.data['assignedTo'];
    const after = s.data['afterMinutes'];
    out.set(s.event_id, { at: s.at, to: typeof to === 'string' ? to : null, afterMinutes: typeof after === 'number' ? after : null, exhausted: s.data['exhausted'] === true });
  }
  return out;
}

function escalationView(e: Escalation | undefined, names: ReadonlyMap<string, string>): Static<typeof DashboardEntry>['lastEscalation'] {
  if (!e) return null;
  return { at: iso(e.at), toName: e.to ? (names.get(e.to) ?? null) : null, afterMinutes: e.afterMinutes, exhausted: e.exhausted };
}

/** Finds an event a supervisor may act on; out of scope reads as not found. */
async function requireSupervisedEvent(tx: Tx, ports: SafetyPorts, ctx: RequestContext, eventId: string) {
  await requireOrganization(tx, ctx, 'safety.supervise', { type: 'safety_event', id: eventId });
  const row = await tx.selectFrom('safety_events').selectAll().where('id', '=', eventId).forUpdate().executeTakeFirst();
  if (!row || !(await inScope(tx, ctx, row))) throw new NotFoundError('safety_event');
  const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, row.participant_id);
  return { row, key };
}

/** A supervisor takes the event: it stops escalating. The acknowledgement is a protocol step. */
export async function acknowledgeEvent(ports: SafetyPorts, ctx: RequestContext, eventId: string): Promise<SafetyEventView> {
  const event = await runAsActor(ports.db, ctx, async (tx) => {
    const { row, key } = await requireSupervisedEvent(tx, ports, ctx, eventId);
    if (row.status !== 'open') throw new ConflictError(row.status === 'closed' ? 'This safety event is closed.' : 'This safety event was already acknowledged.', 'status');
    const now = new Date();
    const assign = row.assigned_supervisor_id ?? ctx.actor.userId;
    await tx.updateTable('safety_events').set({ status: 'acknowledged', acknowledged_by: ctx.actor.userId, acknowledged_at: now, assigned_supervisor_id: assign, updated_at: now }).where('id', '=', row.id).execute();
    const seq = await addStep(tx, key, row, 'acknowledged', ctx.actor.userId, now, { minutesOpen: Math.floor((now.getTime() - row.opened_at.getTime()) / 60_000) }, null);
    await auditByActor(tx, ctx, { action: 'safety.acknowledge', outcome: 'succeeded', participantId: row.participant_id, resourceType: 'safety_event', resourceId: row.id, detail: { seq } });
    return presentEvent(tx, key, await tx.selectFrom('safety_events').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow());
  });
  return event;
}

/**
 * Hands the event to another supervisor, who is told at once. It waits for their acknowledgement
 * (and escalates again if imminent and left unanswered).
 */
export async function reassignEvent(ports: SafetyPorts, ctx: RequestContext, eventId: string, supervisorId: string, reason: string | undefined): Promise<SafetyEventView> {
  const event = await runAsActor(ports.db, ctx, async (tx) => {
    const { row, key } = await requireSupervisedEvent(tx, ports, ctx, eventId);
    if (row.status === 'closed') throw new ConflictError('This safety event is closed.', 'status');
    const target = await tx.selectFrom('users').select('id').where('id', '=', supervisorId).where('role', '=', 'supervisor').where('disabled_at', 'is', null).executeTakeFirst();
    if (!target) throw new InvalidInputError('supervisorId', 'That is not an active supervisor of this organization. Pick one from the list of users.');
    if (supervisorId === row.assigned_supervisor_id) throw new ConflictError('The event is already assigned to that supervisor.', 'supervisorId');
    const now = new Date();
    await tx
      .updateTable('safety_events')
      .set({ assigned_supervisor_id: supervisorId, status: 'open', acknowledged_by: null, acknowledged_at: null, escalated_at: now, escalation_exhausted: false, updated_at: now })
      .where('id', '=', row.id)
      .execute();
    const seq = await addStep(tx, key, row, 'reassigned', ctx.actor.userId, now, { from: row.assigned_supervisor_id, assignedTo: supervisorId }, reason ? { text: reason } : null);
    await notifyUsers(tx, row.org_id, [supervisorId], 'safety_event_reassigned', row.id, row.participant_id);
    await auditByActor(tx, ctx, { action: 'safety.reassign', outcome: 'succeeded', participantId: row.participant_id, resourceType: 'safety_event', resourceId: row.id, detail: { seq } });
    return presentEvent(tx, key, await tx.selectFrom('safety_events').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow());
  });
  return deliverAfterCommit(ports, event);
}
