import { type Static, Type } from 'typebox';
import { OUTCOMES, URGENCIES } from '../core/safety/protocol.ts';
import { RISK_CATEGORIES, RISK_LEVELS } from '../core/risk/types.ts';
import { IsoDate, IsoDateTime, Uuid } from './common.ts';
import { DecisionRequest } from './disclosures.ts';

/**
 * Risky disclosures and the safety protocol (issue 4): on-demand scans, logged participant
 * messages, findings, safety events with their protocol steps, the supervisors' dashboard and the
 * organization's safety settings. Findings are prompts to staff; nothing here sends anything outside.
 */

const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });
/** A closed set of strings (typed as their union). */
const literals = <T extends string[]>(values: readonly [...T]) => Type.Enum(values);
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const ScanInput = Type.Object({ text: Type.String({ minLength: 1, maxLength: 100_000, description: 'the text to check; not stored' }) }, { additionalProperties: false });

const Modifiers = Type.Object({
  negated: Type.Boolean(),
  historical: Type.Boolean(),
  hypothetical: Type.Boolean(),
  experiencer: literals(['participant', 'other'] as const),
  material: Type.Boolean(),
});

export const ScanResult = Type.Object({
  level: literals(RISK_LEVELS),
  alert: Type.Boolean(),
  categories: Type.Array(literals(RISK_CATEGORIES)),
  findings: Type.Array(
    Type.Object({
      category: literals(RISK_CATEGORIES),
      level: literals(RISK_LEVELS),
      start: Type.Integer(),
      end: Type.Integer(),
      text: Type.String(),
      cues: Type.Array(Type.String()),
      modifiers: Modifiers,
    }),
  ),
  detectorVersion: Type.String(),
});
export type ScanResult = Static<typeof ScanResult>;

/** A stored finding: where it is (note version or message, offsets), what it is and the evidence. */
export const FindingView = Type.Object({
  id: Uuid,
  participantId: Uuid,
  noteId: Nullable(Uuid),
  noteVersion: Nullable(Type.Integer()),
  messageId: Nullable(Uuid),
  category: literals(RISK_CATEGORIES),
  level: literals(RISK_LEVELS),
  modifiers: Modifiers,
  cues: Type.Array(Type.String()),
  start: Type.Integer(),
  end: Type.Integer(),
  evidence: Type.String(),
  detectorVersion: Type.String(),
  createdAt: IsoDateTime,
});
export type FindingView = Static<typeof FindingView>;

/** What saving a text found. */
export const ScanSummary = Type.Object({
  level: literals(RISK_LEVELS),
  alert: Type.Boolean(),
  findings: Type.Integer(),
  safetyEventId: Nullable(Uuid),
});

export const MESSAGE_CHANNELS = ['text', 'email', 'voicemail', 'chat', 'letter', 'other'] as const;

export const MessageInput = Type.Object(
  {
    channel: literals(MESSAGE_CHANNELS),
    receivedAt: IsoDateTime,
    body: Text(20_000),
  },
  { additionalProperties: false },
);
export type MessageInput = Static<typeof MessageInput>;

export const MessageView = Type.Object({
  id: Uuid,
  participantId: Uuid,
  loggedBy: Uuid,
  channel: literals(MESSAGE_CHANNELS),
  receivedAt: IsoDateTime,
  body: Type.String(),
  createdAt: IsoDateTime,
  scan: ScanSummary,
});
export type MessageView = Static<typeof MessageView>;

export const ReportInput = Type.Object(
  {
    urgency: literals(URGENCIES),
    categories: Type.Array(literals(RISK_CATEGORIES), { maxItems: 6, uniqueItems: true }),
    /** What the staff member saw or heard, in their words (sealed with the record). */
    report: Text(4000),
  },
  { additionalProperties: false },
);
export type ReportInput = Static<typeof ReportInput>;

/** Stanley–Brown: the six steps in order, plus reasons for living. */
const PlanItems = Type.Array(Text(500), { maxItems: 20 });
export const SafetyPlanInput = Type.Object(
  {
    warningSigns: PlanItems,
    internalCoping: PlanItems,
    distractions: PlanItems,
    peopleToAsk: PlanItems,
    professionals: PlanItems,
    safeEnvironment: PlanItems,
    reasonsForLiving: Type.Optional(PlanItems),
  },
  { additionalProperties: false },
);

export const REFERRAL_TARGETS = ['crisis_line_988', 'emergency_911', 'mobile_crisis', 'other_professional'] as const;

const Details = Type.Optional(Text(4000));
/** One protocol step; the server stamps it with the time and the actor. */
export const StepInput = Type.Union([
  Type.Object({ step: Type.Literal('listen'), details: Text(4000), openQuestions: Type.Optional(Type.Array(Text(300), { maxItems: 20 })) }, { additionalProperties: false }),
  Type.Object(
    {
      step: Type.Literal('inform_participant'),
      /** False when telling them now would not be safe; say why in the details. */
      participantTold: Type.Boolean(),
      details: Text(4000),
    },
    { additionalProperties: false },
  ),
  Type.Object({ step: Type.Literal('notify_supervisor'), supervisorId: Type.Optional(Uuid), details: Details }, { additionalProperties: false }),
  Type.Object({ step: Type.Literal('referral'), to: literals(REFERRAL_TARGETS), number: Type.Optional(Text(40)), warmHandoff: Type.Boolean(), details: Details }, { additionalProperties: false }),
  Type.Object(
    {
      step: Type.Literal('outside_contact'),
      /** Who was contacted, as you would name them in the accounting. */
      contacted: Text(300),
      details: Text(4000),
      /** The disclosure decision to run and record for this contact (recommended). */
      disclosure: Type.Optional(DecisionRequest),
    },
    { additionalProperties: false },
  ),
  Type.Object({ step: Type.Literal('safety_plan'), planId: Type.Optional(Uuid), plan: Type.Optional(SafetyPlanInput), details: Details }, { additionalProperties: false }),
  Type.Object({ step: Type.Literal('closed'), outcome: literals(OUTCOMES), followUpOn: IsoDate, details: Details }, { additionalProperties: false }),
]);
export type StepInput = Static<typeof StepInput>;

