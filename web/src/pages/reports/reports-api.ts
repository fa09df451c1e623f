import type { AcknowledgmentView } from '../../../../src/contract/consents.ts';
import { request } from '../../api/client.ts';

/** The calls only the reports make; the others come from api/endpoints.ts and consents/consent-api.ts. */
export interface Statement {
  readonly version: string;
  readonly effectiveFrom: string;
  readonly title: string;
  readonly sections: readonly { readonly heading: string; readonly text: string }[];
  readonly acknowledgment: string;
}
export type { AcknowledgmentView };

const p = (id: string) => encodeURIComponent(id);

/** Statement versions start with their kind, e.g. `limits-of-confidentiality/en/2026-11-v1`. */
export const LIMITS_PREFIX = 'limits-of-confidentiality/';

export const reportsApi = {
  statements: () => request<Statement[]>('GET', '/api/statements'),
  acknowledgments: (participantId: string) => request<AcknowledgmentView[]>('GET', `/api/participants/${p(participantId)}/acknowledgments`),
};

/** A PDF that opens in the browser's viewer (the server sends it inline). */
export const accountingPdfView = (participantId: string) => `/api/participants/${p(participantId)}/accounting/pdf`;
/** The same PDF saved as a file. */
export const accountingPdfDownload = (participantId: string) => `/api/participants/${p(participantId)}/accounting/pdf?download=true`;
export const consentPdfDownload = (consentId: string) => `/api/consents/${p(consentId)}/pdf?download=true`;
