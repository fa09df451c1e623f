import { type Static, Type } from 'typebox';
import { URGENCIES } from '../core/safety/protocol.ts';
import { IsoDate, IsoDateTime, Uuid } from './common.ts';

/**
 * What needs attention on a staff member's caseload (a supervisor's: the team's): open safety
 * events, consents ending soon or just ended, the limits-of-confidentiality statement not signed,
 * and safety-event follow-ups due. One read for the caseload page; each item names the record
 * section it comes from, so the page can link to it.
 */

const Urgency = Type.Enum(URGENCIES);

/** An open (or acknowledged, not yet closed) safety event. A participant has at most one. */
export const SafetyEventItem = Type.Object({
  kind: Type.Literal('safety_event'),
  eventId: Uuid,
  urgency: Urgency,
  status: Type.Enum(['open', 'acknowledged'] as const),
  openedAt: IsoDateTime,
});

/** A consent ending by date within 30 days, or one that ended in the last 30 days and was not renewed. */
export const ConsentItem = Type.Object({
  kind: Type.Literal('consent_expiring'),
  consentId: Uuid,
  recipient: Type.String({ description: 'the person and/or organization named on the consent' }),
  expiresOn: IsoDate,
  /** Negative once it has ended. */
  daysLeft: Type.Integer(),
});

/** The current limits-of-confidentiality statement has not been signed. */
export const LimitsItem = Type.Object({
  kind: Type.Literal('limits_unsigned'),
  statementVersion: Type.String({ description: 'the current version, the one to go over and sign' }),
  lastSignedVersion: Type.Union([Type.String(), Type.Null()]),
});

/** The follow-up date set when the last safety event was closed, with no note dated on or after it yet. */
export const FollowUpItem = Type.Object({
  kind: Type.Literal('follow_up'),
  eventId: Uuid,
  dueOn: IsoDate,
  /** 0 = today, negative = overdue. */
  daysLeft: Type.Integer(),
});

export const AttentionItem = Type.Union([SafetyEventItem, ConsentItem, LimitsItem, FollowUpItem]);
export type AttentionItem = Static<typeof AttentionItem>;

export const ParticipantAttention = Type.Object({
  participantId: Uuid,
  displayName: Type.String(),
  pronouns: Type.Union([Type.String(), Type.Null()]),
  /** own_caseload or team: break-the-glass access is an emergency, not a caseload. */
  access: Type.String(),
  openSafetyEvents: Type.Integer(),
  highestUrgency: Type.Union([Urgency, Type.Null()]),
  /** Most pressing first. */
  items: Type.Array(AttentionItem),
});
export type ParticipantAttention = Static<typeof ParticipantAttention>;

export const CaseloadAttention = Type.Object({
  /** The day the answer was worked out for (UTC), so "today" means the same on both sides. */
  asOf: IsoDate,
  /** Only participants with something needing attention, most pressing first. */
  participants: Type.Array(ParticipantAttention),
});
export type CaseloadAttention = Static<typeof CaseloadAttention>;
