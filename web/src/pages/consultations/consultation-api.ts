/**
 * The consultation API (issue 5) as the web app calls it, typed from the shared contract. Ids go
 * in paths; what staff write (reasons, summaries, replies) goes only in bodies.
 */
import type { Static } from 'typebox';
import type {
  AddRedaction,
  ConsultationDraft,
  ConsultationRecipient,
  ConsultationView,
  DiscussionEntry,
  ReceivedConsultation,
  ReidentificationView,
  ReplyView,
  RestoreSpan,
  SharedConsultationView,
  StartConsultation,
} from '../../../../src/contract/consultations.ts';
import { request } from '../../api/client.ts';

export type Consultation = Static<typeof ConsultationView>;
export type RemovedSpan = Consultation['spans'][number];
export type Discussion = Static<typeof DiscussionEntry>;
export type Draft = Static<typeof ConsultationDraft>;
export type Recipient = Static<typeof ConsultationRecipient>;
export type Received = Static<typeof ReceivedConsultation>;
export type Shared = Static<typeof SharedConsultationView>;
export type NewConsultation = Static<typeof StartConsultation>;
export type Restore = Static<typeof RestoreSpan>;
export type Redaction = Static<typeof AddRedaction>;
export type Status = Consultation['status'];

const id = encodeURIComponent;

export const consultationApi = {
  // The author, from the participant's record.
  discussions: (participantId: string) => request<Discussion[]>('GET', `/api/participants/${id(participantId)}/consultations`),
  drafts: (participantId: string) => request<Draft[]>('GET', `/api/participants/${id(participantId)}/consultation-drafts`),
  start: (participantId: string, input: NewConsultation) => request<Consultation>('POST', `/api/participants/${id(participantId)}/consultations`, input),
  get: (consultationId: string) => request<Consultation>('GET', `/api/consultations/${id(consultationId)}`),
  redact: (consultationId: string, span: Redaction) => request<Consultation>('POST', `/api/consultations/${id(consultationId)}/redactions`, span),
  restore: (consultationId: string, input: Restore) => request<Consultation>('POST', `/api/consultations/${id(consultationId)}/restorations`, input),
  recipients: () => request<Recipient[]>('GET', '/api/consultations/recipients'),
  send: (consultationId: string, recipientId: string) => request<Consultation>('POST', `/api/consultations/${id(consultationId)}/send`, { recipientId }),
  close: (consultationId: string) => request<Consultation>('POST', `/api/consultations/${id(consultationId)}/close`),
  reidentify: (consultationId: string, reason: string) => request<Static<typeof ReidentificationView>>('POST', `/api/consultations/${id(consultationId)}/reidentify`, { reason }),
  // The colleague it was sent to.
  received: () => request<Received[]>('GET', '/api/consultations/received'),
  shared: (consultationId: string) => request<Shared>('GET', `/api/consultations/${id(consultationId)}/shared`),
  reply: (consultationId: string, body: string) => request<Static<typeof ReplyView>>('POST', `/api/consultations/${id(consultationId)}/replies`, { body }),
};

/** Page addresses: ids only, never a name. */
export const consultationPaths = {
  inbox: () => '/consultations',
  received: (consultationId: string) => `/consultations/received/${consultationId}`,
  mine: (consultationId: string) => `/consultations/${consultationId}`,
};
