import { randomUUID } from 'node:crypto';
import type { Role } from '../../core/access/policy.ts';
import { appendAudit, auditByActor } from '../audit/audit-log.ts';
import { requireOrganization, runAsActor } from '../access/enforce.ts';
import { hashPassword, passwordProblem } from '../auth/passwords.ts';
import type { Tx } from '../db/open-database.ts';
import { asSystem } from '../db/tenancy.ts';
import { ConflictError, InvalidInputError } from '../errors.ts';
import type { RequestContext } from '../request-context.ts';
import type { RecordPorts } from './ports.ts';

export interface NewStaff {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly role: Role;
  readonly teamId?: string | null | undefined;
  readonly platformAdmin?: boolean;
}

export interface OrganizationCreated {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly adminUserId: string;
}

/**
 * Creates an organization with its keys and its first administrator. Called by the CLI (an
 * operator on the server) or by a platform administrator through the API (`ctx` given).
 */
export async function createOrganization(
  ports: RecordPorts,
  input: { name: string; slug: string; admin: Omit<NewStaff, 'role' | 'teamId'> },
  ctx?: RequestContext,
  source = 'cli',
): Promise<OrganizationCreated> {
  if (ctx) await runAsActor(ports.db, ctx, (tx) => requireOrganization(tx, ctx, 'organization.create', { type: 'organization', id: null }));
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(input.slug)) {
    throw new InvalidInputError('slug', 'Use 2 to 63 lower-case letters, digits or dashes for the short name.');
  }
  const id = randomUUID();
  const keys = ports.keys.newOrganizationKeys(id);
  const passwordHash = await checkedPasswordHash(input.admin.password);
  return asSystem(ports.db, async (tx) => {
    const taken = await tx.selectFrom('organizations').select('id').where('slug', '=', input.slug).executeTakeFirst();
    if (taken) throw new ConflictError('An organization with that short name already exists.', 'slug');
    await tx.insertInto('organizations').values({ id, name: input.name, slug: input.slug, index_key_wrapped: keys.indexKeyWrapped, index_key_master_id: keys.masterKeyId }).execute();
    await tx.insertInto('org_keys').values({ org_id: id, version: 1, wrapped_key: keys.orgKeyWrapped, master_key_id: keys.masterKeyId }).execute();
    const adminUserId = await insertStaff(tx, id, { ...input.admin, role: 'admin' }, passwordHash);
    await appendAudit(tx, {
      orgId: id,
      at: new Date(),
      actorId: ctx?.actor.userId ?? null,
      actorRole: ctx?.actor.role ?? 'operator',
      action: 'organization.create',
      outcome: 'succeeded',
      participantId: null,
      resourceType: 'organization',
      resourceId: id,
      purpose: 'administration',
      source: ctx?.source ?? source,
      detail: { adminUserId, byOrganization: ctx?.actor.orgId ?? null },
    });
    return { id, name: input.name, slug: input.slug, adminUserId };
  });
}

export function createTeam(ports: RecordPorts, ctx: RequestContext, name: string) {
  const id = randomUUID();
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'team.manage', { type: 'team', id });
    const taken = await tx.selectFrom('teams').select('id').where('name', '=', name).executeTakeFirst();
    if (taken) throw new ConflictError('A team with that name already exists.', 'name');
    await tx.insertInto('teams').values({ id, org_id: ctx.actor.orgId, name }).execute();
    return { id, name };
  });
}

/** Teams are not sensitive: any signed-in staff member may list them. */
export function listTeams(ports: RecordPorts, ctx: RequestContext) {
  return runAsActor(ports.db, ctx, (tx) => tx.selectFrom('teams').select(['id', 'name']).orderBy('name').execute());
}

export function createStaff(ports: RecordPorts, ctx: RequestContext, input: NewStaff) {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'user.manage', { type: 'user', id: null });
    if (input.platformAdmin) throw new InvalidInputError('platformAdmin', 'Platform administrators are made with the command line on the server.');
    if (input.teamId) await requireTeamExists(tx, input.teamId);
    const id = await insertStaff(tx, ctx.actor.orgId, input, await checkedPasswordHash(input.password));
    await auditByActor(tx, ctx, { action: 'user.create', outcome: 'succeeded', resourceType: 'user', resourceId: id, detail: { role: input.role } });
    return presentStaff(tx, id);
  });
}

