import { Type } from 'typebox';
import { IdParams } from '../../../contract/common.ts';
import {
  DashboardEntry,
  FindingView,
  MessageInput,
  MessageView,
  ReassignInput,
  ReportInput,
  SafetyEventView,
  SafetySettingsInput,
  SafetySettingsView,
  ScanInput,
  ScanResult,
  StepInput,
  StepResult,
} from '../../../contract/safety.ts';
import { listMessages, logMessage } from '../../use-cases/messages.ts';
import { scanText } from '../../use-cases/risk-scan.ts';
import { getSafetyEvent, listFindings, listParticipantEvents, reportSafetyEvent, type SafetyPorts } from '../../use-cases/safety-events.ts';
import { getSafetySettings, updateSafetySettings } from '../../use-cases/safety-settings.ts';
import { takeStep } from '../../use-cases/safety-steps.ts';
import { acknowledgeEvent, reassignEvent, safetyDashboard } from '../../use-cases/safety-supervision.ts';
import type { PeerKeepApp } from '../app-type.ts';
import { contextOf } from '../request-auth.ts';

const tags = ['safety'];

/**
 * Risky disclosures and the safety protocol: scans, logged messages, findings, safety events and
 * their steps, the supervisors' dashboard, and the organization's safety settings.
 */
export function safetyRoutes(app: PeerKeepApp, ports: SafetyPorts): void {
  app.post('/api/risk/scan', {
    schema: { tags, summary: 'Check a text for risky disclosures without storing it or the answer (for the editor)', body: ScanInput, response: { 200: ScanResult } },
    handler: async (req) => scanText(ports, contextOf(req), req.body.text),
  });

  app.post('/api/participants/:id/messages', {
    schema: { tags, summary: 'Log a message from the participant (sealed, and scanned like a note)', params: IdParams, body: MessageInput, response: { 201: MessageView } },
    handler: async (req, reply) => {
      reply.status(201);
      return logMessage(ports, contextOf(req), req.params.id, req.body);
    },
  });

  app.get('/api/participants/:id/messages', {
    schema: { tags, summary: 'Messages logged from the participant, newest first', params: IdParams, response: { 200: Type.Array(MessageView) } },
    handler: async (req) => listMessages(ports, contextOf(req), req.params.id),
  });

  app.get('/api/participants/:id/risk-findings', {
    schema: { tags, summary: 'What the scans of notes and messages found, discounted findings included', params: IdParams, response: { 200: Type.Array(FindingView) } },
    handler: async (req) => listFindings(ports, contextOf(req), req.params.id),
  });

  app.post('/api/participants/:id/safety-events', {
    schema: { tags, summary: 'Report a risky disclosure yourself: opens a safety event and tells a supervisor', params: IdParams, body: ReportInput, response: { 201: SafetyEventView } },
    handler: async (req, reply) => {
      reply.status(201);
      return reportSafetyEvent(ports, contextOf(req), req.params.id, req.body);
    },
  });

  app.get('/api/participants/:id/safety-events', {
    schema: { tags, summary: 'The participant’s safety events, newest first', params: IdParams, response: { 200: Type.Array(SafetyEventView) } },
    handler: async (req) => listParticipantEvents(ports, contextOf(req), req.params.id),
  });

  app.get('/api/safety-events', {
    schema: { tags, summary: 'Supervisor dashboard: open safety events in my scope, most urgent and oldest first', response: { 200: Type.Array(DashboardEntry) } },
    handler: async (req) => safetyDashboard(ports, contextOf(req)),
  });

  app.get('/api/safety-events/:id', {
    schema: { tags, summary: 'One safety event: its steps, notices, finding, plan and what to do next', params: IdParams, response: { 200: SafetyEventView } },
    handler: async (req) => getSafetyEvent(ports, contextOf(req), req.params.id),
  });

  app.post('/api/safety-events/:id/steps', {
    schema: { tags, summary: 'Record a protocol step (stamped with the time and you); an outside contact runs the disclosure decision', params: IdParams, body: StepInput, response: { 201: StepResult } },
    handler: async (req, reply) => {
      reply.status(201);
      return takeStep(ports, contextOf(req), req.params.id, req.body);
    },
  });

  app.post('/api/safety-events/:id/acknowledge', {
    schema: { tags, summary: 'Acknowledge a safety event as its supervisor (stops escalation)', params: IdParams, response: { 200: SafetyEventView } },
    handler: async (req) => acknowledgeEvent(ports, contextOf(req), req.params.id),
  });

  app.post('/api/safety-events/:id/reassign', {
    schema: { tags, summary: 'Hand a safety event to another supervisor, who is told at once', params: IdParams, body: ReassignInput, response: { 200: SafetyEventView } },
    handler: async (req) => reassignEvent(ports, contextOf(req), req.params.id, req.body.supervisorId, req.body.reason),
  });

  app.get('/api/safety-settings', {
    schema: { tags, summary: 'Acknowledgement minutes, escalation order and crisis numbers (from the policy profile)', response: { 200: SafetySettingsView } },
    handler: async (req) => getSafetySettings(ports, contextOf(req)),
  });

  app.put('/api/safety-settings', {
    schema: { tags, summary: 'Set the acknowledgement minutes and the supervisors to escalate to, in order', body: SafetySettingsInput, response: { 200: SafetySettingsView } },
    handler: async (req) => updateSafetySettings(ports, contextOf(req), req.body),
  });
}
