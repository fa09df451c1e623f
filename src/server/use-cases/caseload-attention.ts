import { sql } from 'kysely';
import type { AttentionItem, CaseloadAttention, ParticipantAttention } from '../../contract/caseload.ts';
import type { ParticipantProfile } from '../../contract/records.ts';
import { decideParticipantAccess, type Relation } from '../../core/access/policy.ts';
import { LIMITS_OF_CONFIDENTIALITY } from '../../core/consent/limits-of-confidentiality.ts';
import type { Urgency } from '../../core/safety/protocol.ts';
import { auditByActor } from '../audit/audit-log.ts';
import { relationTo, requireOrganization, runAsActor } from '../access/enforce.ts';
import { openJson } from '../crypto/aead.ts';
import type { Tx } from '../db/open-database.ts';
import type { RequestContext } from '../request-context.ts';
import { consentStatus, type LoadedConsent, loadConsent } from './consents.ts';
import { sealedAt } from './participant-keys.ts';
import { displayName } from './participants.ts';
import { iso, isoDate, type RecordPorts } from './ports.ts';

/** A consent ending within this many days, or ended this many days ago and not renewed, needs attention. */
export const CONSENT_WINDOW_DAYS = 30;
/** A safety-event follow-up shows this many days ahead, so it can be planned. */
export const FOLLOW_UP_AHEAD_DAYS = 7;

/**
 * Whose records count as "my caseload" here: a peer's own participants, a supervisor's own and
 * their team's. Break-the-glass access is an emergency look, not ongoing work, so it adds nothing.
 */
const CASELOAD: readonly Relation[] = ['own_caseload', 'team'];

const URGENCY_SCORE: Readonly<Record<Urgency, number>> = { imminent: 100, high: 90, moderate: 70, low: 60 };

/**
 * How pressing one item is (higher first). Danger now outranks everything; then a follow-up
 * already missed; paperwork last, ended consents before ending ones.
 */
export function attentionScore(item: AttentionItem): number {
  switch (item.kind) {
    case 'safety_event':
      return URGENCY_SCORE[item.urgency];
    case 'follow_up':
      return item.daysLeft < 0 ? 80 : item.daysLeft === 0 ? 75 : 30;
    case 'consent_expiring':
      return item.daysLeft < 0 ? 50 : item.daysLeft <= 7 ? 45 : 35;
    case 'limits_unsigned':
      return 40;
  }
}

/** Most pressing participant first: their most pressing item, then how many items, then the name. */
export function byAttention(a: ParticipantAttention, b: ParticipantAttention): number {
  const top = (p: ParticipantAttention) => Math.max(...p.items.map(attentionScore));
  return top(b) - top(a) || b.items.length - a.items.length || a.displayName.localeCompare(b.displayName);
}

const DAY = 86_400_000;
const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/**
 * What needs attention on the actor's caseload. The organization-wide check is consent.review
 * (the lists across a caseload: consents ending, statements unsigned); each participant is then
 * kept only on the actor's own caseload or team, and each kind of item only when the policy lets
 * the actor read it there (safety.read for events and follow-ups, consent.read for consents and
 * the statement). Nothing of another caseload or organization comes back. One audit entry
 * records the read and its size; it holds counts, never names.
 */
export function caseloadAttention(ports: RecordPorts, ctx: RequestContext, now = new Date()): Promise<CaseloadAttention> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'consent.review', { type: 'caseload', id: null });
    const today = dayOf(now);
    const people = await caseloadOf(tx, ports, ctx);
    const safetyIds = people.filter((p) => p.safety).map((p) => p.id);
    const consentIds = people.filter((p) => p.consents).map((p) => p.id);
    // One after another: the queries share the transaction's single connection.
    const events = await openEvents(tx, safetyIds);
    const followUps = await dueFollowUps(tx, safetyIds, today);
    const consents = await endingConsents(tx, people.filter((p) => p.consents), now);
    const unsigned = await unsignedStatement(tx, consentIds);

    const out: ParticipantAttention[] = [];
    for (const p of people) {
      const items: AttentionItem[] = [...(events.get(p.id) ?? []), ...(followUps.get(p.id) ?? []), ...(consents.get(p.id) ?? []), ...(unsigned.get(p.id) ?? [])];
      if (items.length === 0) continue;
      items.sort((a, b) => attentionScore(b) - attentionScore(a));
      const open = events.get(p.id) ?? [];
      const highest = open.reduce<Urgency | null>((top, e) => (top === null || URGENCY_SCORE[e.urgency] > URGENCY_SCORE[top] ? e.urgency : top), null);
      out.push({ participantId: p.id, displayName: p.name, pronouns: p.pronouns, access: p.relation, openSafetyEvents: open.length, highestUrgency: highest, items });
    }
    out.sort(byAttention);
    await auditByActor(tx, ctx, {
      action: 'caseload.attention',
      outcome: 'succeeded',
      detail: { caseload: people.length, participants: out.length, items: out.reduce((n, p) => n + p.items.length, 0) },
    });
    return { asOf: today, participants: out };
  });
}

