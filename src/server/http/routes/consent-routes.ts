import { Type } from 'typebox';
import { IdParams } from '../../../contract/common.ts';
import {
  AcknowledgmentInput,
  AcknowledgmentView,
  ConsentEvent,
  ConsentInput,
  ConsentView,
  ExpiringConsent,
  PolicyProfileInput,
  PolicyProfileVersion,
  PolicyProfileView,
  RevokeConsent,
  UnsignedAcknowledgment,
} from '../../../contract/consents.ts';
import { LIMITS_OF_CONFIDENTIALITY, TELEHEALTH_ACKNOWLEDGMENT } from '../../../core/consent/limits-of-confidentiality.ts';
import {
  createConsent,
  getConsent,
  getConsentPdf,
  listAcknowledgments,
  listConsents,
  listExpiringConsents,
  listUnsignedAcknowledgments,
  recordAcknowledgment,
  recordConsentEvent,
  revokeConsent,
} from '../../use-cases/consents.ts';
import { getPolicyProfile, listPolicyProfileVersions, updatePolicyProfile } from '../../use-cases/policy-profile.ts';
import type { RecordPorts } from '../../use-cases/ports.ts';
import type { PeerKeepApp } from '../app-type.ts';
import { contextOf } from '../request-auth.ts';

const tags = ['consents'];

/** A PDF opens in the browser's viewer (preview, print) unless the person asked to save it. */
export const PdfQuery = Type.Object({ download: Type.Optional(Type.Boolean({ description: 'true: save the file instead of opening it in the browser' })) }, { additionalProperties: false });

const Statement = Type.Object({
  version: Type.String(),
  effectiveFrom: Type.String(),
  title: Type.String(),
  sections: Type.Array(Type.Object({ heading: Type.String(), text: Type.String() })),
  acknowledgment: Type.String(),
});

/** Consents (ROI), acknowledgments of the limits of confidentiality, and the policy profile. */
export function consentRoutes(app: PeerKeepApp, ports: RecordPorts): void {
  app.get('/api/policy-profile', {
    schema: { tags: ['policy'], summary: 'The organization’s current policy profile (state, Part 2, duty to warn, reporters, crisis numbers)', response: { 200: PolicyProfileView } },
    handler: async (req) => getPolicyProfile(ports, contextOf(req)),
  });

  app.get('/api/policy-profile/versions', {
    schema: {
      tags: ['policy'],
      summary: 'Every version of the policy profile, newest first, ending with the built-in version 0: when, by whom, and its values',
      response: { 200: Type.Array(PolicyProfileVersion) },
    },
    handler: async (req) => listPolicyProfileVersions(ports, contextOf(req)),
  });

  app.put('/api/policy-profile', {
    schema: { tags: ['policy'], summary: 'Set a new version of the policy profile (privacy officer or administrator)', body: PolicyProfileInput, response: { 200: PolicyProfileView } },
    handler: async (req) => updatePolicyProfile(ports, contextOf(req), req.body),
  });

  app.get('/api/statements', {
    schema: { tags, summary: 'The current plain-language statements participants sign (limits of confidentiality, telehealth)', response: { 200: Type.Array(Statement) } },
    handler: async () => [LIMITS_OF_CONFIDENTIALITY, TELEHEALTH_ACKNOWLEDGMENT].map((s) => ({ version: s.version, effectiveFrom: s.effectiveFrom, title: s.title, sections: [...s.sections], acknowledgment: s.acknowledgment })),
  });

  app.get('/api/participants/:id/consents', {
    schema: { tags, summary: 'A participant’s consents, newest first, with their status today', params: IdParams, response: { 200: Type.Array(ConsentView) } },
    handler: async (req) => listConsents(ports, contextOf(req), req.params.id),
  });

  app.post('/api/participants/:id/consents', {
    schema: { tags, summary: 'Record a signed Release of Information (refused, naming the element, when incomplete)', params: IdParams, body: ConsentInput, response: { 201: ConsentView } },
    handler: async (req, reply) => {
      reply.status(201);
      return createConsent(ports, contextOf(req), req.params.id, req.body);
    },
  });

  app.get('/api/consents/expiring', {
    schema: {
      tags,
      summary: 'Consents ending in the next days (30 by default) for the participants I work with',
      querystring: Type.Object({ days: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })) }, { additionalProperties: false }),
      response: { 200: Type.Array(ExpiringConsent) },
    },
    handler: async (req) => listExpiringConsents(ports, contextOf(req), req.query.days ?? 30),
  });

  app.get('/api/consents/:id', {
    schema: { tags, summary: 'One consent', params: IdParams, response: { 200: ConsentView } },
    handler: async (req) => getConsent(ports, contextOf(req), req.params.id),
  });

  app.get('/api/consents/:id/pdf', {
    schema: { tags, summary: 'The printable consent form (application/pdf): opens in the browser, or saves with download=true', params: IdParams, querystring: PdfQuery },
    handler: async (req, reply) => {
      const pdf = await getConsentPdf(ports, contextOf(req), req.params.id);
      return reply.type('application/pdf').header('content-disposition', `${req.query.download ? 'attachment' : 'inline'}; filename="consent.pdf"`).send(pdf);
    },
  });

  app.post('/api/consents/:id/revoke', {
    schema: { tags, summary: 'Record a revocation, written or oral (an oral one needs a witness); it applies at once', params: IdParams, body: RevokeConsent, response: { 200: ConsentView } },
    handler: async (req) => revokeConsent(ports, contextOf(req), req.params.id, req.body),
  });

  app.post('/api/consents/:id/events', {
    schema: { tags, summary: 'Record that the event ending the consent (or its irrevocability) has happened', params: IdParams, body: ConsentEvent, response: { 200: ConsentView } },
    handler: async (req) => recordConsentEvent(ports, contextOf(req), req.params.id, req.body),
  });

  app.get('/api/participants/:id/acknowledgments', {
    schema: { tags, summary: 'The statements a participant signed (limits of confidentiality, telehealth)', params: IdParams, response: { 200: Type.Array(AcknowledgmentView) } },
    handler: async (req) => listAcknowledgments(ports, contextOf(req), req.params.id),
  });

  app.post('/api/participants/:id/acknowledgments', {
    schema: { tags, summary: 'Record the participant’s signed acknowledgment of the current statement', params: IdParams, body: AcknowledgmentInput, response: { 201: AcknowledgmentView } },
    handler: async (req, reply) => {
      reply.status(201);
      return recordAcknowledgment(ports, contextOf(req), req.params.id, req.body);
    },
  });

  app.get('/api/acknowledgments/unsigned', {
    schema: { tags, summary: 'Participants I work with who have not signed the current limits-of-confidentiality statement', response: { 200: Type.Array(UnsignedAcknowledgment) } },
    handler: async (req) => listUnsignedAcknowledgments(ports, contextOf(req)),
  });
}
