/**
 * The safety API (issue 4) as the web app calls it, typed from the shared contract. Ids go in
 * paths; what staff write goes only in bodies.
 */
import type { Static } from 'typebox';
import type { DashboardEntry, ReportInput, SafetyEventView, SafetySettingsView, StepInput, StepResult } from '../../../../src/contract/safety.ts';
import { request } from '../../api/client.ts';

export type SafetyEvent = SafetyEventView;
export type SafetyStepInput = StepInput;
export type SafetyStepResult = Static<typeof StepResult>;
export type DashboardRow = Static<typeof DashboardEntry>;
export type SafetyReport = ReportInput;
export type SafetySettings = SafetySettingsView;

const id = encodeURIComponent;

export const safetyApi = {
  events: (participantId: string) => request<SafetyEvent[]>('GET', `/api/participants/${id(participantId)}/safety-events`),
  report: (participantId: string, report: SafetyReport) => request<SafetyEvent>('POST', `/api/participants/${id(participantId)}/safety-events`, report),
  event: (eventId: string) => request<SafetyEvent>('GET', `/api/safety-events/${id(eventId)}`),
  step: (eventId: string, step: SafetyStepInput) => request<SafetyStepResult>('POST', `/api/safety-events/${id(eventId)}/steps`, step),
  dashboard: () => request<DashboardRow[]>('GET', '/api/safety-events'),
  acknowledge: (eventId: string) => request<SafetyEvent>('POST', `/api/safety-events/${id(eventId)}/acknowledge`),
  reassign: (eventId: string, supervisorId: string, reason?: string) => request<SafetyEvent>('POST', `/api/safety-events/${id(eventId)}/reassign`, { supervisorId, ...(reason ? { reason } : {}) }),
  settings: () => request<SafetySettings>('GET', '/api/safety-settings'),
};