interface CaseloadMember {
  readonly id: string;
  readonly name: string;
  readonly pronouns: string | null;
  readonly relation: Relation;
  readonly key: Buffer;
  /** May the actor read this participant's safety events here? Their consents and statements? */
  readonly safety: boolean;
  readonly consents: boolean;
}

/**
 * The participants on the actor's caseload (or team). The query only narrows the candidates; the
 * relation that decides comes from the enforcement point's `relationTo`, the same one every
 * single-record read uses, and the policy decides per kind of item.
 */
async function caseloadOf(tx: Tx, ports: RecordPorts, ctx: RequestContext): Promise<CaseloadMember[]> {
  const { userId, teamId } = ctx.actor;
  const candidates = await sql<{ id: string; profile_enc: Buffer }>`
    SELECT p.id, p.profile_enc FROM participants p
    WHERE p.erased_at IS NULL AND p.profile_enc IS NOT NULL AND (
      EXISTS (SELECT 1 FROM caseload_assignments ca WHERE ca.participant_id = p.id AND ca.user_id = ${userId} AND ca.ended_at IS NULL)
      OR (${teamId}::uuid IS NOT NULL AND (p.team_id = ${teamId}::uuid OR EXISTS (
        SELECT 1 FROM caseload_assignments ca JOIN users u ON u.id = ca.user_id
        WHERE ca.participant_id = p.id AND ca.ended_at IS NULL AND u.team_id = ${teamId}::uuid))))
    ORDER BY p.created_at LIMIT 1000`.execute(tx);
  const out: CaseloadMember[] = [];
  for (const c of candidates.rows) {
    const found = await relationTo(tx, ctx, c.id);
    if (found === 'absent' || found.erased || !CASELOAD.includes(found.relation)) continue;
    const safety = decideParticipantAccess(ctx.actor, 'safety.read', found.relation).allowed;
    const consents = decideParticipantAccess(ctx.actor, 'consent.read', found.relation).allowed;
    if (!safety && !consents) continue;
    const key = await ports.keys.participantKey(tx, ctx.actor.orgId, c.id);
    if (!key) continue;
    const profile = openJson<ParticipantProfile>(key, c.profile_enc, sealedAt.profile(c.id));
    out.push({ id: c.id, name: displayName(profile), pronouns: profile.pronouns ?? null, relation: found.relation, key, safety, consents });
  }
  return out;
}

function grouped<T>(rows: readonly T[], idOf: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(idOf(r), [...(m.get(idOf(r)) ?? []), r]);
  return m;
}

type EventItem = Extract<AttentionItem, { kind: 'safety_event' }>;

/** Safety events not yet closed (at most one per participant, but counted as a list all the same). */
async function openEvents(tx: Tx, ids: readonly string[]): Promise<Map<string, EventItem[]>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .selectFrom('safety_events')
    .select(['id', 'participant_id', 'urgency', 'status', 'opened_at'])
    .where('participant_id', 'in', [...ids])
    .where('status', '<>', 'closed')
    .orderBy('opened_at')
    .execute();
  const items = rows.map((r) => ({
    participantId: r.participant_id,
    item: { kind: 'safety_event', eventId: r.id, urgency: r.urgency as Urgency, status: r.status as 'open' | 'acknowledged', openedAt: iso(r.opened_at) } satisfies EventItem,
  }));
  return new Map([...grouped(items, (i) => i.participantId)].map(([k, v]) => [k, v.map((i) => i.item)]));
}

type FollowUp = Extract<AttentionItem, { kind: 'follow_up' }>;

/**
 * The follow-up set when each participant's latest safety event was closed, when it is overdue,
 * today or within a week. It counts as done once a note is dated on or after the follow-up day
 * (the follow-up is a contact, and contacts are written up as notes). A participant with an event
 * open again has that event instead.
 */
async function dueFollowUps(tx: Tx, ids: readonly string[], today: string): Promise<Map<string, FollowUp[]>> {
  if (ids.length === 0) return new Map();
  const until = dayOf(new Date(Date.parse(today) + FOLLOW_UP_AHEAD_DAYS * DAY));
  const rows = await sql<{ id: string; participant_id: string; follow_up_on: string | Date }>`
    SELECT last.id, last.participant_id, last.follow_up_on FROM (
      SELECT DISTINCT ON (e.participant_id) e.id, e.participant_id, e.follow_up_on
      FROM safety_events e WHERE e.participant_id = ANY(${ids}::uuid[]) AND e.status = 'closed'
      ORDER BY e.participant_id, e.closed_at DESC
    ) last
    WHERE last.follow_up_on <= ${until}::date
      AND NOT EXISTS (SELECT 1 FROM safety_events o WHERE o.participant_id = last.participant_id AND o.status <> 'closed')
      AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.participant_id = last.participant_id AND n.session_date >= last.follow_up_on)`.execute(tx);
  const m = new Map<string, FollowUp[]>();
  for (const r of rows.rows) {
    const dueOn = isoDate(r.follow_up_on);
    m.set(r.participant_id, [{ kind: 'follow_up', eventId: r.id, dueOn, daysLeft: daysBetween(today, dueOn) }]);
  }
  return m;
}

