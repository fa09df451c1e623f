import { sql } from 'kysely';
import type { Db } from '../db/open-database.ts';
import { asSystem } from '../db/tenancy.ts';
import type { Mailer } from './mailer.ts';

/** After this many refusals a notice is marked failed and left for the in-app list alone. */
const MAX_ATTEMPTS = 5;

const SUBJECT: Readonly<Record<string, string>> = {
  safety_event: 'PeerKeep: a safety event needs you now',
  safety_event_escalated: 'PeerKeep: a safety event was escalated to you',
  safety_event_reassigned: 'PeerKeep: a safety event was assigned to you',
};

/**
 * The e-mail text. It names no participant and quotes nothing: findings never leave PeerKeep, and
 * mail crosses servers PeerKeep does not control. The supervisor opens the app to see the event.
 */
export function noticeText(kind: string, urgency: string, eventId: string, publicUrl: string | null): string {
  const where = publicUrl ? `${publicUrl.replace(/\/$/, '')}/#/safety-events/${eventId}` : 'the safety dashboard in PeerKeep';
  const what = kind === 'safety_event_escalated' ? 'was escalated to you because no one acknowledged it in time' : 'was assigned to you';
  return `A safety event (urgency: ${urgency}) ${what}.\n\nOpen ${where} to acknowledge it and follow the protocol.\n\nFor privacy this e-mail contains no details about the person.\n`;
}

/** What one delivery sweep did. */
export interface DeliveryResult {
  readonly sent: number;
  readonly failed: number;
  readonly skipped: number;
}

/**
 * Sends queued e-mail copies of notices, across organizations (system work, like the audit
 * checkpoints). Each row is claimed by bumping its attempt count first, so two servers never send
 * the same notice twice. Without a mailer, queued rows are marked skipped: the in-app notice stands.
 */
export async function deliverPendingEmails(db: Db, mailer: Mailer | null, limit = 50): Promise<DeliveryResult> {
  if (!mailer) {
    const r = await asSystem(db, (tx) => tx.updateTable('notification_emails').set({ status: 'skipped' }).where('status', '=', 'pending').executeTakeFirst());
    return { sent: 0, failed: 0, skipped: Number(r.numUpdatedRows) };
  }
  const pending = await asSystem(db, (tx) =>
    tx
      .selectFrom('notification_emails as m')
      .innerJoin('notifications as n', 'n.id', 'm.notification_id')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .leftJoin('safety_events as e', 'e.id', 'n.subject_id')
      .select(['m.id', 'm.attempts', 'u.email', 'u.disabled_at', 'n.kind', 'n.subject_id', 'e.urgency'])
      .where('m.status', '=', 'pending')
      .orderBy('m.created_at')
      .limit(limit)
      .execute(),
  );
  let sent = 0;
  let failed = 0;
  for (const p of pending) {
    const claimed = await asSystem(db, (tx) =>
      tx.updateTable('notification_emails').set({ attempts: p.attempts + 1 }).where('id', '=', p.id).where('status', '=', 'pending').where('attempts', '=', p.attempts).executeTakeFirst(),
    );
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    if (p.disabled_at) {
      await asSystem(db, (tx) => tx.updateTable('notification_emails').set({ status: 'skipped', last_error: 'account disabled' }).where('id', '=', p.id).execute());
      continue;
    }
    try {
      await mailer.send(p.email, SUBJECT[p.kind] ?? 'PeerKeep: a notice', noticeText(p.kind, p.urgency ?? 'unknown', p.subject_id ?? '', mailer.publicUrl));
      await asSystem(db, (tx) => tx.updateTable('notification_emails').set({ status: 'sent', sent_at: sql<Date>`now()`, last_error: null }).where('id', '=', p.id).execute());
      sent++;
    } catch (e) {
      // Keep only the error class or SMTP code: a server's reply can echo the recipient address.
      const code = e instanceof Error ? ((e as Error & { responseCode?: number }).responseCode?.toString() ?? e.name) : 'unknown';
      const gaveUp = p.attempts + 1 >= MAX_ATTEMPTS;
      await asSystem(db, (tx) => tx.updateTable('notification_emails').set({ status: gaveUp ? 'failed' : 'pending', last_error: code }).where('id', '=', p.id).execute());
      if (gaveUp) failed++;
    }
  }
  return { sent, failed, skipped: 0 };
}
