import { type Static, Type } from 'typebox';
import { CONSENT_CATEGORIES } from '../core/consent/categories.ts';
import { PURPOSES } from '../core/decide/facts.ts';
import { IsoDate, IsoDateTime, Uuid } from './common.ts';

/**
 * Consents (Release of Information), limits-of-confidentiality acknowledgments and the policy
 * profile. Inputs reject unknown fields; the use cases check the rules the schema cannot
 * (a complete consent, a witness for an oral revocation).
 */
const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });

export const ConsentCategory = Type.Enum(CONSENT_CATEGORIES);
export const DisclosurePurpose = Type.Enum(PURPOSES);

export const Party = Type.Object(
  { name: Text(200), contact: Type.Optional(Text(300, 0)) },
  { additionalProperties: false, description: 'a person or organization, with where the information may be sent' },
);

export const ConsentRecipient = Type.Object({ person: Type.Optional(Party), organization: Type.Optional(Party) }, { additionalProperties: false });

/** A drawn signature is a PNG data URL from the signature pad; a typed one is the typed name. */
export const SignatureInput = Type.Object(
  {
    method: Type.Union([Type.Literal('drawn'), Type.Literal('typed')]),
    signedOn: IsoDate,
    signer: Type.Optional(Type.Union([Type.Literal('participant'), Type.Literal('representative')])),
    representativeAuthority: Type.Optional(Text(200)),
    typedName: Type.Optional(Text(200)),
    image: Type.Optional(Type.String({ maxLength: 400_000, pattern: '^data:image/png;base64,[A-Za-z0-9+/=]+$' })),
  },
  { additionalProperties: false },
);
export type SignatureInput = Static<typeof SignatureInput>;

export const ConsentExpiryInput = Type.Union([
  Type.Object({ kind: Type.Literal('date'), on: IsoDate }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('event'), event: Text(300, 0) }, { additionalProperties: false }),
]);

