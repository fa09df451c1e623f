import { Type } from 'typebox';
import { IdParams } from '../../../contract/common.ts';
import {
  AddRedaction,
  ConsultationDraft,
  ConsultationRecipient,
  ConsultationView,
  DiscussionEntry,
  ReceivedConsultation,
  ReidentificationView,
  ReidentifyInput,
  ReplyInput,
  ReplyView,
  RestoreSpan,
  SendConsultation,
  SharedConsultationView,
  StartConsultation,
} from '../../../contract/consultations.ts';
import { listDrafts, listRecipients } from '../../use-cases/consultation-lists.ts';
import { listReceived, readShared, replyToConsultation } from '../../use-cases/consultation-sharing.ts';
import { listDiscussions, reidentifyParticipant } from '../../use-cases/consultation-transparency.ts';
import { addRedaction, closeConsultation, getConsultation, restoreSpan, sendConsultation, startConsultation } from '../../use-cases/consultations.ts';
import type { RecordPorts } from '../../use-cases/ports.ts';
import type { PeerKeepApp } from '../app-type.ts';
import { contextOf } from '../request-auth.ts';

const tags = ['consultations'];

/** De-identified case consultation: the author's review and sending, the recipient's inbox and replies. */
export function consultationRoutes(app: PeerKeepApp, ports: RecordPorts): void {
  app.post('/api/participants/:id/consultations', {
    schema: { tags, summary: 'Start a consultation from this record: PeerKeep de-identifies the summary and chosen notes for review', params: IdParams, body: StartConsultation, response: { 201: ConsultationView } },
    handler: async (req, reply) => {
      reply.status(201);
      return startConsultation(ports, contextOf(req), req.params.id, req.body);
    },
  });

  app.get('/api/participants/:id/consultations', {
    schema: { tags, summary: 'When this participant was discussed outside their presence: when, with whom, why', params: IdParams, response: { 200: Type.Array(DiscussionEntry) } },
    handler: async (req) => listDiscussions(ports, contextOf(req), req.params.id),
  });

  app.get('/api/participants/:id/consultation-drafts', {
    schema: { tags, summary: 'My consultations about this participant that are not sent yet', params: IdParams, response: { 200: Type.Array(ConsultationDraft) } },
    handler: async (req) => listDrafts(ports, contextOf(req), req.params.id),
  });

  app.get('/api/consultations/recipients', {
    schema: { tags, summary: 'Colleagues a consultation may be sent to (active peer specialists and supervisors)', response: { 200: Type.Array(ConsultationRecipient) } },
    handler: async (req) => listRecipients(ports, contextOf(req)),
  });

  app.get('/api/consultations/received', {
    schema: { tags, summary: 'Consultations sent to me (no participant is named)', response: { 200: Type.Array(ReceivedConsultation) } },
    handler: async (req) => listReceived(ports, contextOf(req)),
  });

  app.get('/api/consultations/:id', {
    schema: { tags, summary: 'My consultation: the original beside the de-identified text, every removed span, the replies', params: IdParams, response: { 200: ConsultationView } },
    handler: async (req) => getConsultation(ports, contextOf(req), req.params.id),
  });

  app.post('/api/consultations/:id/redactions', {
    schema: { tags, summary: 'Remove more of the original before sending', params: IdParams, body: AddRedaction, response: { 200: ConsultationView } },
    handler: async (req) => addRedaction(ports, contextOf(req), req.params.id, req.body.start, req.body.end),
  });

  app.post('/api/consultations/:id/restorations', {
    schema: { tags, summary: 'Show a removed span after all, stating why (recorded)', params: IdParams, body: RestoreSpan, response: { 200: ConsultationView } },
    handler: async (req) => restoreSpan(ports, contextOf(req), req.params.id, req.body.start, req.body.end, req.body.reason),
  });

  app.post('/api/consultations/:id/send', {
    schema: { tags, summary: 'Confirm the de-identified text and send it to a supervisor or colleague', params: IdParams, body: SendConsultation, response: { 200: ConsultationView } },
    handler: async (req) => sendConsultation(ports, contextOf(req), req.params.id, req.body.recipientId),
  });

  app.post('/api/consultations/:id/close', {
    schema: { tags, summary: 'Close my consultation (no more replies)', params: IdParams, response: { 200: ConsultationView } },
    handler: async (req) => closeConsultation(ports, contextOf(req), req.params.id),
  });

  app.get('/api/consultations/:id/shared', {
    schema: { tags, summary: 'A consultation sent to me: the de-identified text and the replies', params: IdParams, response: { 200: SharedConsultationView } },
    handler: async (req) => readShared(ports, contextOf(req), req.params.id),
  });

  app.post('/api/consultations/:id/replies', {
    schema: { tags, summary: 'Answer a consultation sent to me', params: IdParams, body: ReplyInput, response: { 201: ReplyView } },
    handler: async (req, reply) => {
      reply.status(201);
      return replyToConsultation(ports, contextOf(req), req.params.id, req.body.body);
    },
  });

  app.post('/api/consultations/:id/reidentify', {
    schema: {
      tags,
      summary: 'Reveal who the participant is to the recipient, for an urgent risk (recorded, flagged to your supervisors)',
      params: IdParams,
      body: ReidentifyInput,
      response: { 201: ReidentificationView },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return reidentifyParticipant(ports, contextOf(req), req.params.id, req.body.reason);
    },
  });
}
