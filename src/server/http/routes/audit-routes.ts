import { Type } from 'typebox';
import { IsoDateTime, Uuid } from '../../../contract/common.ts';
import { listAuditEntries } from '../../use-cases/audit-reports.ts';
import type { RecordPorts } from '../../use-cases/ports.ts';
import type { PeerKeepApp } from '../app-type.ts';
import { contextOf } from '../request-auth.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export function auditRoutes(app: PeerKeepApp, ports: RecordPorts): void {
  app.get('/api/audit', {
    schema: {
      tags: ['audit'],
      summary: 'The audit log, newest first (privacy officers)',
      querystring: Type.Object(
        {
          participantId: Type.Optional(Uuid),
          actorId: Type.Optional(Uuid),
          action: Type.Optional(Type.String({ maxLength: 64 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
          beforeSeq: Type.Optional(Type.String({ pattern: '^[0-9]{1,18}$' })),
        },
        { additionalProperties: false },
      ),
      response: {
        200: Type.Array(
          Type.Object({
            seq: Type.String(),
            at: IsoDateTime,
            actorId: Nullable(Uuid),
            actorName: Nullable(Type.String()),
            actorRole: Nullable(Type.String()),
            action: Type.String(),
            outcome: Type.String(),
            participantId: Nullable(Uuid),
            resourceType: Nullable(Type.String()),
            resourceId: Nullable(Uuid),
            purpose: Nullable(Type.String()),
            source: Nullable(Type.String()),
          }),
        ),
      },
    },
    handler: async (req) => listAuditEntries(ports, contextOf(req), req.query),
  });
}
