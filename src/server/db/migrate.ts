import { readdirSync, readFileSync } from 'node:fs';
import type pg from 'pg';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

export interface MigrationResult {
  readonly applied: readonly string[];
  readonly alreadyApplied: number;
}

/**
 * Applies the .sql files in ./migrations in name order, each in its own transaction, after taking
 * an advisory lock so two servers starting together do not race. The same files run on PGlite and
 * PostgreSQL 15. Returns what it did rather than printing it.
 */
export async function migrate(pool: pg.Pool): Promise<MigrationResult> {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    let already = 0;
    for (const file of files) {
      await client.query('BEGIN');
      try {
        await client.query('SELECT pg_advisory_xact_lock(7265001)');
        const done = await client.query('SELECT 1 FROM schema_migrations WHERE name = $1', [file]);
        if (done.rowCount) {
          already++;
          await client.query('COMMIT');
          continue;
        }
        await client.query(readFileSync(new URL(file, MIGRATIONS_DIR), 'utf8'));
        await client.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
        await client.query('COMMIT');
        applied.push(file);
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
    }
    return { applied, alreadyApplied: already };
  } finally {
    client.release();
  }
}
