import { type Static, Type } from 'typebox';

/** Shapes shared by several routes. Inputs reject unknown fields so a typo is a 400, not a silent drop. */
export const Uuid = Type.String({ format: 'uuid', description: 'an id made by PeerKeep' });
export const IsoDate = Type.String({ format: 'date', description: 'a calendar date, YYYY-MM-DD' });
export const IsoDateTime = Type.String({ format: 'date-time' });

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export type IdParams = Static<typeof IdParams>;

export const ErrorBody = Type.Object({
  error: Type.String({ description: 'a stable code: invalid_input, not_found, forbidden, ...' }),
  message: Type.String({ description: 'what went wrong and what to do next' }),
  field: Type.Optional(Type.String({ description: 'the input field at fault, when there is one' })),
});

export const Ok = Type.Object({ ok: Type.Boolean() });

export const RoleSchema = Type.Union([
  Type.Literal('peer_specialist'),
  Type.Literal('supervisor'),
  Type.Literal('privacy_officer'),
  Type.Literal('admin'),
]);

export const SessionType = Type.Union([
  Type.Literal('in_person'),
  Type.Literal('phone'),
  Type.Literal('telehealth'),
  Type.Literal('text'),
]);
export type SessionType = Static<typeof SessionType>;
