import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../db/migrate.ts';
import { type OpenDatabase, openDatabase } from '../db/open-database.ts';

export interface TestDatabase {
  readonly database: OpenDatabase;
  /** Connection string of the fresh database on the server, when testing against PostgreSQL. */
  readonly url: string | null;
  readonly drop: () => Promise<void>;
}

/**
 * A migrated, empty database for one test file: PGlite in memory by default, or — when
 * DATABASE_URL names a PostgreSQL server — a fresh database created on it and dropped afterwards.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    const database = await openDatabase({ pgliteDir: 'memory://' });
    await migrate(database.pool);
    return { database, url: null, drop: database.close };
  }
  const name = `peerkeep_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(serverUrl, name);
  const database = await openDatabase({ url });
  await migrate(database.pool);
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
