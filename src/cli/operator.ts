import { parseArgs } from 'node:util';
import type { Actor } from '../core/access/policy.ts';
import { loadConfig } from '../server/config.ts';
import { asSystem } from '../server/db/tenancy.ts';
import type { RequestContext } from '../server/request-context.ts';
import { openRuntime, type Runtime } from '../server/runtime.ts';
import { UsageError } from './io.ts';

/**
 * The operator at the server's command line. Their actions go through the same use cases and
 * access checks as the API, as an administrator of the named organization; the audit log records
 * them with the nil actor id and source "cli".
 */
export const OPERATOR_ID = '00000000-0000-0000-0000-000000000000';

export async function withRuntime<T>(work: (rt: Runtime) => Promise<T>): Promise<T> {
  const rt = await openRuntime(loadConfig());
  try {
    return await work(rt);
  } finally {
    await rt.close();
  }
}

export async function operatorContext(rt: Runtime, orgSlug: string): Promise<RequestContext> {
  const org = await asSystem(rt.database.db, (tx) => tx.selectFrom('organizations').select('id').where('slug', '=', orgSlug).executeTakeFirst());
  if (!org) throw new UsageError(`there is no organization with the short name "${orgSlug}" (see "peerkeep org list")`);
  const actor: Actor = { userId: OPERATOR_ID, orgId: org.id, role: 'admin', teamId: null, platformAdmin: true };
  return { actor, source: 'cli', purpose: 'administration' };
}

/** Parses `--name value` options; unknown options are a usage error naming the option. */
export function options<const T extends Record<string, { type: 'string' | 'boolean' }>>(args: readonly string[], spec: T) {
  try {
    return parseArgs({ args: [...args], options: spec, allowPositionals: false, strict: true }).values;
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : 'invalid options');
  }
}

export function required(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new UsageError(`--${flag} is required`);
  return value;
}
