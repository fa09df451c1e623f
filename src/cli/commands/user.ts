import { ROLES, type Role } from '../../core/access/policy.ts';
import { asSystem } from '../../server/db/tenancy.ts';
import { createStaff, createTeam, listStaff, updateStaff } from '../../server/use-cases/organizations.ts';
import { assignParticipant } from '../../server/use-cases/participants.ts';
import { type Command, UsageError } from '../io.ts';
import { operatorContext, options, required, withRuntime } from '../operator.ts';
import { generatedPassword } from './admin-password.ts';

/** `peerkeep user create|list|unlock` */
export const userCommand: Command = async (args, io) => {
  const [sub, ...rest] = args;
  const o = options(rest, {
    org: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    team: { type: 'string' },
    password: { type: 'string' },
    'platform-admin': { type: 'boolean' },
  });
  const org = required(o.org, 'org');
  return withRuntime(async (rt) => {
    const ports = { db: rt.database.db, keys: rt.keys };
    const ctx = await operatorContext(rt, org);
    if (sub === 'list') {
      io.out(`${JSON.stringify(await listStaff(ports, ctx), null, 2)}\n`);
      return 0;
    }
    if (sub === 'unlock') {
      const id = await userIdByEmail(rt, required(o.email, 'email'));
      io.out(`${JSON.stringify(await updateStaff(ports, ctx, id, { unlock: true }), null, 2)}\n`);
      return 0;
    }
    if (sub !== 'create') throw new UsageError('usage: peerkeep user create --org SHORT --email E --name N --role ROLE [--team NAME] [--password P] [--platform-admin] | user list --org SHORT | user unlock --org SHORT --email E');
    const role = required(o.role, 'role');
    if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    const teamId = o.team ? await teamIdByName(rt, ctx.actor.orgId, o.team) : null;
    const password = o.password ?? generatedPassword();
    const user = await createStaff(ports, ctx, { email: required(o.email, 'email'), displayName: required(o.name, 'name'), role: role as Role, teamId, password });
    if (o['platform-admin']) {
      await asSystem(rt.database.db, (tx) => tx.updateTable('users').set({ platform_admin: true }).where('id', '=', user.id).execute());
    }
    io.out(`${JSON.stringify({ ...user, platformAdmin: o['platform-admin'] ?? false, password: o.password ? '(as given)' : password }, null, 2)}\n`);
    return 0;
  });
};

/** `peerkeep team create --org SHORT --name NAME` */
export const teamCommand: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub !== 'create') throw new UsageError('usage: peerkeep team create --org SHORT --name NAME');
  const o = options(rest, { org: { type: 'string' }, name: { type: 'string' } });
  return withRuntime(async (rt) => {
    const ctx = await operatorContext(rt, required(o.org, 'org'));
    io.out(`${JSON.stringify(await createTeam({ db: rt.database.db, keys: rt.keys }, ctx, required(o.name, 'name')), null, 2)}\n`);
    return 0;
  });
};

/** `peerkeep caseload assign --org SHORT --participant ID --user EMAIL[,EMAIL]` */
export const caseloadCommand: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub !== 'assign') throw new UsageError('usage: peerkeep caseload assign --org SHORT --participant ID --user EMAIL[,EMAIL]');
  const o = options(rest, { org: { type: 'string' }, participant: { type: 'string' }, user: { type: 'string' } });
  return withRuntime(async (rt) => {
    const ctx = await operatorContext(rt, required(o.org, 'org'));
    const ids = [];
    for (const email of required(o.user, 'user').split(',')) ids.push(await userIdByEmail(rt, email.trim()));
    const holders = await assignParticipant({ db: rt.database.db, keys: rt.keys }, ctx, required(o.participant, 'participant'), ids);
    io.out(`${JSON.stringify(holders, null, 2)}\n`);
    return 0;
  });
};

async function userIdByEmail(rt: Parameters<Parameters<typeof withRuntime>[0]>[0], email: string): Promise<string> {
  const u = await asSystem(rt.database.db, (tx) => tx.selectFrom('users').select('id').where('email', '=', email.toLowerCase()).executeTakeFirst());
  if (!u) throw new UsageError(`there is no account with the e-mail address ${email}`);
  return u.id;
}

async function teamIdByName(rt: Parameters<Parameters<typeof withRuntime>[0]>[0], orgId: string, name: string): Promise<string> {
  const t = await asSystem(rt.database.db, (tx) => tx.selectFrom('teams').select('id').where('org_id', '=', orgId).where('name', '=', name).executeTakeFirst());
  if (!t) throw new UsageError(`there is no team named "${name}" (create it with "peerkeep team create")`);
  return t.id;
}
