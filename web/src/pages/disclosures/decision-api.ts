import { request } from '../../api/client.ts';
import type { DecisionView, DisclosureView } from '../consents/consent-api.ts';

/** A stored "May I share this?" decision, and a supervisor's override of it (ids in paths, words in bodies). */
const p = (id: string) => encodeURIComponent(id);

export const decisionApi = {
  get: (decisionId: string) => request<DecisionView>('GET', `/api/disclosure-decisions/${p(decisionId)}`),
  override: (decisionId: string, reason: string) => request<DecisionView>('POST', `/api/disclosure-decisions/${p(decisionId)}/override`, { reason }),
  /** A recorded disclosure with its packet, to print it again. */
  packet: (disclosureId: string) => request<DisclosureView>('GET', `/api/disclosures/${p(disclosureId)}/packet`),
};

/** The page of one decision: what a peer sends their supervisor (only the id is in it). */
export const decisionPath = (decisionId: string) => `/disclosure-decisions/${p(decisionId)}`;

/** What the decision was about, from the facts stored with it. */
export interface AskedAbout {
  readonly recipient: string;
  readonly purpose: string;
  readonly information: readonly string[];
}

export function askedAbout(d: DecisionView): AskedAbout {
  const f = (d.facts ?? {}) as Partial<Record<keyof AskedAbout, unknown>>;
  return {
    recipient: typeof f.recipient === 'string' ? f.recipient : 'unknown',
    purpose: typeof f.purpose === 'string' ? f.purpose : '',
    information: Array.isArray(f.information) ? f.information.filter((x): x is string => typeof x === 'string') : [],
  };
}
