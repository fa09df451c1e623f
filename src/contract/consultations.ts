import { Type } from 'typebox';
import { IsoDateTime, Uuid } from './common.ts';

/**
 * De-identified case consultation (issue 5). Two audiences, two shapes: the author sees the
 * original beside the de-identified text; the recipient sees a consultation id, the author's name
 * and the de-identified text — never the participant's id or name (unless re-identified).
 */

const Reason = (what: string) => Type.String({ minLength: 10, maxLength: 2000, description: what });

export const StartConsultation = Type.Object(
  {
    reason: Reason('why the participant is discussed; shown in their record, never to the recipient'),
    summary: Type.Optional(Type.String({ minLength: 1, maxLength: 20_000, description: 'the situation and the question, in your words' })),
    noteIds: Type.Optional(Type.Array(Uuid, { maxItems: 20, uniqueItems: true, description: 'notes of this participant to include' })),
  },
  { additionalProperties: false },
);

export const AddRedaction = Type.Object(
  {
    start: Type.Integer({ minimum: 0, description: 'offset in the original text' }),
    end: Type.Integer({ minimum: 1, description: 'offset in the original text, exclusive' }),
  },
  { additionalProperties: false },
);

export const RestoreSpan = Type.Object(
  {
    start: Type.Integer({ minimum: 0, description: 'start of a removed span, as listed' }),
    end: Type.Integer({ minimum: 1, description: 'end of that span, as listed' }),
    reason: Reason('why these words may be shown to the recipient'),
  },
  { additionalProperties: false },
);

export const SendConsultation = Type.Object({ recipientId: Uuid }, { additionalProperties: false });

export const ReplyInput = Type.Object({ body: Type.String({ minLength: 1, maxLength: 20_000 }) }, { additionalProperties: false });

export const ReidentifyInput = Type.Object({ reason: Reason('the urgent risk that makes revealing who it is necessary') }, { additionalProperties: false });

const Status = Type.Union([Type.Literal('draft'), Type.Literal('sent'), Type.Literal('closed')]);
const StaffRef = Type.Object({ id: Uuid, displayName: Type.String() });

export const RedactionSpan = Type.Object({
  start: Type.Integer(),
  end: Type.Integer(),
  type: Type.String({ description: 'NAME, DATE, PHONE, ... or REDACTED for your own' }),
  source: Type.Union([Type.Literal('detected'), Type.Literal('author')]),
  placeholder: Type.String(),
  redactedStart: Type.Integer({ description: 'where the placeholder starts in the de-identified text' }),
  redactedEnd: Type.Integer(),
});

/** What the author reviews: both texts, every removed span, and what came back. */
export const ConsultationView = Type.Object({
  id: Uuid,
  participantId: Uuid,
  status: Status,
  reason: Type.String(),
  original: Type.String(),
  deidentified: Type.String(),
  spans: Type.Array(RedactionSpan),
  restorations: Type.Array(Type.Object({ start: Type.Integer(), end: Type.Integer(), type: Type.String(), reason: Type.String(), restoredBy: Uuid, at: IsoDateTime })),
  noteIds: Type.Array(Uuid),
  recipient: Type.Union([StaffRef, Type.Null()]),
  createdAt: IsoDateTime,
  sentAt: Type.Union([IsoDateTime, Type.Null()]),
  closedAt: Type.Union([IsoDateTime, Type.Null()]),
  replies: Type.Array(Type.Object({ id: Uuid, from: StaffRef, body: Type.String(), createdAt: IsoDateTime })),
  reidentifications: Type.Array(Type.Object({ id: Uuid, reason: Type.String(), at: IsoDateTime, supervisorsNotified: Type.Integer() })),
});

/** What the recipient reads. Deliberately without the participant's id or name. */
export const SharedConsultationView = Type.Object({
  id: Uuid,
  status: Status,
  from: StaffRef,
  sentAt: IsoDateTime,
  text: Type.String({ description: 'the de-identified text as the author confirmed it' }),
  replies: Type.Array(Type.Object({ id: Uuid, body: Type.String(), createdAt: IsoDateTime })),
  identity: Type.Union([Type.Object({ displayName: Type.String(), revealedAt: IsoDateTime }), Type.Null()], {
    description: 'who it is, only after the author re-identified the participant for an urgent risk',
  }),
});

export const ReceivedConsultation = Type.Object({ id: Uuid, status: Status, from: StaffRef, sentAt: IsoDateTime, replies: Type.Integer() });

export const ReplyView = Type.Object({ id: Uuid, createdAt: IsoDateTime });

export const ReidentificationView = Type.Object({ id: Uuid, consultationId: Uuid, at: IsoDateTime, supervisorsNotified: Type.Integer() });

/** One line of the record's transparency list: the participant was discussed outside their presence. */
export const DiscussionEntry = Type.Object({
  consultationId: Uuid,
  status: Status,
  sentAt: IsoDateTime,
  by: StaffRef,
  with: Type.Object({ id: Uuid, displayName: Type.String(), role: Type.String() }),
  reason: Type.String({ description: 'why they were discussed' }),
  reidentifiedAt: Type.Union([IsoDateTime, Type.Null()]),
});

/**
 * Someone a consultation may be sent to: an active peer specialist or supervisor of the
 * organization other than the asker (the same rule sendConsultation applies).
 */
export const ConsultationRecipient = Type.Object({
  id: Uuid,
  displayName: Type.String(),
  role: Type.Union([Type.Literal('peer_specialist'), Type.Literal('supervisor')]),
  team: Type.Union([Type.String(), Type.Null()], { description: 'the name of their team, if any' }),
  sameTeam: Type.Boolean({ description: 'in the asker’s own team' }),
});

/** A consultation the asker started about this participant and has not sent yet. */
export const ConsultationDraft = Type.Object({ id: Uuid, createdAt: IsoDateTime, reason: Type.String() });