export const StepView = Type.Object({
  seq: Type.Integer(),
  step: Type.String(),
  actorId: Nullable(Uuid),
  at: IsoDateTime,
  /** Structured facts with no participant words: who was notified, which number, delivery. */
  data: Type.Record(Type.String(), Type.Unknown()),
  /** What staff wrote for the step (sealed at rest). */
  details: Nullable(Type.Object({ text: Nullable(Type.String()), openQuestions: Type.Optional(Type.Array(Type.String())), contacted: Type.Optional(Type.String()) })),
});

const CrisisNumber = Type.Object({ label: Type.String(), number: Type.String() });
const StaffName = Type.Object({ id: Uuid, displayName: Type.String() });

export const SafetyEventView = Type.Object({
  id: Uuid,
  participantId: Uuid,
  openedVia: literals(['finding', 'staff_report'] as const),
  openedBy: Nullable(Uuid),
  finding: Nullable(FindingView),
  report: Nullable(Type.String()),
  urgency: literals(URGENCIES),
  categories: Type.Array(Type.String()),
  status: literals(['open', 'acknowledged', 'closed'] as const),
  assignedSupervisorId: Nullable(Uuid),
  escalationCount: Type.Integer(),
  acknowledgedBy: Nullable(Uuid),
  acknowledgedAt: Nullable(IsoDateTime),
  outcome: Nullable(literals(OUTCOMES)),
  followUpOn: Nullable(IsoDate),
  closedAt: Nullable(IsoDateTime),
  openedAt: IsoDateTime,
  steps: Type.Array(StepView),
  nextSteps: Type.Array(Type.Object({ step: Type.String(), guidance: Type.String() })),
  crisisNumbers: Type.Array(CrisisNumber),
  notifications: Type.Array(Type.Object({ userId: Uuid, kind: Type.String(), createdAt: IsoDateTime, readAt: Nullable(IsoDateTime), email: Nullable(Type.String()) })),
  safetyPlan: Nullable(Type.Object({ id: Uuid, createdAt: IsoDateTime, createdBy: Uuid, plan: SafetyPlanInput })),
  /**
   * The staff this event names (who took each step, supervisors assigned, told or escalated to),
   * with their display names, so screens show people rather than ids. Staff of this organization only.
   */
  people: Type.Array(StaffName),
});
export type SafetyEventView = Static<typeof SafetyEventView>;

export const StepResult = Type.Object({
  event: SafetyEventView,
  /** Set when the step ran the disclosure decision for an outside contact. */
  disclosure: Nullable(
    Type.Object({ decisionId: Uuid, outcome: Type.String(), disclosureId: Nullable(Uuid), tellParticipant: Nullable(Type.String()), accountingLink: literals(['recorded', 'not_disclosable'] as const) }),
  ),
});

export const DashboardEntry = Type.Object({
  id: Uuid,
  participantId: Uuid,
  urgency: literals(URGENCIES),
  categories: Type.Array(Type.String()),
  status: literals(['open', 'acknowledged'] as const),
  assignedSupervisorId: Nullable(Uuid),
  assignedToMe: Type.Boolean(),
  escalationCount: Type.Integer(),
  openedAt: IsoDateTime,
  ageMinutes: Type.Integer(),
  assignedSupervisorName: Nullable(Type.String()),
  /** The latest escalation by the timer: when, to whom, after how many minutes without acknowledgement. */
  lastEscalation: Nullable(
    Type.Object({
      at: IsoDateTime,
      toName: Nullable(Type.String()),
      afterMinutes: Nullable(Type.Integer()),
      /** Every supervisor on the list was tried and told; no one is left to pass it to. */
      exhausted: Type.Boolean(),
    }),
  ),
});

export const ReassignInput = Type.Object({ supervisorId: Uuid, reason: Type.Optional(Text(1000)) }, { additionalProperties: false });

export const SafetySettingsInput = Type.Object(
  {
    ackMinutes: Type.Integer({ minimum: 1, maximum: 1440, description: 'minutes an imminent event may wait for acknowledgement before it goes to the next supervisor' }),
    escalationOrder: Type.Array(Uuid, { maxItems: 50, uniqueItems: true, description: 'supervisors, in the order to try' }),
  },
  { additionalProperties: false },
);
export type SafetySettingsInput = Static<typeof SafetySettingsInput>;

export const SafetySettingsView = Type.Object({
  ackMinutes: Type.Integer(),
  escalationOrder: Type.Array(Type.Object({ id: Uuid, displayName: Type.String() })),
  /** From the policy profile (988 and 911 always offered); set local numbers there. */
  crisisNumbers: Type.Array(CrisisNumber),
  mobileCrisisSet: Type.Boolean(),
  updatedAt: Nullable(IsoDateTime),
});
export type SafetySettingsView = Static<typeof SafetySettingsView>;
