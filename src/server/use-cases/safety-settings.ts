import type { SafetySettingsInput, SafetySettingsView } from '../../contract/safety.ts';
import type { CrisisContact } from '../../core/decide/policy-profile.ts';
import { auditByActor } from '../audit/audit-log.ts';
import { requireOrganization, runAsActor } from '../access/enforce.ts';
import type { Tx } from '../db/open-database.ts';
import { InvalidInputError } from '../errors.ts';
import type { RequestContext } from '../request-context.ts';
import { currentProfile } from './policy-profile.ts';
import { iso, type RecordPorts } from './ports.ts';

/** Minutes an imminent event may wait for acknowledgement when the organization has not said. */
export const DEFAULT_ACK_MINUTES = 15;

/** The national numbers the protocol always offers, whatever the profile lists. */
const NATIONAL: readonly CrisisContact[] = [
  { label: 'Suicide and Crisis Lifeline (call or text)', number: '988' },
  { label: 'Emergency services', number: '911' },
];

/**
 * Crisis numbers for the protocol: the policy profile's (where the privacy officer keeps the local
 * mobile crisis team), with 988 and 911 added when the profile leaves them out. One place for
 * numbers, so a change of the mobile crisis line is made once.
 */
export async function crisisNumbers(tx: Tx): Promise<{ numbers: CrisisContact[]; mobileCrisisSet: boolean }> {
  const { profile } = await currentProfile(tx);
  const listed = profile.crisisNumbers.map((c) => ({ label: c.label, number: c.number }));
  const missing = NATIONAL.filter((n) => !listed.some((c) => c.number.replace(/\D/g, '') === n.number));
  return { numbers: [...missing, ...listed], mobileCrisisSet: listed.some((c) => /mobile/i.test(c.label)) };
}

/** The stored settings, or the defaults. */
export async function loadSafetySettings(tx: Tx): Promise<{ ackMinutes: number; escalationOrder: string[]; updatedAt: Date | null }> {
  const row = await tx.selectFrom('safety_settings').selectAll().executeTakeFirst();
  return row ? { ackMinutes: row.ack_minutes, escalationOrder: row.escalation_order, updatedAt: row.updated_at } : { ackMinutes: DEFAULT_ACK_MINUTES, escalationOrder: [], updatedAt: null };
}

async function present(tx: Tx): Promise<SafetySettingsView> {
  const s = await loadSafetySettings(tx);
  const names = s.escalationOrder.length ? await tx.selectFrom('users').select(['id', 'display_name']).where('id', 'in', s.escalationOrder).execute() : [];
  const { numbers, mobileCrisisSet } = await crisisNumbers(tx);
  return {
    ackMinutes: s.ackMinutes,
    escalationOrder: s.escalationOrder.flatMap((id) => names.filter((n) => n.id === id).map((n) => ({ id, displayName: n.display_name }))),
    crisisNumbers: numbers,
    mobileCrisisSet,
    updatedAt: s.updatedAt ? iso(s.updatedAt) : null,
  };
}

/** The organization's safety settings and crisis numbers, for everyone in it. */
export function getSafetySettings(ports: RecordPorts, ctx: RequestContext): Promise<SafetySettingsView> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'safety_settings.read', { type: 'safety_settings', id: null });
    return present(tx);
  });
}

/** Sets the acknowledgement minutes and the escalation order (active supervisors only). */
export function updateSafetySettings(ports: RecordPorts, ctx: RequestContext, input: SafetySettingsInput): Promise<SafetySettingsView> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'safety_settings.manage', { type: 'safety_settings', id: null });
    if (input.escalationOrder.length > 0) {
      const found = await tx.selectFrom('users').select('id').where('id', 'in', input.escalationOrder).where('role', '=', 'supervisor').where('disabled_at', 'is', null).execute();
      if (found.length !== input.escalationOrder.length) {
        throw new InvalidInputError('escalationOrder', 'Every id on the escalation list must be an active supervisor of this organization. Check the list of users and try again.');
      }
    }
    const values = { ack_minutes: input.ackMinutes, escalation_order: JSON.stringify(input.escalationOrder), updated_by: ctx.actor.userId, updated_at: new Date() };
    await tx
      .insertInto('safety_settings')
      .values({ org_id: ctx.actor.orgId, ...values })
      .onConflict((oc) => oc.column('org_id').doUpdateSet(values))
      .execute();
    await auditByActor(tx, ctx, { action: 'safety_settings.update', outcome: 'succeeded', resourceType: 'safety_settings', detail: { ackMinutes: input.ackMinutes, supervisors: input.escalationOrder.length } });
    return present(tx);
  });
}
