import { sql } from 'kysely';
import type { PolicyProfileInput, PolicyProfileVersion, PolicyProfileView } from '../../contract/consents.ts';
import type { PolicyProfile } from '../../core/decide/policy-profile.ts';
import { auditByActor } from '../audit/audit-log.ts';
import { requireOrganization, runAsActor } from '../access/enforce.ts';
import type { Tx } from '../db/open-database.ts';
import type { RequestContext } from '../request-context.ts';
import { iso, type RecordPorts } from './ports.ts';

/**
 * The profile an organization has before its privacy officer sets one: version 0, HIPAA as the
 * baseline, no state and no Part 2, peers named as reporters by employer policy (the cautious
 * default of disclosure-rules.md §8), and only the national crisis numbers.
 */
export const DEFAULT_POLICY_PROFILE: PolicyProfile = {
  version: 0,
  state: null,
  part2Program: false,
  hipaaCoveredEntity: false,
  dutyToWarn: null,
  mandatedReporters: { childAbuse: ['peer_specialist', 'supervisor'], adultAbuse: ['peer_specialist', 'supervisor'], sources: ['employer_policy'] },
  crisisNumbers: [
    { label: 'Suicide and Crisis Lifeline', number: '988' },
    { label: 'Emergency services', number: '911' },
  ],
};

/** A stored profile with who set it and when. */
export interface StoredProfile {
  readonly profile: PolicyProfile;
  readonly setBy: string | null;
  readonly setAt: Date | null;
}

/** The organization's current profile (the highest version), or the default. */
export async function currentProfile(tx: Tx): Promise<StoredProfile> {
  const row = await tx.selectFrom('policy_profiles').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
  if (!row) return { profile: DEFAULT_POLICY_PROFILE, setBy: null, setAt: null };
  return { profile: { ...(row.profile as unknown as Omit<PolicyProfile, 'version'>), version: row.version }, setBy: row.created_by, setAt: row.created_at };
}

/** The current policy profile, for everyone in the organization (crisis numbers, which rules apply). */
export function getPolicyProfile(ports: RecordPorts, ctx: RequestContext): Promise<PolicyProfileView> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'policy_profile.read', { type: 'policy_profile', id: null });
    return present(await currentProfile(tx));
  });
}

/**
 * Every version, newest first, ending with the built-in version 0 that was in force before the
 * first save: the privacy officer's history, and what any stored decision was read against.
 * Same rule as reading the current profile (nothing in it is about a participant).
 */
export function listPolicyProfileVersions(ports: RecordPorts, ctx: RequestContext): Promise<PolicyProfileVersion[]> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'policy_profile.read', { type: 'policy_profile', id: null });
    const rows = await tx
      .selectFrom('policy_profiles as p')
      .leftJoin('users as u', 'u.id', 'p.created_by')
      .select(['p.version', 'p.profile', 'p.created_by', 'p.created_at', 'u.display_name'])
      .orderBy('p.version', 'desc')
      .execute();
    const stored = rows.map((r) => ({
      ...present({ profile: { ...(r.profile as unknown as Omit<PolicyProfile, 'version'>), version: r.version }, setBy: r.created_by, setAt: r.created_at }),
      setByName: r.display_name ?? null,
    }));
    return [...stored, { ...present({ profile: DEFAULT_POLICY_PROFILE, setBy: null, setAt: null }), setByName: null }];
  });
}

/**
 * Sets a new version of the profile. Old versions stay, so a stored decision can always be
 * read against the profile it used; the lock keeps two concurrent changes from taking one number.
 */
export function updatePolicyProfile(ports: RecordPorts, ctx: RequestContext, input: PolicyProfileInput): Promise<PolicyProfileView> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'policy_profile.manage', { type: 'policy_profile', id: null });
    await sql`SELECT pg_advisory_xact_lock(hashtext('policy_profile:' || ${ctx.actor.orgId}))`.execute(tx);
    const version = (await currentProfile(tx)).profile.version + 1;
    const body: Omit<PolicyProfile, 'version'> = {
      state: input.state,
      part2Program: input.part2Program,
      hipaaCoveredEntity: input.hipaaCoveredEntity,
      dutyToWarn: input.dutyToWarn,
      mandatedReporters: input.mandatedReporters,
      crisisNumbers: input.crisisNumbers,
      ...(input.reviewedOn ? { reviewedOn: input.reviewedOn } : {}),
    };
    const row = await tx
      .insertInto('policy_profiles')
      .values({ org_id: ctx.actor.orgId, version, profile: JSON.stringify(body), created_by: ctx.actor.userId })
      .returning(['created_at'])
      .executeTakeFirstOrThrow();
    await auditByActor(tx, ctx, { action: 'policy_profile.update', outcome: 'succeeded', resourceType: 'policy_profile', detail: { version } });
    return present({ profile: { ...body, version }, setBy: ctx.actor.userId, setAt: row.created_at });
  });
}

function present(s: StoredProfile): PolicyProfileView {
  const p = s.profile;
  return {
    version: p.version,
    state: p.state,
    part2Program: p.part2Program,
    hipaaCoveredEntity: p.hipaaCoveredEntity,
    dutyToWarn: p.dutyToWarn,
    mandatedReporters: { childAbuse: [...p.mandatedReporters.childAbuse], adultAbuse: [...p.mandatedReporters.adultAbuse], sources: [...p.mandatedReporters.sources] },
    crisisNumbers: p.crisisNumbers.map((c) => ({ label: c.label, number: c.number })),
    reviewedOn: p.reviewedOn ?? null,
    setBy: s.setBy,
    setAt: s.setAt ? iso(s.setAt) : null,
  };
}
