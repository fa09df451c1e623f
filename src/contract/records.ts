import { type Static, Type } from 'typebox';
import { IsoDate, IsoDateTime, SessionType, Uuid } from './common.ts';

const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });

export const ContactKind = Type.Union([
  Type.Literal('family'),
  Type.Literal('sponsor'),
  Type.Literal('friend'),
  Type.Literal('emergency'),
  Type.Literal('other'),
]);

export const Contact = Type.Object(
  {
    kind: ContactKind,
    name: Text(200),
    relationship: Type.Optional(Text(100)),
    phone: Type.Optional(Text(40)),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
  },
  { additionalProperties: false },
);

export const Address = Type.Object(
  {
    line1: Text(200),
    line2: Type.Optional(Text(200)),
    city: Text(100),
    state: Text(50),
    postalCode: Text(20),
  },
  { additionalProperties: false },
);

/** Everything in a profile is sealed under the participant's data key. */
export const ParticipantProfile = Type.Object(
  {
    givenName: Text(100),
    familyName: Type.Optional(Text(100)),
    preferredName: Type.Optional(Text(100)),
    pronouns: Type.Optional(Text(50)),
    dateOfBirth: Type.Optional(IsoDate),
    phone: Type.Optional(Text(40)),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    address: Type.Optional(Address),
    contacts: Type.Array(Contact, { maxItems: 25, default: [] }),
  },
  { additionalProperties: false },
);
export type ParticipantProfile = Static<typeof ParticipantProfile>;

export const CreateParticipant = Type.Object(
  {
    profile: ParticipantProfile,
    teamId: Type.Optional(Uuid),
    /** Whose caseload the participant joins; a peer who creates a participant gets them by default. */
    assignTo: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type CreateParticipant = Static<typeof CreateParticipant>;

export const UpdateParticipant = Type.Object({ profile: ParticipantProfile }, { additionalProperties: false });

export const AssignParticipant = Type.Object(
  { userIds: Type.Array(Uuid, { minItems: 1, maxItems: 10, uniqueItems: true }) },
  { additionalProperties: false },
);

export const CaseloadMember = Type.Object({ userId: Uuid, displayName: Type.String() });

export const ParticipantView = Type.Object({
  id: Uuid,
  teamId: Type.Union([Uuid, Type.Null()]),
  profile: ParticipantProfile,
  caseload: Type.Array(CaseloadMember),
  access: Type.String({ description: 'how you reach this record: own_caseload, team, break_glass, none' }),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type ParticipantView = Static<typeof ParticipantView>;

/** What a search or list shows: identity only. */
export const ParticipantSummary = Type.Object({
  id: Uuid,
  displayName: Type.String(),
  pronouns: Type.Union([Type.String(), Type.Null()]),
  access: Type.String(),
});
export type ParticipantSummary = Static<typeof ParticipantSummary>;

/** Names travel in the request body, never in a URL (URLs end up in histories and proxy logs). */
export const ParticipantSearch = Type.Object(
  { q: Type.String({ minLength: 1, maxLength: 100, description: 'one or more whole name tokens' }) },
  { additionalProperties: false },
);

export const NoteInput = Type.Object(
  {
    sessionDate: IsoDate,
    sessionType: SessionType,
    durationMinutes: Type.Integer({ minimum: 1, maximum: 1440 }),
    body: Text(50_000),
  },
  { additionalProperties: false },
);
export type NoteInput = Static<typeof NoteInput>;

export const NoteView = Type.Object({
  id: Uuid,
  participantId: Uuid,
  authorId: Uuid,
  groupSessionId: Type.Union([Uuid, Type.Null()]),
  sessionDate: IsoDate,
  sessionType: SessionType,
  durationMinutes: Type.Integer(),
  body: Type.String(),
  version: Type.Integer(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type NoteView = Static<typeof NoteView>;

export const NoteVersionView = Type.Object({
  version: Type.Integer(),
  sessionDate: IsoDate,
  sessionType: SessionType,
  durationMinutes: Type.Integer(),
  body: Type.String(),
  editedBy: Uuid,
  editedAt: IsoDateTime,
});

export const CreateGroup = Type.Object(
  { name: Text(120), teamId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export const GroupView = Type.Object({
  id: Uuid,
  name: Type.String(),
  teamId: Type.Union([Uuid, Type.Null()]),
  facilitatorId: Uuid,
});

export const GroupSessionInput = Type.Object(
  {
    sessionDate: IsoDate,
    sessionType: SessionType,
    durationMinutes: Type.Integer({ minimum: 1, maximum: 1440 }),
    generalNote: Type.Optional(Text(50_000)),
    attendance: Type.Array(
      Type.Object(
        { participantId: Uuid, present: Type.Boolean(), note: Type.Optional(Text(50_000)) },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 60 },
    ),
  },
  { additionalProperties: false },
);
export type GroupSessionInput = Static<typeof GroupSessionInput>;

export const GroupSessionView = Type.Object({
  id: Uuid,
  groupId: Uuid,
  sessionDate: IsoDate,
  sessionType: SessionType,
  durationMinutes: Type.Integer(),
  generalNote: Type.Union([Type.String(), Type.Null()]),
  attendance: Type.Array(
    Type.Object({ participantId: Uuid, present: Type.Boolean(), noteId: Type.Union([Uuid, Type.Null()]) }),
  ),
});

export const BreakGlassInput = Type.Object(
  { reason: Type.String({ minLength: 10, maxLength: 2000, description: 'why this emergency needs the record now' }) },
  { additionalProperties: false },
);
export const BreakGlassView = Type.Object({
  id: Uuid,
  participantId: Uuid,
  userId: Uuid,
  userName: Type.String(),
  reason: Type.String(),
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime,
  reviewedAt: Type.Union([IsoDateTime, Type.Null()]),
  reviewOutcome: Type.Union([Type.String(), Type.Null()]),
  reviewedBy: Type.Union([Uuid, Type.Null()]),
  reviewerName: Type.Union([Type.String(), Type.Null()], { description: 'display name of whoever recorded the review' }),
  reviewNote: Type.Union([Type.String(), Type.Null()], { description: 'the reviewer’s note, if they wrote one' }),
});
export const BreakGlassReview = Type.Object(
  {
    outcome: Type.Union([Type.Literal('appropriate'), Type.Literal('inappropriate')]),
    note: Type.Optional(Type.String({ maxLength: 2000, description: 'why the reviewer judged so; kept sealed with the record' })),
  },
  { additionalProperties: false },
);
