import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Tables } from './tables.ts';

export type Db = Kysely<Tables>;
export type Tx = Transaction<Tables>;

/** Where the data lives: a PostgreSQL server, or PGlite in a directory (or in memory). */
export type DatabaseTarget = { readonly url: string } | { readonly pgliteDir: string | 'memory://' };

export interface OpenDatabase {
  readonly db: Db;
  readonly pool: pg.Pool;
  readonly backend: 'postgres' | 'pglite';
  /** The embedded instance, when there is one (for its own dump of the data directory). */
  readonly lite: PGlite | undefined;
  readonly close: () => Promise<void>;
}

// `date` columns come back as plain 'YYYY-MM-DD' strings on both backends, not as a Date at
// local midnight that would shift a session date in time zones west of UTC.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);

/**
 * Opens one pg.Pool over either backend, so every store runs the same SQL through the same
 * driver. PGlite is one session: the pool holds one client, and each client gets a fresh shim so
 * that pg-pool discarding a client after an error does not break the next one (stack-notes §3.2).
 */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  let pool: pg.Pool;
  let lite: PGlite | undefined;
  if ('url' in target) {
    pool = new pg.Pool({ connectionString: target.url, max: 10 });
  } else {
    if (target.pgliteDir !== 'memory://') mkdirSync(target.pgliteDir, { recursive: true });
    const instance = new PGlite(target.pgliteDir);
    lite = instance;
    await instance.waitReady;
    class PGliteClient extends pg.Client {
      constructor() {
        super(createPgConfig(instance) as pg.ClientConfig);
      }
    }
    pool = new pg.Pool({ Client: PGliteClient, max: 1 });
  }
  // An idle client's network error must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    backend: lite ? 'pglite' : 'postgres',
    lite,
    close: async () => {
      await db.destroy();
      await lite?.close();
    },
  };
}
