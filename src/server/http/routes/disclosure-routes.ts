import { IdParams } from '../../../contract/common.ts';
import { AccountingReport, DecisionRequest, DecisionView, DisclosureInput, DisclosureView, OverrideInput } from '../../../contract/disclosures.ts';
import { accountingReport, accountingReportPdf } from '../../use-cases/accounting.ts';
import { decideForParticipant, getDecision, getDisclosure, makeDisclosure, overrideDecision } from '../../use-cases/disclosures.ts';
import type { RecordPorts } from '../../use-cases/ports.ts';
import type { PeerKeepApp } from '../app-type.ts';
import { contextOf } from '../request-auth.ts';
import { PdfQuery } from './consent-routes.ts';

const tags = ['disclosures'];

/** "May I share this?", the override, making the disclosure, and the accounting of disclosures. */
export function disclosureRoutes(app: PeerKeepApp, ports: RecordPorts): void {
  app.post('/api/participants/:id/disclosure-decisions', {
    schema: { tags, summary: 'May I share this? PeerKeep adds the consent on file and the policy profile, decides, and stores the decision', params: IdParams, body: DecisionRequest, response: { 201: DecisionView } },
    handler: async (req, reply) => {
      reply.status(201);
      return decideForParticipant(ports, contextOf(req), req.params.id, req.body);
    },
  });

  app.get('/api/disclosure-decisions/:id', {
    schema: { tags, summary: 'A stored decision with the facts it used', params: IdParams, response: { 200: DecisionView } },
    handler: async (req) => getDecision(ports, contextOf(req), req.params.id),
  });

  app.post('/api/disclosure-decisions/:id/override', {
    schema: { tags, summary: 'A supervisor records the decision to share although the engine denied or escalated, with the reason', params: IdParams, body: OverrideInput, response: { 200: DecisionView } },
    handler: async (req) => overrideDecision(ports, contextOf(req), req.params.id, req.body.reason),
  });

  app.post('/api/disclosure-decisions/:id/disclosure', {
    schema: { tags, summary: 'Make the disclosure: the minimum-necessary packet, recorded in the accounting, with what to tell the participant', params: IdParams, body: DisclosureInput, response: { 201: DisclosureView } },
    handler: async (req, reply) => {
      reply.status(201);
      return makeDisclosure(ports, contextOf(req), req.params.id, req.body);
    },
  });

  app.get('/api/disclosures/:id/packet', {
    schema: { tags, summary: 'A recorded disclosure with its minimum-necessary packet, to print it again', params: IdParams, response: { 200: DisclosureView } },
    handler: async (req) => getDisclosure(ports, contextOf(req), req.params.id),
  });

  app.get('/api/participants/:id/accounting', {
    schema: { tags, summary: 'The accounting of disclosures (HIPAA 6 years, Part 2 3 years), with the exempt ones apart', params: IdParams, response: { 200: AccountingReport } },
    handler: async (req) => accountingReport(ports, contextOf(req), req.params.id),
  });

  app.get('/api/participants/:id/accounting/pdf', {
    schema: { tags, summary: 'The accounting of disclosures as a PDF for the participant: opens in the browser, or saves with download=true', params: IdParams, querystring: PdfQuery },
    handler: async (req, reply) => {
      const pdf = await accountingReportPdf(ports, contextOf(req), req.params.id);
      return reply.type('application/pdf').header('content-disposition', `${req.query.download ? 'attachment' : 'inline'}; filename="accounting-of-disclosures.pdf"`).send(pdf);
    },
  });
}
