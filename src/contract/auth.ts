import { type Static, Type } from 'typebox';
import { RoleSchema, Uuid } from './common.ts';

/** Where a sign-in stands after each step. */
export const SignInAnswer = Type.Object({
  status: Type.Union([Type.Literal('signed_in'), Type.Literal('second_factor_required'), Type.Literal('enrolment_required')]),
  csrfToken: Type.String({ description: 'send back as x-csrf-token on every write made with the session cookie' }),
});
export type SignInAnswer = Static<typeof SignInAnswer>;

export const CodeInput = Type.Object({ code: Type.String({ minLength: 6, maxLength: 32 }) }, { additionalProperties: false });

export const Enrolment = Type.Object({ otpauthUri: Type.String(), qrCodeDataUrl: Type.String(), secret: Type.String() });
export type Enrolment = Static<typeof Enrolment>;

export const EnrolmentConfirmed = Type.Object({ status: Type.Literal('signed_in'), csrfToken: Type.String(), recoveryCodes: Type.Array(Type.String()) });
export type EnrolmentConfirmed = Static<typeof EnrolmentConfirmed>;

export const SessionInfo = Type.Object({
  user: Type.Object({ id: Uuid, displayName: Type.String(), email: Type.String(), role: RoleSchema, organizationId: Uuid, teamId: Type.Union([Uuid, Type.Null()]) }),
  secondFactorPassed: Type.Boolean(),
  csrfToken: Type.Union([Type.String(), Type.Null()]),
  idleMinutes: Type.Integer(),
  organizationName: Type.String({ description: 'the organization the user works for, as printed on reports' }),
});
export type SessionInfo = Static<typeof SessionInfo>;
