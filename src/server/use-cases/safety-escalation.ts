import { appendAudit } from '../audit/audit-log.ts';
import { chooseEscalation } from '../../core/safety/escalation.ts';
import type { Tx } from '../db/open-database.ts';
import { asSystem, inOrganization } from '../db/tenancy.ts';
import { deliverPendingEmails } from '../notifications/deliver-emails.ts';
import { notifyUsers } from '../notifications/notices.ts';
import { addStep, chainFor, type EventRow, type SafetyPorts } from './safety-events.ts';
import { loadSafetySettings } from './safety-settings.ts';

/** What one escalation sweep did. */
export interface EscalationSweep {
  readonly escalated: number;
  readonly exhausted: number;
}

/**
 * Escalates every imminent event that no one acknowledged within its organization's set minutes
 * to the next supervisor on the list (run by a timer in `serve`; tests pass their own clock). Each
 * escalation is a protocol step by no one (the timer), a notice to the new supervisor and an audit
 * entry. When the list runs out, everyone on it is told once and the timer stops for that event.
 */
export async function escalateOverdueEvents(ports: SafetyPorts, now: Date = new Date()): Promise<EscalationSweep> {
  const orgs = await asSystem(ports.db, (tx) =>
    tx.selectFrom('safety_events').select('org_id').distinct().where('status', '=', 'open').where('urgency', '=', 'imminent').where('escalation_exhausted', '=', false).execute(),
  );
  let escalated = 0;
  let exhausted = 0;
  for (const { org_id: orgId } of orgs) {
    const r = await inOrganization(ports.db, orgId, (tx) => escalateInOrganization(tx, ports, orgId, now));
    escalated += r.escalated;
    exhausted += r.exhausted;
  }
  if (escalated + exhausted > 0 && ports.mailer !== undefined) await deliverPendingEmails(ports.db, ports.mailer);
  return { escalated, exhausted };
}

async function escalateInOrganization(tx: Tx, ports: SafetyPorts, orgId: string, now: Date): Promise<EscalationSweep> {
  const { ackMinutes } = await loadSafetySettings(tx);
  // SKIP LOCKED: an event a person is acting on right now is looked at again on the next sweep.
  const events = await tx
    .selectFrom('safety_events')
    .selectAll()
    .where('status', '=', 'open')
    .where('urgency', '=', 'imminent')
    .where('escalation_exhausted', '=', false)
    .forUpdate()
    .skipLocked()
    .execute();
  let escalated = 0;
  let exhausted = 0;
  for (const ev of events) {
    const { chain } = await chainFor(tx, ev.participant_id);
    const tried = await triedSupervisors(tx, ev);
    const choice = chooseEscalation(
      { urgency: ev.urgency, status: ev.status, openedAt: ev.opened_at, escalatedAt: ev.escalated_at, assignedSupervisorId: ev.assigned_supervisor_id, tried, exhausted: ev.escalation_exhausted },
      chain,
      ackMinutes,
      now,
    );
    if (choice.kind === 'wait') continue;
    const key = await ports.keys.participantKey(tx, orgId, ev.participant_id);
    if (!key) continue; // erased participant: nothing left to act on
    if (choice.kind === 'escalate') {
      await tx
        .updateTable('safety_events')
        .set({ assigned_supervisor_id: choice.to, escalation_count: ev.escalation_count + 1, escalated_at: now, updated_at: now })
        .where('id', '=', ev.id)
        .execute();
      await addStep(tx, key, ev, 'escalated', null, now, { from: ev.assigned_supervisor_id, assignedTo: choice.to, afterMinutes: ackMinutes }, null);
      await notifyUsers(tx, orgId, [choice.to], 'safety_event_escalated', ev.id, ev.participant_id);
      escalated++;
    } else {
      await tx.updateTable('safety_events').set({ escalation_exhausted: true, updated_at: now }).where('id', '=', ev.id).execute();
      await addStep(tx, key, ev, 'escalated', null, now, { exhausted: true, notified: [...chain] }, null);
      await notifyUsers(tx, orgId, chain, 'safety_event_escalated', ev.id, ev.participant_id);
      exhausted++;
    }
    await appendAudit(tx, {
      orgId,
      at: now,
      actorId: null,
      actorRole: 'system',
      action: 'safety.escalate',
      outcome: 'succeeded',
      participantId: ev.participant_id,
      resourceType: 'safety_event',
      resourceId: ev.id,
      purpose: 'emergency',
      source: 'escalation-timer',
      detail: { exhausted: choice.kind === 'exhausted', afterMinutes: ackMinutes },
    });
  }
  return { escalated, exhausted };
}

/** Supervisors the event was already assigned to, in order (from its opened/reassigned/escalated steps). */
async function triedSupervisors(tx: Tx, ev: EventRow): Promise<string[]> {
  const steps = await tx.selectFrom('safety_event_steps').select('data').where('event_id', '=', ev.id).orderBy('seq').execute();
  const ids = steps.map((s) => s.data['assignedTo']).filter((v): v is string => typeof v === 'string');
  if (ev.assigned_supervisor_id) ids.push(ev.assigned_supervisor_id);
  return [...new Set(ids)];
}
