import type { PolicyProfileInput, PolicyProfileVersion, PolicyProfileView } from '../../../../src/contract/consents.ts';
import { request } from '../../api/client.ts';

export type { PolicyProfileInput, PolicyProfileVersion, PolicyProfileView };

export const policyApi = {
  get: () => request<PolicyProfileView>('GET', '/api/policy-profile'),
  save: (input: PolicyProfileInput) => request<PolicyProfileView>('PUT', '/api/policy-profile', input),
  /** Every version, newest first, ending with the built-in version 0; each with its values and who saved it. */
  versions: () => request<PolicyProfileVersion[]>('GET', '/api/policy-profile/versions'),
};