export function listStaff(ports: RecordPorts, ctx: RequestContext) {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'user.manage', { type: 'user', id: null });
    return staffQuery(tx).orderBy('display_name').execute().then((rows) => rows.map(toStaffView));
  });
}

export function updateStaff(
  ports: RecordPorts,
  ctx: RequestContext,
  id: string,
  patch: { role?: Role | undefined; teamId?: string | null | undefined; disabled?: boolean | undefined; unlock?: boolean | undefined },
) {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'user.manage', { type: 'user', id });
    const user = await tx.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst();
    if (!user) throw new InvalidInputError('id', 'There is no staff member with that id in your organization.');
    if (id === ctx.actor.userId && (patch.disabled || (patch.role && patch.role !== 'admin'))) {
      throw new InvalidInputError(patch.disabled ? 'disabled' : 'role', 'You cannot disable yourself or remove your own administrator role; ask another administrator.');
    }
    if (patch.teamId) await requireTeamExists(tx, patch.teamId);
    await tx
      .updateTable('users')
      .set({
        ...(patch.role ? { role: patch.role } : {}),
        ...(patch.teamId !== undefined ? { team_id: patch.teamId } : {}),
        ...(patch.disabled !== undefined ? { disabled_at: patch.disabled ? new Date() : null } : {}),
        ...(patch.unlock ? { failed_signins: 0, locked_until: null } : {}),
      })
      .where('id', '=', id)
      .execute();
    if (patch.disabled) await tx.updateTable('sessions').set({ revoked_at: new Date() }).where('user_id', '=', id).where('revoked_at', 'is', null).execute();
    await auditByActor(tx, ctx, {
      action: 'user.update',
      outcome: 'succeeded',
      resourceType: 'user',
      resourceId: id,
      detail: { role: patch.role ?? null, team: patch.teamId !== undefined, disabled: patch.disabled ?? null, unlocked: patch.unlock ?? false },
    });
    return presentStaff(tx, id);
  });
}

async function checkedPasswordHash(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw new InvalidInputError('password', problem);
  return hashPassword(password);
}

async function insertStaff(tx: Tx, orgId: string, input: NewStaff, passwordHash: string): Promise<string> {
  const email = input.email.trim().toLowerCase();
  const taken = await tx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (taken) throw new ConflictError('That e-mail address already has an account.', 'email');
  const id = randomUUID();
  // Another organization's accounts are invisible here (row-level security), so a clash with one
  // of them shows only as the unique constraint firing.
  await tx
    .insertInto('users')
    .values({
      id,
      org_id: orgId,
      email,
      display_name: input.displayName,
      role: input.role,
      team_id: input.teamId ?? null,
      platform_admin: input.platformAdmin ?? false,
      password_hash: passwordHash,
      totp_secret_enc: null,
      totp_org_key_version: null,
    })
    .execute()
    .catch((e: unknown) => {
      if ((e as { code?: string }).code === '23505') throw new ConflictError('That e-mail address already has an account.', 'email');
      throw e;
    });
  return id;
}

async function requireTeamExists(tx: Tx, teamId: string) {
  const team = await tx.selectFrom('teams').select('id').where('id', '=', teamId).executeTakeFirst();
  if (!team) throw new InvalidInputError('teamId', 'There is no team with that id in your organization.');
}

function staffQuery(tx: Tx) {
  return tx.selectFrom('users').select(['id', 'email', 'display_name', 'role', 'team_id', 'totp_enabled', 'locked_until', 'disabled_at', 'failed_signins']);
}

async function presentStaff(tx: Tx, id: string) {
  return toStaffView(await staffQuery(tx).where('id', '=', id).executeTakeFirstOrThrow());
}

function toStaffView(r: {
  id: string;
  email: string;
  display_name: string;
  role: string;
  team_id: string | null;
  totp_enabled: boolean;
  locked_until: Date | null;
  disabled_at: Date | null;
}) {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    role: r.role as Role,
    teamId: r.team_id,
    secondFactorEnrolled: r.totp_enabled,
    locked: r.locked_until !== null && r.locked_until > new Date(),
    disabled: r.disabled_at !== null,
  };
}
