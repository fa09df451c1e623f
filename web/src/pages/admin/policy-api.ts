import type { PolicyProfileInput, PolicyProfileView } from '../../../../src/contract/consents.ts';
import { request } from '../../api/client.ts';

export type { PolicyProfileInput, PolicyProfileView };

/** One line of the audit log, as GET /api/audit sends it (privacy officers only). */
export interface AuditLine {
  readonly seq: string;
  readonly at: string;
  readonly actorId: string | null;
  readonly actorName: string | null;
  readonly outcome: string;
}

export const policyApi = {
  get: () => request<PolicyProfileView>('GET', '/api/policy-profile'),
  save: (input: PolicyProfileInput) => request<PolicyProfileView>('PUT', '/api/policy-profile', input),
  /**
   * Every change of the profile, newest first. The API keeps old versions but lists none of them,
   * so the history is read from the audit log, which only privacy officers may read.
   */
  changes: () => request<AuditLine[]>('GET', '/api/audit?action=policy_profile.update&limit=500'),
};
