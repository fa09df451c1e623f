import { Type } from 'typebox';
import { IdParams } from '../../../contract/common.ts';
import { BreakGlassReview, BreakGlassView, CreateGroup, GroupSessionInput, GroupSessionView, GroupView } from '../../../contract/records.ts';
import { Ok } from '../../../contract/common.ts';
import { listBreakGlass, reviewBreakGlass } from '../../use-cases/break-glass.ts';
import { createGroup, getGroupSession, listGroups, recordGroupSession } from '../../use-cases/groups.ts';
import type { RecordPorts } from '../../use-cases/ports.ts';
import type { PeerKeepApp } from '../app-type.ts';
import { contextOf } from '../request-auth.ts';

export function groupRoutes(app: PeerKeepApp, ports: RecordPorts): void {
  const tags = ['groups'];
  app.get('/api/groups', {
    schema: { tags, summary: 'Peer support groups', response: { 200: Type.Array(GroupView) } },
    handler: async (req) => listGroups(ports, contextOf(req)),
  });

  app.post('/api/groups', {
    schema: { tags, summary: 'Create a group that I facilitate', body: CreateGroup, response: { 201: GroupView } },
    handler: async (req, reply) => {
      reply.status(201);
      return createGroup(ports, contextOf(req), req.body);
    },
  });

  app.post('/api/groups/:id/sessions', {
    schema: { tags, summary: 'Record a group meeting: attendance, a general note, and a note per participant', params: IdParams, body: GroupSessionInput, response: { 201: GroupSessionView } },
    handler: async (req, reply) => {
      reply.status(201);
      return recordGroupSession(ports, contextOf(req), req.params.id, req.body);
    },
  });

  app.get('/api/group-sessions/:id', {
    schema: { tags, summary: 'One group meeting, for its facilitator or the team supervisor', params: IdParams, response: { 200: GroupSessionView } },
    handler: async (req) => getGroupSession(ports, contextOf(req), req.params.id),
  });

  app.get('/api/break-glass', {
    schema: {
      tags: ['break the glass'],
      summary: 'Emergency access grants to review',
      querystring: Type.Object({ unreviewed: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
      response: { 200: Type.Array(BreakGlassView) },
    },
    handler: async (req) => listBreakGlass(ports, contextOf(req), req.query.unreviewed ?? false),
  });

  app.post('/api/break-glass/:id/review', {
    schema: { tags: ['break the glass'], summary: 'Record the review of an emergency access grant', params: IdParams, body: BreakGlassReview, response: { 200: Ok } },
    handler: async (req) => reviewBreakGlass(ports, contextOf(req), req.params.id, req.body.outcome, req.body.note),
  });
}
