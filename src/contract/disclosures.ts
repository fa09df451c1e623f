import { type Static, Type } from 'typebox';
import { ABUSE_KINDS, LEGAL_PROCESSES, RECIPIENTS, RISKS } from '../core/decide/facts.ts';
import { IsoDate, IsoDateTime, Uuid } from './common.ts';
import { ConsentCategory, DisclosurePurpose } from './consents.ts';

/**
 * "May I share this?" and the accounting of disclosures. The request carries only what the
 * record cannot know; PeerKeep adds the consent on file, the participant's age and the policy
 * profile itself.
 */
const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });

export const DecisionRequest = Type.Object(
  {
    recipientType: Type.Enum(RECIPIENTS),
    /** Who exactly would receive it, as the consent would name them. */
    recipient: Type.Object({ person: Type.Optional(Text(200)), organization: Type.Optional(Text(200)), contact: Type.Optional(Text(300)) }, { additionalProperties: false }),
    purpose: DisclosurePurpose,
    categories: Type.Array(ConsentCategory, { minItems: 1, maxItems: 19, uniqueItems: true }),
    risk: Type.Optional(Type.Enum(RISKS)),
    abuse: Type.Optional(Type.Enum(ABUSE_KINDS)),
    legal: Type.Optional(Type.Enum(LEGAL_PROCESSES)),
    participant: Type.Optional(
      Type.Object(
        {
          /** Only when the record has no date of birth. */
          age: Type.Optional(Type.Integer({ minimum: 0, maximum: 130 })),
          presentAndAgrees: Type.Optional(Type.Boolean()),
          incapacitated: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
    ),
    /** False when what would be shared already meets the Safe Harbor standard. */
    identifiable: Type.Optional(Type.Boolean()),
    licensedClinicianWitnessed: Type.Optional(Type.Boolean()),
    /** Who is asking, in the user's words (kept sealed with the record). */
    requestedBy: Type.Optional(Text(300)),
    /** Check this consent only, instead of every consent on file. */
    consentId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type DecisionRequest = Static<typeof DecisionRequest>;

const Decision = Type.Object({
  outcome: Type.String(),
  basis: Type.Array(Type.String()),
  explanation: Type.String(),
  obligations: Type.Array(Type.String()),
});

const ConsentFinding = Type.Object({ consentId: Type.Union([Uuid, Type.Null()]), problem: Type.Union([Type.String(), Type.Null()]), reason: Type.String() });

export const DecisionView = Type.Object({
  id: Uuid,
  participantId: Uuid,
  askedBy: Uuid,
  askedAt: IsoDateTime,
  profileVersion: Type.Integer(),
  groundId: Type.String(),
  decision: Decision,
  /** The DisclosureFacts the engine was given (disclosure-facts.schema.json). */
  facts: Type.Unknown(),
  consent: Type.Object({ ...ConsentFinding.properties, considered: Type.Array(ConsentFinding) }),
  override: Type.Union([Type.Object({ by: Uuid, at: IsoDateTime, reason: Type.String() }), Type.Null()]),
  disclosureId: Type.Union([Uuid, Type.Null()]),
});
export type DecisionView = Static<typeof DecisionView>;

export const OverrideInput = Type.Object(
  { reason: Text(2000, 10) },
  { additionalProperties: false, description: 'why the supervisor decides to share although the engine denied or escalated' },
);

export const DisclosureInput = Type.Object(
  {
    /** What is actually sent: some or all of the categories asked about. */
    categories: Type.Optional(Type.Array(ConsentCategory, { minItems: 1, maxItems: 19, uniqueItems: true })),
    /** How the recipient's identity and authority were checked (badge, letterhead, call-back). */
    recipientVerification: Type.Optional(Text(300)),
    /** Why this is the minimum necessary. */
    minimumNecessaryNote: Type.Optional(Text(1000)),
  },
  { additionalProperties: false },
);
export type DisclosureInput = Static<typeof DisclosureInput>;

export const DisclosureView = Type.Object({
  id: Uuid,
  decisionId: Uuid,
  participantId: Uuid,
  disclosedAt: IsoDateTime,
  disclosedBy: Uuid,
  /** Who recorded it, for the packet's last line ("recorded … by"). */
  disclosedByName: Type.String(),
  recipientType: Type.String(),
  recipient: Type.Object({ person: Type.Union([Type.String(), Type.Null()]), organization: Type.Union([Type.String(), Type.Null()]), contact: Type.Union([Type.String(), Type.Null()]) }),
  purpose: Type.String(),
  outcome: Type.String(),
  groundId: Type.String(),
  basis: Type.Array(Type.String()),
  overridden: Type.Boolean(),
  /** The minimum-necessary packet: only these categories go out. */
  packet: Type.Object({
    categories: Type.Array(Type.String()),
    part2Notice: Type.Union([Type.String(), Type.Null()]),
    part2NoticeVersion: Type.Union([Type.String(), Type.Null()]),
    consentScope: Type.Union([Type.String(), Type.Null()]),
    minimumNecessary: Type.String(),
  }),
  tellParticipant: Type.String(),
  accountable: Type.Object({ hipaa: Type.Boolean(), part2: Type.Boolean() }),
});
export type DisclosureView = Static<typeof DisclosureView>;

export const AccountingEntry = Type.Object({
  disclosureId: Uuid,
  disclosedAt: IsoDateTime,
  recipient: Type.String(),
  recipientContact: Type.Union([Type.String(), Type.Null()]),
  information: Type.Array(Type.String()),
  purpose: Type.String(),
  basis: Type.Array(Type.String()),
  disclosedBy: Type.String(),
  listedUnder: Type.Array(Type.String(), { description: 'hipaa (6-year accounting), part2 (3-year accounting)' }),
});

export const AccountingReport = Type.Object({
  participantId: Uuid,
  participantName: Type.String(),
  asOf: IsoDateTime,
  hipaaFrom: IsoDate,
  part2From: IsoDate,
  entries: Type.Array(AccountingEntry),
  /** Logged but left out of the participant's accounting, with the rule that exempts each. */
  exempt: Type.Array(Type.Object({ disclosureId: Uuid, disclosedAt: IsoDateTime, reason: Type.String() })),
});
export type AccountingReport = Static<typeof AccountingReport>;
