import { Type } from 'typebox';
import { IdParams, IsoDate, IsoDateTime, Ok, Uuid } from '../../../contract/common.ts';
import {
  AssignParticipant,
  BreakGlassInput,
  CaseloadMember,
  CreateParticipant,
  NoteInput,
  NoteVersionView,
  NoteView,
  ParticipantSearch,
  ParticipantSummary,
  ParticipantView,
  UpdateParticipant,
} from '../../../contract/records.ts';
import { accessReport } from '../../use-cases/audit-reports.ts';
import { breakTheGlass } from '../../use-cases/break-glass.ts';
import { participantAttendance } from '../../use-cases/groups.ts';
import { createNote, editNote, getNote, listNotes, noteHistory } from '../../use-cases/notes.ts';
import {
  assignParticipant,
  createParticipant,
  eraseParticipant,
  getCaseloadHolders,
  getParticipant,
  getParticipantIdentity,
  searchParticipants,
  updateParticipant,
} from '../../use-cases/participants.ts';
import type { RecordPorts } from '../../use-cases/ports.ts';
import type { PeerKeepApp } from '../app-type.ts';
import { contextOf } from '../request-auth.ts';

const tags = ['participants'];

export function participantRoutes(app: PeerKeepApp, ports: RecordPorts): void {
  app.get('/api/participants', {
    schema: { tags, summary: 'The participants I may see (my caseload, my team’s, or the organization for privacy officers and administrators)', response: { 200: Type.Array(ParticipantSummary) } },
    handler: async (req) => searchParticipants(ports, contextOf(req), undefined),
  });

  app.post('/api/participants/search', {
    schema: { tags, summary: 'Find participants by name (keyed blind index); the name goes in the body, not the URL', body: ParticipantSearch, response: { 200: Type.Array(ParticipantSummary) } },
    handler: async (req) => searchParticipants(ports, contextOf(req), req.body.q),
  });

  app.post('/api/participants', {
    schema: { tags, summary: 'Enrol a participant', body: CreateParticipant, response: { 201: ParticipantView } },
    handler: async (req, reply) => {
      reply.status(201);
      return createParticipant(ports, contextOf(req), req.body);
    },
  });

  app.get('/api/participants/:id', {
    schema: { tags, summary: 'A participant’s profile and contacts', params: IdParams, response: { 200: ParticipantView } },
    handler: async (req) => getParticipant(ports, contextOf(req), req.params.id),
  });

  app.get('/api/participants/:id/identity', {
    schema: { tags, summary: 'A participant’s name and pronouns only', params: IdParams, response: { 200: ParticipantSummary } },
    handler: async (req) => getParticipantIdentity(ports, contextOf(req), req.params.id),
  });

  app.put('/api/participants/:id', {
    schema: { tags, summary: 'Update a participant’s profile', params: IdParams, body: UpdateParticipant, response: { 200: ParticipantView } },
    handler: async (req) => updateParticipant(ports, contextOf(req), req.params.id, req.body.profile),
  });

  app.get('/api/participants/:id/caseload', {
    schema: { tags, summary: 'Who holds the participant on their caseload today (for those who may assign it)', params: IdParams, response: { 200: Type.Array(CaseloadMember) } },
    handler: async (req) => getCaseloadHolders(ports, contextOf(req), req.params.id),
  });

  app.put('/api/participants/:id/caseload', {
    schema: { tags, summary: 'Set whose caseload the participant is on', params: IdParams, body: AssignParticipant, response: { 200: Type.Array(CaseloadMember) } },
    handler: async (req) => assignParticipant(ports, contextOf(req), req.params.id, req.body.userIds),
  });

  app.delete('/api/participants/:id', {
    schema: { tags, summary: 'Erase a participant (destroys their data key; the audit trail stays)', params: IdParams, response: { 200: Ok } },
    handler: async (req) => eraseParticipant(ports, contextOf(req), req.params.id),
  });

  app.get('/api/participants/:id/notes', {
    schema: { tags: ['notes'], summary: 'A participant’s session notes, newest first', params: IdParams, response: { 200: Type.Array(NoteView) } },
    handler: async (req) => listNotes(ports, contextOf(req), req.params.id),
  });

  app.post('/api/participants/:id/notes', {
    schema: { tags: ['notes'], summary: 'Write a session note', params: IdParams, body: NoteInput, response: { 201: NoteView } },
    handler: async (req, reply) => {
      reply.status(201);
      return createNote(ports, contextOf(req), req.params.id, req.body);
    },
  });

  app.get('/api/notes/:id', {
    schema: { tags: ['notes'], summary: 'One note', params: IdParams, response: { 200: NoteView } },
    handler: async (req) => getNote(ports, contextOf(req), req.params.id),
  });

  app.put('/api/notes/:id', {
    schema: { tags: ['notes'], summary: 'Edit a note (the earlier version is kept)', params: IdParams, body: NoteInput, response: { 200: NoteView } },
    handler: async (req) => editNote(ports, contextOf(req), req.params.id, req.body),
  });

  app.get('/api/notes/:id/versions', {
    schema: { tags: ['notes'], summary: 'Earlier versions of a note', params: IdParams, response: { 200: Type.Array(NoteVersionView) } },
    handler: async (req) => noteHistory(ports, contextOf(req), req.params.id),
  });

  app.get('/api/participants/:id/attendance', {
    schema: {
      tags: ['groups'],
      summary: 'Group meetings this participant attended (their own part only)',
      params: IdParams,
      response: { 200: Type.Array(Type.Object({ groupSessionId: Uuid, groupName: Type.String(), sessionDate: IsoDate, present: Type.Boolean(), noteId: Type.Union([Uuid, Type.Null()]) })) },
    },
    handler: async (req) => participantAttendance(ports, contextOf(req), req.params.id),
  });

  app.post('/api/participants/:id/break-glass', {
    schema: {
      tags: ['break the glass'],
      summary: 'Open a record outside my caseload in an emergency, stating why (flagged to supervisors)',
      params: IdParams,
      body: BreakGlassInput,
      response: { 201: Type.Object({ id: Uuid, participantId: Uuid, expiresAt: IsoDateTime, supervisorsNotified: Type.Integer() }) },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return breakTheGlass(ports, contextOf(req), req.params.id, req.body.reason);
    },
  });

  app.get('/api/participants/:id/access-report', {
    schema: {
      tags: ['audit'],
      summary: 'Who accessed this participant’s record, when and why',
      params: IdParams,
      response: { 200: Type.Array(Type.Object({ at: IsoDateTime, staffName: Type.String(), staffRole: Type.Union([Type.String(), Type.Null()]), action: Type.String(), purpose: Type.Union([Type.String(), Type.Null()]) })) },
    },
    handler: async (req) => accessReport(ports, contextOf(req), req.params.id),
  });
}
