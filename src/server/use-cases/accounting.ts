import type { AccountingReport } from '../../contract/disclosures.ts';
import { lookbackStarts } from '../../core/decide/accounting-rules.ts';
import { categoryWords, purposeWords, recipientWords } from '../../core/decide/words.ts';
import { auditByActor } from '../audit/audit-log.ts';
import { requireParticipant, runAsActor } from '../access/enforce.ts';
import { accountingPdf } from '../documents/accounting-pdf.ts';
import type { RequestContext } from '../request-context.ts';
import { participantProfile } from './consents.ts';
import { openPacket } from './disclosures.ts';
import { requireDataKey } from './participant-keys.ts';
import { displayName } from './participants.ts';
import { iso, type RecordPorts } from './ports.ts';


/**
 * The accounting of disclosures for one participant as of `asOf` (disclosure-rules.md §4):
 * HIPAA-accountable disclosures of the last 6 years and Part 2-accountable ones of the last 3,
 * each marked with the list it belongs to; disclosures logged but exempt are listed apart with
 * the rule that exempts them, for the privacy officer.
 */
export function accountingReport(ports: RecordPorts, ctx: RequestContext, participantId: string, asOf = new Date()): Promise<AccountingReport> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'accounting.read', participantId);
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, participantId);
    const from = lookbackStarts(asOf);
    const rows = await tx
      .selectFrom('disclosures')
      .innerJoin('users', 'users.id', 'disclosures.disclosed_by')
      .selectAll('disclosures')
      .select('users.display_name as disclosed_by_name')
      .where('disclosures.participant_id', '=', participantId)
      .where('disclosures.disclosed_at', '>=', from.hipaa) // the longer of the two lookbacks
      .where('disclosures.disclosed_at', '<=', asOf)
      .orderBy('disclosures.disclosed_at')
      .execute();
    const entries: AccountingReport['entries'] = [];
    const exempt: AccountingReport['exempt'] = [];
    for (const r of rows) {
      const listedUnder = [
        ...(r.accountable_hipaa && r.disclosed_at >= from.hipaa ? ['hipaa'] : []),
        ...(r.accountable_part2 && r.disclosed_at >= from.part2 ? ['part2'] : []),
      ];
      const packet = openPacket(key, r.id, r.packet_enc);
      if (listedUnder.length === 0) {
        exempt.push({ disclosureId: r.id, disclosedAt: iso(r.disclosed_at), reason: packet.hipaaExemption ?? 'outside the lookback period of the list it belongs to' });
        continue;
      }
      entries.push({
        disclosureId: r.id,
        disclosedAt: iso(r.disclosed_at),
        recipient: [packet.recipient.person, packet.recipient.organization].filter(Boolean).join(' at ') || recipientWords(r.recipient_type),
        recipientContact: packet.recipient.contact,
        information: packet.categories.map(categoryWords),
        purpose: purposeWords(r.purpose),
        basis: [...r.citations],
        disclosedBy: r.disclosed_by_name,
        listedUnder,
      });
    }
    const name = displayName(await participantProfile(tx, ports, ctx.actor.orgId, participantId));
    await auditByActor(tx, ctx, { action: 'accounting.report', outcome: 'succeeded', participantId, resourceType: 'accounting', detail: { listed: entries.length, exempt: exempt.length } });
    return {
      participantId,
      participantName: name,
      asOf: iso(asOf),
      hipaaFrom: iso(from.hipaa).slice(0, 10),
      part2From: iso(from.part2).slice(0, 10),
      entries,
      exempt,
    };
  });
}

/** The same report as a printable PDF for the participant. */
export async function accountingReportPdf(ports: RecordPorts, ctx: RequestContext, participantId: string, asOf = new Date()): Promise<Buffer> {
  return accountingPdf(await accountingReport(ports, ctx, participantId, asOf));
}
