import { type Static, Type } from 'typebox';
import { RoleSchema, Uuid } from './common.ts';

/** A staff account as administrators see it (never its password hash or second-factor secret). */
export const Staff = Type.Object({
  id: Uuid,
  email: Type.String(),
  displayName: Type.String(),
  role: RoleSchema,
  teamId: Type.Union([Uuid, Type.Null()]),
  secondFactorEnrolled: Type.Boolean(),
  locked: Type.Boolean(),
  disabled: Type.Boolean(),
});
export type Staff = Static<typeof Staff>;

export const Team = Type.Object({ id: Uuid, name: Type.String() });
export type Team = Static<typeof Team>;
