import { asSystem } from '../../server/db/tenancy.ts';
import { createOrganization } from '../../server/use-cases/organizations.ts';
import { type Command, UsageError } from '../io.ts';
import { options, required, withRuntime } from '../operator.ts';
import { generatedPassword } from './admin-password.ts';

const USAGE = 'usage: peerkeep org create --name NAME --slug SHORT --admin-email E --admin-name N [--admin-password P] | peerkeep org list';

/** `peerkeep org create|list` */
export const orgCommand: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub === 'list') {
    options(rest, {});
    const rows = await withRuntime((rt) =>
      asSystem(rt.database.db, (tx) => tx.selectFrom('organizations').select(['id', 'name', 'slug', 'created_at']).orderBy('created_at').execute()),
    );
    io.out(`${JSON.stringify(rows.map((r) => ({ id: r.id, name: r.name, slug: r.slug, createdAt: r.created_at.toISOString() })), null, 2)}\n`);
    return 0;
  }
  if (sub !== 'create') throw new UsageError(USAGE);
  const o = options(rest, {
    name: { type: 'string' },
    slug: { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-name': { type: 'string' },
    'admin-password': { type: 'string' },
  });
  const input = {
    name: required(o.name, 'name'),
    slug: required(o.slug, 'slug'),
    admin: { email: required(o['admin-email'], 'admin-email'), displayName: required(o['admin-name'], 'admin-name'), password: o['admin-password'] ?? generatedPassword() },
  };
  const created = await withRuntime((rt) => createOrganization({ db: rt.database.db, keys: rt.keys }, input));
  io.out(`${JSON.stringify({ ...created, adminEmail: input.admin.email, adminPassword: o['admin-password'] ? '(as given)' : input.admin.password }, null, 2)}\n`);
  return 0;
};
