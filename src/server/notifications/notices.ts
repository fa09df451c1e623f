import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/open-database.ts';

/** Kinds of in-app notices about safety events. */
export type SafetyNoticeKind = 'safety_event' | 'safety_event_escalated' | 'safety_event_reassigned';

/**
 * Puts an in-app notice in each user's list and queues its e-mail copy in the outbox, in the
 * caller's transaction: the notice exists exactly when the change it announces does. Delivery
 * happens after commit (deliverPendingEmails). Returns the notification ids.
 */
export async function notifyUsers(tx: Tx, orgId: string, userIds: readonly string[], kind: SafetyNoticeKind, eventId: string, participantId: string): Promise<string[]> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return [];
  const rows = unique.map((userId) => ({ id: randomUUID(), org_id: orgId, user_id: userId, kind, subject_id: eventId, participant_id: participantId }));
  await tx.insertInto('notifications').values(rows).execute();
  await tx
    .insertInto('notification_emails')
    .values(rows.map((r) => ({ id: randomUUID(), org_id: orgId, notification_id: r.id, user_id: r.user_id })))
    .execute();
  return rows.map((r) => r.id);
}
