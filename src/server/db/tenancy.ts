import { sql } from 'kysely';
import type { Db, Tx } from './open-database.ts';

/**
 * Runs `work` in one transaction as the request role, scoped to one organization: row-level
 * security then hides every other organization's rows, a second wall behind the access checks.
 * Audit entries written inside commit or roll back together with the change they describe.
 */
export function inOrganization<T>(db: Db, orgId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT set_config('role', 'peerkeep_app', true), set_config('peerkeep.org_id', ${orgId}, true)`.execute(
      tx,
    );
    return work(tx);
  });
}

/**
 * Runs `work` in one transaction as the owner, across organizations. Only for what has no
 * organization yet or spans them all: sign-in look-ups, creating an organization, key rotation,
 * audit verification.
 */
export function asSystem<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}
