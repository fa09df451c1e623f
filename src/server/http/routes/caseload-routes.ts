import { CaseloadAttention } from '../../../contract/caseload.ts';
import { caseloadAttention } from '../../use-cases/caseload-attention.ts';
import type { RecordPorts } from '../../use-cases/ports.ts';
import type { PeerKeepApp } from '../app-type.ts';
import { contextOf } from '../request-auth.ts';

const tags = ['caseload'];

/** The caseload page's "needs attention" read (one request for the whole caseload). */
export function caseloadRoutes(app: PeerKeepApp, ports: RecordPorts): void {
  app.get('/api/caseload/attention', {
    schema: {
      tags,
      summary: 'What needs attention on my caseload (a supervisor: the team’s): open safety events, consents ending, the limits statement unsigned, follow-ups due',
      response: { 200: CaseloadAttention },
    },
    handler: async (req) => caseloadAttention(ports, contextOf(req)),
  });
}
