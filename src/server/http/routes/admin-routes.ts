import { Type } from 'typebox';
import { Staff, Team } from '../../../contract/admin.ts';
import { IdParams, RoleSchema, Uuid } from '../../../contract/common.ts';
import { createOrganization, createStaff, createTeam, listStaff, listTeams, updateStaff } from '../../use-cases/organizations.ts';
import type { RecordPorts } from '../../use-cases/ports.ts';
import type { PeerKeepApp } from '../app-type.ts';
import { contextOf } from '../request-auth.ts';

const tags = ['administration'];
const NewPassword = Type.String({ minLength: 1, maxLength: 256, description: 'at least 12 characters' });

export function adminRoutes(app: PeerKeepApp, ports: RecordPorts): void {
  app.post('/api/organizations', {
    schema: {
      tags,
      summary: 'Create an organization with its first administrator (platform administrators only)',
      body: Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 200 }),
          slug: Type.String({ minLength: 2, maxLength: 63 }),
          admin: Type.Object({ email: Type.String({ format: 'email', maxLength: 254 }), displayName: Type.String({ minLength: 1, maxLength: 100 }), password: NewPassword }, { additionalProperties: false }),
        },
        { additionalProperties: false },
      ),
      response: { 201: Type.Object({ id: Uuid, name: Type.String(), slug: Type.String(), adminUserId: Uuid }) },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return createOrganization(ports, req.body, contextOf(req));
    },
  });

  app.get('/api/teams', {
    schema: { tags, summary: 'Teams of my organization', response: { 200: Type.Array(Team) } },
    handler: async (req) => listTeams(ports, contextOf(req)),
  });

  app.post('/api/teams', {
    schema: { tags, summary: 'Create a team', body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false }), response: { 201: Team } },
    handler: async (req, reply) => {
      reply.status(201);
      return createTeam(ports, contextOf(req), req.body.name);
    },
  });

  app.get('/api/users', {
    schema: { tags, summary: 'Staff accounts of my organization', response: { 200: Type.Array(Staff) } },
    handler: async (req) => listStaff(ports, contextOf(req)),
  });

  app.post('/api/users', {
    schema: {
      tags,
      summary: 'Create a staff account',
      body: Type.Object(
        { email: Type.String({ format: 'email', maxLength: 254 }), displayName: Type.String({ minLength: 1, maxLength: 100 }), role: RoleSchema, teamId: Type.Optional(Uuid), password: NewPassword },
        { additionalProperties: false },
      ),
      response: { 201: Staff },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return createStaff(ports, contextOf(req), req.body);
    },
  });

  app.patch('/api/users/:id', {
    schema: {
      tags,
      summary: 'Change a staff account: role, team, disabled, or unlock after failed sign-ins',
      params: IdParams,
      body: Type.Object(
        { role: Type.Optional(RoleSchema), teamId: Type.Optional(Type.Union([Uuid, Type.Null()])), disabled: Type.Optional(Type.Boolean()), unlock: Type.Optional(Type.Literal(true)) },
        { additionalProperties: false, minProperties: 1 },
      ),
      response: { 200: Staff },
    },
    handler: async (req) => updateStaff(ports, contextOf(req), req.params.id, req.body),
  });
}
