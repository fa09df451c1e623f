/**
 * The plain-language statements and a participant's signed acknowledgments, typed from the shared
 * contract where it declares them.
 */
import type { AcknowledgmentInput, AcknowledgmentView } from '../../../../src/contract/consents.ts';
import { request } from '../../api/client.ts';

export type { AcknowledgmentInput, AcknowledgmentView };

/** As GET /api/statements answers (the route declares this shape). */
export interface Statement {
  readonly version: string;
  readonly effectiveFrom: string;
  readonly title: string;
  readonly sections: readonly { readonly heading: string; readonly text: string }[];
  readonly acknowledgment: string;
}

/** Which statement is the limits of confidentiality: its versions share this prefix. */
export const LIMITS_PREFIX = 'limits-of-confidentiality/';

const p = encodeURIComponent;

export const limitsApi = {
  statements: () => request<Statement[]>('GET', '/api/statements'),
  acknowledgments: (participantId: string) => request<AcknowledgmentView[]>('GET', `/api/participants/${p(participantId)}/acknowledgments`),
  record: (participantId: string, input: AcknowledgmentInput) => request<AcknowledgmentView>('POST', `/api/participants/${p(participantId)}/acknowledgments`, input),
};
