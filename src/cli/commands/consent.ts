import { writeFileSync } from 'node:fs';
import type { RequestContext } from '../../server/request-context.ts';
import { accountingReport } from '../../server/use-cases/accounting.ts';
import { listExpiringConsents, listUnsignedAcknowledgments } from '../../server/use-cases/consents.ts';
import { accountingPdf } from '../../server/documents/accounting-pdf.ts';
import type { Runtime } from '../../server/runtime.ts';
import { type Command, UsageError } from '../io.ts';
import { operatorContext, options, required, withRuntime } from '../operator.ts';

/**
 * The operator at the command line answers a participant's request as the privacy officer would:
 * the same use cases, access rules and audit entries, under the nil operator id.
 */
async function asPrivacyOfficer(rt: Runtime, orgSlug: string): Promise<RequestContext> {
  const ctx = await operatorContext(rt, orgSlug);
  return { ...ctx, actor: { ...ctx.actor, role: 'privacy_officer', platformAdmin: false }, purpose: 'participant_request' };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `peerkeep accounting --org SHORT --participant ID [--pdf FILE]`: the accounting of disclosures. */
export const accountingCommand: Command = async (args, io) => {
  const o = options(args, { org: { type: 'string' }, participant: { type: 'string' }, pdf: { type: 'string' } });
  const org = required(o.org, 'org');
  const participant = required(o.participant, 'participant');
  if (!UUID.test(participant)) throw new UsageError('--participant must be a participant id (a UUID), never a name');
  return withRuntime(async (rt) => {
    const ctx = await asPrivacyOfficer(rt, org);
    const report = await accountingReport({ db: rt.database.db, keys: rt.keys }, ctx, participant);
    if (o.pdf) {
      writeFileSync(o.pdf, await accountingPdf(report), { mode: 0o600 });
      io.out(`${JSON.stringify({ pdf: o.pdf, listed: report.entries.length, exempt: report.exempt.length })}\n`);
      return 0;
    }
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  });
};

/** `peerkeep consents expiring --org SHORT [--days N]` and `consents unsigned --org SHORT`. */
export const consentsCommand: Command = async (args, io) => {
  const [sub, ...rest] = args;
  const o = options(rest, { org: { type: 'string' }, days: { type: 'string' } });
  if (sub !== 'expiring' && sub !== 'unsigned') {
    throw new UsageError('usage: peerkeep consents expiring --org SHORT [--days N] | peerkeep consents unsigned --org SHORT');
  }
  const org = required(o.org, 'org');
  const days = o.days === undefined ? 30 : Number(o.days);
  if (!Number.isInteger(days) || days < 1 || days > 365) throw new UsageError('--days must be a whole number from 1 to 365');
  return withRuntime(async (rt) => {
    const ctx = await asPrivacyOfficer(rt, org);
    const ports = { db: rt.database.db, keys: rt.keys };
    const rows = sub === 'expiring' ? await listExpiringConsents(ports, ctx, days) : await listUnsignedAcknowledgments(ports, ctx);
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  });
};
