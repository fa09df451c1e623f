import type { SafetyEventView } from '../../contract/safety.ts';
import { asSystem } from '../db/tenancy.ts';
import { deliverPendingEmails } from '../notifications/deliver-emails.ts';
import type { SafetyPorts } from './safety-events.ts';

/**
 * After a change that queued notices has committed: delivers them when the server was given its
 * mail setting (a mailer, or null for none), and shows the delivery status in the event view.
 * Without the setting (a use case called from elsewhere) the serve timer delivers them shortly.
 */
export async function deliverAfterCommit(ports: SafetyPorts, event: SafetyEventView): Promise<SafetyEventView> {
  if (ports.mailer === undefined || !event.notifications.some((n) => n.email === 'pending')) return event;
  await deliverPendingEmails(ports.db, ports.mailer);
  const rows = await asSystem(ports.db, (tx) =>
    tx
      .selectFrom('notification_emails as m')
      .innerJoin('notifications as n', 'n.id', 'm.notification_id')
      .select(['n.user_id', 'n.created_at', 'n.kind', 'm.status'])
      .where('n.subject_id', '=', event.id)
      .execute(),
  );
  return { ...event, notifications: event.notifications.map((n) => ({ ...n, email: rows.find((r) => r.user_id === n.userId && r.kind === n.kind && r.created_at.toISOString() === n.createdAt)?.status ?? n.email })) };
}