export const ConsentInput = Type.Object(
  {
    /** Defaults to the organization's name. */
    discloser: Type.Optional(Text(200, 0)),
    recipient: ConsentRecipient,
    categories: Type.Array(ConsentCategory, { maxItems: CONSENT_CATEGORIES.length, uniqueItems: true }),
    purposes: Type.Array(DisclosurePurpose, { maxItems: 10, uniqueItems: true }),
    purposeDescription: Type.String({ maxLength: 1000 }),
    expiry: Type.Optional(ConsentExpiryInput),
    signature: Type.Optional(SignatureInput),
    /** The statements printed on the form, confirmed by staff (PeerKeep's own form prints all three). */
    statements: Type.Object({ rightToRevoke: Type.Boolean(), conditioning: Type.Boolean(), redisclosure: Type.Boolean() }, { additionalProperties: false }),
    /** A consent given as a condition of a criminal-justice disposition (42 CFR 2.35). */
    criminalJustice: Type.Optional(Type.Object({ referrer: Text(200), irrevocableUntil: Text(300, 0) }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export type ConsentInput = Static<typeof ConsentInput>;

export const ConsentStatus = Type.Union([Type.Literal('active'), Type.Literal('expired'), Type.Literal('revoked'), Type.Literal('revocation_on_hold')], {
  description: 'computed at read time: revocation_on_hold = a criminal-justice consent whose revocation waits for its event',
});

export const ConsentView = Type.Object({
  id: Uuid,
  participantId: Uuid,
  status: ConsentStatus,
  part2: Type.Boolean(),
  discloser: Type.String(),
  recipient: ConsentRecipient,
  categories: Type.Array(Type.String()),
  purposes: Type.Array(Type.String()),
  purposeDescription: Type.String(),
  expiry: Type.Object({
    kind: Type.String(),
    on: Type.Union([IsoDate, Type.Null()]),
    event: Type.Union([Type.String(), Type.Null()]),
    occurredAt: Type.Union([IsoDateTime, Type.Null()]),
  }),
  signature: Type.Object({ method: Type.String(), signedOn: IsoDate, signer: Type.String(), representativeAuthority: Type.Union([Type.String(), Type.Null()]) }),
  statements: Type.Object({ rightToRevoke: Type.Boolean(), conditioning: Type.Boolean(), redisclosure: Type.Boolean() }),
  criminalJustice: Type.Union([Type.Object({ referrer: Type.String(), irrevocableUntil: Type.String(), eventOccurredAt: Type.Union([IsoDateTime, Type.Null()]) }), Type.Null()]),
  revocation: Type.Union([
    Type.Object({ at: IsoDateTime, form: Type.String(), witness: Type.Union([Type.String(), Type.Null()]), categories: Type.Union([Type.Array(Type.String()), Type.Null()]) }),
    Type.Null(),
  ]),
  createdBy: Uuid,
  createdAt: IsoDateTime,
});
export type ConsentView = Static<typeof ConsentView>;

export const RevokeConsent = Type.Object(
  {
    form: Type.Union([Type.Literal('written'), Type.Literal('oral')]),
    /** When the participant revoked; defaults to now. */
    at: Type.Optional(IsoDateTime),
    /** Required for an oral revocation: who else heard it. */
    witness: Type.Optional(Text(200)),
    /** Withdraw only these categories; absent means the whole consent. */
    categories: Type.Optional(Type.Array(ConsentCategory, { minItems: 1, uniqueItems: true, maxItems: CONSENT_CATEGORIES.length })),
  },
  { additionalProperties: false },
);
export type RevokeConsent = Static<typeof RevokeConsent>;

export const ConsentEvent = Type.Object(
  {
    which: Type.Union([Type.Literal('expiry'), Type.Literal('irrevocability')], {
      description: 'expiry: the event that ends the consent happened; irrevocability: the criminal-justice event after which it may be revoked',
    }),
    occurredAt: Type.Optional(IsoDateTime),
  },
  { additionalProperties: false },
);
export type ConsentEvent = Static<typeof ConsentEvent>;

export const ExpiringConsent = Type.Object({
  consentId: Uuid,
  participantId: Uuid,
  participantName: Type.String(),
  expiresOn: IsoDate,
  daysLeft: Type.Integer(),
  recipient: Type.Union([Type.String(), Type.Null()], { description: 'shown only to staff who may read the consent' }),
});

export const AcknowledgmentInput = Type.Object(
  { statementVersion: Text(200), signature: SignatureInput },
  { additionalProperties: false },
);
export type AcknowledgmentInput = Static<typeof AcknowledgmentInput>;

export const AcknowledgmentView = Type.Object({
  id: Uuid,
  participantId: Uuid,
  statementVersion: Type.String(),
  current: Type.Boolean(),
  signedOn: IsoDate,
  signatureMethod: Type.String(),
  recordedBy: Uuid,
  createdAt: IsoDateTime,
});
export type AcknowledgmentView = Static<typeof AcknowledgmentView>;

export const UnsignedAcknowledgment = Type.Object({
  participantId: Uuid,
  participantName: Type.String(),
  lastSignedVersion: Type.Union([Type.String(), Type.Null()]),
});

const StaffRole = Type.Enum(['peer_specialist', 'supervisor', 'licensed_clinician', 'privacy_officer', 'administrator'] as const);

export const PolicyProfileInput = Type.Object(
  {
    state: Type.Union([Type.String({ pattern: '^[A-Z]{2}$' }), Type.Null()]),
    part2Program: Type.Boolean(),
    hipaaCoveredEntity: Type.Boolean(),
    dutyToWarn: Type.Union([Type.Literal('mandatory'), Type.Literal('permissive'), Type.Literal('none'), Type.Null()]),
    mandatedReporters: Type.Object(
      {
        childAbuse: Type.Array(StaffRole, { uniqueItems: true, maxItems: 5 }),
        adultAbuse: Type.Array(StaffRole, { uniqueItems: true, maxItems: 5 }),
        sources: Type.Array(Type.Enum(['state_statute', 'employer_policy', 'certification_code'] as const), { uniqueItems: true, maxItems: 3 }),
      },
      { additionalProperties: false },
    ),
    crisisNumbers: Type.Array(Type.Object({ label: Text(100), number: Text(40) }, { additionalProperties: false }), { maxItems: 20 }),
    reviewedOn: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export type PolicyProfileInput = Static<typeof PolicyProfileInput>;

export const PolicyProfileView = Type.Object({
  version: Type.Integer({ description: '0 is the built-in default, before anyone set a profile' }),
  state: Type.Union([Type.String(), Type.Null()]),
  part2Program: Type.Boolean(),
  hipaaCoveredEntity: Type.Boolean(),
  dutyToWarn: Type.Union([Type.String(), Type.Null()]),
  mandatedReporters: Type.Object({ childAbuse: Type.Array(Type.String()), adultAbuse: Type.Array(Type.String()), sources: Type.Array(Type.String()) }),
  crisisNumbers: Type.Array(Type.Object({ label: Type.String(), number: Type.String() })),
  reviewedOn: Type.Union([IsoDate, Type.Null()]),
  setBy: Type.Union([Uuid, Type.Null()]),
  setAt: Type.Union([IsoDateTime, Type.Null()]),
});
export type PolicyProfileView = Static<typeof PolicyProfileView>;

/** One version of the policy profile, with the name of whoever set it (GET /api/policy-profile/versions). */
export const PolicyProfileVersion = Type.Object({
  ...PolicyProfileView.properties,
  setByName: Type.Union([Type.String(), Type.Null()], { description: 'display name of whoever saved this version; null for the built-in version 0' }),
});
export type PolicyProfileVersion = Static<typeof PolicyProfileVersion>;
