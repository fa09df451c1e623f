import type { SafetySettingsInput, SafetySettingsView } from '../../../../src/contract/safety.ts';
import { request } from '../../api/client.ts';

export type { SafetySettingsInput, SafetySettingsView };

export const safetySettingsApi = {
  get: () => request<SafetySettingsView>('GET', '/api/safety-settings'),
  save: (input: SafetySettingsInput) => request<SafetySettingsView>('PUT', '/api/safety-settings', input),
};
