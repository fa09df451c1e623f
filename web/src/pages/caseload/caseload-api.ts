/**
 * The caseload page's own calls, typed from the shared contract: what needs attention, and
 * enrolling a participant. Names travel only in request bodies.
 */
import type { CaseloadAttention, ParticipantAttention } from '../../../../src/contract/caseload.ts';
import type { CreateParticipant, ParticipantView } from '../../../../src/contract/records.ts';
import { request } from '../../api/client.ts';

export type { CaseloadAttention, CreateParticipant, ParticipantAttention };
export type AttentionItem = ParticipantAttention['items'][number];

export const caseloadApi = {
  attention: () => request<CaseloadAttention>('GET', '/api/caseload/attention'),
  enrol: (input: CreateParticipant) => request<ParticipantView>('POST', '/api/participants', input),
};