type ConsentItem = Extract<AttentionItem, { kind: 'consent_expiring' }>;

const recipientOf = (c: LoadedConsent) => [c.sealed.recipient.person?.name, c.sealed.recipient.organization?.name].filter(Boolean).join(' at ');

/**
 * Consents ending by date within the window, and ones that ended within it. A consent already
 * renewed — a later consent to the same recipient, active, lasting longer — needs nothing.
 */
async function endingConsents(tx: Tx, people: readonly CaseloadMember[], now: Date): Promise<Map<string, ConsentItem[]>> {
  if (people.length === 0) return new Map();
  const today = dayOf(now);
  const from = dayOf(new Date(now.getTime() - CONSENT_WINDOW_DAYS * DAY));
  const until = dayOf(new Date(now.getTime() + CONSENT_WINDOW_DAYS * DAY));
  const keys = new Map(people.map((p) => [p.id, p.key]));
  // Every consent of a participant who has one ending: the renewal check needs the others too.
  const rows = await tx
    .selectFrom('consents')
    .selectAll()
    .where('participant_id', 'in', [...keys.keys()])
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('consents as ending')
          .select('ending.id')
          .whereRef('ending.participant_id', '=', 'consents.participant_id')
          .where('ending.expiry_kind', '=', 'date')
          .where(sql<boolean>`ending.expires_on BETWEEN ${from}::date AND ${until}::date`),
      ),
    )
    .orderBy('created_at')
    .execute();
  const out = new Map<string, ConsentItem[]>();
  for (const [participantId, list] of grouped(rows, (r) => r.participant_id)) {
    const key = keys.get(participantId);
    if (!key) continue;
    const loaded = list.map((r) => {
      const c = loadConsent(r, key);
      return { c, status: consentStatus(c, now) };
    });
    const items: ConsentItem[] = [];
    for (const { c, status } of loaded) {
      const ends = c.row.expiry_kind === 'date' && c.row.expires_on ? isoDate(c.row.expires_on) : null;
      if (!ends || ends < from || ends > until) continue;
      // Ending soon and still active, or ended by its date (not revoked, which is a choice already made).
      if (!(status === 'active' || (status === 'expired' && ends < today))) continue;
      const recipient = recipientOf(c);
      const renewed = loaded.some(
        (o) =>
          o.c.row.id !== c.row.id &&
          o.status === 'active' &&
          o.c.row.created_at.getTime() > c.row.created_at.getTime() &&
          recipientOf(o.c).toLowerCase() === recipient.toLowerCase() &&
          (o.c.row.expiry_kind === 'event' || (o.c.row.expires_on !== null && isoDate(o.c.row.expires_on) > ends)),
      );
      if (renewed) continue;
      items.push({ kind: 'consent_expiring', consentId: c.row.id, recipient, expiresOn: ends, daysLeft: daysBetween(today, ends) });
    }
    if (items.length > 0) out.set(participantId, items);
  }
  return out;
}

type LimitsItem = Extract<AttentionItem, { kind: 'limits_unsigned' }>;

/** Participants who have not signed the current limits-of-confidentiality statement, with the last version they did sign. */
async function unsignedStatement(tx: Tx, ids: readonly string[]): Promise<Map<string, LimitsItem[]>> {
  if (ids.length === 0) return new Map();
  const signed = await tx
    .selectFrom('confidentiality_acknowledgments')
    .select(['participant_id', 'statement_version'])
    .where('participant_id', 'in', [...ids])
    .where('statement_version', 'like', 'limits-of-confidentiality/%')
    .orderBy('created_at', 'desc')
    .execute();
  const versions = grouped(signed, (r) => r.participant_id);
  const out = new Map<string, LimitsItem[]>();
  for (const id of ids) {
    const theirs = versions.get(id) ?? [];
    if (theirs.some((r) => r.statement_version === LIMITS_OF_CONFIDENTIALITY.version)) continue;
    out.set(id, [{ kind: 'limits_unsigned', statementVersion: LIMITS_OF_CONFIDENTIALITY.version, lastSignedVersion: theirs[0]?.statement_version ?? null }]);
  }
  return out;
}
